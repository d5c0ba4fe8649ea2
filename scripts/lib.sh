# shellcheck shell=bash
# Shared by setup.sh, serve.sh and test.sh (sourced, never run): where things are, which tool
# versions the project pins and why, and small helpers for readable output.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
E2E_DIR="$ROOT/e2e"

# Trunk 0.22 needs rustc 1.96; 0.21.14 is the newest that builds with the toolchain we pin (1.95).
# shellcheck disable=SC2034 # (used by the scripts that source this file)
TRUNK_VERSION="0.21.14"
# Trunk.toml `[tools] wasm_opt = "version_132"` asks Trunk for exactly this wasm-opt. It comes from
# the npm package `binaryen` (pinned in e2e/package.json): Debian's binaryen is far too old.
# shellcheck disable=SC2034
WASM_OPT_VERSION="version_132"

# Tools installed by setup.sh: cargo's bin dir and the npm binaries of e2e/ (wasm-opt), ahead of
# anything the system has (an old /usr/bin/wasm-opt would otherwise win).
export PATH="$E2E_DIR/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# Chromium and chromedriver come from Debian's packages.
CHROMIUM_BIN="${CHROMIUM_BIN:-/usr/bin/chromium}"
CHROMEDRIVER_BIN="${CHROMEDRIVER_BIN:-/usr/bin/chromedriver}"
export CHROMIUM_BIN CHROMEDRIVER_BIN

SCRIPT_NAME="$(basename "$0" .sh)"

log() { printf '[%s] %s\n' "$SCRIPT_NAME" "$*"; }
die() {
    printf '[%s] error: %s\n' "$SCRIPT_NAME" "$*" >&2
    exit 1
}

# Prints a header that stands out in a long CI log.
section() { printf '\n======== %s ========\n' "$*"; }

now_ms() { date +%s%3N; }

# The wasm-bindgen version Cargo.lock resolved. The wasm-bindgen CLI (run by Trunk and by
# `cargo test --target wasm32-unknown-unknown`) must be exactly this version, or it refuses the wasm.
locked_wasm_bindgen_version() {
    awk '
        $0 == "name = \"wasm-bindgen\"" { found = 1; next }
        found && /^version = / { gsub(/version = |"/, ""); print; exit }
    ' "$ROOT/Cargo.lock"
}

# Runs a command as root: directly when we are root (CI containers), through sudo otherwise.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "need root to run: $* (install it yourself, or rerun as root)"
    fi
}
