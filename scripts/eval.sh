#!/usr/bin/env bash
# Development-set scores against ../shared/eval (hand-checked answers for the seeds): metadata
# (also on the second set in ../shared/eval/more when it is there), entities and comparison,
# printed as the scorers print them. Fails when a seed's metadata is wrong or entity extraction
# falls below its goal (core strict F1 0.90) or comparison below its floor, so a regression
# can't land unnoticed.
# Usage: scripts/eval.sh [EVAL_DIR]   (default: ../shared/eval beside the project)

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

EVAL="${1:-$ROOT/../shared/eval}"
if [ ! -d "$EVAL" ]; then
    log "no development set at $EVAL: skipped (it lives in ../shared/eval beside the project)"
    exit 0
fi
OUT="$(mktemp -d)"
cargo build --quiet --release -p parallax
BIN="$ROOT/target/release/parallax"

section "metadata"
"$BIN" docs --json >"$OUT/docs.json"
python3 scripts/eval_meta.py "$EVAL/seeds-meta.gold.json" "$OUT/docs.json" seeds
MORE="$EVAL/more"
if [ -d "$MORE/articles" ] && [ -f "$MORE/more-meta.gold.json" ]; then
    section "metadata (more)"
    "$BIN" docs --corpus "$MORE/articles" --json >"$OUT/more-docs.json"
    # A report, not a gate: eval_meta.py exits non-zero unless every field is right.
    python3 scripts/eval_meta.py "$MORE/more-meta.gold.json" "$OUT/more-docs.json" "$MORE/articles" || true
else
    log "no second development set at $MORE: its metadata is skipped"
fi

section "entities"
"$BIN" entities --json seeds/*.txt >"$OUT/entities.json"
python3 "$EVAL/score_entities.py" "$EVAL/seeds-entities.gold.json" "$OUT/entities.json" --raw-dir seeds | tee "$OUT/entities.txt" | tail -16
f1="$(sed -n 's/^core strict F1: //p' "$OUT/entities.txt")"
awk -v f="$f1" 'BEGIN { exit !(f >= 0.90) }' || die "entity core strict F1 $f1 is below the 0.90 goal"
# The twelve more articles (../shared/eval/more), when that folder is there: reported, not gated.
MORE="$EVAL/more"
if [ -d "$MORE/articles" ] && [ -f "$MORE/more-entities.gold.json" ]; then
    echo "more articles:"
    "$BIN" entities --json "$MORE"/articles/*.txt >"$OUT/entities-more.json"
    python3 "$EVAL/score_entities.py" "$MORE/more-entities.gold.json" "$OUT/entities-more.json" --raw-dir "$MORE/articles" | tail -16
else
    log "no more articles at $MORE: skipped"
fi

section "comparison"
# Pairs and numbers P / R / F1 per comparison and averaged, on both development sets. The floors
# guard against regressions at today's level (a little under it); the issue's goals (more set
# pairs and numbers F1 >= 0.80 with pairs precision >= 0.80, seeds >= 0.90) are not reached yet,
# and each floor moves up to its goal once a change reaches it. A floor moves down only for a
# change measured better on stories never developed on: the more set's pairs floor went from
# 0.60 to 0.58 when pairs that only close a square of pairs stopped being joined, and the seeds'
# pairs floor from 0.78 to 0.53 (the more set's to 0.57, its precision floor from 0.66 to 0.64)
# when the pairing model was refitted over seven more stories (scripts/calibration/README.md).
cargo build --quiet --release -p parallax --bin parallax
python3 scripts/eval_compare.py "$BIN" "$EVAL/seeds-alignment.gold.json" seeds --name seeds \
    --min-pairs-f1 0.53 --min-numbers-f1 0.90 ||
    die "comparison on the seeds fell below its floor"
if [ -d "$MORE/articles" ] && [ -f "$MORE/more-alignment.gold.json" ]; then
    python3 scripts/eval_compare.py "$BIN" "$MORE/more-alignment.gold.json" seeds "$MORE/articles" --name more \
        --min-pairs-f1 0.57 --min-pairs-p 0.64 --min-numbers-f1 0.60 ||
        die "comparison on the more set fell below its floor"
else
    log "no second development set at $MORE: its comparisons are skipped"
fi
