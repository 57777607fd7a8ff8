#!/usr/bin/env bash
# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that every C++ file of the tree is formatted as .clang-format says (clang-format 14); fails,
# naming the files, on any difference.
# Usage: scripts/check-format.sh [--diff] [--fix] [file...]
#   --diff   also print the differences
#   --fix    format the files in place instead of checking
set -euo pipefail
cd "$(dirname "$0")/.."
mode=check
show_diff=0
files=()
while (($#)); do
  case $1 in
    --diff) show_diff=1 ;;
    --fix) mode=fix ;;
    -*) echo "usage: $0 [--diff] [--fix] [file...]" >&2; exit 2 ;;
    *) files+=("$1") ;;
  esac
  shift
done
clang_format=$(command -v clang-format-14 || command -v clang-format || true)
[[ -n $clang_format ]] || { echo "check-format: clang-format is missing (scripts/install-deps.sh --ci)" >&2; exit 1; }
if ((${#files[@]} == 0)); then
  if git rev-parse --git-dir >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
  else
    mapfile -t files < <(find app core emulator ui tests bench -name '*.cpp' -o -name '*.h' | sort)
  fi
fi

if [[ $mode == fix ]]; then
  printf '%s\0' "${files[@]}" | xargs -0 -r -n 20 -P 2 "$clang_format" -i --style=file
  echo "check-format: formatted ${#files[@]} files"
  exit 0
fi

different=()
lines=0
formatted=$(mktemp)
trap 'rm -f "$formatted"' EXIT
for file in "${files[@]}"; do
  "$clang_format" --style=file "$file" >"$formatted"
  if ! cmp -s "$formatted" "$file"; then
    different+=("$file")
    lines=$((lines + $(diff -U0 "$file" "$formatted" | grep -c '^[-+][^-+]' || true)))
    if ((show_diff)); then
      diff -u --label "$file" --label "$file (clang-format)" "$file" "$formatted" || true
    fi
  fi
done
if ((${#different[@]})); then
  printf 'check-format: differs: %s\n' "${different[@]}"
  echo "check-format: FAILED: ${#different[@]} of ${#files[@]} files differ from $($clang_format --version | sed 's/.*version \([0-9.]*\).*/clang-format \1/') ($lines lines changed or added); scripts/check-format.sh --diff shows them, --fix formats them"
  exit 1
fi
echo "check-format: all ${#files[@]} C++ files are formatted"
