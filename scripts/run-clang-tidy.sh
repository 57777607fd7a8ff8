#!/usr/bin/env bash
# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs clang-tidy (the checks of .clang-tidy) on Meterscope's C++ sources with the compile commands
# of the ci build, two files at a time, and prints every finding once and a count per check.
#
# Usage: scripts/run-clang-tidy.sh [--all | --changed] [--jobs N] [--dry-run] [file.cpp...]
#   --dry-run  print the sources it would check, and stop
#   --all      every source file of the tree (the default when files are not named)
#   --changed  only what changed since the last commit that passed on this machine (recorded in
#              $MS_CACHE_DIR/clang-tidy-passed, default /var/cache/meterscope): the changed .cpp
#              files and the .cpp files that include a changed header. Without a usable record
#              (a new machine, a commit that is not an ancestor of HEAD, another .clang-tidy or
#              clang-tidy) what HEAD changed against its first parent, and it says so: the whole
#              tree takes longer than CI can give it (--all records a passing run).
# A run with no finding over the whole tree or over the changes since the record, in a work tree
# without uncommitted C++ changes, records HEAD as passed.
set -euo pipefail
{
cd "$(dirname "$0")/.."
source_dir=$PWD
mode=all
jobs=2
dry_run=0
files=()
while (($#)); do
  case $1 in
    --all) mode=all ;;
    --changed) mode=changed ;;
    --jobs) jobs=$2; shift ;;
    --dry-run) dry_run=1 ;;
    -*) echo "usage: $0 [--all | --changed] [--jobs N] [--dry-run] [file.cpp...]" >&2; exit 2 ;;
    *) files+=("$1"); mode=files ;;
  esac
  shift
done
cache_dir=${MS_CACHE_DIR:-/var/cache/meterscope}
record=$cache_dir/clang-tidy-passed
clang_tidy=$(command -v clang-tidy-14 || command -v clang-tidy || true)
[[ -n $clang_tidy ]] || { echo "run-clang-tidy: clang-tidy is missing (scripts/install-deps.sh --ci)" >&2; exit 1; }

# The compile commands and the generated moc/uic/rcc files the sources include.
build_dir=$(scripts/build.sh --print-build-dir ci)
mapfile -t autogen < <(ninja -C "$build_dir" -t targets all | sed -n 's/^\([A-Za-z0-9_.+-]*_autogen\): phony$/\1/p')
((${#autogen[@]} == 0)) || cmake --build "$build_dir" --target "${autogen[@]}" >/dev/null

# What the result depends on besides the sources: the checks, clang-tidy, the compile flags.
fingerprint=$( { cat .clang-tidy CMakePresets.json; "$clang_tidy" --version; } | sha256sum | cut -c1-16)
mapfile -t all_sources < <(git ls-files -- '*.cpp' | while read -r f; do
  grep -q "\"file\": \"$source_dir/$f\"" "$build_dir/compile_commands.json" && echo "$f"; done)

if [[ $mode == changed ]]; then
  base=
  if [[ -f $record ]]; then
    read -r recorded_commit recorded_fingerprint <"$record" || true
    if [[ ${recorded_fingerprint:-} == "$fingerprint" ]] &&
      git merge-base --is-ancestor "${recorded_commit:-none}" HEAD 2>/dev/null; then
      base=$recorded_commit
    fi
  fi
  record_usable=1
  if [[ -z $base ]]; then
    record_usable=0
    base=$(git rev-parse --verify -q HEAD^1 || git hash-object -t tree /dev/null)
    echo "run-clang-tidy: no passing run recorded on this machine for this history and configuration:"
    echo "run-clang-tidy: checking what the last commit changed; scripts/run-clang-tidy.sh --all checks the whole tree"
  fi
  mapfile -t changed < <({ git diff --name-only "$base" -- '*.cpp' '*.h'; git ls-files --others --exclude-standard -- '*.cpp' '*.h'; } | sort -u)
  declare -A pick=()
  for f in "${changed[@]}"; do
    [[ -f $f ]] || continue
    if [[ $f == *.cpp ]]; then
      pick[$f]=1
    else
      # The sources that include the header (also through other headers), as the last build saw them.
      while read -r user; do pick[$user]=1; done < <(ninja -C "$build_dir" -t deps 2>/dev/null |
        awk -v h="$source_dir/$f" '/^[^ ].*: #deps/ { obj = $1; sub(/:$/, "", obj) } $1 == h { print obj }' |
        sort -u | join -t $'\t' - <(awk -F'"' '$2 == "command" && match($4, / -o [^ ]+ -c [^ ]+/) {
          split(substr($4, RSTART + 4, RLENGTH - 4), w, " "); print w[1] "\t" w[3] }' "$build_dir/compile_commands.json" | sort) | cut -f2 | sed "s|^$source_dir/||")
      # And the sources that name it (for a header the last build did not see).
      while read -r user; do pick[$user]=1; done < <(grep -rl --include='*.cpp' "[/\"<]$(basename "$f")[\">]" app core emulator ui tests bench 2>/dev/null || true)
    fi
  done
  files=()
  for f in "${all_sources[@]}"; do [[ -n ${pick[$f]:-} ]] && files+=("$f"); done
  echo "run-clang-tidy: ${#changed[@]} C++ files changed since $(git rev-parse --short "$base")$( ((record_usable)) && echo " (last passing run)"): checking ${#files[@]} sources"
fi
if [[ $mode == all ]]; then
  files=("${all_sources[@]}")
fi

if ((dry_run)); then
  printf '%s\n' "${files[@]}"
  exit 0
fi
# One log per source, in the build folder (kept for a look after the run).
out=$build_dir/clang-tidy
rm -rf "$out"
mkdir -p "$out"
started=$(date +%s)
if ((${#files[@]})); then
  header_filter="^$source_dir/(app|core|emulator|ui|tests|bench)/"
  printf '%s\n' "${files[@]}" | xargs -r -P "$jobs" -I{} sh -c '
    log="$1/$(printf %s "$4" | tr / _).log"
    "$2" -p "$3" --quiet --header-filter="$5" "$4" >"$log" 2>&1 || echo "clang-tidy exited with $? on $4" >>"$log"' \
    sh "$out" "$clang_tidy" "$build_dir" {} "$header_filter"
fi
seconds=$(($(date +%s) - started))

# Every finding once (a header's findings come from each source that includes it).
cat "$out"/*.log 2>/dev/null | grep -E '^/.*:[0-9]+:[0-9]+: (warning|error): .*\[[a-zA-Z0-9.,-]+\]$' |
  sed "s|^$source_dir/||" | sort -u >"$out/findings" || true
errors=$(cat "$out"/*.log 2>/dev/null | grep -E '^clang-tidy exited|: error: ' | grep -v '\[' | sort -u || true)
count=$(wc -l <"$out/findings")
cat "$out/findings"
if [[ -n $errors ]]; then
  echo "$errors"
fi
if ((count)); then
  echo "run-clang-tidy: findings by check:"
  sed -E 's/.*\[([a-zA-Z0-9.,-]+)\]$/\1/' "$out/findings" | tr ',' '\n' | sort | uniq -c | sort -rn
fi
echo "run-clang-tidy: $count findings in ${#files[@]} sources (of ${#all_sources[@]}), $seconds s with $jobs jobs"
if ((count)) || [[ -n $errors ]]; then
  exit 1
fi
if [[ $mode == all || ($mode == changed && $record_usable == 1) ]] && [[ -z $(git status --porcelain --untracked-files=no -- '*.cpp' '*.h' .clang-tidy) ]]; then
  mkdir -p "$cache_dir"
  echo "$(git rev-parse HEAD) $fingerprint" >"$record"
  echo "run-clang-tidy: recorded $(git rev-parse --short HEAD) as passing in $record"
fi
exit
}
