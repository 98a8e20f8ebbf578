#!/usr/bin/env bash
# Matchmaking latency at scale: matchActors and proposeWorkingGroup through GraphQL, next to the same ranking as one
# raw Cypher query through the driver, on a synthetic territory generated on first use (then reused).
# Usage: matchmaking.sh [ACTORS] [ROUNDS] [--option=value ...]
#   ACTORS  size of the territory (default 100000); its database is bench/target/data-ACTORS
#   ROUNDS  measured rounds of each operation (default 200), after 20 warm-up rounds
#   options --generate-only, --warmup=N, --seed=N, --regions=44,32,27|all, --page-cache=1g, --data=DIR, --batch=N,
#           or any --spring.property=value for the service (see MatchmakingBenchmark's Javadoc)
# Environment: BENCH_JAVA_OPTS (default -Xmx4g), SKIP_BUILD=1 to reuse the last build.
exec "$(dirname "$0")/run-benchmark.sh" MatchmakingBenchmark "$@"
