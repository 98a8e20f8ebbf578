#!/usr/bin/env bash
# The watch at scale: a feed page through GraphQL for signed-in subscribers, and a digest run for N subscribers, on
# the synthetic territory of matchmaking.sh (generated on first use, then reused).
# Usage: watch.sh [ACTORS] [ROUNDS] [--subscribers=N] [--option=value ...]
#   ACTORS       size of the territory (default 100000); its database is bench/target/data-ACTORS
#   ROUNDS       measured feed pages (default 200), after 20 warm-up pages
#   --subscribers digest subscribers written for the run (default 10000)
#   options as for matchmaking.sh (--page-cache=…, --data=DIR, --spring.property=value)
# Environment: BENCH_JAVA_OPTS (default -Xmx4g), SKIP_BUILD=1 to reuse the last build.
exec "$(dirname "$0")/run-benchmark.sh" WatchBenchmark "$@"
