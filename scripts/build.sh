#!/usr/bin/env bash
# Builds the release into DIR (default dist/), ready to copy to any static host:
#   bash scripts/build.sh [DIR]
#   VEIVISER_BASE=/veiviser/ bash scripts/build.sh [DIR]   # for https://example.org/veiviser/
# The same build serve.sh, the tests and the bench use. Installs what is missing first.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
build_release "${1:-dist}"
log "built $(cd "${1:-dist}" && pwd) for the base path ${VEIVISER_BASE:-/}"
