#!/usr/bin/env bash
# Directory latency at scale: every list query of the contract through GraphQL, as a public visitor and (some) as a
# facilitator, on the synthetic territory of matchmaking.sh (generated on first use, then reused).
# Usage: directory.sh [ACTORS] [ROUNDS] [--option=value ...]
#   ACTORS  size of the territory (default 100000); its database is bench/target/data-ACTORS
#   ROUNDS  measured rounds of each query (default 100), after 20 warm-up rounds
#   options as for matchmaking.sh (--regions=all for France, --page-cache=…, --data=DIR, --spring.property=value)
# Environment: BENCH_JAVA_OPTS (default -Xmx4g), SKIP_BUILD=1 to reuse the last build.
exec "$(dirname "$0")/run-benchmark.sh" DirectoryBenchmark "$@"
