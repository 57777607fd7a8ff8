#!/usr/bin/env bash
# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the README's two commands on a machine that has nothing installed: a minimal Debian chroot
# (debootstrap --variant=minbase) with the committed tree. First scripts/run-demo.sh under xvfb-run,
# which must bring the main window up, then scripts/run-tests.sh, which must pass, then the package of
# that build must install with apt on another new chroot (scripts/check-package-install.sh). Needs root.
#
# Usage: scripts/check-fresh-machine.sh [bookworm|trixie] [--ref REV] [--merge REV] [--keep]
#                                       [--cache DIR] [--no-demo] [--no-package] [--shots DIR]
#                                       [-- CTEST_ARGS...]
#   --ref REV      the commit to check (default HEAD)
#   --merge REV    check REV merged into --ref (made in a temporary clone; this work tree is untouched)
#   --keep         keep the chroot and logs (default: remove them at the end)
#   --cache DIR    keep the chroot in DIR/chroot-RELEASE for the next run (recreated when older than
#                  30 days) and give it a ccache in DIR/ccache-RELEASE: a build check, no longer a
#                  fresh machine (.ci/run's trixie stage)
#   --no-demo      skip scripts/run-demo.sh
#   --no-package   skip building the package and installing it on another new chroot
#   --shots DIR    keep the French screenshots of the installed package in DIR
#   CTEST_ARGS     passed to scripts/run-tests.sh (default: every test)
# MS_FRESH_DEMO_MINUTES (default 60) limits install + build + first window; MS_FRESH_TEST_MINUTES
# (default 60) limits run-tests.sh.
set -euo pipefail
# The whole script is one block: bash reads it completely before it runs, so editing the file
# during a run cannot change what the run does.
{
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
source "$here/lib/debian-chroot.sh"

release=bookworm
ref=HEAD
merge=
keep=0
cache=
demo=1
package=1
shots=
ctest_args=()
while (($#)); do
  case $1 in
    bookworm | trixie) release=$1 ;;
    --ref) ref=$2; shift ;;
    --merge) merge=$2; shift ;;
    --keep) keep=1 ;;
    --cache) cache=$(realpath -m "$2"); shift ;;
    --no-demo) demo=0 ;;
    --no-package) package=0 ;;
    --shots) shots=$(realpath -m "$2"); shift ;;
    --) shift; ctest_args=("$@"); break ;;
    *) echo "usage: $0 [bookworm|trixie] [--ref REV] [--merge REV] [--keep] [--cache DIR] [--no-demo] [--no-package] [--shots DIR] [-- CTEST_ARGS...]" >&2; exit 2 ;;
  esac
  shift
done
demo_limit=$((${MS_FRESH_DEMO_MINUTES:-60} * 60))
test_limit=$((${MS_FRESH_TEST_MINUTES:-60} * 60))
[[ $(id -u) -eq 0 ]] || { echo "check-fresh-machine: needs root (debootstrap, chroot, mount)" >&2; exit 2; }

# Tools this check needs on the host (not the project's): debootstrap, Xvfb, xwininfo.
host_tools=()
command -v debootstrap >/dev/null || host_tools+=(debootstrap)
command -v xvfb-run >/dev/null || host_tools+=(xvfb xauth)
command -v xwininfo >/dev/null || host_tools+=(x11-utils)
if ((${#host_tools[@]})); then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${host_tools[@]}" </dev/null
fi

commit=$(git -C "$repo" rev-parse --verify "$ref^{commit}")
[[ -z $(git -C "$repo" status --porcelain --untracked-files=no) ]] ||
  echo "check-fresh-machine: note: uncommitted changes are not part of the check (it uses $ref)"
work=$(mktemp -d /var/tmp/meterscope-fresh-XXXXXX)
if [[ -n $cache ]]; then
  root=$cache/chroot-$release
else
  root=$work/$release
fi
started=$(date +%s)
demo_pid=

finish() {
  local status=$?
  trap - EXIT INT TERM
  if [[ -n $demo_pid ]]; then kill -- -"$demo_pid" 2>/dev/null || true; fi
  if [[ -d $root ]]; then
    ms_chroot_kill "$root"
    ms_chroot_umount "$root" || keep=1
    # A half-made cached chroot is not kept.
    [[ -z $cache || -f $root/.meterscope-ready ]] || ms_chroot_remove "$root" || true
  fi
  if ((keep)); then
    echo "check-fresh-machine: kept $work"
  elif ((status != 0)); then
    # The logs of a failed run stay; the chroot goes.
    [[ -n $cache ]] || rm -rf --one-file-system "$root"
    rm -rf --one-file-system "$work/tree"
    echo "check-fresh-machine: logs in $work"
  else
    rm -rf --one-file-system "$work"
  fi
  exit "$status"
}
trap finish EXIT
trap 'exit 130' INT TERM

summary=()
fail() {
  summary+=("FAIL: $*")
  echo
  printf "check-fresh-machine $release: %s\n" "${summary[@]}"
  echo "check-fresh-machine $release: FAILED after $(($(date +%s) - started)) s"
  exit 1
}

label=$(git -C "$repo" log -1 --format='%h %s' "$commit" | cut -c1-60)
if [[ -n $merge ]]; then
  merge_commit=$(git -C "$repo" rev-parse --verify "$merge^{commit}")
  git clone -q --shared --no-checkout "$(git -C "$repo" rev-parse --path-format=absolute --git-common-dir)" "$work/tree"
  git -C "$work/tree" checkout -q --detach "$commit"
  git -C "$work/tree" -c user.name=meterscope-check -c user.email=check@localhost \
    merge -q --no-edit "$merge_commit" >"$work/merge.log" 2>&1 || {
    cat "$work/merge.log" >&2
    fail "$merge does not merge cleanly into $ref"
  }
  tree_repo=$work/tree
  tree_rev=HEAD
  label="$label + $merge ($(git -C "$repo" rev-parse --short "$merge_commit"))"
else
  tree_repo=$repo
  tree_rev=$commit
fi

echo "check-fresh-machine: $release, tree $label"
if [[ -n $cache ]]; then
  # One run at a time in a cached chroot.
  mkdir -p "$cache"
  exec {lock_fd}>"$cache/chroot-$release.lock"
  flock -w 3600 "$lock_fd" || fail "another run holds $cache/chroot-$release.lock"
fi
if [[ -n $cache && -f $root/.meterscope-ready && -z $(find "$root/.meterscope-ready" -mtime +30) ]]; then
  echo "check-fresh-machine: using the cached chroot $root"
  ms_chroot_copy_trust "$root"
else
  ms_chroot_remove "$root" || fail "could not remove the old $root"
  ms_chroot_create "$root" "$release" || fail "debootstrap $release"
  [[ -z $cache ]] || touch "$root/.meterscope-ready"
fi
ms_chroot_mount "$root"
if [[ -n $cache ]]; then
  ms_chroot_bind "$root" "$cache/ccache-$release" /var/cache/ccache
  export MS_CHROOT_ENV="CCACHE_DIR=/var/cache/ccache CCACHE_BASEDIR=/src CCACHE_MAXSIZE=5G"
fi
ms_chroot_put_tree "$root" /src "$tree_repo" "$tree_rev"

if ((demo)); then
# 1. scripts/run-demo.sh under xvfb-run (the X server on this machine, the demo inside the chroot):
#    it installs, builds, and must show the main window.
echo "check-fresh-machine: scripts/run-demo.sh under xvfb-run (limit $((demo_limit / 60)) min, log $work/demo.log)"
demo_started=$(date +%s)
export MS_FRESH_ROOT=$root MS_FRESH_LOG=$work/demo.log MS_FRESH_LIMIT=$demo_limit
set +e
xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" bash -c '
  source "$0"
  cp "$XAUTHORITY" "$MS_FRESH_ROOT/root/.Xauthority"
  ms_chroot_bind "$MS_FRESH_ROOT" /tmp/.X11-unix /tmp/.X11-unix
  MS_CHROOT_ENV="${MS_CHROOT_ENV:-} DISPLAY=$DISPLAY XAUTHORITY=/root/.Xauthority" \
    setsid bash -c "source \"$0\"; ms_chroot_run \"$MS_FRESH_ROOT\" \"cd /src && scripts/run-demo.sh\"" >"$MS_FRESH_LOG" 2>&1 &
  demo=$!
  status=1
  for ((waited = 0; waited < MS_FRESH_LIMIT; waited += 2)); do
    if ! kill -0 "$demo" 2>/dev/null; then
      echo "run-demo.sh ended before a window came up"
      status=2
      break
    fi
    for id in $(xwininfo -root -tree 2>/dev/null | sed -n "s/^[[:space:]]*\(0x[0-9a-f]*\) \"\(Meterscope[^\"]*\)\".*/\1/p"); do
      if xwininfo -id "$id" 2>/dev/null | grep -q "Map State: IsViewable"; then
        name=$(xwininfo -id "$id" | sed -n "s/^xwininfo: Window id: [^ ]* //p")
        size=$(xwininfo -id "$id" | sed -n "s/^[[:space:]]*-geometry //p")
        echo "window $name is up, geometry $size"
        status=0
        break 2
      fi
    done
    sleep 2
  done
  ((waited < MS_FRESH_LIMIT)) || echo "no window after $MS_FRESH_LIMIT s"
  # Let the window live a moment longer: the demo must not crash right after it shows up.
  if ((status == 0)); then
    sleep 5
    kill -0 "$demo" 2>/dev/null || { echo "run-demo.sh ended right after its window came up"; status=3; }
  fi
  kill -- -"$demo" 2>/dev/null
  wait "$demo" 2>/dev/null
  exit $status
' "$here/lib/debian-chroot.sh" >"$work/demo-check.log" 2>&1
demo_status=$?
set -e
ms_chroot_kill "$root"
umount "$root/tmp/.X11-unix" 2>/dev/null || true
demo_seconds=$(($(date +%s) - demo_started))
cat "$work/demo-check.log"
if ((demo_status != 0)); then
  echo "--- last lines of run-demo.sh:"
  tail -n 40 "$work/demo.log"
  fail "scripts/run-demo.sh: $(tail -n1 "$work/demo-check.log")"
fi
summary+=("demo: $(tail -n1 "$work/demo-check.log") after ${demo_seconds} s (install and build included)")
fi

# 2. scripts/run-tests.sh in the same tree: the same build, so it compiles only what the demo did not.
echo "check-fresh-machine: scripts/run-tests.sh ${ctest_args[*]} (limit $((test_limit / 60)) min, log $work/tests.log)"
tests_started=$(date +%s)
set +e
quoted_args=$(printf ' %q' "${ctest_args[@]}")
timeout --kill-after=30 "$test_limit" bash -c 'source "$0"; ms_chroot_run "$1" "cd /src && scripts/run-tests.sh$2"' \
  "$here/lib/debian-chroot.sh" "$root" "${ctest_args[*]:+$quoted_args}" >"$work/tests.log" 2>&1
tests_status=$?
set -e
tests_seconds=$(($(date +%s) - tests_started))
ctest_summary=$(grep -E '^[0-9]+% tests passed' "$work/tests.log" | tail -n1 || true)
if ((tests_status != 0)); then
  echo "--- last lines of run-tests.sh:"
  tail -n 60 "$work/tests.log"
  fail "scripts/run-tests.sh exited with $tests_status after $tests_seconds s${ctest_summary:+: $ctest_summary}"
fi
grep -E '^(Total Test time|[0-9]+% tests passed)' "$work/tests.log" | tail -n2
summary+=("tests: $ctest_summary (run-tests.sh took $tests_seconds s)")

# 3. The package of that build, installed with apt on another new machine (check-package-install.sh).
if ((package)); then
  echo "check-fresh-machine: cpack -G DEB in the build, then apt install ./….deb on a new $release (log $work/package.log)"
  package_started=$(date +%s)
  set +e
  # cpack's DEB generator needs file(1), which only the ci group of scripts/packages.txt brings.
  ms_chroot_run "$root" 'apt-get install -y -qq --no-install-recommends file </dev/null &&
    cd "$(cd /src && scripts/build.sh --print-build-dir ci)" && cpack -G DEB -B /tmp/meterscope-deb' \
    >"$work/package.log" 2>&1
  cpack_status=$?
  set -e
  debs=("$root"/tmp/meterscope-deb/meterscope_*.deb)
  if ((cpack_status != 0)) || [[ ! -f ${debs[0]} ]]; then
    tail -n 30 "$work/package.log"
    fail "cpack -G DEB in the chroot's build"
  fi
  cp "${debs[0]}" "$work/"
  set +e
  "$here/check-package-install.sh" "$work/$(basename "${debs[0]}")" "$release" \
    ${shots:+--keep-shots "$shots"} >>"$work/package.log" 2>&1
  install_status=$?
  set -e
  grep -v '^meterscope: debootstrap' "$work/package.log" | grep -E '^(apt install|man |menu entry|LANG=|screenshots|check-package-install)' || true
  ((install_status == 0)) || fail "check-package-install.sh: $(tail -n1 "$work/package.log")"
  summary+=("package: $(basename "${debs[0]}") installs with apt on a new $release ($(($(date +%s) - package_started)) s)")
fi

echo
printf "check-fresh-machine $release: %s\n" "${summary[@]}"
echo "check-fresh-machine $release ($label): PASSED in $(($(date +%s) - started)) s"
exit
}
