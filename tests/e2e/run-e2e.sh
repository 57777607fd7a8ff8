#!/bin/sh
# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs signin.test.js in a private D-Bus session with a throw-away, unlocked gnome-keyring, a fresh
# home and no display, so the test neither sees nor touches anyone's keychain or settings.
# Usage: run-e2e.sh <meterscope-cli> <meterscope-emulator>
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
mkdir -p "$work/home" "$work/run" "$work/config" "$work/data"
chmod 700 "$work/run"
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS METERSCOPE_TOKEN METERSCOPE_BROWSER || true
dbus-run-session -- sh -c '
  printf meterscope-e2e | gnome-keyring-daemon --foreground --login --components=secrets >/dev/null 2>&1 &
  keyring=$!
  i=0
  while [ $i -lt 50 ]; do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
      string:org.freedesktop.secrets 2>/dev/null | grep -q true && break
    i=$((i + 1)); sleep 0.1
  done
  status=0
  node "$0/signin.test.js" "$1" "$2" || status=$?
  kill $keyring 2>/dev/null || true
  wait $keyring 2>/dev/null || true
  exit $status
' "$here" "$1" "$2"
