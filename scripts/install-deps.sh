#!/usr/bin/env bash
# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian packages of scripts/packages.txt that are missing, and nothing when all are there.
# Usage: scripts/install-deps.sh [--ci] [--print] [--list FILE] [--release CODENAME]
#   --ci       also the packages only continuous integration needs
#   --print    print the selected package names, one a line, and install nothing
#   --list     another package list (default: scripts/packages.txt, or $MS_PACKAGES_LIST)
#   --release  the Debian release to select for (default: this machine's)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
list=${MS_PACKAGES_LIST:-$here/packages.txt}
groups=" build "
print=0
release=
while (($#)); do
  case $1 in
    --ci) groups=" build ci " ;;
    --print) print=1 ;;
    --list) list=$2; shift ;;
    --release) release=$2; shift ;;
    *) echo "usage: $0 [--ci] [--print] [--list FILE] [--release CODENAME]" >&2; exit 2 ;;
  esac
  shift
done
if [[ -z $release ]]; then
  release=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
fi

packages=()
while read -r name group releases; do
  [[ -z $name || $name == \#* ]] && continue
  releases=${releases%%#*}
  [[ $groups == *" ${group:-build} "* ]] || continue
  if [[ -n ${releases// /} && " $releases " != *" $release "* ]]; then continue; fi
  packages+=("$name")
done <"$list"

if ((print)); then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

# A package counts as there when it is installed, or when an installed package provides it (a
# nodejs built elsewhere that provides npm, for instance: installing Debian's npm would remove it).
declare -A present=()
while IFS=$'\t' read -r status name provides; do
  [[ $status == ii* ]] || continue
  present[$name]=1
  IFS=',' read -ra provided <<<"$provides"
  for p in "${provided[@]}"; do
    p=${p%%(*}; p=${p// /}
    [[ -n $p ]] && present[$p]=1
  done
done < <(dpkg-query -W -f='${db:Status-Abbrev}\t${Package}\t${Provides}\n')

missing=()
for package in "${packages[@]}"; do
  [[ -n ${present[$package]:-} ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
  echo "meterscope: all ${#packages[@]} packages of $(basename "$list") are installed."
  exit 0
fi

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then
    sudo_cmd=(sudo)
  else
    echo "meterscope: these packages are missing and installing them needs root: ${missing[*]}" >&2
    exit 1
  fi
fi

echo "meterscope: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
