#!/usr/bin/env bash
# The benchmark (not part of the test command): builds the release, serves it with nginx and
# deploy/nginx.conf, measures in Debian's Chromium, prints a table, writes target/bench.json,
# and exits non-zero when a budget is missed. BENCH_RUNS=n sets the runs per timing (default 5).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
build_release dist

# Where the wasm's bytes are: twiggy reads a copy of the release wasm that keeps its function
# names (wasm-bindgen and wasm-opt as trunk runs them, plus -g); bench.mjs prints its top 15.
TWIGGY_VERSION=0.8.0
if [ "$(twiggy --version 2>/dev/null)" != "twiggy-opt $TWIGGY_VERSION" ]; then
  log "cargo install twiggy $TWIGGY_VERSION"
  cargo install twiggy --locked --version "$TWIGGY_VERSION"
fi
log "the release wasm with its names, for twiggy → target/twiggy/named.wasm"
rm -rf target/twiggy
wasm-bindgen --target web --out-dir target/twiggy target/wasm32-unknown-unknown/release/veiviser.wasm
wasm-opt -Os --converge -g target/twiggy/veiviser_bg.wasm -o target/twiggy/named.wasm

log "benchmark"
node tools/bench.mjs
