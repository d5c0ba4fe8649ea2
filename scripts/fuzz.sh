#!/usr/bin/env bash
# The long fuzz runs (issue 7), kept out of test.sh and CI: builds every cargo-fuzz target in
# fuzz/, runs each for SECONDS_PER_TARGET (default 300) one after another, then the Unicode
# property tests at scale, and prints target -> executions -> result. Exits non-zero when any
# target crashed, timed out or failed; reproducers are left in fuzz/artifacts/<target>/.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#   PROPTEST_CASES (default 2000) sets the property tests' cases; 0 skips them.
#   NICE (default 10) is the niceness the runs get: the machine is shared.
# Reproduce a crash: (cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run --sanitizer none --debug-assertions TARGET artifacts/TARGET/crash-...)

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SECONDS_PER_TARGET="${1:-300}"
[[ "$SECONDS_PER_TARGET" =~ ^[0-9]+$ ]] || die "SECONDS_PER_TARGET must be a number of seconds, not '$SECONDS_PER_TARGET'"
shift $(($# > 0 ? 1 : 0))
NICE="${NICE:-10}"
PROPTEST_CASES="${PROPTEST_CASES:-2000}"

cd "$ROOT/fuzz"
mapfile -t ALL_TARGETS < <(sed -n 's/^name = "\(.*\)"$/\1/p' Cargo.toml | grep -v '^parallax-fuzz$')
if [ $# -gt 0 ]; then TARGETS=("$@"); else TARGETS=("${ALL_TARGETS[@]}"); fi
for target in "${TARGETS[@]}"; do
    [ -f "fuzz_targets/$target.rs" ] || die "no fuzz target '$target' (there are: ${ALL_TARGETS[*]})"
done

if ! cargo fuzz --version >/dev/null 2>&1; then
    log "cargo-fuzz is missing: installing it"
    cargo install cargo-fuzz --locked
fi

# cargo-fuzz passes nightly-only rustc flags; RUSTC_BOOTSTRAP lets the stable toolchain we pin
# accept them. No sanitizer: the engine forbids unsafe code, so AddressSanitizer (nightly-only
# -Zsanitizer) would find nothing the Rust checks don't, at several times the cost per run.
# Debug assertions stay on so that integer overflow is a crash, not a wrong offset.
export RUSTC_BOOTSTRAP=1
FUZZ_FLAGS=(--sanitizer none --debug-assertions)
# Per run: inputs up to 4 KiB; one input taking over 10 s is a hang worth reporting.
LIBFUZZER_FLAGS=(-max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1)

section "build"
nice -n "$NICE" cargo fuzz build "${FUZZ_FLAGS[@]}" 2>&1 | tail -3 ||
    die "the fuzz targets don't build"

declare -A EXECS RESULT DURATION
failed=0
for target in "${TARGETS[@]}"; do
    section "$target: ${SECONDS_PER_TARGET}s"
    # What libFuzzer learns goes to corpus-grown/ (ignored by git); corpus/ holds the seeds.
    mkdir -p "corpus-grown/$target" "artifacts/$target"
    log_file="artifacts/$target/fuzz.log"
    extra=()
    if [[ "$target" == render || "$target" == front_matter ]]; then extra+=("-dict=dict/markdown.dict"); fi
    started="$(date +%s)"
    status=0
    nice -n "$NICE" cargo fuzz run "${FUZZ_FLAGS[@]}" "$target" "corpus-grown/$target" "corpus/$target" -- \
        -max_total_time="$SECONDS_PER_TARGET" \
        "${LIBFUZZER_FLAGS[@]}" "${extra[@]}" >"$log_file" 2>&1 || status=$?
    DURATION[$target]="$(($(date +%s) - started))s"
    # "Done N runs in S second(s)" on a clean finish; otherwise the last "#N" status line.
    execs="$(sed -n 's/^Done \([0-9]*\) runs in.*/\1/p' "$log_file" | tail -1)"
    [ -n "$execs" ] || execs="$(grep -o '^#[0-9]*' "$log_file" | tail -1 | tr -d '#')"
    EXECS[$target]="${execs:-?}"
    if [ "$status" -eq 0 ]; then
        RESULT[$target]="ok"
    else
        failed=1
        kind="$(grep -o 'ERROR: libFuzzer: [a-z -]*' "$log_file" | head -1 | sed 's/ERROR: libFuzzer: //')"
        unit="$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log_file" | head -1)"
        RESULT[$target]="FAILED (${kind:-exit $status}) ${unit:-see fuzz/$log_file}"
        grep -m1 -A3 'panicked at' "$log_file" || tail -20 "$log_file"
    fi
    log "$target: ${EXECS[$target]} executions in ${DURATION[$target]}: ${RESULT[$target]}"
done

props_result="skipped"
if [ "$PROPTEST_CASES" != 0 ]; then
    section "unicode_props: $PROPTEST_CASES cases per property"
    cd "$ROOT"
    started="$(date +%s)"
    if PROPTEST_CASES="$PROPTEST_CASES" nice -n "$NICE" cargo test --quiet -p parallax --test unicode_props; then
        props_result="ok"
    else
        props_result="FAILED"
        failed=1
    fi
    props_duration="$(($(date +%s) - started))s"
fi

section "summary"
printf '%-14s %14s %9s  %s\n' target executions duration result
for target in "${TARGETS[@]}"; do
    printf '%-14s %14s %9s  %s\n' "$target" "${EXECS[$target]}" "${DURATION[$target]}" "${RESULT[$target]}"
done
[ "$props_result" = skipped ] ||
    printf '%-14s %14s %9s  %s\n' unicode_props "${PROPTEST_CASES}x6" "$props_duration" "$props_result"
exit "$failed"
