#!/usr/bin/env bash
# Client-side latency of directory queries on the demo territory. Usage: directory-latency.sh [URL] [ROUNDS]
set -euo pipefail
url="${1:-http://localhost:8080/graphql}"
rounds="${2:-200}"
declare -A queries=(
  [list]='{ actors(first: 20) { totalCount edges { node { name commune { name } } } } }'
  [text]='{ actors(filter: {text: \"recyclage aimants\"}, first: 20) { totalCount edges { node { name } } } }'
  [filters]='{ actors(filter: {trades: [\"C\"], territories: [\"departement:57\"], sectors: [PRIVATE]}, first: 20) { totalCount edges { node { name } } } }'
  [profiles]='{ actors(first: 20) { edges { node { name coreTrades { code } knowHow { name } equipment { name } topics { topic { name } } problems { title } contactPoints { value } } } } }'
)
for name in list text filters profiles; do
  body="{\"query\":\"${queries[$name]}\"}"
  for _ in $(seq 1 20); do curl -s -o /dev/null -H 'content-type: application/json' -d "$body" "$url"; done  # warm-up
  for _ in $(seq 1 "$rounds"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H 'content-type: application/json' -d "$body" "$url"
  done | sort -n | awk -v name="$name" '{ t[NR] = $1 * 1000 } END {
    printf "%-9s n=%d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms\n", name, NR, t[int(NR*0.50)], t[int(NR*0.95)], t[int(NR*0.99)] }'
done
