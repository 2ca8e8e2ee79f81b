#!/usr/bin/env bash
# Installs the two Debian packages into a clean Debian 12 root and runs them: the proof that their
# dependencies are complete and that the maintainer scripts work. Too slow for every CI run (one
# and a half to two minutes, and it downloads Debian), so its last output is recorded in
# docs/OPERATIONS.md ("Installing from the packages"); installer/check-packages.sh is the fast
# check that CI runs.
#
#   installer/package-test.sh BUILD_DIR   build the packages with cpack first (marquee and
#                                         marquee-server must be built)
#   installer/package-test.sh DEB_DIR     use marquee-server_*.deb and marquee_*.deb from there
#
# As root, on Debian (needs debootstrap and curl). Steps: debootstrap --variant=minbase bookworm
# into a temporary root; apt-get install both packages there WITHOUT recommends (so Depends alone
# must be enough); check the user marquee and its state directory; run /usr/bin/marquee-server
# --demo as the user marquee with the packaged configuration, as the unit does, until /healthz on
# 127.0.0.1 answers 200; sign in to it with the installed client (offscreen); stop it with SIGTERM;
# reinstall with an edited conffile, remove, purge, and check what is left at each step;
# unmount and remove the root. No service starts in the root (policy-rc.d), and nothing runs
# there after the script ends.
#
# Environment: MIRROR (default: the machine's Debian mirror), KEEP_ROOT=1 (keep the root).
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
src=${1:?usage: package-test.sh BUILD_DIR|DEB_DIR}
started=$(date +%s)

log() { printf '[package-test %3ds] %s\n' "$(($(date +%s) - started))" "$*"; }
die() { log "FAIL: $*"; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap, chroot)"
for tool in debootstrap curl chroot mount; do
  command -v "$tool" >/dev/null || die "$tool is missing (apt-get install $tool)"
done

work=$(mktemp -d /var/tmp/marquee-package-test.XXXXXX)
root=$work/root
server_pid=

# Every process whose root directory is the test root (the server, its PostgreSQL).
processes_in_root() {
  local p
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && echo "${p#/proc/}"
  done
  return 0
}

cleanup() {
  local rc=$?
  set +e
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"
    wait "$server_pid" 2>/dev/null
  fi
  # Only our own: processes whose root is this test root.
  for pid in $(processes_in_root); do kill -KILL "$pid" 2>/dev/null; done
  for m in dev/pts dev/shm proc; do
    mountpoint -q "$root/$m" && umount "$root/$m"
  done
  if [ -n "${KEEP_ROOT:-}" ]; then
    log "root kept: $root"
  elif findmnt -rn -o TARGET | grep -q "^$root"; then
    log "something is still mounted under $root: not removing it"
  else
    rm -rf --one-file-system "$work"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- the packages ---
mkdir -p "$work/debs"
if [ -f "$src/CPackConfig.cmake" ]; then
  log "building the packages with cpack in $src"
  cpack -G DEB --config "$src/CPackConfig.cmake" -B "$work/cpack" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; die "cpack failed"; }
  cp "$work"/cpack/marquee-server_*.deb "$work"/cpack/marquee_*.deb "$work/debs/"
else
  cp "$src"/marquee-server_*.deb "$src"/marquee_*.deb "$work/debs/" || die "no packages in $src"
fi
server_deb=$(basename "$(ls "$work"/debs/marquee-server_*.deb)")
client_deb=$(basename "$(ls "$work"/debs/marquee_*.deb)")
log "packages: $server_deb $client_deb"

# --- a clean Debian 12 ---
mirror=${MIRROR:-$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)}
mirror=${mirror:-http://deb.debian.org/debian}
log "debootstrap --variant=minbase bookworm ($mirror)"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
  || { tail -20 "$work/debootstrap.log"; die "debootstrap failed"; }
log "clean root: $(chroot "$root" dpkg-query -W | wc -l) packages, $(du -sm --exclude=proc "$root" | cut -f1) MB"
mount -t proc proc "$root/proc"
mkdir -p "$root/dev/shm" "$root/dev/pts"
mount -t tmpfs -o mode=1777,nosuid,nodev shm "$root/dev/shm"
mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts"
# Services do not start in the root (PostgreSQL's default cluster, for one): as in a container.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
cp "$work"/debs/*.deb "$root/tmp/"

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

# --- install ---
log "apt-get install --no-install-recommends ./$server_deb ./$client_deb"
in_root apt-get update -q >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; die "apt-get update failed"; }
in_root sh -c "cd /tmp && apt-get install -y -q --no-install-recommends ./$server_deb ./$client_deb" >>"$work/apt.log" 2>&1 \
  || { tail -40 "$work/apt.log"; die "apt-get install failed"; }
log "installed: $(grep -c '^Setting up' "$work/apt.log") packages set up (the two and their dependencies)"
for p in marquee-server marquee; do
  status=$(in_root dpkg-query -W -f '${db:Status-Abbrev}${Version}' "$p")
  [[ $status == ii* ]] || die "$p is not installed: $status"
  log "$p: ${status:3} installed"
done

# --- what the maintainer scripts made ---
entry=$(in_root getent passwd marquee) || die "no user marquee"
log "user: $entry"
IFS=: read -r _ _ uid gid _ home shell <<<"$entry"
[ "$home" = /var/lib/marquee ] || die "the home of marquee is $home"
[ "$uid" -lt 1000 ] || die "marquee is not a system user (uid $uid)"
[ "$shell" = /usr/sbin/nologin ] || die "marquee has the shell $shell"
in_root getent group marquee >/dev/null || die "no group marquee"
state=$(in_root stat -c '%U:%G %a' /var/lib/marquee)
[ "$state" = "marquee:marquee 750" ] || die "/var/lib/marquee is $state"
log "state directory: /var/lib/marquee $state"
[ -f "$root/etc/marquee/marquee-server.conf" ] || die "no /etc/marquee/marquee-server.conf"
[ -x "$root/usr/bin/marquee" ] || die "no /usr/bin/marquee"
in_root /usr/bin/marquee --version >/dev/null || die "marquee --version failed"
log "marquee --version: $(in_root /usr/bin/marquee --version)"

# --- run the server as the unit does: the user marquee, the packaged configuration ---
port=$((20000 + RANDOM % 20000))
http_port=$((port + 1))
log "marquee-server --demo as marquee (ws 127.0.0.1:$port, http 127.0.0.1:$http_port)"
chroot --userspec="$uid:$gid" --groups="$gid" "$root" \
  env -i PATH=/usr/bin:/bin HOME=/var/lib/marquee LANG=C.UTF-8 \
  /usr/bin/marquee-server --config /etc/marquee/marquee-server.conf --demo \
    --listen 127.0.0.1 --port "$port" --http-port "$http_port" >"$work/server.log" 2>&1 &
server_pid=$!
healthz=
for _ in $(seq 1 240); do
  if healthz=$(curl -fsS --max-time 2 "http://127.0.0.1:$http_port/healthz" 2>/dev/null); then break; fi
  healthz=
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; die "marquee-server exited"; }
  sleep 0.5
done
[ -n "$healthz" ] || { cat "$work/server.log"; die "/healthz did not answer 200"; }
log "GET /healthz: 200 $healthz"
owner=$(in_root stat -c '%U %a' /var/lib/marquee/postgresql)
log "embedded PostgreSQL: /var/lib/marquee/postgresql ($owner), $(processes_in_root | wc -l) processes in the root"
# The installed client against it (offscreen: no display here): signs in as the demo cashier,
# loads the box office and saves a screenshot after 6 s. Needs the SQLite driver (the local cache)
# and the platform plugins from the dependencies.
timeout 60 chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  /usr/bin/marquee --server "ws://127.0.0.1:$port" --user cashier --password cashier \
    --screenshot /tmp/boxoffice.png >"$work/client.log" 2>&1 || { cat "$work/client.log"; die "marquee failed"; }
[ -s "$root/tmp/boxoffice.png" ] || { cat "$work/client.log"; die "marquee saved no screenshot"; }
# Signed in: the server counted the requests a box office makes only once signed in.
metrics=$(curl -fsS --max-time 5 "http://127.0.0.1:$http_port/metrics")
for type in sign_in subscribe get_layout; do
  grep -q "^marquee_requests_total{type=\"$type\"} [1-9]" <<<"$metrics" \
    || { cat "$work/client.log"; die "the client made no $type request"; }
done
! grep -q 'code="UNAUTHENTICATED"' <<<"$metrics" || die "the server refused the client's requests (UNAUTHENTICATED)"
log "marquee (offscreen) signed in as cashier, loaded the box office: $(grep -c '^marquee_requests_total' <<<"$metrics") request types served, screenshot $(stat -c %s "$root/tmp/boxoffice.png") bytes"
kill -TERM "$server_pid"
rc=0
wait "$server_pid" || rc=$?
server_pid=
[ "$rc" -eq 0 ] || { cat "$work/server.log"; die "marquee-server exited with $rc after SIGTERM"; }
left=$(processes_in_root | wc -l)
[ "$left" -eq 0 ] || die "$left processes left in the root after the server stopped"
log "SIGTERM: marquee-server exited 0, PostgreSQL stopped with it"

# --- reinstall (the upgrade path of the maintainer scripts), remove, purge ---
echo ';edited by the administrator' >>"$root/etc/marquee/marquee-server.conf"
in_root sh -c "cd /tmp && apt-get install -y -q --reinstall ./$server_deb" >"$work/reinstall.log" 2>&1 \
  || { cat "$work/reinstall.log"; die "reinstalling marquee-server failed"; }
grep -q '^;edited by the administrator' "$root/etc/marquee/marquee-server.conf" \
  || die "the reinstall replaced the edited conffile"
[ "$(in_root getent passwd marquee)" = "$entry" ] || die "the reinstall changed the user marquee"
log "reinstall (postinst configure <version>): the edited conffile and the user are kept"
in_root apt-get remove -y -q marquee-server >"$work/remove.log" 2>&1 || { cat "$work/remove.log"; die "apt-get remove failed"; }
[[ $(in_root dpkg-query -W -f '${db:Status-Abbrev}' marquee-server) == rc* ]] || die "marquee-server is not in state rc after remove"
[ -f "$root/etc/marquee/marquee-server.conf" ] && [ -d "$root/var/lib/marquee/postgresql" ] \
  || die "apt-get remove took the configuration or the state"
[ ! -e "$root/usr/bin/marquee-server" ] || die "apt-get remove left /usr/bin/marquee-server"
log "remove: the binary is gone, the configuration and /var/lib/marquee (the database) stay"
log "apt-get purge marquee-server marquee"
in_root apt-get purge -y -q marquee-server marquee >"$work/purge.log" 2>&1 \
  || { cat "$work/purge.log"; die "apt-get purge failed"; }
for p in marquee-server marquee; do
  status=$(in_root dpkg-query -W -f '${db:Status-Abbrev}' "$p" 2>/dev/null || true)
  [ -z "$status" ] || [[ $status == un* ]] || die "$p is still known to dpkg: $status"
done
for path in /usr/bin/marquee-server /usr/bin/marquee /etc/marquee /var/lib/marquee \
            /lib/systemd/system/marquee-server.service /usr/share/doc/marquee-server /usr/share/doc/marquee \
            /usr/share/marquee /usr/share/applications/marquee.desktop; do
  [ ! -e "$root$path" ] || die "$path is still there after the purge"
done
# Left on purpose (Debian practice; the postrm says why): the user and group marquee.
in_root getent passwd marquee >/dev/null && log "purged: no file of either package left; the system user marquee stays (by design)"

log "PASS: installed on a clean Debian 12 (minbase, no recommends), served /healthz as marquee, purged cleanly"
