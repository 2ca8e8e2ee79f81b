#!/usr/bin/env bash
# The fast check of the Debian packages (ctest label "package", in CI): builds both .debs from a
# build tree whose marquee and marquee-server are built, then
#   1. lintian: no error or warning (installer/debian/*.lintian-overrides explains any override)
#   2. dpkg-deb -c: the contents (mode, owner, path) equal installer/expected-contents/<package>.txt
#   3. dpkg-deb -I: version (= installer/debian/changelog's), dependencies, conffiles, scripts
#   4. the systemd unit: systemd-analyze verify clean, systemd-analyze security exposure <= 2.0
#   5. /etc/marquee/marquee-server.conf documents every setting of the packaged
#      `marquee-server --help`, and nothing else
# A missing tool is a failure, never a skip. The slow test that installs the packages into a
# clean Debian 12 root and runs them is installer/package-test.sh.
#
#   installer/check-packages.sh BUILD_DIR
#
# Environment: KEEP=1 keeps the work directory (packages, lintian output) and prints its path.
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:?usage: check-packages.sh BUILD_DIR}" && pwd)
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
die() { echo "FAIL: $*" >&2; exit 1; }
step() { printf '\n== %s\n' "$*"; }

for tool in cpack dpkg-deb dpkg-shlibdeps dpkg-parsechangelog lintian systemd-analyze; do
  command -v "$tool" >/dev/null || die "$tool is missing (installer/bootstrap.sh deps installs it)"
done
[ -f "$build/CPackConfig.cmake" ] || die "$build is not a configured build directory"
for bin in server/marquee-server client/marquee; do
  [ -x "$build/$bin" ] || die "$build/$bin is not built"
done

work=$(mktemp -d /tmp/marquee-package-check.XXXXXX)
if [ -n "${KEEP:-}" ]; then
  echo "work directory: $work"
else
  trap 'rm -rf "$work"' EXIT
fi

step "cpack -G DEB"
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  die "cpack failed"
fi
server_deb=$(ls "$work"/out/marquee-server_*.deb)
client_deb=$(ls "$work"/out/marquee_*.deb)
ls -l "$server_deb" "$client_deb" | awk '{print $5, $9}'

step "lintian"
# Errors and warnings fail; info tags are shown. Overrides ship in the packages
# (/usr/share/lintian/overrides/<package>), each with its reason beside it.
# (--show-overrides would make lintian fail on the overridden tags: they are listed from the files.)
if lintian --fail-on error,warning --display-info "$server_deb" "$client_deb" >"$work/lintian.log" 2>&1; then
  echo "lintian: no error, no warning"
else
  fail "lintian found errors or warnings"
fi
grep -v 'running with root privileges' "$work/lintian.log" || true
for package in marquee-server marquee; do
  grep -v '^#' "$top/installer/debian/$package.lintian-overrides" | sed 's/^/overridden: /'
done

step "contents (dpkg-deb -c) against installer/expected-contents"
for deb in "$server_deb" "$client_deb"; do
  package=$(dpkg-deb -f "$deb" Package)
  expected=$top/installer/expected-contents/$package.txt
  # mode owner/group path (sizes and times change with every build)
  dpkg-deb -c "$deb" | awk '{ path = $6; for (i = 7; i <= NF; ++i) path = path " " $i; print $1, $2, path }' \
    | sort -k3 >"$work/$package.txt"
  if diff -u "$expected" "$work/$package.txt"; then
    echo "$package: $(wc -l <"$expected") entries as expected"
  else
    fail "$package: the contents differ from $expected (update it when the change is meant)"
  fi
done

step "control fields (dpkg-deb -I)"
version=$(dpkg-parsechangelog -l "$top/installer/debian/changelog" -S Version)
# "needle" must be one of the comma-separated items of the field (version constraint included).
has_item() {
  local field=$1 needle=$2
  tr ',' '\n' <<<"$field" | sed 's/^ *//; s/ *$//' | grep -qxF -- "$needle"
}
has_package() {
  local field=$1 name=$2
  tr ',|' '\n\n' <<<"$field" | sed 's/^ *//; s/ .*//' | grep -qxF -- "$name"
}
for deb in "$server_deb" "$client_deb"; do
  package=$(dpkg-deb -f "$deb" Package)
  echo "-- $package"
  dpkg-deb -f "$deb" Package Version Architecture Source Section Depends Recommends
  [ "$(dpkg-deb -f "$deb" Version)" = "$version" ] \
    || fail "$package: version $(dpkg-deb -f "$deb" Version) is not the changelog's $version"
done
depends=$(dpkg-deb -f "$server_deb" Depends)
for item in "adduser" "postgresql (>= 15)" "fonts-dejavu-core"; do
  has_item "$depends" "$item" || fail "marquee-server: Depends lacks '$item'"
done
# libqt6gui6 (with the offscreen platform plugin), libcurl4 and libqrencode4: the e-mailed tickets.
for name in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6network6 libqt6websockets6 libpq5 libssl3 libcurl4 libqrencode4; do
  has_package "$depends" "$name" || fail "marquee-server: Depends lacks $name (dpkg-shlibdeps)"
done
depends=$(dpkg-deb -f "$client_deb" Depends)
has_item "$depends" "libqt6sql6-sqlite" || fail "marquee: Depends lacks libqt6sql6-sqlite (the local cache's driver)"
for name in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6websockets6 libqt6sql6 \
            libqt6svg6 libqt6printsupport6 libqt6charts6 libqrencode4; do
  has_package "$depends" "$name" || fail "marquee: Depends lacks $name (dpkg-shlibdeps)"
done
mkdir "$work/control"
dpkg-deb -e "$server_deb" "$work/control"
[ "$(cat "$work/control/conffiles")" = "/etc/marquee/marquee-server.conf" ] \
  || fail "marquee-server: conffiles is not exactly /etc/marquee/marquee-server.conf"
for script in postinst prerm postrm; do
  [ -x "$work/control/$script" ] || fail "marquee-server: $script missing or not executable"
  sh -n "$work/control/$script" || fail "marquee-server: $script is not valid sh"
done
grep -q 'adduser --system --group --home /var/lib/marquee' "$work/control/postinst" \
  || fail "marquee-server: postinst does not create the system user marquee"
echo "marquee-server: conffiles and maintainer scripts present"

step "systemd unit"
mkdir "$work/root" "$work/unit"
dpkg-deb -x "$server_deb" "$work/root"
unit=$work/root/lib/systemd/system/marquee-server.service
[ -f "$unit" ] || die "marquee-server: no /lib/systemd/system/marquee-server.service"
# verify wants the ExecStart binary to exist: a copy whose ExecStart names the unpacked one (the
# only change). --man=no: its man page is in the package, not on this machine.
sed "s|^ExecStart=/usr/bin/marquee-server |ExecStart=$work/root/usr/bin/marquee-server |" "$unit" \
  >"$work/unit/marquee-server.service"
if out=$(systemd-analyze verify --man=no "$work/unit/marquee-server.service" 2>&1) && [ -z "$out" ]; then
  echo "systemd-analyze verify: clean"
else
  printf '%s\n' "$out"
  fail "systemd-analyze verify is not clean"
fi
# --threshold: fails above this exposure (20 = 2.0); the unit scores 1.2 today.
if systemd-analyze security --offline=yes --threshold=20 --no-pager "$unit" >"$work/security.log" 2>&1; then
  grep 'Overall exposure level' "$work/security.log"
else
  grep -v '✓' "$work/security.log" || true
  fail "systemd-analyze security: exposure above 2.0"
fi

step "the configuration file documents every setting"
conf=$work/root/etc/marquee/marquee-server.conf
[ -f "$conf" ] || die "marquee-server: no /etc/marquee/marquee-server.conf"
# The packaged binary's own list: every "--name <value>" option but --config.
LD_LIBRARY_PATH= "$work/root/usr/bin/marquee-server" --help >"$work/help.txt" \
  || die "the packaged marquee-server --help failed"
sed -n 's/^ *--\([a-z0-9-]*\) <[^>]*>.*/\1/p' "$work/help.txt" | grep -vx config | sort -u >"$work/settings.txt"
[ "$(wc -l <"$work/settings.txt")" -ge 30 ] || die "could not read the settings from --help"
# A setting appears as ";name = default" (commented) or "name = value".
sed -n 's/^;\{0,1\}\([a-z0-9-]*\) =.*/\1/p' "$conf" | sort -u >"$work/documented.txt"
missing=$(comm -23 "$work/settings.txt" "$work/documented.txt")
unknown=$(comm -13 "$work/settings.txt" "$work/documented.txt")
[ -z "$missing" ] || fail "marquee-server.conf does not document: $(echo $missing)"
[ -z "$unknown" ] || fail "marquee-server.conf lists settings marquee-server does not have: $(echo $unknown)"
[ -n "$missing$unknown" ] || echo "all $(wc -l <"$work/settings.txt") settings of --help are in marquee-server.conf"

echo
if [ "$failures" -ne 0 ]; then
  echo "package check: $failures failure(s)"
  exit 1
fi
echo "package check: passed"
