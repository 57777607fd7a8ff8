#!/usr/bin/env bash
# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that everything the build and the tests use comes from a package of scripts/packages.txt,
# or from a package that one of them Depends or Pre-Depends on (transitively; Recommends do not
# count: scripts/install-deps.sh installs without them), or from Debian's minimal base system.
#
# What is checked is read off the tree and the configure step, not kept by hand:
#   - every CMake file the configure step (preset ci) loads: package configs, CMake modules,
#     and every pkg-config module it finds (cmake --trace-format=json-v1);
#   - every file a find_program/find_library/find_file put in the CMake cache, compiler launchers;
#   - every program a CTest test starts (CTestTestfile.cmake);
#   - every program the project's shell scripts run (command positions, also inside quoted scripts),
#     and every program test sources start (string literals of tests that use QProcess,
#     findExecutable or child_process; absolute paths of programs in them).
# A program is resolved with the shell's PATH, a file with realpath, and its package with dpkg -S.
# What the README's two commands use (scripts they run, tests/, the build) must come from the
# `build` group; what only the other scripts (.ci/run, checks) use may also come from `ci`.
#
# Usage: scripts/check-deps.sh [--list FILE] [--verbose]
#        scripts/check-deps.sh --self-test   the check fails, naming libqt6opengl6-dev, on a list without it
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
list=${MS_PACKAGES_LIST:-$here/packages.txt}
verbose=0
self_test=0
while (($#)); do
  case $1 in
    --list) list=$(realpath "$2"); shift ;;
    --verbose) verbose=1 ;;
    --self-test) self_test=1 ;;
    *) echo "usage: $0 [--list FILE] [--verbose] | --self-test" >&2; exit 2 ;;
  esac
  shift
done

if ((self_test)); then
  # A list that lacks libqt6opengl6-dev, which Qt6Charts' CMake config needs and qt6-base-dev only
  # recommends: the check must fail and name it.
  probe=$(mktemp)
  trap 'rm -f "$probe" "$probe.out"' EXIT
  grep -v '^libqt6opengl6-dev[[:space:]]' "$list" >"$probe"
  if grep -q '^libqt6opengl6-dev[[:space:]]' "$probe" || ! grep -q '^libqt6opengl6-dev[[:space:]]' "$list"; then
    echo "check-deps self-test: could not make a list without libqt6opengl6-dev" >&2
    exit 1
  fi
  status=0
  "$0" --list "$probe" >"$probe.out" 2>&1 || status=$?
  if ((status == 1)) && grep -q '^MISSING libqt6opengl6-dev ' "$probe.out"; then
    echo "check-deps self-test: passed (a list without libqt6opengl6-dev fails and names it):"
    grep '^MISSING libqt6opengl6-dev ' "$probe.out" | head -n 3
    exit 0
  fi
  echo "check-deps self-test: FAILED: with libqt6opengl6-dev left out of the list, the check exited with $status:" >&2
  cat "$probe.out" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$here/install-deps.sh" --print --list "$list" >"$work/build.list"
"$here/install-deps.sh" --print --ci --list "$list" >"$work/ci.list"

# The configure step, traced, in a throw-away build folder.
cmake --preset ci -S "$repo" -B "$work/build" --trace-expand --trace-format=json-v1 \
  --trace-redirect="$work/trace.json" >"$work/configure.log" 2>&1 || {
  cat "$work/configure.log" >&2
  echo "check-deps: the configure step failed (is scripts/install-deps.sh done?)" >&2
  exit 1
}

# Tracked files (a fresh clone or an exported tree without .git both work).
if git -C "$repo" rev-parse --git-dir >/dev/null 2>&1; then
  git -C "$repo" ls-files >"$work/files"
else
  (cd "$repo" && find . -path ./build\* -prune -o -type f -print | sed 's|^\./||') >"$work/files"
fi

export MS_REPO=$repo MS_WORK=$work MS_VERBOSE=$verbose MS_LIST=$list
perl "$here/lib/check-deps.pl"
