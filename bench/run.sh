#!/usr/bin/env bash
# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The benchmark suite: Meterscope's goals G1-G7 and their peers (a bare Qt window, Python requests +
# pandas + matplotlib, curl + jq, naive Qt Charts), all in one run, against emulators this script
# starts on 127.0.0.1 with a fixed seed and clock (and stops on exit). Prints the table and writes
# bench/results/<date>.json and <date>.md (a --quick run: <date>-quick.*).
#
# Usage: bench/run.sh [--quick]     (full: about 10 minutes on 2 cores; --quick: under 3)
# Needs the ci build (cmake --preset ci && cmake --build build-ci; another folder: MS_BUILD_DIR) and
# the benchmark packages of scripts/packages.txt (scripts/install-deps.sh --ci).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
build=${MS_BUILD_DIR:-$repo/build-ci}
python=/usr/bin/python3 # Debian's: its pandas, matplotlib and requests
quick=0
case ${1:-} in
  --quick) quick=1 ;;
  "") ;;
  *) echo "usage: $0 [--quick]" >&2; exit 2 ;;
esac

if ((quick)); then
  g1_runs=10 tree_reps=5 steps=20 png_reps=3 csv_reps=1 csv_rows=1000000 chart_reps=1 naive_steps=4
else
  g1_runs=40 tree_reps=20 steps=60 png_reps=10 csv_reps=3 csv_rows=10000000 chart_reps=3 naive_steps=8
fi

for program in "$build/bench/bench_gui" "$build/bench/bench_bare_window" "$build/bench/bench_naive_qtcharts" \
  "$build/app/gui/meterscope" "$build/app/emulator/meterscope-emulator"; do
  if [[ ! -x $program ]]; then
    echo "bench/run.sh: $program is missing: cmake --preset ci && cmake --build build-ci" >&2
    exit 1
  fi
done
for tool in curl jq awk; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh: $tool is missing: scripts/install-deps.sh --ci" >&2; exit 1; }
done
"$python" "$here/peers/peer_python.py" versions >/dev/null 2>&1 ||
  { echo "bench/run.sh: python3-pandas, python3-matplotlib or python3-requests is missing: scripts/install-deps.sh --ci" >&2; exit 1; }

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Everything the application and the harness keep goes to this run's own folders.
mkdir -p "$work/config" "$work/cache" "$work/data" "$work/runtime" "$work/files" "$work/peerdata"
chmod 700 "$work/runtime"
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache \
  XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/runtime HOME=$work
lines=$work/lines.jsonl
log=$work/log.txt
: >"$lines"

clock=2025-06-18T10:00:00Z
portfolio=(--seed 7 --now "$clock" --sites 5000 --meters-per-site 20 --days 400)

# Starts an emulator on 127.0.0.1 (any free port); sets <name>_url and <name>_pat.
start_emulator() {
  local name=$1
  shift
  "$build/app/emulator/meterscope-emulator" --port 0 --quiet "${portfolio[@]}" "$@" >"$work/$name.out" 2>>"$log" &
  pids+=($!)
  for _ in $(seq 100); do
    if grep -q '^demo-pat: ' "$work/$name.out"; then
      printf -v "${name}_url" '%s' "$(sed -n 's/^base-url: //p' "$work/$name.out")"
      printf -v "${name}_pat" '%s' "$(sed -n 's/^demo-pat: //p' "$work/$name.out")"
      return 0
    fi
    sleep 0.1
  done
  echo "bench/run.sh: the emulator $name did not start" >&2
  exit 1
}

step() { printf '%s  %s\n' "$(date +%T)" "$*" >&2; }

started=$(date +%s)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
step "emulators: 5,000 sites x 20 meters, seed 7, clock $clock (one without latency, one with 150 ms)"
start_emulator fast
start_emulator slow --latency 150
case $fast_url in http://127.0.0.1:*) ;; *) echo "bench/run.sh: not a loopback emulator: $fast_url" >&2; exit 1 ;; esac

# G1: whole processes, exec -> painted, interleaved so that both see the same machine.
step "G1: start to painted window, $g1_runs runs each"
g1() { # name case command...
  local subject=$1 case=$2
  shift 2
  local samples=() inner=() t0 ns
  for ((i = 0; i < g1_runs; i++)); do
    t0=$(date +%s%N)
    "$@" 2>"$work/g1.err" >/dev/null || { cat "$work/g1.err" >&2; exit 1; }
    ns=$(($(date +%s%N) - t0))
    samples+=("$((ns / 1000000)).$(printf '%03d' $(((ns / 1000) % 1000)))")
    inner+=("$(sed -n 's/^\(workspace\|first\)-paint-ms: \([0-9.]*\)$/\2/p' "$work/g1.err" | tail -n 1)")
  done
  local IFS=,
  printf '{"goal":"G1","subject":"%s","case":"%s","metric":"exec_to_painted_ms","samples":[%s],"in_process_ms":[%s]}\n' \
    "$subject" "$case" "${samples[*]}" "${inner[*]}" >>"$lines"
}
for round in 1 2; do # a warm-up round, then the measured one
  out=$lines
  ((round == 1)) && lines=/dev/null
  g1 bare-qt "bare window" "$build/bench/bench_bare_window"
  g1 meterscope "first-run screen" "$build/app/gui/meterscope" --report-first-paint
  g1 meterscope "demo workspace" "$build/app/gui/meterscope" --demo --demo-now "$clock" --report-first-paint
  lines=$out
done

step "G2: sign-in to the 5,000-site tree ($tree_reps times); curl, curl + jq and Python in the same run"
"$here/peers/peer_curl.sh" floor "$fast_url" "$fast_pat" "$tree_reps" >>"$lines"
"$build/bench/bench_gui" --goal tree --base-url "$fast_url" --pat "$fast_pat" --reps "$tree_reps" >>"$lines" 2>>"$log"
"$python" "$here/peers/peer_python.py" sites --base-url "$fast_url" --pat "$fast_pat" --reps "$tree_reps" >>"$lines"
"$here/peers/peer_curl.sh" sites "$fast_url" "$fast_pat" "$((tree_reps < 5 ? tree_reps : 5))" >>"$lines"

step "G3a-G3c, G7: the chart document and the cache"
"$build/bench/bench_gui" --goal cache --emulator "$build/app/emulator/meterscope-emulator" \
  --emulator-args "${portfolio[*]}" --reps "$chart_reps" --dir "$work/files" >>"$lines" 2>>"$log"
"$python" "$here/peers/peer_python.py" chart1 --base-url "$slow_url" --pat "$slow_pat" --reps "$chart_reps" >>"$lines"
"$here/peers/peer_curl.sh" meter-csv "$slow_url" "$slow_pat" 1 >>"$lines"
"$python" "$here/peers/peer_python.py" download --base-url "$fast_url" --pat "$fast_pat" --dir "$work/peerdata" 2>>"$log"
"$python" "$here/peers/peer_python.py" chart50 --dir "$work/peerdata" --reps "$chart_reps" >>"$lines"

step "G4, G6: 50 meter-years, $steps pan/zoom steps, $png_reps PNG exports; matplotlib and naive Qt Charts"
"$build/bench/bench_gui" --goal chart50 --base-url "$fast_url" --pat "$fast_pat" --steps "$steps" --reps "$png_reps" \
  --dir "$work/files" >>"$lines" 2>>"$log"
chart_px=$(jq -r 'select(.goal == "G4" and .subject == "meterscope") | .chart_px | "\(.[0])x\(.[1])"' "$lines" | head -n 1)
"$python" "$here/peers/peer_python.py" pan --dir "$work/peerdata" --steps "$steps" --size "$chart_px" >>"$lines"
"$python" "$here/peers/peer_python.py" png --dir "$work/peerdata" --reps "$png_reps" >>"$lines"
"$build/bench/bench_naive_qtcharts" --base-url "$fast_url" --pat "$fast_pat" --steps "$naive_steps" --reps "$chart_reps" \
  --size "$chart_px" --dir "$work/files" >>"$lines" 2>>"$log"

step "G5: CSV of $csv_rows rows ($csv_reps times); pandas to_csv once"
"$build/bench/bench_gui" --goal csv --rows "$csv_rows" --reps "$csv_reps" --dir "$work/files" >>"$lines" 2>>"$log"
"$python" "$here/peers/peer_python.py" csv --rows "$csv_rows" --dir "$work/files" >>"$lines"

# The machine's facts.
facts_qt=$("$build/bench/bench_gui" --goal facts 2>>"$log")
date_utc=$(date -u +%Y-%m-%d)
duration=$(($(date +%s) - started))
jq -n \
  --arg date "$date_utc" \
  --arg cpu "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" \
  --arg cores "$(nproc)" \
  --arg ram "$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)" \
  --arg debian "$(cat /etc/debian_version) ($(. /etc/os-release && echo "${VERSION_CODENAME:-}"))" \
  --arg kernel "$(uname -r)" \
  --arg qt "$(jq -r '.runtime' <<<"$facts_qt")" \
  --arg build_type "$(jq -r '.build_type' <<<"$facts_qt")" \
  --arg python "$("$python" "$here/peers/peer_python.py" versions)" \
  --arg commit "$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
  --arg load "$load_start → $(cut -d' ' -f1-3 /proc/loadavg)" \
  --arg duration "$((duration / 60)) min $((duration % 60)) s" \
  '{date: $date, cpu: $cpu, cores: $cores, ram: $ram, debian: $debian, kernel: $kernel, qt: $qt,
    build_type: $build_type, python: $python, commit: $commit, load: $load, duration: $duration}' >"$work/facts.json"

mkdir -p "$here/results"
name=$date_utc
((quick)) && name=$date_utc-quick
"$python" "$here/report.py" "$lines" "$work/facts.json" "$here/results/$name" $( ((quick)) && echo --quick)
echo
echo "bench/run.sh: wrote bench/results/$name.json and bench/results/$name.md"
