#!/usr/bin/env bash
# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and opens Meterscope on the built-in demo portfolio.
set -euo pipefail
cd "$(dirname "$0")/.."
# The same build (preset ci) as scripts/run-tests.sh, so the tests afterwards compile nothing twice.
scripts/install-deps.sh
build_dir=$(scripts/build.sh --print-build-dir ci)
targets=(meterscope-emulator meterscope-cli)
gui=
if grep -q '^build meterscope:' "$build_dir/build.ninja" 2>/dev/null; then
  gui=$build_dir/app/gui/meterscope
  targets+=(meterscope)
  # Said before the build, not after it.
  if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    echo "meterscope: there is no display (DISPLAY and WAYLAND_DISPLAY are unset)." >&2
    echo "Run this from a desktop session, or under Xvfb: xvfb-run -a scripts/run-demo.sh" >&2
    exit 1
  fi
fi
scripts/build.sh ci "${targets[@]}"

if [[ -n $gui ]]; then
  exec "$gui" --demo "$@"
fi

# Without the desktop application: start the emulator and show the command line against it.
emulator=$build_dir/app/emulator/meterscope-emulator
cli=$build_dir/app/cli/meterscope-cli
log=$(mktemp)
"$emulator" --port 0 >"$log" 2>&1 &
emulator_pid=$!
trap 'kill $emulator_pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 50); do grep -q '^base-url' "$log" && break; sleep 0.1; done
base_url=$(sed -n 's/^base-url: //p' "$log")
if [[ -z $base_url ]]; then
  echo "meterscope: the demo emulator did not start:" >&2
  cat "$log" >&2
  exit 1
fi
export METERSCOPE_TOKEN=$(sed -n 's/^demo-pat: //p' "$log")
echo "Demo emulator at $base_url"
"$cli" --base-url "$base_url" sites
