#!/usr/bin/env bash
# euronews-reader build script.
#
#   ./build.sh        install what this machine lacks, build the CLI and the wasm,
#                     write dist/chrome/ and dist/firefox/ (load unpacked) and their zips
#   ./build.sh test   the above, then every check: fmt, clippy (native + wasm),
#                     cargo test, eslint, web-ext lint, e2e tests in Chromium and Firefox
#
# Environment: CI (set by .ci/run) makes missing corpus pages a failure instead of
# a skip; EURONEWS_CORPUS points at the corpus (default ../shared/corpus/euronews).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$PWD
MODE=${1:-build}
case "$MODE" in
  build | test) ;;
  *)
    echo "usage: ./build.sh [test]" >&2
    exit 2
    ;;
esac

export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
GECKODRIVER_VERSION=0.37.1
WASM_TARGET=wasm32-unknown-unknown
CRATE=euronews_reader
DIST=$ROOT/dist
CORPUS=${EURONEWS_CORPUS:-$ROOT/../shared/corpus/euronews}

log() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
die() {
  echo "build.sh: $*" >&2
  exit 1
}
as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    die "need root to run: $*"
  fi
}

# The wasm-bindgen version Cargo.lock resolved: the CLI must match it exactly.
wasm_bindgen_locked() {
  awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

install_tools() {
  command -v cargo >/dev/null || die "cargo (rustup) is required"
  local installed
  installed=$(rustup target list --installed)
  grep -qx "$WASM_TARGET" <<<"$installed" || {
    log "rustup target add $WASM_TARGET"
    rustup target add "$WASM_TARGET"
  }
  if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
    log "rustup component add rustfmt clippy"
    rustup component add rustfmt clippy
  fi

  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  command -v node >/dev/null || missing+=(nodejs npm)
  command -v zip >/dev/null || missing+=(zip)
  if [ ${#missing[@]} -gt 0 ]; then
    log "apt-get install ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi

  local want have
  want=$(wasm_bindgen_locked)
  [ -n "$want" ] || die "no wasm-bindgen in Cargo.lock"
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$want" ]; then
    log "cargo install wasm-bindgen-cli --version $want (have: ${have:-none}; takes a few minutes)"
    # No --locked: its lockfile pins a crate version the registry no longer has.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
  if ! command -v geckodriver >/dev/null; then
    log "cargo install geckodriver --version $GECKODRIVER_VERSION (takes a few minutes)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION"
  fi

  # Node packages (wasm-opt from npm binaryen: Debian's is too old for rustc's output).
  local stamp=node_modules/.euronews-reader-stamp
  if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/web-ext ] || [ ! -x node_modules/.bin/eslint ] ||
    [ ! -d node_modules/playwright-core ] || [ ! -e "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
    log "npm ci"
    npm ci --no-audit --no-fund
    touch "$stamp"
  fi
}

# Writes a zip of directory $1 to file $2 (zip if present, else python3).
make_zip() {
  rm -f "$2"
  if command -v zip >/dev/null; then
    (cd "$1" && zip -qr -X "$2" .)
  else
    python3 - "$1" "$2" <<'EOF'
import os, sys, zipfile
src, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for base, _, files in sorted(os.walk(src)):
        for name in sorted(files):
            path = os.path.join(base, name)
            z.write(path, os.path.relpath(path, src))
EOF
  fi
}

build() {
  log "cargo build --release (CLI)"
  cargo build --release

  log "cargo build --lib --profile wasm --target $WASM_TARGET (opt-level z)"
  cargo build --lib --profile wasm --target "$WASM_TARGET"

  local pkg=$DIST/.pkg
  rm -rf "$pkg"
  mkdir -p "$pkg"
  wasm-bindgen --target no-modules --no-typescript --out-dir "$pkg" \
    "target/$WASM_TARGET/wasm/$CRATE.wasm"
  local bindgen_size
  bindgen_size=$(wc -c <"$pkg/${CRATE}_bg.wasm")
  # wasm-opt takes seconds to tens of seconds: reuse its output for an unchanged input.
  local opt_flags=(-Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
    --enable-reference-types --enable-multivalue --enable-mutable-globals)
  local key cache=target/wasm-opt-cache
  key=$( (cat "$pkg/${CRATE}_bg.wasm" && echo "${opt_flags[*]}" && wasm-opt --version) | sha256sum | cut -c1-32)
  if [ ! -f "$cache/$key.wasm" ]; then
    mkdir -p "$cache"
    rm -f "$cache"/*.wasm
    wasm-opt "${opt_flags[@]}" "$pkg/${CRATE}_bg.wasm" -o "$cache/$key.tmp"
    mv "$cache/$key.tmp" "$cache/$key.wasm"
  fi
  cp "$cache/$key.wasm" "$pkg/${CRATE}_bg.wasm"

  log "assemble dist/chrome, dist/firefox"
  local version
  version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
  local css=$DIST/.clutter.css
  # The static clutter stylesheet, from the core; empty until the CLI knows `clutter-css`.
  if ! target/release/euronews-reader clutter-css >"$css" 2>/dev/null; then
    : >"$css"
  fi
  for browser in chrome firefox; do
    local out=$DIST/$browser
    rm -rf "$out"
    mkdir -p "$out/pkg"
    cp -R extension/src/. "$out/"
    node extension/tools/make-reader-style.mjs "$out/reader-style.js"
    cp "$pkg/${CRATE}.js" "$pkg/${CRATE}_bg.wasm" "$out/pkg/"
    cp "$css" "$out/clutter.css"
    node extension/tools/make-icons.mjs "$out/icons"
    node extension/tools/make-manifest.mjs "$browser" "$version" "$out/manifest.json"
    make_zip "$out" "$DIST/euronews-reader-$browser.zip"
  done

  local wasm=$DIST/chrome/pkg/${CRATE}_bg.wasm raw gz glue zipc zipf
  raw=$(wc -c <"$wasm")
  gz=$(gzip -9 -c "$wasm" | wc -c)
  glue=$(wc -c <"$DIST/chrome/pkg/${CRATE}.js")
  zipc=$(wc -c <"$DIST/euronews-reader-chrome.zip")
  zipf=$(wc -c <"$DIST/euronews-reader-firefox.zip")
  log "sizes"
  printf '  wasm after wasm-bindgen : %9d bytes\n' "$bindgen_size"
  printf '  wasm after wasm-opt -Oz : %9d bytes raw, %d bytes gzip -9\n' "$raw" "$gz"
  printf '  JS glue                 : %9d bytes\n' "$glue"
  printf '  zips                    : chrome %d bytes, firefox %d bytes\n' "$zipc" "$zipf"

  local page=$CORPUS/en-2026-venezuela-oil/source.html
  [ -f "$page" ] || page=tests/fixtures/demo/source.html
  log "euronews-reader extract ${page#"$ROOT"/} --format text | head"
  target/release/euronews-reader extract "$page" --format text | head -n 12 || true
}

FAILED=()
SUMMARY=()
# Runs one check, records its outcome and time, and goes on with the next.
check() {
  local name=$1
  shift
  log "$name"
  local start=$SECONDS status=0
  "$@" || status=$?
  local took=$((SECONDS - start))
  if [ "$status" -eq 0 ]; then
    SUMMARY+=("ok    ${took}s  $name")
  else
    SUMMARY+=("FAIL  ${took}s  $name (exit $status)")
    FAILED+=("$name")
  fi
}

run_tests() {
  if [ -n "${CI:-}" ]; then
    export EURONEWS_REQUIRE_CORPUS=1
  fi
  check "cargo fmt --check" cargo fmt --check
  check "cargo clippy --all-targets" cargo clippy --all-targets -- -D warnings
  check "cargo clippy --lib --target $WASM_TARGET" cargo clippy --lib --target "$WASM_TARGET" -- -D warnings
  check "cargo test --release" cargo test --release
  check "eslint (extension, tools, e2e)" eslint --max-warnings 0 extension tests/e2e eslint.config.mjs
  check "web-ext lint (dist/firefox)" web-ext lint --source-dir dist/firefox --warnings-as-errors --output text
  check "e2e chromium" node tests/e2e/chromium.mjs
  check "e2e chromium, PAGE_CSP=strict" env PAGE_CSP=strict node tests/e2e/chromium.mjs
  check "e2e firefox" node tests/e2e/firefox.mjs
  # Firefox does not apply the page CSP to content-script wasm: same results expected.
  check "e2e firefox, PAGE_CSP=strict" env PAGE_CSP=strict node tests/e2e/firefox.mjs

  log "summary"
  printf '  %s\n' "${SUMMARY[@]}"
  if [ ${#FAILED[@]} -gt 0 ]; then
    echo "build.sh test: ${#FAILED[@]} check(s) failed: ${FAILED[*]}" >&2
    exit 1
  fi
  echo "build.sh test: all ${#SUMMARY[@]} checks passed"
}

started=$SECONDS
install_tools
build
log "build done in $((SECONDS - started))s"
if [ "$MODE" = test ]; then
  run_tests
  log "total $((SECONDS - started))s"
fi
