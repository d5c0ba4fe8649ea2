#!/usr/bin/env bash
# Builds the app and serves it with live reload: `scripts/serve.sh [trunk serve options]`.
# Defaults to http://127.0.0.1:8080 (override with --address/--port or TRUNK_SERVE_ADDRESS /
# TRUNK_SERVE_PORT). SEEDS_DIR selects the corpus that build.rs embeds: a folder of .txt/.md
# articles (default: seeds/) or a .jsonl file, e.g.
#   SEEDS_DIR=../shared/corpora/reuters21578.jsonl scripts/serve.sh

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [ -n "${SEEDS_DIR:-}" ]; then
    # build.rs runs in the crate's directory: resolve a relative path against the directory the
    # user typed it in, before leaving it.
    SEEDS_DIR="$(cd "$(dirname "$SEEDS_DIR")" && pwd)/$(basename "$SEEDS_DIR")"
    export SEEDS_DIR
    log "corpus: $SEEDS_DIR"
fi

bash "$ROOT/scripts/setup.sh"
cd "$ROOT" || exit 1

# Command-line options win over these environment defaults (clap reads both).
export TRUNK_SERVE_ADDRESS="${TRUNK_SERVE_ADDRESS:-127.0.0.1}"
export TRUNK_SERVE_PORT="${TRUNK_SERVE_PORT:-8080}"

# --offline: Trunk must use the tools setup.sh installed, never download its own.
exec trunk serve --offline "$@"
