#!/usr/bin/env bash
# Marquee developer entry point: the two commands of README.md.
#
#   installer/bootstrap.sh demo   install what is missing, build (Release), run the server on its
#                                 embedded PostgreSQL with the demo venue, and open the client
#   installer/bootstrap.sh test   install what is missing, build, run the whole suite with ctest
#                                 (the fuzz smoke tests, label fuzz, build tests/fuzz with clang
#                                 in <build dir>/fuzz and run each target 30 s)
#   installer/bootstrap.sh asan   the same suite in an AddressSanitizer + UBSan build
#   installer/bootstrap.sh tsan   the server and its tests (no GUI) in a ThreadSanitizer build
#   installer/bootstrap.sh deps   only install the missing Debian packages
#
# The suite includes the package check (label package: cpack -G DEB, lintian, systemd-analyze);
# installer/package-test.sh, not part of it, installs the packages into a clean Debian 12 root.
#
# Environment: BUILD_DIR (default build/<mode>), JOBS (default: number of cores).
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=${1:-}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}

packages=(
  cmake ninja-build g++ pkg-config dpkg-dev file git
  qt6-base-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  libqt6sql6-psql libqt6sql6-sqlite libqt6svg6 qt6-svg-dev qt6-qpa-plugins qt6-translations-l10n
  qt6-charts-dev libqt6opengl6-dev
  libpq-dev postgresql postgresql-contrib postgresql-client libssl-dev openssl libqrencode-dev
  libgtest-dev libgmock-dev
  clang libclang-rt-14-dev
  xvfb xauth fonts-dejavu-core zbar-tools poppler-utils
  libcurl4-openssl-dev python3-aiosmtpd
  haproxy pgbouncer postgresql-15-auto-failover pg-auto-failover-cli
  lintian systemd
)

log() { printf '\033[1m[marquee]\033[0m %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_deps() {
  local missing=()
  for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "all Debian packages present"
    return
  fi
  log "installing: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure_and_build() {
  local dir=$1; shift
  cmake -S "$top" -B "$dir" -G Ninja "$@"
  cmake --build "$dir" --parallel "$jobs"
}

run_suite() {
  local dir=$1
  # Stops the test PostgreSQL even when ctest is interrupted or crashes (the ctest fixture
  # "postgres" stops it on a normal run).
  trap '"$dir/tests/support/marquee-testpg" stop "$dir/testpg" >/dev/null 2>&1 || true' EXIT
  trap 'exit 130' INT TERM
  export QT_QPA_PLATFORM=offscreen
  local log=$dir/ctest.log rc=0
  ctest --test-dir "$dir" --output-on-failure --parallel "$jobs" --no-tests=error \
    --timeout 900 2>&1 | tee "$log" || rc=$?
  # A skipped test hides a broken set-up: count it as a failure.
  if grep -q "The following tests did not run" "$log"; then
    log "some tests were skipped (see above): failing the run"
    [ "$rc" -eq 0 ] && rc=1
  fi
  return "$rc"
}

case "$mode" in
  deps)
    install_deps
    ;;
  test)
    install_deps
    dir=${BUILD_DIR:-$top/build/test}
    werror=OFF
    [ -n "${CI:-}" ] && werror=ON
    configure_and_build "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON \
      -DMARQUEE_WARNINGS_AS_ERRORS=$werror
    run_suite "$dir"
    ;;
  asan)
    install_deps
    dir=${BUILD_DIR:-$top/build/asan}
    configure_and_build "$dir" -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=ON -DMARQUEE_SANITIZE=ON
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:fast_unwind_on_malloc=0}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$top/tests/lsan.supp}
    run_suite "$dir"
    ;;
  tsan)
    install_deps
    dir=${BUILD_DIR:-$top/build/tsan}
    # Server only: the threads are the server's (the password-hash and layout-check pool); the
    # client's tests would only add reports from the uninstrumented Qt GUI libraries.
    configure_and_build "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON -DMARQUEE_SANITIZE=thread \
      -DMARQUEE_BUILD_CLIENT=OFF
    # The options CMake chose for this build (see cmake/MarqueeCommon.cmake), unless given.
    export TSAN_OPTIONS=${TSAN_OPTIONS:-$(sed -n 's/^MARQUEE_TSAN_OPTIONS:INTERNAL=//p' "$dir/CMakeCache.txt")}
    run_suite "$dir"
    ;;
  demo)
    install_deps
    dir=${BUILD_DIR:-$top/build/release}
    configure_and_build "$dir" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
    exec "$top/installer/run-demo.sh" "$dir"
    ;;
  *)
    echo "usage: $0 demo|test|asan|tsan|deps" >&2
    exit 2
    ;;
esac
