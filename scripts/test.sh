#!/usr/bin/env bash
# Every check CI runs, in order, stopping at the first failure:
#   fmt     cargo fmt --check
#   clippy  clippy with -D warnings, on the host (all targets) and on wasm32 (see stage_clippy)
#   test    cargo test --workspace (native: the engine's tests)
#   eval    development-set scores against ../shared/eval (fails if entities fall below goal)
#   wasm    the app's wasm-bindgen-test tests (tests/*.rs) in headless Chromium
#   build   trunk build --release, then the gzip size of dist/ against size.mjs's ceilings (first
#           visit 300 KB, goal 250 KB; comparison worker 1.5 MB)
#   e2e     Playwright end-to-end tests of dist/ (e2e/tests/), screenshots in e2e/artifacts/
# Usage: scripts/test.sh [stage...]   (default: all, in the order above)
# SEEDS_DIR selects the corpus the build embeds and the e2e tests expect (default: seeds/).

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ALL_STAGES=(fmt clippy test eval wasm build e2e)
if [ "$#" -gt 0 ]; then
    stages=("$@")
    for stage in "${stages[@]}"; do
        [[ " ${ALL_STAGES[*]} " == *" $stage "* ]] || die "unknown stage '$stage' (stages: ${ALL_STAGES[*]})"
    done
else
    stages=("${ALL_STAGES[@]}")
fi

if [ -n "${SEEDS_DIR:-}" ]; then
    # Resolve against the caller's directory before we move to the project root.
    SEEDS_DIR="$(cd "$(dirname "$SEEDS_DIR")" && pwd)/$(basename "$SEEDS_DIR")"
    export SEEDS_DIR
fi

ARTIFACTS="$E2E_DIR/artifacts"
mkdir -p "$ARTIFACTS"
# Test-runner summary lines, gathered from every stage and repeated at the very end.
RESULTS="$ARTIFACTS/test-results.txt"
: >"$RESULTS"

run_started_ms="$(now_ms)"
current_stage="setup"
stage_started_ms="$run_started_ms"
timings=()

# Seconds since the epoch-milliseconds $1, one decimal.
seconds_since() { awk -v now="$(now_ms)" -v then="$1" 'BEGIN { printf "%.1f", (now - then) / 1000 }'; }

print_timings() {
    local line
    for line in "${timings[@]}"; do printf '  %s\n' "$line"; done
}

on_exit() {
    local status=$?
    if [ "$status" -ne 0 ]; then
        section "FAILED in stage '$current_stage' after $(seconds_since "$stage_started_ms")s"
        print_timings
    fi
}
trap on_exit EXIT

# Runs the stage function `stage_<name>` under a header and records how long it took.
run_stage() {
    current_stage="$1"
    stage_started_ms="$(now_ms)"
    section "$current_stage"
    "stage_$current_stage"
    timings+=("$(printf '%-8s %6ss' "$current_stage" "$(seconds_since "$stage_started_ms")")")
}

# Runs a test command, showing its output and keeping its summary lines for the end of the log.
# $1 is an extended regex for the summary lines.
keep_results() {
    local pattern="$1"
    shift
    local output="$ARTIFACTS/.last-run.log"
    "$@" 2>&1 | tee "$output"
    grep -E "$pattern" "$output" >>"$RESULTS" || true
}

stage_fmt() {
    cargo fmt --all -- --check
}

stage_clippy() {
    log "host, all targets"
    cargo clippy --workspace --all-targets -- -D warnings
    # On wasm32, the engine's tests and benches are left out: proptest pulls in getrandom, which
    # doesn't build for wasm32-unknown-unknown without a JS backend. Its library and CLI are linted.
    log "wasm32-unknown-unknown: the app, all targets"
    cargo clippy -p parallax-web --all-targets --target wasm32-unknown-unknown -- -D warnings
    log "wasm32-unknown-unknown: the engine, library and binaries"
    cargo clippy -p parallax --lib --bins --target wasm32-unknown-unknown -- -D warnings
}

stage_test() {
    keep_results '^test result:' cargo test --workspace
}

stage_eval() {
    bash "$ROOT/scripts/eval.sh"
}

stage_wasm() {
    # cargo runs each test wasm through the runner, which serves it to Chromium via chromedriver.
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
        CHROMEDRIVER="$CHROMEDRIVER_BIN" \
        WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/webdriver.json" \
        keep_results '^test result:' cargo test -p parallax-web --target wasm32-unknown-unknown
}

stage_build() {
    # --public-url ./ : every URL in index.html is relative, so dist/ works under any sub-path.
    trunk build --release --offline --public-url ./
    section "size (gzip) of dist/"
    node "$ROOT/scripts/size.mjs" "$ROOT/dist" | tee "$ARTIFACTS/size.txt"
}

stage_e2e() {
    local corpus=()
    if [ -n "${SEEDS_DIR:-}" ]; then corpus=(--corpus "$SEEDS_DIR"); fi
    # The articles the app must show, as the engine's CLI sees them (the tests read this file).
    cargo run --quiet -p parallax -- docs "${corpus[@]}" --json >"$ARTIFACTS/docs.json"
    # A second build on the hostile corpus (XSS vectors in every field), for hostile.test.mjs.
    SEEDS_DIR="$E2E_DIR/hostile" trunk build --release --offline --public-url ./ --dist "$ROOT/dist-hostile"
    # A third on the second development set, articles the engine was not developed on, for
    # unseen.test.mjs (read from ../shared at build time, never copied into the project).
    local more="$ROOT/../shared/eval/more/articles"
    if [ -d "$more" ]; then
        SEEDS_DIR="$more" trunk build --release --offline --public-url ./ --dist "$ROOT/dist-more"
    fi
    PARALLAX_MORE_DIST="$ROOT/dist-more" PARALLAX_MORE_CORPUS="$more" \
    PARALLAX_HOSTILE_DIST="$ROOT/dist-hostile" PARALLAX_DOCS_JSON="$ARTIFACTS/docs.json" PARALLAX_DIST="$ROOT/dist" \
        keep_results '^ℹ (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) ' \
        node --test --test-reporter=spec --test-concurrency=1 "$E2E_DIR"/tests/*.test.mjs
}

bash "$ROOT/scripts/setup.sh"
cd "$ROOT" || exit 1
timings+=("$(printf '%-8s %6ss' setup "$(seconds_since "$run_started_ms")")")

for stage in "${stages[@]}"; do
    run_stage "$stage"
done

current_stage="summary"
section "all stages passed in $(seconds_since "$run_started_ms")s"
print_timings
section "test runner results"
cat "$RESULTS"
