#!/usr/bin/env python3
"""Scores `parallax docs --json` against a *-meta.gold.json: title, outlet, published date and
authors per article (authors as a set: order is not judged), and boilerplate as character overlap (precision and recall over code points).

    python3 scripts/eval_meta.py GOLD.json DOCS.json RAW_DIR

Gold offsets are code points; the CLI's are UTF-8 bytes, converted here. A published date the
gold leaves null but explains in `published_note` (known from outside the text) is shown, and a
value supplied by a sidecar for it is counted as right when the note names the same date.
"""
import json
import sys


def main():
    gold_path, docs_path, raw_dir = sys.argv[1:4]
    gold = {d["doc"]: d for d in json.load(open(gold_path, encoding="utf-8"))["documents"]}
    docs = {d["doc"]: d for d in json.load(open(docs_path, encoding="utf-8"))["documents"]}
    right = total = 0
    bp_true = bp_pred = bp_both = 0
    for name, g in sorted(gold.items()):
        d = docs.get(name)
        if d is None:
            print(f"{name}: MISSING from the CLI's output")
            total += 4
            continue
        raw = open(f"{raw_dir}/{name}", "rb").read()
        cp = lambda b: len(raw[:b].decode("utf-8", "replace"))
        for field in ("title", "outlet", "published"):
            want = g[field]["text"] if field == "title" else g[field]
            got = d.get(field)
            ok = got == want or (field == "published" and want is None and got and got in g.get("published_note", ""))
            right += ok
            total += 1
            print(f"{name} {field:9} {'ok ' if ok else 'BAD'} got {got!r} want {want!r}")
        want = sorted(g.get("authors") or [])
        got = sorted(d.get("authors") or [])
        ok = got == want
        right += ok
        total += 1
        print(f"{name} {'authors':9} {'ok ' if ok else 'BAD'} got {got!r} want {want!r}")
        truth = set()
        for s in g["boilerplate"]:
            truth.update(range(s["start"], s["end"]))
        pred = set()
        for s in d["boilerplate"]:
            pred.update(range(cp(s["start"]), cp(s["end"])))
        text = raw.decode("utf-8")
        # White space between merged spans is not a disagreement.
        pred = {i for i in pred if not text[i].isspace()}
        truth = {i for i in truth if not text[i].isspace()}
        bp_true += len(truth)
        bp_pred += len(pred)
        bp_both += len(truth & pred)
    p = bp_both / bp_pred if bp_pred else 1.0
    r = bp_both / bp_true if bp_true else 1.0
    print(f"metadata: {right}/{total} fields right; boilerplate chars P {p:.3f} R {r:.3f}")
    sys.exit(0 if right == total else 1)


if __name__ == "__main__":
    main()
