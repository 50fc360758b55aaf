#!/usr/bin/env bash
# Installs whatever this machine is missing to build, serve and test Veiviser. Idempotent: each
# step checks first and says what it does. Sourced by serve.sh and test.sh.
set -euo pipefail

# Each tool version is pinned once: the Rust toolchain in rust-toolchain.toml, trunk here,
# wasm-bindgen in Cargo.lock (wasm-bindgen-cli must equal it), and wasm-opt as npm's binaryen in
# package.json (read below; Debian's binaryen 108 builds a broken wasm). tests/it/pins.rs checks the
# files that repeat them.
TRUNK_VERSION=0.21.14

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
log() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# Debian packages: the three browser engines for the tests (Chromium; Firefox ESR; WebKitGTK's
# WebDriver and MiniBrowser, under Xvfb), nginx and its brotli module for serving, and Caddy and
# openssl for the deploy tests (deploy/Caddyfile; a test CA and certificate), and poppler-utils
# to draw the printed QR sheet as images (tests/e2e/sheet.test.mjs).
APT_PACKAGES=(chromium firefox-esr webkit2gtk-driver xvfb nginx libnginx-mod-http-brotli-static caddy openssl ca-certificates poppler-utils nodejs npm)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  case "$p" in
    nodejs) command -v node >/dev/null && continue ;;
    npm) command -v npm >/dev/null && continue ;;
    nginx) command -v nginx >/dev/null && continue ;;
  esac
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}"
else
  log "Debian packages present (chromium, firefox-esr, webkit2gtk-driver, xvfb, nginx, brotli module, caddy, openssl, node)"
fi

export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# The toolchain of rust-toolchain.toml, with its components and the wasm32 target. rustup reads
# the file in this directory: `rustup toolchain install` with no toolchain installs it (rustup
# 1.28 and later; rustup itself is left as it is); older rustups install it on `rustup show`.
RUST_TOOLCHAIN="$(sed -n 's/^channel = "\(.*\)"$/\1/p' rust-toolchain.toml)"
[ -n "$RUST_TOOLCHAIN" ] || die "no channel in rust-toolchain.toml"
rust_ready() {
  [ "$(rustc --version 2>/dev/null | cut -d' ' -f2)" = "$RUST_TOOLCHAIN" ] &&
    rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown &&
    rustfmt --version >/dev/null 2>&1 && cargo clippy --version >/dev/null 2>&1
}
if ! rust_ready; then
  log "rustup toolchain install (rust-toolchain.toml: $RUST_TOOLCHAIN, rustfmt, clippy, wasm32)"
  rustup_version="$(rustup --version 2>/dev/null | cut -d' ' -f2)"
  if [ "$(printf '1.28.0\n%s\n' "$rustup_version" | sort -V | head -1)" = "1.28.0" ]; then
    rustup toolchain install --no-self-update
  else
    rustup show
  fi
  rust_ready || die "rustup did not install rust-toolchain.toml's toolchain ($RUST_TOOLCHAIN with rustfmt, clippy, wasm32)"
fi
log "rust $RUST_TOOLCHAIN with rustfmt, clippy and wasm32-unknown-unknown present (rust-toolchain.toml)"

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  log "cargo install trunk $TRUNK_VERSION (about 8 minutes)"
  cargo install trunk --locked --version "$TRUNK_VERSION"
else
  log "trunk $TRUNK_VERSION present"
fi

WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
[ -n "$WASM_BINDGEN_VERSION" ] || die "no wasm-bindgen in Cargo.lock"
grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml ||
  die "Trunk.toml [tools] wasm_bindgen must equal Cargo.lock's wasm-bindgen ($WASM_BINDGEN_VERSION)"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  log "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  # No --locked: its lockfile wants a webpki-roots version the registry here lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
[ "$(wasm-bindgen --version)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ] ||
  die "wasm-bindgen on PATH is $(wasm-bindgen --version), Cargo.lock wants $WASM_BINDGEN_VERSION"
log "wasm-bindgen $WASM_BINDGEN_VERSION present"

if ! cmp -s package-lock.json node_modules/.package-lock.stamp 2>/dev/null; then
  log "npm ci (wasm-opt from binaryen, terser, playwright-core, puppeteer-core, axe-core, the HTTP Observatory; no browser download)"
  # No install scripts: only the Observatory's (lists from the internet), pg-native's and a CA
  # bundle's have one, and none of them is needed; binaryen ships wasm-opt without one.
  npm ci --no-audit --no-fund --ignore-scripts
  cp package-lock.json node_modules/.package-lock.stamp
else
  log "npm packages match package-lock.json"
fi
# package.json pins binaryen exactly (npm ci installs it from the lockfile); its major version is
# wasm-opt's, which Trunk.toml names too.
WASM_OPT_VERSION="$(node -p 'require("./package.json").devDependencies.binaryen.split(".")[0]')"
grep -q "^wasm_opt = \"version_$WASM_OPT_VERSION\"$" Trunk.toml ||
  die "Trunk.toml [tools] wasm_opt must be \"version_$WASM_OPT_VERSION\" (package.json's binaryen)"
wasm-opt --version | grep -q "version $WASM_OPT_VERSION" ||
  die "wasm-opt on PATH is not binaryen $WASM_OPT_VERSION: $(command -v wasm-opt)"
log "wasm-opt $WASM_OPT_VERSION present (package.json's binaryen)"

log "cargo fetch (trunk then builds offline)"
cargo fetch --locked --quiet

export TRUNK_SKIP_VERSION_CHECK=true
# Release builds stamp today's date on the About page.
export VEIVISER_BUILD_DATE="${VEIVISER_BUILD_DATE:-$(date -u +%F)}"

# Builds the release into $1 (default dist/), for the base path $VEIVISER_BASE (default /): the
# path the site serves it under, e.g. /veiviser/ for https://example.org/veiviser/.
build_release() {
  local dist="${1:-dist}" base="${VEIVISER_BASE:-/}"
  log "trunk build --release (base path $base) → $dist"
  VEIVISER_BASE="$base" trunk build --release --dist "$dist" --public-url "$base"
  log "pre-render the pages a first visit gets → $dist"
  VEIVISER_BASE="$base" node tools/prerender.mjs "$dist"
}

# Runs nginx in the foreground with the local variant of deploy/nginx.conf (deploy/local-nginx.mjs),
# serving $1 at http://127.0.0.1:$2 under the base path VEIVISER_BASE (default /).
run_nginx() {
  local prefix="$ROOT/target/nginx-$2"
  node deploy/local-nginx.mjs "$prefix" "$1" "$2" "${VEIVISER_BASE:-/}" >/dev/null
  local globals="daemon off;"
  # As root, keep workers as root too: the checkout may not be readable by nobody.
  [ "$(id -u)" -eq 0 ] && globals="$globals user root;"
  nginx -p "$prefix" -c "$prefix/nginx.conf" -g "$globals"
}
