#!/usr/bin/env python3
"""Fits the comparison's pairing model (engine/src/compare/evidence.rs) over ALL development
comparisons together: one logistic regression on the evidence features of every unit pair, and one
threshold, chosen for the best F1 averaged over the comparisons with precision kept at or above
--min-precision. Prints the weights as Rust constants to paste into evidence.rs, and the
leave-one-comparison-out scores, which say how the fit does on a comparison it did not see. Then
the penalty for two sentences that name people and none in common (NAMES_DISAGREE_PENALTY), one
coefficient fitted on those unit pairs with the weights evidence.rs holds as an offset.

    python3 scripts/fit_pairing.py FEATURES_BIN [--min-precision P] [--rows ROWS.jsonl ...]
            [--save-rows OUT.jsonl] GOLD.json DIR [DIR ...] [GOLD.json DIR [DIR ...]] ...
        e.g. target/release/compare_features --min-precision 0.70 \
             --rows scripts/calibration/seven-stories.jsonl \
             ../shared/eval/seeds-alignment.gold.json seeds \
             ../shared/eval/more/more-alignment.gold.json seeds ../shared/eval/more/articles

`--rows` adds comparisons read before and saved with `--save-rows`: their unit pairs' features
and labels and their gold pairs, as byte offsets, without the articles' text (see
scripts/calibration/README.md). Rows go stale when the features change: then they are saved
again from the articles.

The fit reads its own output: the `lead` feature is set only when the model pairs the two
headlines, with the weights evidence.rs holds when the features are printed. So a fit is
reproduced with the compare_features of the commit before its weights were pasted (the saved
rows were printed by it too); run again on the new weights, it gives other weights. The weights
in evidence.rs are not that fixed point: the fit is run once, from the weights before it.

Needs numpy. The features are general kinds of evidence (see evidence.rs); nothing here is about a
story, and the fit is never per comparison.
"""
import json
import os
import re
import subprocess
import sys

import numpy as np

L2 = 1e-4


def find(name, dirs):
    for d in dirs:
        p = os.path.join(d, name)
        if os.path.exists(p):
            return p
    sys.exit(f"error: {name} not found in {dirs}")


def to_bytes(text):
    """Code point offset → byte offset table."""
    out, b = [], 0
    for ch in text:
        out.append(b)
        b += len(ch.encode("utf-8"))
    out.append(b)
    return out


def overlaps(x, y):
    o = min(x[1], y[1]) - max(x[0], y[0])
    return o > 0 and o >= 0.5 * min(x[1] - x[0], y[1] - y[0])


def load(bin_path, args):
    groups, k = [], 0
    while k < len(args):
        gold_path, dirs = args[k], []
        k += 1
        while k < len(args) and not args[k].endswith(".json"):
            dirs.append(args[k])
            k += 1
        for c in json.load(open(gold_path, encoding="utf-8"))["comparisons"]:
            pa, pb = find(c["a"], dirs), find(c["b"], dirs)
            ta = to_bytes(open(pa, encoding="utf-8").read())
            tb = to_bytes(open(pb, encoding="utf-8").read())
            gold = [((ta[p["a"]["start"]], ta[p["a"]["end"]]), (tb[p["b"]["start"]], tb[p["b"]["end"]]))
                    for p in c["pairs"]]
            out = subprocess.run([bin_path, pa, pb], capture_output=True, text=True, check=True).stdout
            rows = [json.loads(line) for line in out.splitlines()]
            rows = [r for r in rows if not r["only_names"]]
            for r in rows:
                a, b = (r["a"]["start"], r["a"]["end"]), (r["b"]["start"], r["b"]["end"])
                r["label"] = any(overlaps(a, g[0]) and overlaps(b, g[1]) for g in gold)
            groups.append(group(f"{c['a'][:12]}/{c['b'][:12]}", gold, rows))
    return groups


def group(name, gold, rows):
    """One comparison: its gold pairs, and its unit pairs apart from those whose sentences name
    different people (`disagreeing`, which fit the names penalty)."""
    return {"name": name, "gold": gold,
            "rows": [r for r in rows if not r["names_disagree"]],
            "disagreeing": [r for r in rows if r["names_disagree"]]}


ROW_KEYS = ("a", "b", "sentence_a", "sentence_b")


def save_rows(groups, path):
    """One JSON line per comparison: its name, gold pairs and unit pairs, offsets only."""
    def span(x):
        return [x["start"], x["end"]]
    with open(path, "w", encoding="utf-8") as out:
        for g in groups:
            rows = [[*(v for k in ROW_KEYS for v in span(r[k])), [round(f, 4) for f in r["features"]],
                     int(r["label"]), int(r["names_disagree"])]
                    for r in g["rows"] + g["disagreeing"]]
            out.write(json.dumps({"name": g["name"], "gold": [[*a, *b] for a, b in g["gold"]],
                                  "rows": rows}, separators=(",", ":")) + "\n")


def load_rows(path):
    groups = []
    for line in open(path, encoding="utf-8"):
        c = json.loads(line)
        rows = []
        for r in c["rows"]:
            row = {k: {"start": r[2 * i], "end": r[2 * i + 1]} for i, k in enumerate(ROW_KEYS)}
            row.update(features=r[8], label=bool(r[9]), names_disagree=bool(r[10]))
            rows.append(row)
        groups.append(group(c["name"], [((g[0], g[1]), (g[2], g[3])) for g in c["gold"]], rows))
    return groups


def fit(groups):
    x = np.array([r["features"] for g in groups for r in g["rows"]], dtype=np.float64)
    y = np.array([r["label"] for g in groups for r in g["rows"]], dtype=np.float64)
    x = np.hstack([x, np.ones((len(x), 1))])
    w = np.ones_like(y)
    beta = np.zeros(x.shape[1])
    for _ in range(3000):  # Newton steps would do; gradient descent is enough and simple.
        p = 1 / (1 + np.exp(-(x @ beta)))
        grad = x.T @ (w * (p - y)) / len(y) + L2 * np.r_[beta[:-1], 0]
        hess = (x.T * (w * p * (1 - p))) @ x / len(y) + L2 * np.eye(len(beta))
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta


def engine_weights():
    """WEIGHTS then INTERCEPT, as engine/src/compare/evidence.rs holds them."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "engine", "src", "compare",
                        "evidence.rs")
    text = open(path, encoding="utf-8").read()
    weights = re.search(r"const WEIGHTS: \[f32; \d+\] = \[([^\]]*)\]", text).group(1)
    intercept = re.search(r"const INTERCEPT: f32 = (-?[0-9.]+)", text).group(1)
    return np.array([float(w) for w in weights.split(",")] + [float(intercept)])


def fit_names_penalty(groups, beta):
    """The log-odds taken from pairs whose sentences name people and none in common (evidence.rs's
    NAMES_DISAGREE_PENALTY): one coefficient, the fitted weights held fixed as an offset."""
    rows = [r for g in groups for r in g["disagreeing"]]
    x = np.array([r["features"] for r in rows], dtype=np.float64)
    y = np.array([r["label"] for r in rows], dtype=np.float64)
    offset = x @ beta[:-1] + beta[-1]
    c = 0.0
    for _ in range(100):
        p = 1 / (1 + np.exp(-(offset - c)))
        step = np.sum(y - p) / np.sum(p * (1 - p))  # Newton on the penalty c
        c -= step
        if abs(step) < 1e-9:
            break
    return c, len(rows), int(y.sum())


def score_group(g, beta, threshold):
    """P, R, F1 of the pairs the engine would output: per sentence pair its best unit pair."""
    best = {}
    for r in g["rows"]:
        s = 1 / (1 + np.exp(-(np.dot(r["features"], beta[:-1]) + beta[-1])))
        key = (r["sentence_a"]["start"], r["sentence_b"]["start"])
        if key not in best or s > best[key][0]:
            best[key] = (s, (r["a"]["start"], r["a"]["end"]), (r["b"]["start"], r["b"]["end"]))
    pred = [(a, b) for s, a, b in best.values() if s >= threshold]
    gold = g["gold"]
    good = sum(any(overlaps(a, ga) and overlaps(b, gb) for ga, gb in gold) for a, b in pred)
    found = sum(any(overlaps(a, ga) and overlaps(b, gb) for a, b in pred) for ga, gb in gold)
    if not gold and not pred:
        return 1.0, 1.0, 1.0
    p = good / len(pred) if pred else 0.0
    r = found / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def mean_scores(groups, beta, t):
    s = [score_group(g, beta, t) for g in groups]
    return tuple(float(np.mean([x[i] for x in s])) for i in range(3))


def choose_threshold(groups, beta, min_precision):
    best, fallback = (0.5, (0, 0, 0)), (0.5, (0, 0, 0))
    for t in np.arange(0.05, 0.96, 0.01):
        p, r, f = mean_scores(groups, beta, t)
        if p >= min_precision and f > best[1][2]:
            best = (float(t), (p, r, f))
        if f > fallback[1][2]:
            fallback = (float(t), (p, r, f))
    return best if best[1][2] > 0 else fallback


def main():
    argv = sys.argv[1:]
    min_precision = 0.85
    if "--min-precision" in argv:
        k = argv.index("--min-precision")
        min_precision = float(argv[k + 1])
        del argv[k:k + 2]
    saved, save_to = [], None
    while "--rows" in argv:
        k = argv.index("--rows")
        saved += load_rows(argv[k + 1])
        del argv[k:k + 2]
    if "--save-rows" in argv:
        k = argv.index("--save-rows")
        save_to = argv[k + 1]
        del argv[k:k + 2]
    groups = load(argv[0], argv[1:]) if len(argv) > 1 else []
    if save_to:
        save_rows(groups, save_to)
        print(f"saved {len(groups)} comparisons to {save_to}")
    groups += saved
    beta = fit(groups)
    t, (p, r, f) = choose_threshold(groups, beta, min_precision)
    names = ["story_cosine", "story_containment", "shared_words", "background_containment",
             "background_cosine", "meaning", "names", "lead"]
    print("fitted on all comparisons:", ", ".join(f"{n} {b:.2f}" for n, b in zip(names, beta)),
          f"intercept {beta[-1]:.2f}")
    print(f"const WEIGHTS: [f32; 8] = [{', '.join(f'{b:.3f}' for b in beta[:-1])}];")
    print(f"const INTERCEPT: f32 = {beta[-1]:.3f};")
    print(f"pub const THRESHOLD: f32 = {t:.2f};")
    # The penalty is fitted against the weights the engine holds, so it can be pasted alone.
    penalty, n, positives = fit_names_penalty(groups, engine_weights())
    # The penalty is evidence against a pair, never for it: fitted below 0, it says that names
    # which differ tell nothing beyond the other features, and it is 0.
    penalty = max(penalty, 0.0)
    print(f"const NAMES_DISAGREE_PENALTY: f32 = {penalty:.2f};  "
          f"// with evidence.rs's weights; {n} unit pairs, {positives} of one fact")
    print(f"in sample: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    for g in groups:
        gp = score_group(g, beta, t)
        print(f"  {g['name']:<26} P {gp[0]:.2f} R {gp[1]:.2f} F1 {gp[2]:.3f}")
    # Leave one comparison out: fit and threshold on the others, score the one left out.
    loo = []
    for k, g in enumerate(groups):
        rest = groups[:k] + groups[k + 1:]
        b = fit(rest)
        tk, _ = choose_threshold(rest, b, min_precision)
        loo.append(score_group(g, b, tk))
    print("leave one comparison out: P {:.3f} R {:.3f} F1 {:.3f}".format(
        *(float(np.mean([x[i] for x in loo])) for i in range(3))))


if __name__ == "__main__":
    main()
