#!/usr/bin/env bash
# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package and checks it without installing it on this machine:
#   - with no argument, configures and builds the package preset (optimised, debug information,
#     Debian's hardening flags) in build-package; with a build folder, packages that build;
#   - cpack -G DEB writes it, and for a build with debug information also meterscope-dbgsym;
#   - lintian reports no error and no warning on either (informational tags are listed, not fatal);
#   - the packaged executables are stripped, and gdb finds the source line of main() in each through
#     the -dbgsym package's build-ID files;
#   - desktop-file-validate and appstreamcli validate --no-net accept the installed desktop entry and
#     AppStream metadata;
#   - the package holds nothing under /usr/local, a manual page for each executable and the bash
#     completion of meterscope-cli, and its version is the AppStream metadata's newest release;
#   - extracted with dpkg-deb -x, each executable answers --version, and meterscope-cli lists the sites
#     of a meterscope-emulator started from the extracted tree on 127.0.0.1.
# Prints the package's size and lintian's tag counts.
# Usage: scripts/check-package.sh [BUILD_DIR]   (default: the package preset, built first)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
if (($# == 0)); then
  echo "check-package: building the package preset"
  "$here/build.sh" package
  build=$("$here/build.sh" --print-build-dir package)
else
  build=$(realpath "$1")
fi
if [[ ! -f $build/CPackConfig.cmake ]]; then
  echo "check-package: $build is no configured build folder (no CPackConfig.cmake)" >&2
  exit 2
fi

work=$(mktemp -d)
emulator_pid=
cleanup() {
  if [[ -n $emulator_pid ]]; then
    kill "$emulator_pid" 2>/dev/null || true
    wait "$emulator_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

failures=0
fail() {
  echo "check-package: FAILED: $*" >&2
  failures=$((failures + 1))
}

# 1. The package, of an up-to-date build of what it holds (nothing to do after a full build).
cmake --build "$build" --target meterscope-manpages meterscope-changelog >"$work/build.log" 2>&1 || {
  cat "$work/build.log" >&2
  echo "check-package: building the packaged files in $build failed" >&2
  exit 1
}
(cd "$build" && cpack -G DEB -B "$work/out") >"$work/cpack.log" 2>&1 || {
  cat "$work/cpack.log" >&2
  echo "check-package: cpack -G DEB failed" >&2
  exit 1
}
mapfile -t packages < <(find "$work/out" -maxdepth 1 -name 'meterscope_*.deb')
if ((${#packages[@]} != 1)); then
  cat "$work/cpack.log" >&2
  echo "check-package: cpack wrote ${#packages[@]} meterscope_….deb files, not one" >&2
  exit 1
fi
deb=${packages[0]}
debug_deb=
if grep -q '^CMAKE_BUILD_TYPE:STRING=\(RelWithDebInfo\|Debug\)$' "$build/CMakeCache.txt"; then
  debug_deb=$(find "$work/out" -maxdepth 1 -name 'meterscope-dbgsym_*.deb' | head -n 1)
  if [[ -z $debug_deb ]]; then
    cat "$work/cpack.log" >&2
    echo "check-package: a build with debug information, but cpack wrote no meterscope-dbgsym_….deb" >&2
    exit 1
  fi
fi
for package in "$deb" $debug_deb; do
  echo "package: $(basename "$package"), $(stat -c %s "$package") bytes ($(du -k "$package" | cut -f1) KiB);" \
    "installed size $(dpkg-deb -f "$package" Installed-Size) KiB"
done
echo "depends: $(dpkg-deb -f "$deb" Depends)"

# 2. lintian. Informational (I:) and pedantic (P:) tags are shown but allowed.
# No profile and no overrides: the package is expected to be clean as Debian's default profile sees it.
# (lintian warns that it runs as root, which CI does; that notice goes to stderr and is not a tag.)
status=0
lintian --fail-on error,warning --display-info --pedantic --tag-display-limit 0 "$deb" $debug_deb \
  >"$work/lintian.txt" 2>"$work/lintian.err" || status=$?
grep -v -e 'running with root privileges' "$work/lintian.err" >&2 || true
cat "$work/lintian.txt"
count_tags() { grep -c "^$1: " "$work/lintian.txt" || true; }
errors=$(count_tags E)
warnings=$(count_tags W)
echo "lintian: $errors errors, $warnings warnings, $(count_tags I) informational, $(count_tags P) pedantic"
((errors == 0 && warnings == 0)) || fail "lintian reports $errors errors and $warnings warnings"
((status == 0)) || fail "lintian exited with $status"

# 3. The files, extracted.
root=$work/root
dpkg-deb -x "$deb" "$root"
if [[ -e $root/usr/local ]]; then
  fail "the package installs under /usr/local: $(cd "$root" && find usr/local -type f | head -n 5 | tr '\n' ' ')"
fi
desktop_file=$root/usr/share/applications/meterscope.desktop
metainfo=$root/usr/share/metainfo/io.github.meterscope.Meterscope.metainfo.xml
desktop-file-validate "$desktop_file" || fail "desktop-file-validate rejects $(basename "$desktop_file")"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate rejects $(basename "$metainfo")"
version=$(dpkg-deb -f "$deb" Version)
release=$(grep -o -m1 '<release version="[^"]*"' "$metainfo" | cut -d'"' -f2 || true)
[[ $release == "$version" ]] || fail "the AppStream metadata's newest release is \"$release\", not $version"
executables=(meterscope meterscope-cli meterscope-emulator)
for executable in "${executables[@]}"; do
  page=$root/usr/share/man/man1/$executable.1.gz
  if [[ ! -s $page ]] || ! gzip -t "$page"; then
    fail "no manual page $executable.1.gz"
  fi
done
completion=$root/usr/share/bash-completion/completions/meterscope-cli
[[ -s $completion ]] && bash -n "$completion" || fail "no valid bash completion for meterscope-cli"
echo "files: $(find "$root" -type f | wc -l) in the package"
for executable in "${executables[@]}"; do
  description=$(file -b "$root/usr/bin/$executable")
  [[ $description == *", stripped"* ]] || fail "$executable is not stripped: $description"
done

# The debug symbols: gdb, given the extracted -dbgsym tree as its debug-file directory, finds the
# file and line of main() in each stripped executable through its build ID.
if [[ -n $debug_deb ]]; then
  debug_root=$work/debug-root
  dpkg-deb -x "$debug_deb" "$debug_root"
  for executable in "${executables[@]}"; do
    line=$(gdb -batch -nx -iex "set debug-file-directory $debug_root/usr/lib/debug" \
      -ex 'info line main' "$root/usr/bin/$executable" 2>&1 | grep -m1 '^Line [0-9]* of "' || true)
    if [[ $line == *'main.cpp"'* ]]; then
      echo "debug symbols: $executable: ${line%% starts*}"
    else
      fail "gdb finds no source line of main() in $executable with meterscope-dbgsym"
    fi
  done
fi

# 4. The extracted executables run: the libraries they need are this machine's Debian packages (the
# package's Depends), so no LD_LIBRARY_PATH is needed.
export QT_QPA_PLATFORM=offscreen
for executable in "${executables[@]}"; do
  answer=$("$root/usr/bin/$executable" --version 2>&1) || fail "$executable --version exited with $?"
  if [[ $answer == "$executable $version" ]]; then
    echo "run: $answer"
  else
    fail "$executable --version printed \"$answer\", not \"$executable $version\""
  fi
done

# 5. meterscope-cli against a meterscope-emulator, both from the package, on 127.0.0.1 (port 0: any
# free port). The emulator prints its base URL and a demo token; the token stays in the environment.
"$root/usr/bin/meterscope-emulator" --port 0 --quiet --sites 3 >"$work/emulator.out" 2>"$work/emulator.err" &
emulator_pid=$!
for _ in $(seq 100); do
  grep -q '^demo-pat: ' "$work/emulator.out" && break
  kill -0 "$emulator_pid" 2>/dev/null || break
  sleep 0.1
done
base_url=$(sed -n 's/^base-url: //p' "$work/emulator.out")
if [[ -z $base_url ]]; then
  cat "$work/emulator.err" >&2
  fail "meterscope-emulator printed no base URL"
else
  METERSCOPE_TOKEN=$(sed -n 's/^demo-pat: //p' "$work/emulator.out")
  export METERSCOPE_TOKEN
  # A throw-away home: the CLI's cache and settings of the run do not land in the user's.
  if HOME=$work/home XDG_CACHE_HOME=$work/home/.cache XDG_CONFIG_HOME=$work/home/.config \
    XDG_DATA_HOME=$work/home/.local/share \
    "$root/usr/bin/meterscope-cli" --base-url "$base_url" --format csv sites >"$work/sites.csv" 2>"$work/sites.err"; then
    rows=$(grep -vc '^#' "$work/sites.csv" || true)
    echo "run: meterscope-cli sites against meterscope-emulator: $((rows - 1)) sites"
    ((rows > 1)) || fail "meterscope-cli sites printed no site"
  else
    cat "$work/sites.err" >&2
    fail "meterscope-cli sites failed against meterscope-emulator"
  fi
  unset METERSCOPE_TOKEN
fi
kill "$emulator_pid" 2>/dev/null || true
wait "$emulator_pid" 2>/dev/null || true
emulator_pid=

if ((failures > 0)); then
  echo "check-package: $failures check(s) failed" >&2
  exit 1
fi
echo "check-package: passed ($(basename "$deb"))"
