#!/usr/bin/env bash
# Builds the release and serves it at http://127.0.0.1:8080 through nginx with deploy/nginx.conf,
# exactly as it is deployed. Ctrl-C stops it. PORT=... picks another port.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
build_release dist
PORT="${PORT:-8080}"
log "serving dist/ at http://127.0.0.1:$PORT/ (Ctrl-C to stop)"
run_nginx dist "$PORT"
