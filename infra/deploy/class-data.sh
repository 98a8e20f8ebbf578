#!/usr/bin/env bash
# Makes the service start about twice as fast: extracts the executable jar and records, in one training run, the
# classes the service loads (and, on JDK 24+, how they link and run), so that later starts map them from an archive
# instead of reading, verifying and linking them from 300 jars again. Spring Boot's documented way ("Class Data
# Sharing" / "AOT cache"); see docs/operations.md#start-up.
#
# Usage: class-data.sh JAR DESTINATION [JAVA]
#   JAR          the executable jar (backend/target/backend-*-exec.jar)
#   DESTINATION  a folder, created: DESTINATION/maillage.jar, DESTINATION/lib/, the archive, and class-data.env,
#                which sets CLASS_DATA_OPTIONS, the options to start with (a systemd EnvironmentFile, or for a shell:
#                . DESTINATION/class-data.env; java $CLASS_DATA_OPTIONS -jar DESTINATION/maillage.jar)
#   JAVA         the java to train and run with (default: java on the PATH). An archive only serves the JDK build
#                and the jar it was made with: make it again after upgrading either.
# The training run starts the service on an empty temporary database (the demo territory loads), asks it one
# directory query, waits for the rankings' warm-up, and stops it; nothing of that run is kept but the archive.
set -euo pipefail
jar="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
destination="$2"
java="${3:-java}"
port="${CLASS_DATA_PORT:-18099}"
major=$("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }')
rm -rf "$destination"
mkdir -p "$destination"
destination="$(cd "$destination" && pwd)"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$destination/extracted" >/dev/null
mv "$destination/extracted/lib" "$destination/lib"
mv "$destination/extracted/$(basename "$jar")" "$destination/maillage.jar"
rmdir "$destination/extracted"
if (( major >= 25 )); then
  # JDK 25+: the AOT cache (JEP 483, 514) also keeps classes linked and profiled, in one step
  record=(-XX:AOTCacheOutput="$destination/maillage.aot")
  options="-XX:AOTCache=$destination/maillage.aot -Xlog:aot=off -Xlog:cds=off"
else
  record=(-XX:ArchiveClassesAtExit="$destination/maillage.jsa")
  options="-XX:SharedArchiveFile=$destination/maillage.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
fi
data=$(mktemp -d)
log="$destination/training.log"
trap 'rm -rf "$data"' EXIT
echo "Training run on JDK $major (log in $log)..."
"$java" "${record[@]}" -jar "$destination/maillage.jar" --server.port="$port" --management.server.port=0 \
  --maillage.database.embedded.data-directory="$data/neo4j" >"$log" 2>&1 &
pid=$!
answered=
for _ in $(seq 1 300); do
  if curl -sf -H 'content-type: application/json' \
      -d '{"query":"{ actors(first: 20, filter: {text: \"recyclage\"}) { totalCount edges { node { id name } } } }"}' \
      "http://127.0.0.1:$port/graphql" >/dev/null 2>&1; then
    answered=1
    break
  fi
  kill -0 $pid 2>/dev/null || break
  sleep 1
done
# Let the rankings' warm-up finish (it plans the matchmaking statements after the first answer), so that its classes
# are in the archive too; then a clean stop writes the archive: the JVM records at exit.
for _ in $(seq 1 120); do
  grep -q "Rankings planned" "$log" && break
  kill -0 $pid 2>/dev/null || break
  sleep 1
done
kill -TERM $pid 2>/dev/null || true
wait $pid || true
if [[ -z "$answered" ]]; then
  echo "The training run never answered; see $log" >&2
  exit 1
fi
echo "CLASS_DATA_OPTIONS=\"$options\"" >"$destination/class-data.env"
echo "Start with: $java $options -jar $destination/maillage.jar"
