#!/usr/bin/env bash
# Prints the seconds from "java -jar" to the first GraphQL answer. Usage: startup-time.sh [DATA_DIR] [PORT]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar=$(ls "$root"/backend/target/backend-*-exec.jar | head -1)
data="${1:-$(mktemp -d)/neo4j}"
port="${2:-18080}"
log=$(mktemp)
start=$(date +%s.%N)
java -jar "$jar" --server.port="$port" --management.server.port=0 --maillage.database.embedded.data-directory="$data" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 1200); do
  if curl -sf -H 'content-type: application/json' -d '{"query":"{ actors(first: 1) { totalCount } }"}' \
      "http://127.0.0.1:$port/graphql" >/dev/null 2>&1; then
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" -v d="$data" 'BEGIN { printf "first GraphQL answer after %.1f s (data in %s)\n", e - s, d }'
    grep -E "Embedded Neo4j started|Demo territory loaded|Started MaillageApplication" "$log" | sed 's/^.*: //'
    exit 0
  fi
  kill -0 $pid 2>/dev/null || { echo "the service stopped:"; tail -20 "$log"; exit 1; }
  sleep 0.1
done
echo "no answer after 120 s"; exit 1
