#!/usr/bin/env bash
# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds (CMake preset ci: warnings are errors, assertions on) and runs every
# test headless: offscreen Qt, a throw-away D-Bus session with an unlocked gnome-keyring, headless
# Chromium. Arguments go to ctest, e.g. scripts/run-tests.sh -L unit.
# MS_PRESET chooses another preset that has configure, build and test presets (e.g. asan).
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${MS_PRESET:-ci}
scripts/install-deps.sh
if [[ -f tests/e2e/package.json ]]; then
  (cd tests/e2e && { [[ -d node_modules/playwright-core ]] || npm ci --no-audit --no-fund --loglevel=error; })
fi
scripts/build.sh "$preset"
build_dir=$(scripts/build.sh --print-build-dir "$preset")

rm -rf "$build_dir/test-home"   # per-test settings folders (cmake/MeterscopeHelpers.cmake) start empty
test_home=$(mktemp -d)
runtime_dir=$(mktemp -d)
chmod 700 "$runtime_dir"
trap 'rm -rf "$test_home" "$runtime_dir"' EXIT
export HOME=$test_home XDG_RUNTIME_DIR=$runtime_dir QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

dbus-run-session -- bash -c '
  eval "$(printf "meterscope-test" | gnome-keyring-daemon --daemonize --login)" >/dev/null
  eval "$(gnome-keyring-daemon --start --components=secrets)" >/dev/null
  export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
  preset=$1
  shift
  ctest --preset "$preset" "$@"
' ctest "$preset" "$@"
