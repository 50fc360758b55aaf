#!/usr/bin/env bash
# Property-tests export and import with a million cases (or $1), tests/import_props.rs: an export
# imports back to the same data, and whatever an import accepts (arbitrary bytes, damaged exports)
# survives the next save unchanged; nothing panics. Not part of the test command.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
CASES="${1:-1000000}"
echo "==> import property test, $CASES cases per property"
PROPTEST_CASES="$CASES" cargo test --release --locked --test import_props
