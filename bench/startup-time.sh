#!/usr/bin/env bash
# Prints the seconds from starting the packaged service to its first GraphQL answer.
# Usage: startup-time.sh [--class-data] [DATA_DIR] [PORT]
#   --class-data  start from the extracted jar with a class-data archive (CDS on JDK 17-24, AOT cache on JDK 25+),
#                 made once per jar and JDK by infra/deploy/class-data.sh under backend/target/class-data-JDK
# Environment: JAVA (default java) to time another JDK, e.g. JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
java="${JAVA:-java}"
jar=$(ls "$root"/backend/target/backend-*-exec.jar | head -1)
command=("$java" -jar "$jar")
if [[ "${1:-}" == --class-data ]]; then
  shift
  major=$("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }')
  archive="$root/backend/target/class-data-$major"
  if [[ ! -f "$archive/class-data.env" || "$jar" -nt "$archive/class-data.env" ]]; then
    "$root/infra/deploy/class-data.sh" "$jar" "$archive" "$java"
  fi
  # shellcheck source=/dev/null
  . "$archive/class-data.env"
  # shellcheck disable=SC2206
  command=("$java" $CLASS_DATA_OPTIONS -jar "$archive/maillage.jar")
fi
data="${1:-$(mktemp -d)/neo4j}"
port="${2:-18080}"
log=$(mktemp)
start=$(date +%s.%N)
"${command[@]}" --server.port="$port" --management.server.port=0 --maillage.database.embedded.data-directory="$data" \
  >"$log" 2>&1 &
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
