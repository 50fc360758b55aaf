#!/usr/bin/env bash
# Property-tests data import with a million cases (or $1): arbitrary bytes and mutated valid
# files must give valid data or a typed error, never a panic. Not part of the test command.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
CASES="${1:-1000000}"
echo "==> import property test, $CASES cases per property"
PROPTEST_CASES="$CASES" cargo test --release --locked --test import_props
