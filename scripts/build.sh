#!/usr/bin/env bash
# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds with a CMake preset (default: ci, the build of the README's two commands).
# Usage: scripts/build.sh [preset] [target...]
#        scripts/build.sh --print-build-dir [preset]   configures and prints the preset's build directory
set -euo pipefail
cd "$(dirname "$0")/.."
print_dir=0
if [[ ${1:-} == --print-build-dir ]]; then
  print_dir=1
  shift
fi
preset=${1:-ci}
shift || true
configure_log=$(cmake --preset "$preset" 2>&1) || { printf '%s\n' "$configure_log" >&2; exit 1; }
if ((print_dir)); then
  sed -n 's/^-- Build files have been written to: //p' <<<"$configure_log"
  exit 0
fi
if (($# > 0)); then
  cmake --build --preset "$preset" --target "$@"
else
  cmake --build --preset "$preset"
fi
