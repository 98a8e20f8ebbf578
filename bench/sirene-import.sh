#!/usr/bin/env bash
# Import speed: writes a SIRENE-shaped file of ROWS lines (bench/target/sirene-ROWS.csv, kept for the next runs) and
# imports it with the service's command line into a fresh embedded database (bench/target/import-data-ROWS): a dry
# run, the import, and the same import again (every line unchanged). Each prints its lines/s; /usr/bin/time adds the
# whole command's time (start-up included) and its peak memory.
# Usage: sirene-import.sh [ROWS]
# Environment: BENCH_JAVA_OPTS (default -Xmx2g), SKIP_BUILD=1 to reuse the last build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
rows="${1:-100000}"
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -q -B -ntp -pl bench -am -DskipTests package
fi
file="bench/target/sirene-$rows.csv"
if [[ ! -f "$file" ]]; then
  java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.maillage.bench.SireneFileGenerator "$rows" "$file"
fi
data="bench/target/import-data-$rows"
rm -rf "$data"
jar="backend/target/backend-0.1.0-SNAPSHOT-exec.jar"
for run in --dry-run "" ""; do
  echo "=== import $file ${run:-(real)}"
  # shellcheck disable=SC2086
  /usr/bin/time -f "command: %e s elapsed, %M KB peak resident memory" \
    java ${BENCH_JAVA_OPTS:--Xmx2g} -jar "$jar" import "$file" $run \
      "--maillage.database.embedded.data-directory=$data"
done
