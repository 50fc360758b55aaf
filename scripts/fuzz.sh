#!/usr/bin/env bash
# Property tests with a million cases (or $1): tests/it/import_props.rs (an export imports back to the
# same data, and whatever an import accepts survives the next save unchanged) and
# tests/it/checklist_props.rs (no sequence of changes leaves data the reader rejects; a refused change
# changes nothing). Nothing panics. Not part of the test command.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
CASES="${1:-1000000}"
echo "==> import property test, $CASES cases per property"
PROPTEST_CASES="$CASES" cargo test --release --locked --test it import_props
echo "==> checklist change property test, $((CASES / 100)) sequences"
PROPTEST_CASES="$((CASES / 100))" cargo test --release --locked --test it checklist_props
