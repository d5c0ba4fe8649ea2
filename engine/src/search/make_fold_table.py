#!/usr/bin/env python3
"""Writes fold_table.rs: letters whose NFKD form without combining marks differs from them.

Run from the repository root: python3 engine/src/search/make_fold_table.py
"""
import unicodedata

RANGES = [(0x00C0, 0x024F), (0x0370, 0x03FF), (0x0400, 0x04FF), (0x1E00, 0x1EFF), (0x1F00, 0x1FFF),
          (0xFB00, 0xFB06), (0xFF01, 0xFF5E), (0x2000, 0x206F), (0x2150, 0x218F), (0x2460, 0x24FF),
          (0x0622, 0x06D3)]


def is_mark(ch):
    return unicodedata.combining(ch) != 0 or unicodedata.category(ch) in ("Mn", "Me")


def main():
    single, multi = [], []
    for lo, hi in RANGES:
        for cp in range(lo, hi + 1):
            c = chr(cp)
            if unicodedata.category(c) == "Cn":
                continue
            base = "".join(x for x in unicodedata.normalize("NFKD", c) if not is_mark(x) and not x.isspace())
            if base in (c, ""):
                continue
            (single if len(base) == 1 else multi).append((cp, base))
    single.sort()
    multi.sort()  # binary-searched by the tokenizer
    print(len(single), "single,", len(multi), "multi; edit the header of fold_table.rs by hand if needed")


if __name__ == "__main__":
    main()
