#!/usr/bin/env bash
# Issue 3's search benchmarks (see bench/README.md):
#   1. in Node: Parallax's search side by side with MiniSearch, lunr, FlexSearch and Pagefind;
#   2. in the browser: the app built on the corpus and on seeds/, in headless Chromium (search
#      ready after navigation, keystroke → results latency, JS heap and wasm memory).
# Installs what it needs, only when missing:
#   - the wasm32-unknown-unknown target and wasm-bindgen-cli 0.2.130 (pinned by bench/parallax-wasm)
#   - bench/'s npm packages, from bench/package-lock.json
#   - e2e/'s npm packages (wasm-opt, which Trunk runs), if wasm-opt isn't there
# Trunk (scripts/setup.sh installs it) and Chromium (/usr/bin/chromium, or $CHROMIUM_BIN) must be
# there already. Prints the tables; both are written to bench/out/results.md.
#
# Usage: scripts/bench.sh [--node-only | --browser-only | --compare-only] [CORPUS.jsonl]
#   --compare-only: issue 5's speed goal instead: two ~2,000-word articles made from the corpus,
#   compared by the app's comparison worker in headless Chromium (bench/compare-browser.mjs).
#   (default corpus: ../shared/corpora/reuters21578.jsonl)

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
WASM_BINDGEN_VERSION="0.2.130"
TARGET_DIR="${CARGO_TARGET_DIR:-/tmp/target-bench}"
# The app's builds get their own target dir: its release profile differs from the Node module's.
WEB_TARGET_DIR="${BENCH_WEB_TARGET_DIR:-/tmp/target-bench-web}"
export PATH="$ROOT/e2e/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] error: %s\n' "$*" >&2; exit 1; }

run_node=1
run_browser=1
run_compare=0
corpus=""
for arg in "$@"; do
    case "$arg" in
        --node-only) run_browser=0 ;;
        --browser-only) run_node=0 ;;
        --compare-only) run_node=0; run_browser=0; run_compare=1 ;;
        -h | --help) sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) die "unknown option '$arg' (usage: scripts/bench.sh [--node-only | --browser-only | --compare-only] [CORPUS.jsonl])" ;;
        *) corpus="$arg" ;;
    esac
done
corpus="${corpus:-$ROOT/../shared/corpora/reuters21578.jsonl}"
[[ -f "$corpus" ]] || die "corpus '$corpus' not found: pass a .jsonl file of {id, title, date, source, body} records"
corpus="$(cd "$(dirname "$corpus")" && pwd)/$(basename "$corpus")"

command -v node >/dev/null || die "node is not installed (Node 18 or newer is needed)"
command -v npm >/dev/null || die "npm is not installed"
command -v cargo >/dev/null || die "cargo is not installed (see scripts/setup.sh)"

# npm ci in $1 only when its lock file changed since the last install.
npm_install() {
    if [[ ! -f "$1/node_modules/.package-lock.json" || "$1/package-lock.json" -nt "$1/node_modules/.package-lock.json" ]]; then
        log "installing $(basename "$1")/'s npm packages"
        (cd "$1" && npm ci --no-audit --no-fund --loglevel=error)
    fi
}
npm_install "$BENCH"

if ((run_node)); then
    if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
        log "adding the wasm32-unknown-unknown target"
        rustup target add wasm32-unknown-unknown
    fi
    if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]]; then
        log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
        cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked
    fi
    log "building the engine to wasm (target dir $TARGET_DIR)"
    (cd "$BENCH/parallax-wasm" && CARGO_TARGET_DIR="$TARGET_DIR" cargo build --quiet --release --target wasm32-unknown-unknown)
    wasm-bindgen --target nodejs --out-dir "$BENCH/pkg" "$TARGET_DIR/wasm32-unknown-unknown/release/parallax_bench_wasm.wasm"

    log "benchmark 1, in Node (a few minutes; progress below, the table on stdout)"
    (cd "$BENCH" && node --expose-gc --max-old-space-size=8192 bench.mjs "$corpus")
fi

if ((run_browser)); then
    command -v trunk >/dev/null || die "trunk is not installed (scripts/setup.sh installs it)"
    [[ -x "${CHROMIUM_BIN:-/usr/bin/chromium}" ]] || die "Chromium not found at ${CHROMIUM_BIN:-/usr/bin/chromium} (set CHROMIUM_BIN)"
    # wasm-opt, which Trunk runs, comes from e2e/'s packages (scripts/setup.sh installs them).
    if [[ ! -x "$ROOT/e2e/node_modules/.bin/wasm-opt" ]]; then
        log "installing e2e/'s npm packages (for wasm-opt)"
        (cd "$ROOT/e2e" && npm ci --no-audit --no-fund --loglevel=error)
    fi
    # Both apps go to bench/out/ (git-ignored). Switching SEEDS_DIR reruns build.rs and relinks.
    log "building the app on $(basename "$corpus") (target dir $WEB_TARGET_DIR; minutes on 2 cores)"
    (cd "$ROOT" && SEEDS_DIR="$corpus" CARGO_TARGET_DIR="$WEB_TARGET_DIR" \
        trunk --quiet build --release --offline --public-url ./ --dist "$BENCH/out/dist-corpus")
    log "building the app on seeds/"
    (cd "$ROOT" && env -u SEEDS_DIR CARGO_TARGET_DIR="$WEB_TARGET_DIR" \
        trunk --quiet build --release --offline --public-url ./ --dist "$BENCH/out/dist-seeds")

    log "benchmark 2, in headless Chromium (a few minutes; progress below, the table on stdout)"
    # The row is named after the corpus file: reuters21578.jsonl -> reuters.
    corpus_name="$(basename "$corpus" .jsonl | sed 's/[0-9_-]*$//')"
    (cd "$BENCH" && node browser.mjs \
        --build "${corpus_name:-corpus}=$BENCH/out/dist-corpus=$corpus" \
        --build "seeds=$BENCH/out/dist-seeds")
fi

if ((run_compare)); then
    command -v trunk >/dev/null || die "trunk is not installed (scripts/setup.sh installs it)"
    log "writing four ~2,000-word articles and 13 short ones from $(basename "$corpus")"
    (cd "$BENCH" && node compare-browser.mjs --make-corpus "$BENCH/out/compare-corpus" "$corpus")
    log "building the app on them (target dir $WEB_TARGET_DIR)"
    (cd "$ROOT" && SEEDS_DIR="$BENCH/out/compare-corpus" CARGO_TARGET_DIR="$WEB_TARGET_DIR" \
        trunk --quiet build --release --offline --public-url ./ --dist "$BENCH/out/dist-compare")
    (cd "$BENCH" && node compare-browser.mjs --dist "$BENCH/out/dist-compare")
fi
