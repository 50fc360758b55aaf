#!/usr/bin/env bash
# Every check, in order: format, lints (wasm32 and native), native tests, the release build,
# then the browser e2e suite against nginx serving that build. CI runs exactly this.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

log "cargo fmt --check"
cargo fmt --all --check

log "cargo clippy (wasm32) -D warnings"
cargo clippy --locked --target wasm32-unknown-unknown --lib --bins -- -D warnings
log "cargo clippy (native) -D warnings"
cargo clippy --locked --workspace --all-targets -- -D warnings

log "cargo test (native)"
cargo test --locked --workspace

build_release dist
# A second build for the e2e update tests: another version string, and the guide's change log
# without its newest entry (so an update from it brings news). Its own target dir keeps both
# builds incremental.
log "trunk build --release (update-test build) → target/dist-update"
VEIVISER_CHANGES_DROP_NEWEST=1 \
  VEIVISER_VERSION="$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)+update-test" \
  CARGO_TARGET_DIR="$ROOT/target/update-build" trunk build --release --dist target/dist-update

# A third build at a sub-path, as an NGO would host it (tests/e2e/base.test.mjs, sheet.test.mjs).
# It shares the update build's target dir: the dependencies are compiled once for both.
VEIVISER_BASE=/veiviser/ CARGO_TARGET_DIR="$ROOT/target/update-build" build_release target/dist-base

log "browser e2e (Debian chromium, nginx serving dist/)"
E2E_DIST="$ROOT/dist" E2E_DIST_UPDATE="$ROOT/target/dist-update" E2E_DIST_BASE="$ROOT/target/dist-base" \
  node --test --test-concurrency=1 --test-timeout=180000 tests/e2e/
