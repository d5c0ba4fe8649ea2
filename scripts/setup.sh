#!/usr/bin/env bash
# Installs what building, serving and testing Parallax need, and only what is missing, so a second
# run takes seconds:
#   - rustfmt, clippy and the wasm32-unknown-unknown target (rustup)
#   - trunk (cargo install, pinned: see lib.sh)
#   - wasm-bindgen-cli at the exact wasm-bindgen version in Cargo.lock (also gives
#     wasm-bindgen-test-runner, which runs the wasm tests in Chromium)
#   - chromium and chromedriver (apt)
#   - e2e/'s npm packages from its package-lock.json: playwright-core and binaryen (wasm-opt)
# The slow installs (the two cargo installs, apt) run side by side; each writes a log that is printed
# if it fails.

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SETUP_LOG_DIR="${TMPDIR:-/tmp}/parallax-setup"
mkdir -p "$SETUP_LOG_DIR"
started_ms="$(now_ms)"
cd "$ROOT" || exit 1

background_names=()
background_pids=()

# Starts `$@` in the background, its output going to a log named after `name`.
start_install() {
    local name="$1"
    shift
    local log_file="$SETUP_LOG_DIR/$name.log"
    log "installing $name in the background (log: $log_file)"
    "$@" >"$log_file" 2>&1 </dev/null &
    background_names+=("$name")
    background_pids+=("$!")
}

# Waits for every background install; prints the end of the log of each one that failed.
finish_installs() {
    local failed=0 i
    for i in "${!background_pids[@]}"; do
        local name="${background_names[$i]}"
        if wait "${background_pids[$i]}"; then
            log "installed $name"
        else
            failed=1
            printf '[%s] installing %s failed; end of %s:\n' "$SCRIPT_NAME" "$name" "$SETUP_LOG_DIR/$name.log" >&2
            tail -n 40 "$SETUP_LOG_DIR/$name.log" >&2
        fi
    done
    [ "$failed" -eq 0 ] || die "some installs failed (see above)"
}

# Someone (another shell, an earlier setup run) may already be installing the same tool: a second
# `cargo install` would only compete for the CPU, so wait for the first one and look again.
wait_for_other_install() {
    local pattern="$1"
    if pgrep -f "$pattern" >/dev/null 2>&1; then
        log "another '$pattern' is running; waiting for it to finish"
        while pgrep -f "$pattern" >/dev/null 2>&1; do sleep 5; done
    fi
}

# --- Rust toolchain pieces -------------------------------------------------------------------------
command -v cargo >/dev/null 2>&1 || die "cargo not found: install Rust with rustup first (https://rustup.rs)"
if ! cargo fmt --version >/dev/null 2>&1; then
    log "adding rustfmt"
    rustup component add rustfmt
fi
if ! cargo clippy --version >/dev/null 2>&1; then
    log "adding clippy"
    rustup component add clippy
fi
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi

# The wasm-bindgen CLI version is read from Cargo.lock; create it if a fresh checkout lacks it.
if [ ! -f "$ROOT/Cargo.lock" ]; then
    log "Cargo.lock is missing: generating it"
    cargo generate-lockfile
fi
wasm_bindgen_version="$(locked_wasm_bindgen_version)"
[ -n "$wasm_bindgen_version" ] || die "Cargo.lock has no wasm-bindgen package: is it a dependency of parallax-web?"

# --- trunk -----------------------------------------------------------------------------------------
wait_for_other_install "cargo install trunk"
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
    # --locked: trunk's own lockfile is what its release was tested with.
    start_install trunk cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# --- wasm-bindgen-cli ------------------------------------------------------------------------------
wait_for_other_install "cargo install wasm-bindgen-cli"
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wasm_bindgen_version" ] ||
    ! command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
    # Not --locked: one dependency pinned in wasm-bindgen-cli's lockfile is no longer in the registry.
    start_install wasm-bindgen-cli cargo install wasm-bindgen-cli --version "$wasm_bindgen_version" --force
fi

# --- chromium and chromedriver ---------------------------------------------------------------------
if [ ! -x "$CHROMIUM_BIN" ] || [ ! -x "$CHROMEDRIVER_BIN" ]; then
    command -v apt-get >/dev/null 2>&1 ||
        die "chromium or chromedriver missing and no apt-get: install them and set CHROMIUM_BIN / CHROMEDRIVER_BIN"
    start_install chromium as_root env DEBIAN_FRONTEND=noninteractive \
        sh -c 'apt-get update -q && apt-get install -y -q chromium chromium-driver'
fi

# --- npm packages of e2e/ --------------------------------------------------------------------------
# `npm ci` wipes and reinstalls node_modules, so only run it when package-lock.json changed since
# the last install (recorded in a stamp file inside node_modules).
command -v npm >/dev/null 2>&1 || die "npm not found: install Node.js 20 or newer"
lock_sum="$(sha256sum "$E2E_DIR/package-lock.json" | cut -d' ' -f1)"
stamp="$E2E_DIR/node_modules/.parallax-lock-sha256"
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$lock_sum" ]; then
    log "installing e2e/ npm packages (npm ci)"
    (cd "$E2E_DIR" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$lock_sum" >"$stamp"
fi

finish_installs

# --- final check: everything answers with the version we need ---------------------------------------
[ "$(trunk --version)" = "trunk $TRUNK_VERSION" ] || die "trunk is $(trunk --version), expected $TRUNK_VERSION"
[ "$(wasm-bindgen --version)" = "wasm-bindgen $wasm_bindgen_version" ] ||
    die "wasm-bindgen is $(wasm-bindgen --version), expected $wasm_bindgen_version (from Cargo.lock)"
command -v wasm-bindgen-test-runner >/dev/null 2>&1 || die "wasm-bindgen-test-runner is missing"
wasm_opt_version="$(wasm-opt --version | awk '{print "version_" $3}')"
[ "$wasm_opt_version" = "$WASM_OPT_VERSION" ] ||
    die "wasm-opt on PATH ($(command -v wasm-opt)) is $wasm_opt_version, expected $WASM_OPT_VERSION"
[ -x "$CHROMIUM_BIN" ] || die "$CHROMIUM_BIN is missing"
[ -x "$CHROMEDRIVER_BIN" ] || die "$CHROMEDRIVER_BIN is missing"

log "ready in $((($(now_ms) - started_ms) / 1000))s: trunk $TRUNK_VERSION, wasm-bindgen $wasm_bindgen_version," \
    "wasm-opt $wasm_opt_version, $("$CHROMIUM_BIN" --version 2>/dev/null | head -n1)"
