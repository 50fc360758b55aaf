#!/usr/bin/env bash
# The benchmark (not part of the test command): builds the release, serves it with nginx and
# deploy/nginx.conf, measures in Debian's Chromium, prints a table, writes target/bench.json,
# and exits non-zero when a budget is missed. BENCH_RUNS=n sets the runs per timing (default 5).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
build_release dist
log "benchmark"
node tools/bench.mjs
