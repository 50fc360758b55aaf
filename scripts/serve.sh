#!/usr/bin/env bash
# Builds the release and serves it at http://127.0.0.1:8080 through nginx with the local variant of
# deploy/nginx.conf (deploy/local-nginx.mjs): the production headers, caching and 404 rules, over
# plain http. Ctrl-C stops it. PORT=... picks another port; VEIVISER_BASE=/veiviser/ serves the
# build under that path.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
build_release dist
PORT="${PORT:-8080}"
log "serving dist/ at http://127.0.0.1:$PORT${VEIVISER_BASE:-/} (Ctrl-C to stop)"
run_nginx dist "$PORT"
