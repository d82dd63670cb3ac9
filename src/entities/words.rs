//! Word-level knowledge: normalised keys, the lexicon test for ordinary
//! words (with German compounds), and what the whole document says about a
//! word (seen capitalised mid-sentence, seen in lower case).

use super::detect::Lang;
use super::lexicon::{self, GIVEN, ORGS, PLACES, SURNAMES};
use super::tokens::{tokenize, Case};
use std::collections::HashMap;

/// Lower case with the typographic apostrophe made plain (the lists look
/// words up with their accents folded).
#[must_use]
pub fn lower(word: &str) -> String {
    word.to_lowercase().replace('’', "'")
}

/// Gazetteer key of a span of text: lower case, single spaces.
#[must_use]
pub fn key(span: &str) -> String {
    let mut out = String::with_capacity(span.len());
    for (n, part) in span.split_whitespace().enumerate() {
        if n > 0 {
            out.push(' ');
        }
        out.push_str(part);
    }
    let mut key = lower(&out);
    // Portuguese treebanks split contractions: "América de o Sul".
    for (split, joined) in [
        (" de o ", " do "),
        (" de a ", " da "),
        (" de os ", " dos "),
        (" de as ", " das "),
        (" em o ", " no "),
        (" em a ", " na "),
    ] {
        if key.contains(split) {
            key = key.replace(split, joined);
        }
    }
    key
}

/// Whether a lower-cased word is in a name list (places, organisations,
/// given names, family names).
#[must_use]
pub fn known_name(w: &str) -> bool {
    PLACES.contains(w) || ORGS.contains(w) || known_person(w)
}

/// Whether a lower-cased word is a known given or family name.
#[must_use]
pub fn known_person(w: &str) -> bool {
    GIVEN.contains(w) || SURNAMES.contains(w)
}

/// Whether a lower-cased word is a frequent ordinary word of the language.
#[must_use]
pub fn common(lang: &Lang<'_>, w: &str) -> bool {
    // "I'm", "He'd": the word before the apostrophe.
    let head = w.split('\'').next().unwrap_or(w);
    lang.lex.is_some_and(|l| l.contains(w) || l.contains(head))
        || FUNCTION_WORDS.contains(&w)
        || FUNCTION_WORDS.contains(&head)
}

/// Words that open sentences in any edition and are never names.
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "of", "to", "by", "with", "le",
    "la", "les", "un", "une", "des", "du", "de", "et", "mais", "der", "die", "das", "ein", "eine",
    "und", "aber", "il", "lo", "gli", "el", "los", "las", "o", "os", "as", "um", "uma",
];

/// A German noun the lexicon lacks because it is a compound whose last part
/// it knows: "Luftmatratze" (Luft + Matratze), "Hauptantriebskraft" (Haupt +
/// Antrieb + Kraft), "Kriegsjahre". Known family names ("Rosenberg") are no
/// compounds here.
#[must_use]
pub fn german_compound(lang: &Lang<'_>, w: &str) -> bool {
    // The split is cubic in the length: no real word is this long.
    if lang.lex.is_none() || w.len() > 64 || SURNAMES.contains(w) || GIVEN.contains(w) {
        return false;
    }
    compound_parts(lang, w, 2)
}

/// Suffixes that make German nouns, never names: "Versalzung", "Uneinigkeit".
const NOUN_ENDINGS: &str = "ung ungen heit heiten keit keiten schaft schaften tion tionen \
    ität itäten ismus ismen nisse tum tümer eien ierung logie sprechern innen ische ischen \
    ischer isches ischem chen";

/// Whether `w` splits into known German words, the first of them perhaps a
/// compound itself (`depth` more splits allowed).
fn compound_parts(lang: &Lang<'_>, w: &str, depth: usize) -> bool {
    let Some(lex) = lang.lex else {
        return false;
    };
    if w.chars().count() > 6 && NOUN_ENDINGS.split_whitespace().any(|e| w.ends_with(e)) {
        return true;
    }
    // A part the lexicon knows, or a noun so international that it was
    // kept apart ("Kraft", "Form"): only as a last part of four letters or more.
    let known = |s: &str| {
        lex.contains(s)
            || s.chars().count() >= 4
                && lexicon::INTL_DE.contains(s)
                && !SURNAMES.contains(s)
                && !GIVEN.contains(s)
    };
    let inflected = |s: &str| {
        known(s)
            || ["n", "en", "e", "s", "es", "er", "ern"].iter().any(|e| {
                s.strip_suffix(e)
                    .is_some_and(|q| q.chars().count() >= 3 && known(q))
            })
    };
    let chars: Vec<(usize, char)> = w.char_indices().collect();
    for (n, &(b, _)) in chars.iter().enumerate().skip(3) {
        let rest = chars.len() - n;
        if rest < 3 {
            break;
        }
        let (prefix, suffix) = (w.get(..b).unwrap_or(""), w.get(b..).unwrap_or(""));
        let short_stop = rest <= 4 && lang.stop.is_some_and(|s| s.contains(suffix));
        if !inflected(suffix) || short_stop {
            continue; // "Schulman" is no "Schul" + "man"
        }
        let linked = |p: &str| {
            lex.contains(p)
                || ["s", "n", "en", "es", "e", "er"].iter().any(|l| {
                    p.strip_suffix(l).is_some_and(|q| {
                        q.chars().count() >= 3
                            && (lex.contains(q) || depth > 0 && compound_parts(lang, q, depth - 1))
                    })
                })
                || depth > 0 && compound_parts(lang, p, depth - 1)
        };
        if rest >= 6 || linked(prefix) {
            return true;
        }
    }
    false
}

/// A German attributive adjective, lower case, right before a noun: "hohem
/// Alter", "ungeborenes Kind", "selbstgefällige Elite", "taktile Trend". A
/// capitalised word after one is a noun, not a name. Strong endings (-es,
/// -em, -er) on longer words, and the weak -e/-en after adjective suffixes;
/// verbs in -te ("begleitete Mandl") are no adjectives here.
#[must_use]
pub fn german_adjective(lang: &Lang<'_>, w: &str) -> bool {
    if w.chars().count() < 4
        || !w.chars().all(char::is_lowercase)
        || lang.stop.is_some_and(|s| s.contains(w))
    {
        return false;
    }
    const SUFFIXES: [&str; 11] = [
        "isch", "lich", "ig", "al", "iv", "il", "en", "st", "bar", "los", "haft",
    ];
    let strong = ["es", "em", "er"].iter().any(|e| {
        w.strip_suffix(e)
            .is_some_and(|stem| stem.chars().count() >= 3 && !stem.ends_with('t'))
    });
    let weak = ["e", "en", "es", "em", "er"].iter().any(|e| {
        w.strip_suffix(e)
            .is_some_and(|stem| SUFFIXES.iter().any(|x| stem.ends_with(x)))
    });
    strong
        && !matches!(
            w,
            "aber" | "oder" | "über" | "wieder" | "immer" | "weder" | "unser" | "euer"
        )
        || weak
}

/// German articles and determiners before a noun.
#[must_use]
pub fn german_determiner(w: &str) -> bool {
    matches!(
        w,
        "der"
            | "die"
            | "das"
            | "den"
            | "dem"
            | "des"
            | "ein"
            | "eine"
            | "einen"
            | "einem"
            | "einer"
            | "eines"
            | "kein"
            | "keine"
            | "keinen"
            | "keinem"
            | "keiner"
            | "dieser"
            | "diese"
            | "dieses"
            | "diesen"
            | "diesem"
            | "jeder"
            | "jede"
            | "jedes"
            | "jeden"
            | "jedem"
            | "sein"
            | "seine"
            | "seinen"
            | "seinem"
            | "seiner"
            | "ihr"
            | "ihre"
            | "ihren"
            | "ihrem"
            | "ihrer"
            | "unser"
            | "unsere"
            | "mein"
            | "meine"
            | "zum"
            | "zur"
            | "vom"
            | "beim"
            | "am"
            | "im"
            | "ins"
            | "welche"
            | "welcher"
            | "alle"
            | "viele"
            | "einige"
            | "mehrere"
            | "andere"
            | "anderen"
    ) || w.ends_with("en") && w.chars().count() > 4 && !w.starts_with(char::is_uppercase)
}

/// A Russian adjective ending: "Республиканской", "Красная".
#[must_use]
pub fn slavic_adjective(w: &str) -> bool {
    [
        // Not "ом", "ей": nouns end so too ("Примером", "Россией").
        "ой", "ая", "ий", "ый", "ого", "ому", "ую", "ые", "их", "ым", "ими", "ее", "яя", "ое", "ых",
        "ыми", "ском", "ском", "ной", "ном",
    ]
    .iter()
    .any(|e| w.ends_with(e))
}

/// A given name, or in Russian and Ukrainian one of its case forms:
/// "Христофором", "Андреем", "Марии", "Анной" (the ending off, then the
/// lemma's own ending back on: "", "а", "я", "й", "ь").
#[must_use]
pub fn given(lang: &str, w: &str) -> bool {
    if GIVEN.contains(w) {
        return true;
    }
    if !matches!(lang, "ru" | "uk") {
        return false;
    }
    let chars: Vec<(usize, char)> = w.char_indices().collect();
    (1..=2).any(|cut| {
        let Some(&(b, _)) = chars.len().checked_sub(cut).and_then(|k| chars.get(k)) else {
            return false;
        };
        lemma_in(&GIVEN, w.get(..b).unwrap_or(""), &["", "а", "я", "й", "ь"])
    })
}

/// Whether `stem` (of three letters or more) with one of the lemma endings
/// `tails` is an entry of `list`: how a Russian case form finds its lemma.
fn lemma_in(list: &lexicon::List, stem: &str, tails: &[&str]) -> bool {
    if stem.chars().count() < 3 {
        return false;
    }
    let mut key = String::with_capacity(stem.len() + 4);
    tails.iter().any(|t| {
        key.clear();
        key.push_str(stem);
        key.push_str(t);
        list.contains(&key)
    })
}

/// Case endings of Russian nouns, cut to find the stem of an inflected form
/// ("Присягой", "Сборами"); no "ов", "ев", "ин": family names end so.
const RU_NOUN_ENDINGS: [&str; 27] = [
    "", "а", "я", "у", "ю", "о", "е", "и", "ы", "ь", "ом", "ем", "ой", "ей", "ам", "ям", "ах",
    "ях", "ами", "ями", "ью", "ию", "ия", "ие", "ии", "ием", "иям",
];

/// A Russian word that inflects an ordinary noun of
/// [`NOUNS_RU`](super::lexicon::NOUNS_RU) and is no known name: "Присяга",
/// "Сбором", "ВВП" (not "Вера", "Путина").
#[must_use]
pub fn russian_noun(w: &str) -> bool {
    if known_name(w) {
        return false;
    }
    RU_NOUN_ENDINGS.iter().any(|e| {
        w.strip_suffix(e).is_some_and(|stem| {
            lemma_in(
                &lexicon::NOUNS_RU,
                stem,
                &["", "а", "я", "о", "е", "ь", "й", "ие", "ия"],
            )
        })
    })
}

/// A Russian adjective form that is never a family name: "Северная",
/// "Британские", "Олимпийские" (unlike "Достоевский", "Толстой").
#[must_use]
pub fn slavic_plain_adjective(w: &str) -> bool {
    ["ая", "ое", "ые", "ие", "ую", "ых", "ими", "ыми", "яя", "ее"]
        .iter()
        .any(|e| w.ends_with(e))
}

/// Roman numerals after a ruler's name: "Amyntas I", "Павел VI".
#[must_use]
pub fn roman_numeral(w: &str) -> bool {
    matches!(
        w,
        "I" | "II"
            | "III"
            | "IV"
            | "V"
            | "VI"
            | "VII"
            | "VIII"
            | "IX"
            | "X"
            | "XI"
            | "XII"
            | "XIII"
            | "XIV"
            | "XV"
            | "XVI"
    )
}

/// A century or ordinal in Roman numerals with a Romance ordinal ending:
/// "XXe", "XIXe", "Ier", "XXIème", "XX°".
#[must_use]
pub fn roman_ordinal(w: &str) -> bool {
    let digits = ["ème", "eme", "er", "e", "°"]
        .iter()
        .find_map(|e| w.strip_suffix(e))
        .unwrap_or("");
    (1..=7).contains(&digits.len()) && digits.chars().all(|c| "IVXLC".contains(c))
}

/// What the whole document says about its words.
#[derive(Default)]
pub struct Doc {
    cap_mid: HashMap<String, usize>,
}

impl Doc {
    /// Read every paragraph once.
    #[must_use]
    pub fn new(paragraphs: &[&str]) -> Self {
        let mut cap_mid = HashMap::new();
        for p in paragraphs {
            for t in tokenize(p) {
                if !t.initial && matches!(t.case, Case::Title | Case::Upper) {
                    *cap_mid.entry(lower(t.text)).or_insert(0) += 1;
                }
            }
        }
        Doc { cap_mid }
    }

    /// Whether `w` (lower case) is written capitalised inside a sentence
    /// somewhere in the document: a name even where it opens a sentence.
    #[must_use]
    pub fn cap_seen(&self, w: &str) -> bool {
        self.cap_mid.contains_key(w)
    }

    /// Whether `w` is written capitalised inside sentences at least twice.
    #[must_use]
    pub fn cap_seen_twice(&self, w: &str) -> bool {
        self.cap_mid.get(w).is_some_and(|n| *n >= 2)
    }
}
