#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, shared/ instrumented, its own build dir) and
# runs each for a given time or number of runs on its seed corpus, then prints its executions and
# the coverage reached (cov/ft of libFuzzer's final status line).
#
#   tests/fuzz/run-fuzz.sh [options] [target...]      targets: fuzz_frame fuzz_layout fuzz_csv
#     --time SECONDS   run each target this long (default 60 unless --runs is given)
#     --runs N         run each target for N executions (with --time: whichever comes first)
#     --max-len BYTES  the longest input libFuzzer makes (default: the longest seed)
#     --build-dir DIR  the clang build dir (default build/fuzz)
#     --jobs N         build jobs (default 2)
#     --build-only     build, run nothing
#     --no-build       run what is built
#     --keep           keep the corpus each target grew (DIR/work/<target>) for the next run
#
# New inputs go to DIR/work/<target> (the seeds in tests/fuzz/corpus/<target> are only read), a
# crash to DIR/artifacts/<target>-crash-*. Exit status: non-zero when a target crashed, leaked, hit
# a sanitizer report or a time-out. Extra CMake arguments: MARQUEE_FUZZ_CMAKE_ARGS (e.g.
# -DCMAKE_CXX_COMPILER_LAUNCHER=ccache).
#
# Long campaigns: ASAN_OPTIONS=abort_on_error=1:detect_leaks=1:malloc_context_size=0 makes the
# allocation-heavy targets about three times faster (ASan stops recording a stack per allocation,
# which took half of fuzz_csv's time); every error is still found, but a report then lacks the
# "allocated/freed by" stacks: run the crash input again with the defaults to get them.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/../.." && pwd)
dir=$top/build/fuzz
time=
runs=
max_len=
jobs=2
build=1
run=1
keep=0
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --time) time=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --max-len) max_len=$2; shift 2 ;;
    --build-dir) dir=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --build-only) run=0; shift ;;
    --no-build) build=0; shift ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    -*) echo "run-fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_frame fuzz_layout fuzz_csv)

if [ "$build" -eq 1 ]; then
  clangxx=$(command -v clang++ || command -v clang++-14 || true)
  if [ -z "$clangxx" ]; then
    echo "run-fuzz.sh: clang++ not found: apt-get install clang libclang-rt-14-dev" >&2
    exit 1
  fi
  if ! "$clangxx" -print-file-name=libclang_rt.fuzzer-x86_64.a | grep -q /; then
    echo "run-fuzz.sh: the libFuzzer runtime is missing: apt-get install libclang-rt-14-dev" >&2
    exit 1
  fi
  # Debug keeps Q_ASSERT and Qt's own checks; -O2 keeps the fuzzer fast.
  # shellcheck disable=SC2086
  cmake -S "$top" -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER="$clangxx" -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O2 -g" -DMARQUEE_FUZZ=ON -DBUILD_TESTING=OFF \
    -DMARQUEE_BUILD_SERVER=OFF -DMARQUEE_BUILD_CLIENT=OFF ${MARQUEE_FUZZ_CMAKE_ARGS:-} >/dev/null
  cmake --build "$dir" --target fuzz_targets --parallel "$jobs"
fi
[ "$run" -eq 1 ] || exit 0

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
mkdir -p "$dir/artifacts" "$dir/logs"
failed=0
summary=()
for target in "${targets[@]}"; do
  binary=$dir/tests/fuzz/$target
  seeds=$here/corpus/$target
  if [ ! -x "$binary" ] || [ ! -d "$seeds" ]; then
    echo "run-fuzz.sh: no target $target (built: $binary, seeds: $seeds)" >&2
    exit 2
  fi
  work=$dir/work/$target
  [ "$keep" -eq 1 ] || rm -rf "$work"
  mkdir -p "$work"
  limit=()
  [ -n "$time" ] && limit+=(-max_total_time="$time")
  [ -n "$runs" ] && limit+=(-runs="$runs")
  [ ${#limit[@]} -gt 0 ] || limit=(-max_total_time=60)
  [ -n "$max_len" ] && limit+=(-max_len="$max_len")
  dict=()
  [ -f "$here/$target.dict" ] && dict=(-dict="$here/$target.dict")
  log=$dir/logs/$target.log
  command=("$binary" "${limit[@]}" "${dict[@]}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
           -artifact_prefix="$dir/artifacts/$target-" "$work" "$seeds")
  echo "run-fuzz.sh: ${command[*]}" >&2
  rc=0
  "${command[@]}" >"$log" 2>&1 || rc=$?
  status=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$status")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$status")
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  seconds=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)
  verdict=ok
  if [ "$rc" -ne 0 ]; then
    verdict="FAILED (exit $rc)"
    failed=1
    grep -E 'ERROR: |runtime error|SUMMARY|Test unit written|==[0-9]+==' "$log" | head -n 20 >&2 || true
  fi
  line="$target: ${execs:-?} executions in ${seconds:-?} s (${speed:-?}/s), cov ${cov:-?} ft ${ft:-?}: $verdict"
  echo "$line"
  summary+=("$line")
done
echo "--- summary (logs in $dir/logs)"
printf '%s\n' "${summary[@]}"
exit "$failed"
