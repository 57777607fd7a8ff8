#!/usr/bin/env bash
# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The curl + jq peer of Meterscope's benchmarks, against the emulator bench/run.sh started on
# 127.0.0.1. Prints one JSON object per line, as bench_gui does.
#   peer_curl.sh floor     BASE_URL PAT REPS            G2: curl's own transfer time of the site list
#   peer_curl.sh sites     BASE_URL PAT REPS            G2: curl | jq, the site list as TSV
#   peer_curl.sh meter-csv BASE_URL PAT REPS            G3a: one meter-year (31-day requests) to CSV
set -euo pipefail
command=$1 base=$2 pat=$3 reps=$4
auth="Authorization: Bearer $pat"

now_ns() { date +%s%N; }
samples_json() { local IFS=,; printf '[%s]' "$*"; }
ms_since() {
  local ns=$(($(now_ns) - $1))
  printf '%d.%03d' $((ns / 1000000)) $(((ns / 1000) % 1000))
}

case $command in
  floor)
    samples=()
    for ((i = 0; i < reps; i++)); do
      seconds=$(curl -s -o /dev/null -w '%{time_total}' -H "$auth" "$base/sites")
      samples+=("$(awk -v s="$seconds" 'BEGIN { printf "%.3f", s * 1000 }')")
    done
    printf '{"goal":"G2","subject":"curl","metric":"transfer_ms","samples":%s}\n' "$(samples_json "${samples[@]}")"
    ;;
  sites)
    samples=()
    rows=0
    for ((i = 0; i < reps; i++)); do
      t0=$(now_ns)
      rows=$(curl -s -H "$auth" "$base/sites" | jq -r '.[] | [.id, .name, .postalAddress.city, .postalAddress.timezone] | @tsv' | wc -l)
      samples+=("$(ms_since "$t0")")
    done
    printf '{"goal":"G2","subject":"curl+jq","metric":"list_sites_ms","samples":%s,"sites":%d}\n' \
      "$(samples_json "${samples[@]}")" "$rows"
    ;;
  meter-csv)
    # The main meter of the first site, every measurement, [2024-06-18, 2025-06-18) in 31-day requests.
    site=$(curl -s -H "$auth" "$base/sites" | jq -r '.[0].id')
    meter=$(curl -s -H "$auth" "$base/sites/$site/meters" | jq -r '.[0].id')
    from=$(date -u -d 2024-06-18 +%s) to=$(date -u -d 2025-06-18 +%s) span=$((31 * 86400))
    samples=()
    rows=0
    for ((i = 0; i < reps; i++)); do
      t0=$(now_ns)
      rows=$(for ((start = from; start < to; start += span)); do
        end=$((start + span < to ? start + span : to))
        curl -s -G -H "$auth" "$base/sites/$site/meters/$meter/measurements" \
          --data-urlencode "startDate=$(date -u -d "@$start" +%Y-%m-%dT%H:%M:%SZ)" \
          --data-urlencode "endDate=$(date -u -d "@$end" +%Y-%m-%dT%H:%M:%SZ)" --data-urlencode interval=15min |
          jq -r '.[] | .name as $name | .values[] | [.date, $name, .value] | @csv'
      done | wc -l)
      samples+=("$(ms_since "$t0")")
    done
    printf '{"goal":"G3a","subject":"curl+jq","metric":"fetch_to_csv_ms","samples":%s,"rows":%d}\n' \
      "$(samples_json "${samples[@]}")" "$rows"
    ;;
  *)
    echo "usage: $0 floor|sites|meter-csv BASE_URL PAT REPS" >&2
    exit 2
    ;;
esac
