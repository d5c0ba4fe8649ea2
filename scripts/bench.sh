#!/usr/bin/env bash
# Issue 3, benchmark 1: Parallax's search side by side with MiniSearch, lunr, FlexSearch and
# Pagefind, in one Node process (see bench/README.md). Installs what it needs, only when missing:
#   - the wasm32-unknown-unknown target and wasm-bindgen-cli 0.2.130 (pinned by bench/parallax-wasm)
#   - bench/'s npm packages, from bench/package-lock.json
# then builds the engine to wasm for Node and prints the table (also written to bench/out/results.md).
#
# Usage: scripts/bench.sh [CORPUS.jsonl]   (default: ../shared/corpora/reuters21578.jsonl)

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
WASM_BINDGEN_VERSION="0.2.130"
TARGET_DIR="${CARGO_TARGET_DIR:-/tmp/target-bench}"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] error: %s\n' "$*" >&2; exit 1; }

corpus="${1:-$ROOT/../shared/corpora/reuters21578.jsonl}"
[[ -f "$corpus" ]] || die "corpus '$corpus' not found: pass a .jsonl file of {id, title, date, source, body} records"
corpus="$(cd "$(dirname "$corpus")" && pwd)/$(basename "$corpus")"

command -v node >/dev/null || die "node is not installed (Node 18 or newer is needed)"
command -v npm >/dev/null || die "npm is not installed"
command -v cargo >/dev/null || die "cargo is not installed (see scripts/setup.sh)"

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi
if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]]; then
    log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked
fi
# npm ci only when the lock file changed since the last install.
if [[ ! -f "$BENCH/node_modules/.package-lock.json" || "$BENCH/package-lock.json" -nt "$BENCH/node_modules/.package-lock.json" ]]; then
    log "installing bench/'s npm packages"
    (cd "$BENCH" && npm ci --no-audit --no-fund --loglevel=error)
fi

log "building the engine to wasm (target dir $TARGET_DIR)"
(cd "$BENCH/parallax-wasm" && CARGO_TARGET_DIR="$TARGET_DIR" cargo build --quiet --release --target wasm32-unknown-unknown)
wasm-bindgen --target nodejs --out-dir "$BENCH/pkg" "$TARGET_DIR/wasm32-unknown-unknown/release/parallax_bench_wasm.wasm"

log "running (a few minutes; progress below, the table on stdout)"
cd "$BENCH"
exec node --expose-gc --max-old-space-size=8192 bench.mjs "$corpus"
