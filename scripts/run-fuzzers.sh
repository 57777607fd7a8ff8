#!/usr/bin/env bash
# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets of tests/fuzz with the fuzz preset (clang 14, ASan + UBSan) and runs
# each one for a bounded time, one after the other, from the seeds in tests/data/fuzz/<target>/.
#
# Usage: scripts/run-fuzzers.sh [seconds-per-target]        (default 40)
#   MS_FUZZ_TARGETS="seriesparser scalartext"  only these targets (default: all of tests/fuzz)
#   MS_FUZZ_JOBS=2                             build parallelism (default 2)
#
# Nothing is written into the source tree outside build-fuzz/: inputs that found new coverage go to
# build-fuzz/fuzz-corpus/<target>/ (kept between runs), crashes to build-fuzz/fuzz-artifacts/<target>/,
# logs to build-fuzz/fuzz-logs/. Exits non-zero on any crash, leak, timeout, out-of-memory or
# sanitizer report, naming the target and printing the input as base64 and hex.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-40}
if ! [[ $seconds =~ ^[0-9]+$ ]] || ((seconds < 1)); then
  echo "usage: $0 [seconds-per-target]" >&2
  exit 2
fi
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD/..}
started=$(date +%s)

# clang 14 and its libFuzzer runtime are not part of the everyday build dependencies.
scripts/install-deps.sh >/dev/null
if ! command -v clang++-14 >/dev/null || ! compgen -G "/usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" >/dev/null; then
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends clang-14 libclang-rt-14-dev >/dev/null
fi

build_dir=build-fuzz
all_targets=()
for source in tests/fuzz/fuzz_*.cpp; do
  name=${source#tests/fuzz/fuzz_}
  all_targets+=("${name%.cpp}")
done
read -r -a targets <<<"${MS_FUZZ_TARGETS:-${all_targets[*]}}"

echo "== building the fuzz targets (preset fuzz, $build_dir/)"
cmake --preset fuzz >/dev/null
cmake --build "$build_dir" --target meterscope-fuzzers -j "${MS_FUZZ_JOBS:-2}" | tail -n 1
built=$(date +%s)

# Longest input per target: enough for every seed shape and, for the loopback listener, for a head
# past its 8 KiB cap; short enough that mutations stay quick.
max_len_for() {
  case $1 in
    scalartext) echo 256 ;;
    loopbackrequest) echo 9000 ;;
    *) echo 16384 ;;
  esac
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# Qt's own logging stays quiet; only the sanitizers and libFuzzer speak.
export QT_LOGGING_RULES='*=false'

logs=$build_dir/fuzz-logs
mkdir -p "$logs"
failed=()
summary=()
for target in "${targets[@]}"; do
  binary=$build_dir/tests/fuzz/fuzz_$target
  seeds=tests/data/fuzz/$target
  corpus=$build_dir/fuzz-corpus/$target
  artifacts=$build_dir/fuzz-artifacts/$target
  dictionary=tests/data/fuzz/$target.dict
  if [[ ! -x $binary ]]; then
    echo "no fuzz target $target ($binary)" >&2
    exit 2
  fi
  mkdir -p "$corpus" "$artifacts"
  rm -f "$artifacts"/*
  options=(-max_total_time="$seconds" -max_len="$(max_len_for "$target")" -rss_limit_mb=2048
           -timeout=10 -print_final_stats=1 -artifact_prefix="$artifacts/")
  [[ -f $dictionary ]] && options+=(-dict="$dictionary")
  echo "== fuzz_$target for ${seconds}s"
  status=0
  "$binary" "${options[@]}" "$corpus" "$seeds" >"$logs/$target.log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$logs/$target.log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$logs/$target.log" | tail -n 1)
  coverage=$(sed -n 's/.* cov: \([0-9]*\) .*/\1/p' "$logs/$target.log" | tail -n 1)
  summary+=("$(printf '%-16s %10s runs %7s exec/s  cov %s' "$target" "${runs:-?}" "${rate:-?}" "${coverage:-?}")")
  found=$(find "$artifacts" -type f | head -n 1)
  if ((status != 0)) || [[ -n $found ]] || grep -q -E 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:|property broken' "$logs/$target.log"; then
    failed+=("$target")
    echo "!! fuzz_$target failed (exit $status); log: $logs/$target.log" >&2
    grep -m 1 -E 'ERROR: |runtime error:|property broken|ALARM|out-of-memory' "$logs/$target.log" >&2 || true
    if [[ -n $found ]]; then
      echo "   input: $found ($(stat -c %s "$found") bytes)" >&2
      echo "   base64: $(base64 -w 0 "$found")" >&2
      echo "   hex: $(od -An -v -tx1 "$found" | tr -d ' \n')" >&2
      echo "   reproduce: $binary $found" >&2
    fi
  fi
done

finished=$(date +%s)
echo "== summary (${seconds}s per target; build $((built - started))s, total $((finished - started))s)"
printf '%s\n' "${summary[@]}"
if ((${#failed[@]} > 0)); then
  echo "FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "all ${#targets[@]} fuzz targets ran clean"
