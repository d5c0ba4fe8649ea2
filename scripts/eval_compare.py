#!/usr/bin/env python3
"""Scores `parallax compare --json` on every comparison of an alignment gold file with the shared
scorer (score_alignment.py), and prints pairs P / R / F1 and numbers P / R / F1 per comparison and
averaged (macro, over the comparisons).

    python3 scripts/eval_compare.py BIN GOLD.json ARTICLES_DIR [MORE_DIR ...]
        [--name NAME] [--min-pairs-f1 X] [--min-pairs-p X] [--min-numbers-f1 X]

The articles of one comparison may sit in different folders (the second development set pairs seed
articles with its own): every folder given is linked into one temporary folder, which is what the
scorer reads. Exits 1 when an average falls below a --min-* floor (CI's guard against regressions).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

SCORER_NAME = "score_alignment.py"


def parse_counts(out):
    """(gold, pred, found, correct) for the 'pairs:' and 'numbers:' lines of the scorer."""
    counts = {}
    for kind in ("pairs", "numbers"):
        m = re.search(kind + r":\s+gold\s+(\d+)\s+pred\s+(\d+)\s+found\s+(\d+)\s+correct pred\s+(\d+)", out)
        if not m:
            sys.exit(f"error: no '{kind}:' line in the scorer's output:\n{out}")
        counts[kind] = tuple(int(x) for x in m.groups())
    return counts


def prf(gold, pred, found, correct):
    if gold == 0 and pred == 0:
        return 1.0, 1.0, 1.0
    p = correct / pred if pred else 0.0
    r = found / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bin")
    ap.add_argument("gold")
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--name", default="")
    ap.add_argument("--min-pairs-f1", type=float, default=0.0)
    ap.add_argument("--min-pairs-p", type=float, default=0.0)
    ap.add_argument("--min-numbers-f1", type=float, default=0.0)
    args = ap.parse_args()

    scorer = os.path.join(os.path.dirname(os.path.abspath(args.gold)), SCORER_NAME)
    if not os.path.exists(scorer):
        scorer = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(args.gold))), SCORER_NAME)
    gold = json.load(open(args.gold, encoding="utf-8"))
    tmp = tempfile.mkdtemp(prefix="parallax-eval-")
    for d in args.dirs:
        for name in os.listdir(d):
            link = os.path.join(tmp, name)
            if not os.path.exists(link):
                os.symlink(os.path.abspath(os.path.join(d, name)), link)

    rows = []
    for c in gold["comparisons"]:
        a, b = c["a"], c["b"]
        pred_path = os.path.join(tmp, f"pred-{a}-{b}.json")
        with open(pred_path, "w", encoding="utf-8") as fh:
            subprocess.run([args.bin, "compare", "--json", os.path.join(tmp, a), os.path.join(tmp, b)],
                           stdout=fh, check=True)
        out = subprocess.run([sys.executable, scorer, args.gold, pred_path, "--a", a, "--b", b,
                              "--raw-dir", tmp], capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(f"error: the scorer failed on {a} / {b}:\n{out.stdout}{out.stderr}")
        counts = parse_counts(out.stdout)
        rows.append((a, b, prf(*counts["pairs"]), prf(*counts["numbers"]), counts))

    label = f" ({args.name})" if args.name else ""
    print(f"comparison{label}: pairs P / R / F1, numbers P / R / F1 (gold, predicted)")
    for a, b, pp, nn, counts in rows:
        short = lambda s: s[:24]
        print(f"  {short(a):<24} {short(b):<24}  pairs {pp[0]:.2f} {pp[1]:.2f} {pp[2]:.3f}"
              f" ({counts['pairs'][0]:>2}, {counts['pairs'][1]:>2})"
              f"  numbers {nn[0]:.2f} {nn[1]:.2f} {nn[2]:.3f}"
              f" ({counts['numbers'][0]:>2}, {counts['numbers'][1]:>2})")
    n = len(rows)
    avg = lambda k, i: sum(r[k][i] for r in rows) / n
    pairs_avg = (avg(2, 0), avg(2, 1), avg(2, 2))
    numbers_avg = (avg(3, 0), avg(3, 1), avg(3, 2))
    print(f"  average of {n}: pairs P {pairs_avg[0]:.3f} R {pairs_avg[1]:.3f} F1 {pairs_avg[2]:.3f}"
          f"   numbers P {numbers_avg[0]:.3f} R {numbers_avg[1]:.3f} F1 {numbers_avg[2]:.3f}")

    failed = []
    if pairs_avg[2] < args.min_pairs_f1:
        failed.append(f"pairs F1 {pairs_avg[2]:.3f} < {args.min_pairs_f1}")
    if pairs_avg[0] < args.min_pairs_p:
        failed.append(f"pairs precision {pairs_avg[0]:.3f} < {args.min_pairs_p}")
    if numbers_avg[2] < args.min_numbers_f1:
        failed.append(f"numbers F1 {numbers_avg[2]:.3f} < {args.min_numbers_f1}")
    if failed:
        print("below the floor: " + "; ".join(failed), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
