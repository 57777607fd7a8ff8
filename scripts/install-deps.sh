#!/usr/bin/env bash
# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Meterscope needs to build, run and test on Debian 12, and nothing when it is all there.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev
  qtkeychain-qt6-dev libsecret-1-0 libqt6sql6-sqlite qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
  libgl-dev libsimdjson-dev
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  chromium nodejs npm
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "meterscope: all build and test dependencies are installed."
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

# Node and npm may come from elsewhere than Debian; use what is there.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for package in "${missing[@]}"; do
    [[ $package == nodejs || $package == npm ]] || filtered+=("$package")
  done
  missing=("${filtered[@]}")
  ((${#missing[@]} == 0)) && { echo "meterscope: all build and test dependencies are installed."; exit 0; }
fi

echo "meterscope: installing ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
