#!/usr/bin/env bash
# Installs every Debian package FieldLedger needs to build, test and run. Idempotent and quiet
# when everything is already there.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config clang-format
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev
    libsqlite3-dev sqlite3
    libsodium-dev
    postgresql libpq-dev
    libzxing-dev
    catch2
    libbenchmark-dev
    # The field app (issue 5): Qt Quick, positioning with the NMEA plugin, camera, translations,
    # the QML test runner, and fonts that draw Chinese and Uyghur (Arabic script) offscreen.
    qt6-declarative-dev qt6-declarative-dev-tools qt6-positioning-dev libqt6positioning6-plugins
    qt6-multimedia-dev qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtquick-dialogs
    qml6-module-qtquick-shapes qml6-module-qtqml-workerscript qml6-module-qtpositioning
    qml6-module-qtmultimedia qml6-module-qttest
    fonts-noto-cjk fonts-noto-core
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
