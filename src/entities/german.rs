//! German rules: all nouns are capitalised, so a capitalised word is a name
//! only when no lexicon, compound split or hyphenated form shows it to be a
//! noun; names also take an ordinal's point and a genitive apostrophe.

use super::detect::{Kind, Lang};
use super::lexicon::{self, GIVEN, ORGS, PLACES, SURNAMES};
use super::rules;
use super::tokens::Token;
use super::words;

/// The last part of a German hyphenated word when it is an ordinary noun
/// and the whole is no gazetteer name: "reporter" of "cnn-reporter".
pub(super) fn hyphen_noun<'w>(lang: &Lang<'_>, w: &'w str) -> Option<&'w str> {
    if lang.code != "de" {
        return None;
    }
    let (_, last) = w.rsplit_once(['-', '‑'])?;
    let known = PLACES.contains(w) || ORGS.contains(w) || SURNAMES.contains(last);
    let noun = words::common(lang, last) || words::german_compound(lang, last) || tail(last);
    (!known && !GIVEN.contains(last) && !PLACES.contains(last) && noun).then_some(last)
}

/// A German word of the international list ("Person", "Form", "Obama")
/// that no name list knows: as often a noun as a name.
pub(super) fn international(w: &str, lang: &Lang<'_>) -> bool {
    let genitive = w.strip_suffix('s').unwrap_or(w);
    lang.code == "de"
        && (lexicon::INTL_DE.contains(w) || lexicon::INTL_DE.contains(genitive))
        && ![w, genitive].iter().any(|k| words::known_person(k))
}

/// A German hyphenated common noun made on a name: "Trump-Imitator" (not
/// "Rudyard-See", which names a place).
pub(super) fn name_compound(t: &Token<'_>, lang: &Lang<'_>) -> bool {
    hyphen_noun(lang, &words::lower(t.text)).is_some_and(|n| !tail(n))
}

/// A word that ends a place's or an organisation's name ("see", "institut").
pub(super) fn tail(w: &str) -> bool {
    rules::is_place_tail(w) || rules::is_org_tail(w)
}

/// The bytes of a German person's name that follow its last word: the
/// point of an ordinal ("Ludwig XIV.", "Paul VI.") and the apostrophe of a
/// genitive after s, x or z ("Pompeius' Heer"). Zero elsewhere.
pub(super) fn name_tail(text: &str, last: &Token<'_>, kind: Kind, lang: &Lang<'_>) -> usize {
    if lang.code != "de" || kind != Kind::Person {
        return 0;
    }
    let rest = text.get(last.bend..).unwrap_or("");
    let mut chars = rest.chars();
    let (next, after) = (chars.next(), chars.next());
    let ends_word = after.is_none_or(|c| c.is_whitespace() || matches!(c, ',' | ';' | ')'));
    // A point that ends the paragraph ends the sentence, not the ordinal.
    let more = rest.get(1..).is_some_and(|r| !r.trim().is_empty());
    let ordinal = next == Some('.') && more && words::roman_numeral(last.text);
    let genitive =
        matches!(next, Some('\'' | '’')) && last.text.ends_with(['s', 'x', 'z', 'ß']) && ends_word;
    match next {
        Some(c) if ordinal || genitive => c.len_utf8(),
        _ => 0,
    }
}

/// A capitalised word right after a speech verb and before a comma, a
/// point or a lower-case word: the speaker, even when German has a noun
/// of that spelling ("sagt Zimmer.", "sagte Dietrich von der Stelle").
pub(super) fn speaker_after_verb(toks: &[Token<'_>], i: usize, lang: &Lang<'_>) -> bool {
    let (Some(t), Some(p)) = (toks.get(i), i.checked_sub(1).and_then(|k| toks.get(k))) else {
        return false;
    };
    let next_ok = toks
        .get(i + 1)
        .is_none_or(|n| !n.before.trim().is_empty() || n.case == super::tokens::Case::Lower);
    lang.code == "de"
        && t.case == super::tokens::Case::Title
        && t.before.trim().is_empty()
        && rules::is_speech_verb(&words::lower(p.text))
        && next_ok
}

/// German nouns that open a place's name before a name: "Kloster
/// Rupertsberg", "Schloss Bellevue", "Burg Eltz".
const PLACE_HEADS: [&str; 7] = [
    "kloster", "schloss", "burg", "stift", "abtei", "insel", "festung",
];

/// A German place opened by one of [`PLACE_HEADS`] and a capitalised word
/// that is no ordinary one: the end of the name (exclusive).
pub(super) fn headed_place(toks: &[Token<'_>], i: usize, lang: &Lang<'_>) -> Option<usize> {
    let (t, n) = (toks.get(i)?, toks.get(i + 1)?);
    let head = words::lower(t.text);
    let name = words::lower(n.text);
    let named = n.case == super::tokens::Case::Title
        && n.before.trim().is_empty()
        && !n.initial
        && (!words::common(lang, &name) || PLACES.contains(&name));
    (lang.code == "de"
        && t.case == super::tokens::Case::Title
        && PLACE_HEADS.contains(&head.as_str())
        && named)
        .then_some(i + 2)
}

/// A plural or inflected form of a noun the lexicon knows: "Revolten"
/// (Revolte), "Kanus" (Kanu). Listed names stay names ("Hansen").
pub(super) fn inflected_noun(lang: &Lang<'_>, w: &str) -> bool {
    let Some(lex) = lang.lex else {
        return false;
    };
    if words::known_person(w) {
        return false;
    }
    ["n", "en", "e", "s", "er", "ern", "es"].iter().any(|e| {
        w.strip_suffix(e)
            .is_some_and(|stem| stem.chars().count() >= 4 && lex.contains(stem))
    })
}

/// A capitalised participle or adjective opening a sentence before its
/// noun: "Erzwungene Taufen", "Zahlreiche Gäste", "Politische Gegner".
pub(super) fn opening_adjective(t: &Token<'_>, lang: &Lang<'_>) -> bool {
    const ENDINGS: [&str; 12] = [
        "ene", "enen", "ete", "eten", "ige", "igen", "iche", "ichen", "ische", "ischen", "ierte",
        "ierten",
    ];
    let w = words::lower(t.text);
    lang.code == "de"
        && t.initial
        && w.chars().count() > 6
        && ENDINGS.iter().any(|e| w.ends_with(e))
        && !GIVEN.contains(&w)
}

/// The acronym that opens a German hyphenated noun and names an
/// organisation: "CNN" of "CNN-Reporter", "DFB" of "DFB-Rekordtorschütze".
/// Ordinary acronyms ("DNA-Analyse", "TV-Moderator") and places
/// ("US-Armee") are left out. Returns the acronym.
pub(super) fn acronym_prefix<'t>(t: &Token<'t>, lang: &Lang<'_>) -> Option<&'t str> {
    if lang.code != "de" {
        return None;
    }
    let (head, rest) = t.text.split_once('-')?;
    let acronym = (2..=6).contains(&head.chars().count())
        && head.chars().all(|c| c.is_uppercase())
        && rest.starts_with(char::is_uppercase);
    let w = words::lower(head);
    // "DNA", "TV": acronyms every language uses as words.
    let ordinary = words::common(lang, &w)
        || lexicon::INTL_DE.contains(&w)
        || lexicon::lexicon("en").is_some_and(|l| l.contains(&w));
    (acronym && !ordinary && !PLACES.contains(&w)).then_some(head)
}
