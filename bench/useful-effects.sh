#!/usr/bin/env bash
# Useful effects at scale: their totals per territory, and the territory overview carrying them, through GraphQL, on
# the synthetic territory of matchmaking.sh (generated on first use, then reused), with working groups and effects
# written by the benchmark once.
# Usage: useful-effects.sh [ACTORS] [ROUNDS] [--groups=N] [--option=value ...]
#   ACTORS   size of the territory (default 100000); its database is bench/target/data-ACTORS
#   ROUNDS   measured requests per operation (default 200), after the warm-up ones
#   --groups working groups written, ten effects each (default 2000)
#   options as for matchmaking.sh (--page-cache=…, --data=DIR, --warmup=N, --spring.property=value)
# Environment: BENCH_JAVA_OPTS (default -Xmx4g), SKIP_BUILD=1 to reuse the last build.
exec "$(dirname "$0")/run-benchmark.sh" UsefulEffectsBenchmark "$@"
