//! Gazetteer matches in a paragraph's tokens: the longest entry starting at
//! each token (inflected forms through their stems: "Москве", "Russlands",
//! "Vereinigten Staaten"), with what may follow a place's name (a direction,
//! a cardinal point, a place or organisation word, "Denver, Colorado"), and
//! the places that only name a treaty or an agreement. Input: tokens; output:
//! (token count, type) per token.

use super::cues;
use super::detect::{Kind, Lang};
use super::lexicon::{self, ORGS, PLACES};
use super::rules;
use super::tokens::{Case, Token};
use super::words;

/// Gazetteer type of a lower-cased key.
pub fn gazetteer(key: &str) -> Option<Kind> {
    if ORGS.contains(key) {
        Some(Kind::Org)
    } else if PLACES.contains(key) {
        Some(Kind::Place)
    } else {
        None
    }
}

/// Gazetteer type of a German inflected key: "russlands" finds "russland",
/// "vereinigten staaten" finds "vereinigte staaten", "vereinigten
/// königreich" finds "vereinigtes königreich".
fn gazetteer_german(key: &str) -> Option<Kind> {
    const ENDINGS: [&str; 5] = ["", "s", "es", "n", "en"];
    let variants = |w: &str| -> Vec<String> {
        ENDINGS
            .iter()
            .filter_map(|e| w.strip_suffix(e))
            .filter(|k| k.chars().count() >= 3)
            .flat_map(|k| [k.to_string(), format!("{k}e"), format!("{k}es")])
            .collect()
    };
    let words: Vec<&str> = key.split(' ').collect();
    match words.as_slice() {
        // "Rennen" is no inflected "Rennes", "Gang" no "Gange": an ordinary
        // word is never read as an inflected name.
        [one] if ordinary_german(one) => None,
        [one] => variants(one)
            .iter()
            .skip(1)
            .find_map(|k| gazetteer(k))
            .or_else(|| german_direction_place(one))
            .or_else(|| german_place_compound(one)),
        [a, b] => variants(a).iter().find_map(|x| {
            variants(b)
                .iter()
                .find_map(|y| gazetteer(&format!("{x} {y}")))
        }),
        _ => None,
    }
}

/// A German place named with a direction or a part before it, in one word
/// and perhaps in the genitive: "Südosteuropas", "Nordafrika",
/// "Niederösterreich", "Unter-Ägypten", "Neufrankreichs".
fn german_direction_place(w: &str) -> Option<Kind> {
    const PARTS: [&str; 12] = [
        "süd", "nord", "ost", "west", "mittel", "zentral", "unter", "ober", "nieder", "neu",
        "inner", "hinter",
    ];
    let rest = PARTS.iter().find_map(|p| w.strip_prefix(p))?;
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    if rest.chars().count() < 4 {
        return None;
    }
    let bare = ["", "s", "es"]
        .iter()
        .filter_map(|e| rest.strip_suffix(e))
        .any(|k| PLACES.contains(k));
    bare.then_some(Kind::Place)
}

/// A German compound of a place and a word for a sea, a range or an area:
/// "Antillenmeer", "Mittelmeerraum", "Alpengebiet".
fn german_place_compound(w: &str) -> Option<Kind> {
    const TAILS: [&str; 9] = [
        "meer", "see", "gebirge", "küste", "inseln", "insel", "raum", "gebiet", "region",
    ];
    let head = TAILS.iter().find_map(|t| w.strip_suffix(t))?;
    let head = head.strip_suffix('-').unwrap_or(head);
    (head.chars().count() >= 4 && PLACES.contains(head)).then_some(Kind::Place)
}

/// Whether the lexicon or the international list holds the German word `w`.
fn ordinary_german(w: &str) -> bool {
    lexicon::lexicon("de").is_some_and(|l| l.contains(w)) || lexicon::INTL_DE.contains(w)
}

/// Gazetteer type of an inflected name of several words, every word
/// inflected: "соединенных штатов" finds "соединенные штаты".
fn gazetteer_stems(key: &str) -> Option<Kind> {
    let stems: Vec<String> = key
        .split(' ')
        .map(|w| {
            let n = w.chars().count();
            w.chars()
                .take(if n > 5 { n - 3 } else { n.min(4) })
                .collect()
        })
        .collect();
    if stems.len() < 2 {
        return None;
    }
    if ORGS.completes_words(&stems, 4) {
        Some(Kind::Org)
    } else if PLACES.completes_words(&stems, 4) {
        Some(Kind::Place)
    } else {
        None
    }
}

/// Gazetteer type of a Russian case form of a one-word name, by swapping its
/// ending for the nominative's: "азией" finds "азия", "кубы" finds "куба",
/// "лаоса" finds "лаос" (short names that [`gazetteer_stem`] leaves alone).
fn gazetteer_russian_case(key: &str) -> Option<Kind> {
    const ENDINGS: [(&str, &str); 14] = [
        ("ией", "ия"),
        ("ии", "ия"),
        ("ию", "ия"),
        ("ой", "а"),
        ("ы", "а"),
        ("е", "а"),
        ("у", "а"),
        ("и", "а"),
        ("ом", ""),
        ("а", ""),
        ("е", ""),
        ("у", ""),
        ("ей", "я"),
        ("и", "я"),
    ];
    if key.contains(' ') {
        return None;
    }
    ENDINGS.iter().find_map(|(case, base)| {
        let stem = key.strip_suffix(case)?;
        if stem.chars().count() < 2 {
            return None;
        }
        gazetteer(&format!("{stem}{base}"))
    })
}

/// Gazetteer type of an inflected key: "москве" finds "москва".
fn gazetteer_stem(key: &str) -> Option<Kind> {
    let chars: Vec<(usize, char)> = key.char_indices().collect();
    let last_word = key.rsplit(' ').next().map_or(0, |w| w.chars().count());
    for cut in 1..=3usize {
        if last_word < cut + 4 {
            break;
        }
        let Some(&(b, _)) = chars.get(chars.len() - cut) else {
            break;
        };
        let stem = key.get(..b).unwrap_or("");
        if ORGS.completes(stem, 2) {
            return Some(Kind::Org);
        }
        if PLACES.completes(stem, 2) {
            return Some(Kind::Place);
        }
    }
    None
}

/// Gazetteer matches of every token of a paragraph (see [`gazetteer_at`]),
/// computed once: the run builder asks about the same tokens many times.
pub type Matches = Vec<Option<(usize, Kind)>>;

/// [`gazetteer_at`] for every token.
#[must_use]
pub fn gazetteer_all(text: &str, toks: &[Token<'_>], lang: &Lang<'_>) -> Matches {
    (0..toks.len())
        .map(|i| gazetteer_at(text, toks, i, lang))
        .collect()
}

/// The longest gazetteer name starting at token `i`: (token count, type).
/// Longer keys are tried only while some entry starts with the shorter one.
#[must_use]
pub fn gazetteer_at(
    text: &str,
    toks: &[Token<'_>],
    i: usize,
    lang: &Lang<'_>,
) -> Option<(usize, Kind)> {
    let first = toks.get(i)?;
    if !matches!(first.case, Case::Title | Case::Upper | Case::Caseless) {
        return None;
    }
    // Arabic and Persian words are not cut to stems: "الدولية" (international)
    // is no form of a place (fa Arman: precision 0.317 -> 0.416).
    let stems = lang.code != "de" && lang.inflected();
    let mut best: Option<(usize, Kind)> = None;
    for len in 1..=7 {
        let Some(last) = toks.get(i + len - 1) else {
            break;
        };
        if len > 1 && (last.initial || !last.before.is_empty()) {
            break;
        }
        let key = words::key(text.get(first.bstart..last.bend).unwrap_or(""));
        // "Us", "Un": short names must be written in capitals; "Thai" is an
        // adjective.
        let skip = len == 1
            && (key.chars().count() <= 3 && first.case == Case::Title
                || lexicon::demonym(lang.code, &key));
        if !skip {
            let kind = gazetteer(&key).or_else(|| {
                if lang.code == "de" {
                    gazetteer_german(&key)
                } else if stems {
                    let case =
                        matches!(lang.code, "ru" | "uk").then(|| gazetteer_russian_case(&key));
                    case.flatten()
                        .or_else(|| gazetteer_stem(&key))
                        .or_else(|| gazetteer_stems(&key))
                } else {
                    None
                }
            });
            if let Some(kind) = kind {
                best = Some((len, kind));
            }
        }
        // The key of the span and one more word, less that word: "america
        // de o" must look for "america do " (see `words::key`).
        let span = text.get(first.bstart..last.bend).unwrap_or("");
        let mut prefix = words::key(&format!("{span} x"));
        prefix.pop();
        let connector = last.case == Case::Lower && rules::is_connector(&words::lower(last.text));
        let more = connector
            || ORGS.has_prefix(&prefix)
            || PLACES.has_prefix(&prefix)
            || (stems || lang.code == "de")
                && len < 3
                && toks.get(i + len).is_some_and(Token::is_cap);
        if !more {
            break;
        }
    }
    let (mut len, mut kind) = best?;
    // "Potomac River", "Indian Ocean": a generic word after the name;
    // "África Oriental", "Europa orientale": a direction after it.
    if kind == Kind::Place {
        while toks.get(i + len).is_some_and(|t| {
            t.before.is_empty() && !t.initial && rules::is_direction_after(&words::lower(t.text))
        }) {
            len += 1;
        }
        len += cardinal_after(toks, i + len);
    }
    while let Some(t) = toks
        .get(i + len)
        .filter(|t| t.is_cap() && t.before.is_empty() && !t.initial)
    {
        let w = words::lower(t.text);
        if rules::is_place_tail(&w) {
            kind = Kind::Place;
        } else if rules::is_org_tail(&w) {
            kind = Kind::Org;
            // "Glasgow School of Art": a connector and a name after the tail.
            let connector = toks.get(i + len + 1).is_some_and(|c| {
                c.case == Case::Lower && c.before.is_empty() && rules::is_connector(c.text)
            });
            let named = toks
                .get(i + len + 2)
                .is_some_and(|n| n.is_cap() && n.before.is_empty() && !n.initial);
            if connector && named {
                len += 2;
            }
        } else {
            break;
        }
        len += 1;
    }
    Some((len, kind))
}

/// English "Denver, Colorado": a town's name, a comma and a US state make
/// one place. Returns how many tokens the state adds after token `k`.
pub(super) fn town_state(
    text: &str,
    toks: &[Token<'_>],
    gaz: &Matches,
    k: usize,
    kind: Kind,
    lang: &Lang<'_>,
) -> usize {
    if lang.code != "en" || kind != Kind::Place || toks.get(k).is_none_or(|t| t.before != ",") {
        return 0;
    }
    let Some((m, Kind::Place)) = gaz.get(k).copied().flatten() else {
        return 0;
    };
    let (Some(first), Some(last)) = (toks.get(k), toks.get(k + m - 1)) else {
        return 0;
    };
    let key = words::key(text.get(first.bstart..last.bend).unwrap_or(""));
    if cues::is_us_state(&key) {
        m
    } else {
        0
    }
}

/// A place's name inside the name of a treaty, battle or agreement: "Treaty
/// of London", "acordo de Paris", "the Paris agreement" (a lower-case event
/// word right after the place).
pub(super) fn names_event(toks: &[Token<'_>], a: usize, b: usize) -> bool {
    let word = |k: usize| {
        toks.get(k)
            .map(|t| words::lower(t.text))
            .unwrap_or_default()
    };
    let after = toks
        .get(b)
        .is_some_and(|t| t.case == Case::Lower && t.before.is_empty())
        && cues::is_named_event(&word(b));
    let mut k = a;
    let mut connectors = 0;
    while connectors < 2 && k > 0 && rules::is_connector(&word(k - 1)) {
        k -= 1;
        connectors += 1;
    }
    let before = connectors > 0 && k > 0 && cues::is_named_event(&word(k - 1));
    after || before
}

/// "Carolina do Norte", "Ásia de o Sul", "Corea del Sur": connectors and a
/// cardinal point after a place's name; the number of tokens they take.
fn cardinal_after(toks: &[Token<'_>], k: usize) -> usize {
    let linked = |j: usize| {
        toks.get(j).is_some_and(|t| {
            t.case == Case::Lower
                && t.before.is_empty()
                && rules::is_connector(&words::lower(t.text))
        })
    };
    let connectors = if linked(k) {
        1 + usize::from(linked(k + 1))
    } else {
        0
    };
    let cardinal = toks.get(k + connectors).is_some_and(|t| {
        t.case == Case::Title
            && t.before.is_empty()
            && matches!(
                words::lower(t.text).as_str(),
                "norte"
                    | "sul"
                    | "sur"
                    | "nord"
                    | "sud"
                    | "leste"
                    | "oeste"
                    | "este"
                    | "ouest"
                    | "est"
            )
    });
    if connectors > 0 && cardinal {
        connectors + 1
    } else {
        0
    }
}
