# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# A minimal Debian in a folder (debootstrap --variant=minbase) to build and test Meterscope on a
# machine that has nothing installed. Sourced by scripts/check-fresh-machine.sh and .ci/run.
# Needs root, debootstrap and git.

# The Debian archive apt is configured with (URIs: line ending in /debian), and its security archive.
ms_debian_archive() {
  local uri
  uri=$(sed -n 's|^URIs:[[:space:]]*\([^[:space:]]*/debian\)/*[[:space:]]*$|\1|p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n1)
  if [[ -z $uri && -f /etc/apt/sources.list ]]; then
    uri=$(sed -n 's|^deb[[:space:]]\+\(\[[^]]*\][[:space:]]\+\)\?\([^[:space:]]*/debian\)/*[[:space:]].*|\2|p' /etc/apt/sources.list | head -n1)
  fi
  [[ -n $uri ]] || { echo "meterscope: no Debian archive (a URIs: line ending in /debian) in /etc/apt" >&2; return 1; }
  printf '%s\n' "$uri"
}

ms_debian_security_archive() {
  sed -n 's|^URIs:[[:space:]]*\([^[:space:]]*/debian-security\)/*[[:space:]]*$|\1|p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n1
}

# ms_chroot_create ROOT RELEASE: a minbase Debian RELEASE in ROOT, with the host's archive, its
# security updates, and the machine's TLS trust.
ms_chroot_create() {
  local root=$1 release=$2 archive security
  archive=$(ms_debian_archive) || return 1
  security=$(ms_debian_security_archive)
  mkdir -p "$root"
  echo "meterscope: debootstrap --variant=minbase $release from $archive"
  debootstrap --variant=minbase "$release" "$root" "$archive" >"$root.debootstrap.log" 2>&1 || {
    tail -n 30 "$root.debootstrap.log" >&2
    return 1
  }
  rm -f "$root.debootstrap.log"
  {
    echo "deb $archive $release main"
    echo "deb $archive $release-updates main"
    [[ -n $security ]] && echo "deb $security $release-security main"
  } >"$root/etc/apt/sources.list"
  ms_chroot_copy_trust "$root"
}

# The machine's TLS trust (what npm and other https clients need), and its name resolution.
ms_chroot_copy_trust() {
  local root=$1
  mkdir -p "$root/usr/local/share/ca-certificates" "$root/etc/ssl/certs"
  cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/" 2>/dev/null || true
  [[ -f /etc/ssl/certs/ca-certificates.crt ]] && cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/"
  cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
}

# ms_chroot_mount ROOT: proc, sys and dev inside ROOT (undone by ms_chroot_umount).
ms_chroot_mount() {
  local root=$1
  mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
  if ! mountpoint -q "$root/sys"; then
    mount --rbind /sys "$root/sys" && mount --make-rslave "$root/sys"
  fi
  if ! mountpoint -q "$root/dev"; then
    mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev"
  fi
}

# ms_chroot_bind ROOT HOST_DIR DIR_IN_ROOT: HOST_DIR also seen at DIR_IN_ROOT inside ROOT.
ms_chroot_bind() {
  local root=$1 source=$2 target=$root$3
  mkdir -p "$source" "$target"
  mountpoint -q "$target" || mount --bind "$source" "$target"
}

# The mount points at or below ROOT, deepest first.
ms_chroot_mounts() {
  local root
  root=$(realpath -m "$1")
  awk -v root="$root" '{ gsub(/\\040/, " ", $2); if ($2 == root || index($2, root "/") == 1) print $2 }' /proc/mounts |
    awk '{ print length($0) "\t" $0 }' | sort -rn | cut -f2-
}

# Ends the processes whose root folder is ROOT (processes started inside the chroot).
ms_chroot_kill() {
  local root pid pids=()
  root=$(realpath -m "$1")
  for pid in /proc/[0-9]*; do
    [[ $(readlink "$pid/root" 2>/dev/null) == "$root" ]] && pids+=("${pid#/proc/}")
  done
  ((${#pids[@]})) || return 0
  kill -TERM "${pids[@]}" 2>/dev/null || true
  sleep 2
  kill -KILL "${pids[@]}" 2>/dev/null || true
}

# ms_chroot_umount ROOT: unmounts everything below ROOT; fails when something stays mounted.
ms_chroot_umount() {
  local root=$1 mnt
  while read -r mnt; do
    [[ -n $mnt ]] || continue
    umount -R "$mnt" 2>/dev/null || umount -R -l "$mnt" 2>/dev/null || true
  done < <(ms_chroot_mounts "$root")
  if [[ -n $(ms_chroot_mounts "$root") ]]; then
    echo "meterscope: still mounted below $root:" >&2
    ms_chroot_mounts "$root" >&2
    return 1
  fi
}

# ms_chroot_remove ROOT: unmount, then delete; never deletes while anything is mounted below ROOT.
ms_chroot_remove() {
  local root=$1
  [[ -d $root ]] || return 0
  ms_chroot_kill "$root"
  ms_chroot_umount "$root" || { echo "meterscope: left $root in place" >&2; return 1; }
  rm -rf --one-file-system "$root"
}

# ms_chroot_put_tree ROOT DIR_IN_ROOT REPO REV: the committed tree of REV in ROOT/DIR_IN_ROOT.
ms_chroot_put_tree() {
  local root=$1 dir=$2 repo=$3 rev=$4
  rm -rf --one-file-system "${root:?}$dir"
  mkdir -p "$root$dir"
  git -C "$repo" archive --format=tar "$rev" | tar -x -C "$root$dir"
}

# ms_chroot_run ROOT COMMAND: runs a bash command inside ROOT as root with a clean environment
# (plus the TLS trust variables, CI, and whatever MS_CHROOT_ENV holds: "NAME=value ...").
ms_chroot_run() {
  local root=$1
  shift
  local env=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8
    TERM=dumb DEBIAN_FRONTEND=noninteractive)
  [[ -f $root/etc/ssl/certs/ca-certificates.crt ]] &&
    env+=(SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt)
  [[ -n ${CI:-} ]] && env+=(CI="$CI")
  local extra
  read -ra extra <<<"${MS_CHROOT_ENV:-}"
  env+=("${extra[@]}")
  chroot "$root" /usr/bin/env -i "${env[@]}" bash -c "$*" </dev/null
}
