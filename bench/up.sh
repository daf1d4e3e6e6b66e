#!/usr/bin/env bash
# bench/up.sh [RUNS] — how long a warm `bin/parley up` takes (everything already running and
# deployed), and the resident memory of each component afterwards.
# Prints one line per figure:  warm-up-seconds <median> (runs: ...)  and  rss-mb <component> <MB>.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=${1:-5}

"$ROOT/bin/parley" up >/dev/null   # make sure it is up (not timed)

times=()
for ((i = 0; i < RUNS; i++)); do
    start=$(date +%s.%N)
    "$ROOT/bin/parley" up >/dev/null
    end=$(date +%s.%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')")
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(sed -n "$(((RUNS + 1) / 2))p" <<<"$sorted")
printf 'warm-up-seconds %.2f (runs: %s)\n' "$median" "$(printf '%.2f ' "${times[@]}")"

"$ROOT/bin/parley" status | awk '$2 == "up" { sub(/M$/, "", $4); print "rss-mb", $1, $4 }'
