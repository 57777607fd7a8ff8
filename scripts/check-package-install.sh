#!/usr/bin/env bash
# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs a built Meterscope package the way a user does — `apt install ./meterscope_….deb` — on a
# Debian that has nothing else of Meterscope's (a new debootstrap --variant=minbase chroot), then
# checks what the user then finds:
#   - `man meterscope-cli` (and the other two manual pages) open;
#   - the desktop menu entry: /usr/share/applications/meterscope.desktop is valid (desktop-file-validate),
#     its Exec is an installed command, its Icon is installed in the hicolor theme;
#   - under LANG=fr_FR.UTF-8 meterscope-cli speaks French and the desktop app starts (xvfb) and writes
#     its screenshot tour, which is kept for a look (the French screens);
#   - apt remove takes everything away again.
# Needs root, debootstrap. Usage: scripts/check-package-install.sh DEB [bookworm|trixie] [--keep-shots DIR]
set -euo pipefail
{
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/debian-chroot.sh"
deb=$(realpath "${1:?usage: $0 DEB [bookworm|trixie] [--keep-shots DIR]}")
shift
release=bookworm
shots=
while (($#)); do
  case $1 in
    bookworm | trixie) release=$1 ;;
    --keep-shots) shots=$(realpath -m "$2"); shift ;;
    *) echo "usage: $0 DEB [bookworm|trixie] [--keep-shots DIR]" >&2; exit 2 ;;
  esac
  shift
done
[[ -f $deb ]] || { echo "check-package-install: no such package: $deb" >&2; exit 2; }
[[ $(id -u) -eq 0 ]] || { echo "check-package-install: needs root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap </dev/null
}

work=$(mktemp -d /var/tmp/meterscope-install-XXXXXX)
root=$work/$release
started=$(date +%s)
finish() {
  local status=$?
  trap - EXIT INT TERM
  ms_chroot_remove "$root" || true
  if ((status == 0)); then rm -rf --one-file-system "$work"; else echo "check-package-install: logs in $work"; fi
  exit "$status"
}
trap finish EXIT
trap 'exit 130' INT TERM

failures=0
fail() {
  echo "check-package-install: FAILED: $*" >&2
  failures=$((failures + 1))
}
run() { ms_chroot_run "$root" "$@"; }

ms_chroot_create "$root" "$release" >"$work/debootstrap.log" 2>&1 || { cat "$work/debootstrap.log" >&2; exit 1; }
ms_chroot_mount "$root"
cp "$deb" "$root/tmp/"
name=$(basename "$deb")

# 1. apt install ./meterscope_….deb — with what it recommends, as apt does by default — and the
#    programs a desktop has that the checks use (man, the desktop-file checker, an X server).
if ! run "apt-get update -qq && apt-get install -y -qq ./tmp/$name" >"$work/install.log" 2>&1; then
  tail -n 30 "$work/install.log" >&2
  echo "check-package-install: apt install ./$name FAILED" >&2
  exit 1
fi
echo "apt install ./$name: installed $(grep -c '^Unpacking' "$work/install.log" || true) packages on a new $release"
run "apt-get install -y -qq --no-install-recommends man-db desktop-file-utils xvfb xauth" >>"$work/install.log" 2>&1 ||
  { tail -n 20 "$work/install.log" >&2; echo "check-package-install: installing man-db, xvfb FAILED" >&2; exit 1; }

# 2. The manual pages.
for page in meterscope meterscope-cli meterscope-emulator; do
  if run "man -P cat $page 2>/dev/null" | grep -q "$page"; then
    echo "man $page: opens"
  else
    fail "man $page does not open"
  fi
done

# 3. The menu entry and its icon.
desktop=/usr/share/applications/meterscope.desktop
if run "desktop-file-validate $desktop"; then
  exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$root$desktop")
  icon=$(sed -n 's/^Icon=//p' "$root$desktop")
  run "command -v $exec_name" >/dev/null || fail "the menu entry's Exec ($exec_name) is not installed"
  icon_files=$(cd "$root" && ls usr/share/icons/hicolor/*/apps/"$icon".* 2>/dev/null || true)
  [[ -n $icon_files ]] || fail "the menu entry's Icon ($icon) is not in the hicolor theme"
  categories=$(sed -n 's/^Categories=//p' "$root$desktop")
  echo "menu entry: $(sed -n 's/^Name=//p' "$root$desktop"), Exec=$exec_name, Icon=$icon ($icon_files), Categories=$categories"
else
  fail "desktop-file-validate $desktop"
fi

# 4. French under LANG=fr_FR.UTF-8: the command line's words, then the desktop app on its demo.
french=$(run "LANG=fr_FR.UTF-8 meterscope-cli sites 2>&1" || true)
echo "LANG=fr_FR.UTF-8 meterscope-cli sites (not signed in): $french"
english=$(run "LANG=C.UTF-8 meterscope-cli sites 2>&1" || true)
[[ -n $french && $french != "$english" ]] || fail "meterscope-cli says the same under LANG=fr_FR.UTF-8 as in English"
if run "LANG=fr_FR.UTF-8 HOME=/root timeout 120 xvfb-run -a -s '-screen 0 1400x880x24' meterscope --demo --screenshot /tmp/shots" \
  >"$work/french.log" 2>&1 && [[ -n $(ls "$root"/tmp/shots/*.png 2>/dev/null) ]]; then
  echo "LANG=fr_FR.UTF-8 meterscope --demo: $(ls "$root"/tmp/shots/*.png | wc -l) screenshots"
  if [[ -n $shots ]]; then
    mkdir -p "$shots" && cp "$root"/tmp/shots/*.png "$shots/" && echo "screenshots kept in $shots"
  fi
else
  tail -n 20 "$work/french.log" >&2
  fail "meterscope --demo under LANG=fr_FR.UTF-8 did not write its screenshots"
fi

# 5. apt remove leaves none of its files.
run "apt-get remove -y -qq meterscope" >>"$work/install.log" 2>&1 || fail "apt remove meterscope"
for file in usr/bin/meterscope usr/bin/meterscope-cli "${desktop#/}"; do
  [[ ! -e $root/$file ]] || fail "/$file is still there after apt remove"
done

if ((failures)); then
  echo "check-package-install: $failures check(s) FAILED after $(($(date +%s) - started)) s"
  exit 1
fi
echo "check-package-install $release: PASSED in $(($(date +%s) - started)) s"
exit 0
}
