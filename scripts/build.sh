#!/usr/bin/env bash
# Configures and builds into build/ (shared by demo.sh and test.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${FIELDLEDGER_BUILD_DIR:-$root/build}"
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFIELDLEDGER_WERROR=ON >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)"
