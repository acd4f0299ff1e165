#!/usr/bin/env bash
# Configures (once) and builds into build/ (shared by demo.sh and test.sh). Warnings are errors.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${FIELDLEDGER_BUILD_DIR:-$root/build}"
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f "$build/CMakeCache.txt" ]; then
    if ! log=$(cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DFIELDLEDGER_WERROR=ON 2>&1); then
        echo "$log" >&2
        exit 1
    fi
fi
cmake --build "$build" --parallel "$(nproc)"
