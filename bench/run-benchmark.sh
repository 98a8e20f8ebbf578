#!/usr/bin/env bash
# Runs one benchmark class of the bench module with the shell scripts' common arguments; called by directory.sh and
# matchmaking.sh. Usage: run-benchmark.sh CLASS [ACTORS] [ROUNDS] [--option=value ...]
# Environment: BENCH_JAVA_OPTS (default -Xmx4g), SKIP_BUILD=1 to reuse the last build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
class="$1"; shift
args=()
if [[ "${1:-}" =~ ^[0-9_]+$ ]]; then args+=("--actors=$1"); shift; fi
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then args+=("--rounds=$1"); shift; fi
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -q -B -ntp -pl bench -am -DskipTests package
fi
# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:--Xmx4g} -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  "org.maillage.bench.$class" ${args[@]+"${args[@]}"} "$@"
