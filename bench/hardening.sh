#!/usr/bin/env bash
# Sends a running service what an auditor would (the looping deep query, aliases, 100 MB bodies), then soaks it
# with public reads and rankings, and prints what came back. Usage: hardening.sh [URL] [SECONDS] [CLIENTS] [LOG_FILE]
# LOG_FILE: the service's standard output, redirected to a file, to count the lines it wrote during the soak.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -pl bench -am -DskipTests package
fi
exec java ${BENCH_JAVA_OPTS:--Xmx1g} -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  org.maillage.bench.HardeningProbe "${1:-http://localhost:8080/graphql}" "${2:-300}" "${3:-8}" ${4:+"$4"}
