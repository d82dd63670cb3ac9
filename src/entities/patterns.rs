//! Language-specific name patterns that capitalisation alone misses:
//! Russian names with lower-case words inside ("Министерства обороны
//! Великобритании"), German adjective + noun names ("Indischen Ozean"),
//! generic words before known places ("Mount Kenya", "Северная Каролина"),
//! and people in scripts without letter case. Input: a paragraph's tokens
//! and its gazetteer matches; output: a span end and a type.

use super::classify::{at, joins};
use super::detect::{Kind, Lang};
use super::lexicon::{GIVEN, SURNAMES};
use super::rules;
use super::tokens::{Case, Token};
use super::words;

/// Directions and generic words that form a place's name with a known place
/// after them: "East Africa", "Lower Austria", "Mount Kenya".
fn place_prefix(w: &str) -> bool {
    rules::is_place_head(w)
        || matches!(
            w,
            "north"
                | "south"
                | "east"
                | "west"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "central"
                | "upper"
                | "lower"
                | "greater"
                | "new"
                | "old"
        )
        || rules::is_romance_place_prefix(w)
}

/// A Russian adjective before a gazetteer place: "Северная Каролина",
/// "Нижней Австрии", "Британской Колумбии" (soft stems too: "Нижней",
/// "Верхнего", "Средней").
fn slavic_place_prefix(t: &Token<'_>) -> bool {
    let w = words::lower(t.text);
    let soft = ["ней", "него", "нему", "ним", "них", "няя", "нюю", "нее"]
        .iter()
        .any(|e| w.ends_with(e));
    t.case == Case::Title
        && (words::slavic_adjective(&w) || soft)
        && w.chars().any(|c| matches!(c, 'а'..='я'))
}

/// A generic word before a gazetteer place: the whole is a place.
#[must_use]
pub fn headed_place(
    gaz: &[Option<(usize, Kind)>],
    toks: &[Token<'_>],
    i: usize,
) -> Option<(usize, Kind)> {
    let t = toks.get(i)?;
    let prefix = place_prefix(&words::lower(t.text)) || slavic_place_prefix(t);
    if !t.is_cap() || !prefix || !joins(toks, i + 1) {
        return None;
    }
    match at(gaz, i + 1)? {
        (len, Kind::Place) => Some((len + 1, Kind::Place)),
        _ => None,
    }
}

/// Place and organisation words that end German names after a capitalised
/// adjective: "Indischen Ozean", "Republikanischen Partei".
const GERMAN_TAILS: &[(&str, Kind)] = &[
    ("ozean", Kind::Place),
    ("meer", Kind::Place),
    ("see", Kind::Place),
    ("küste", Kind::Place),
    ("inseln", Kind::Place),
    ("insel", Kind::Place),
    ("gebirge", Kind::Place),
    ("golf", Kind::Place),
    ("bucht", Kind::Place),
    ("kanal", Kind::Place),
    ("wüste", Kind::Place),
    ("straße", Kind::Place),
    ("platz", Kind::Place),
    ("partei", Kind::Org),
    ("ministerium", Kind::Org),
    ("ministeriums", Kind::Org),
    ("bank", Kind::Org),
    ("union", Kind::Org),
    ("gericht", Kind::Org),
    ("gerichtshof", Kind::Org),
    ("kommission", Kind::Org),
    ("organisation", Kind::Org),
    ("akademie", Kind::Org),
    ("universität", Kind::Org),
    ("raumstation", Kind::Org),
    ("kirche", Kind::Org),
    ("reich", Kind::Place),
    ("reichs", Kind::Place),
    ("reiches", Kind::Place),
];

/// Bodies of a state that a German national adjective, lower case, names
/// with them: "die britische Regierung", "der russischen Armee".
const GERMAN_STATE_BODIES: &[&str] = &[
    "regierung",
    "botschaft",
    "armee",
    "marine",
    "luftwaffe",
    "mannschaft",
    "nationalmannschaft",
    "polizei",
    "ministerium",
    "ministeriums",
    "verteidigungsministerium",
    "verteidigungsministeriums",
    "außenministerium",
    "außenministeriums",
    "innenministerium",
    "innenministeriums",
    "parlament",
    "parlaments",
    "streitkräfte",
    "zentralbank",
];

/// A German capitalised adjective and the name word it qualifies:
/// "Indischen Ozean", "Internationalen Raumstation". Returns the type.
#[must_use]
pub fn german_adjective_name(toks: &[Token<'_>], i: usize, lang: &Lang<'_>) -> Option<Kind> {
    if lang.code != "de" {
        return None;
    }
    let (t, n) = (toks.get(i)?, toks.get(i + 1)?);
    if n.case != Case::Title || !joins(toks, i + 1) {
        return None;
    }
    let adj = words::lower(t.text);
    if t.case == Case::Lower {
        // "britischen Botschaft": a nationality adjective and a state body.
        let national = ["ischen", "ische", "ischer", "isches", "ischem"]
            .iter()
            .any(|e| adj.ends_with(e))
            || adj.starts_with("deutsch");
        let body = GERMAN_STATE_BODIES.contains(&words::lower(n.text).as_str());
        return (national && body).then_some(Kind::Org);
    }
    if t.case != Case::Title {
        return None;
    }
    let adjective = [
        "ischen", "ische", "ischer", "isches", "ischem", "alen", "ale", "aler",
    ]
    .iter()
    .chain(&["ten", "te", "ter", "ige", "igen", "iger", "ene", "enen"])
    .any(|e| adj.ends_with(e));
    if !adjective {
        return None;
    }
    let noun = words::lower(n.text);
    GERMAN_TAILS
        .iter()
        .find(|(tail, _)| noun.ends_with(tail))
        .map(|(_, kind)| *kind)
}

/// Capitalised Russian nouns that open an organisation's name.
const SLAVIC_ORG_HEADS: &str = "совет министерств департамент комитет комисси агентств служб \
    школ обществ союз банк суд палат университет академи институт фонд парти организаци \
    управлени федераци ассоциаци корпораци компани";

/// A capitalised Russian noun that opens an organisation's name ("Совет",
/// "Министерства"), with at most four letters of ending.
pub(super) fn slavic_org_head(w: &str) -> bool {
    SLAVIC_ORG_HEADS
        .split_whitespace()
        .any(|s| w.starts_with(s) && w.chars().count() <= s.chars().count() + 4)
}

/// A Russian organisation's or place's name with lower-case words inside:
/// "Министерства обороны Великобритании", "Совет по недвижимости Онтарио",
/// "Лейбористская партия", "Немецкого футбольного союза". Returns the end
/// token (exclusive) and the type.
#[must_use]
pub fn slavic_name(
    gaz: &[Option<(usize, Kind)>],
    toks: &[Token<'_>],
    i: usize,
    lang: &Lang<'_>,
) -> Option<(usize, Kind)> {
    if !matches!(lang.code, "ru" | "uk" | "bg") {
        return None;
    }
    let t = toks.get(i)?;
    if t.case != Case::Title {
        return None;
    }
    let w = words::lower(t.text);
    let head = slavic_org_head(&w);
    let mut j = i + 1;
    let kind = if head {
        Kind::Org
    } else if name_adjective(&w) {
        // Adjectives, then the noun that says what the name is; inside a
        // formal name they take capitals too ("Китайской Народной").
        while toks.get(j).is_some_and(|n| {
            joins(toks, j)
                && (n.case == Case::Lower || n.case == Case::Title && !n.initial)
                && name_adjective(&words::lower(n.text))
        }) && j < i + 3
        {
            j += 1;
        }
        // The noun stays lower case, or takes a capital in a formal name
        // ("Кассационным Судом", "Моравское Княжество") that the gazetteer
        // does not know as a whole ("Российской Федерации" is a place).
        let proper = |n: &Token<'_>| {
            n.case == Case::Title
                && !n.initial
                && at(gaz, i).is_none()
                && !words::given(lang.code, &w) // "Генрих Крамер", "Юрий Гагарин"
                && !SURNAMES.contains(&w)
        };
        // "Христианские церкви" opening a sentence: a plural, no name.
        let plain = words::slavic_adjective(&w) || !t.initial;
        let noun = toks.get(j).filter(|_| joins(toks, j)).filter(|n| {
            n.case == Case::Lower && plain
                || proper(n) && rules::slavic_noun_within(&words::lower(n.text), 2).is_some()
                // Russian capitalises both words of a place's name and only
                // the first of an organisation's: "Северная Каролина",
                // "Нижней Калифорнии", "Восточно-Африканский Рифт".
                // Not at a sentence's start: "Трехлетний Саша", "Ранее Меркель".
                || proper(n)
                    && lang.code == "ru"
                    && !t.initial
                    && !words::russian_noun(&w) // "Ангелой Меркель"
                    && !words::slavic_adjective(&words::lower(n.text))
        })?;
        let noun_word = words::lower(noun.text);
        let kind = if noun.case == Case::Title && rules::slavic_noun_within(&noun_word, 2).is_none()
        {
            Kind::Place
        } else if rules::slavic_noun(&noun_word)? {
            Kind::Org
        } else {
            Kind::Place
        };
        j += 1;
        kind
    } else {
        return None;
    };
    if kind == Kind::Org {
        // Lower-case genitives and "по": "обороны", "по недвижимости".
        let start = j;
        while j < start + 4
            && toks.get(j).is_some_and(|n| {
                let w = words::lower(n.text);
                joins(toks, j) && n.case == Case::Lower && (w == "по" || genitive_like(&w, lang))
            })
        {
            j += 1;
        }
        while toks.get(j).is_some_and(|n| joins(toks, j) && n.is_cap()) {
            j += 1;
        }
        // A lone head word with nothing after it ("Совет") is no name.
        if head && j == i + 1 {
            return None;
        }
    }
    Some((j, kind))
}

/// A word opening a sentence right before a Russian name with lower-case
/// words inside ("Послы Австрийской империи", "Позиция Королевского
/// общества"): an ordinary word, not the start of that name.
#[must_use]
pub fn slavic_opener(
    gaz: &[Option<(usize, Kind)>],
    toks: &[Token<'_>],
    i: usize,
    lang: &Lang<'_>,
) -> bool {
    toks.get(i)
        .is_some_and(|t| t.initial && t.case == Case::Title)
        && joins(toks, i + 1)
        && slavic_name(gaz, toks, i, lang).is_none()
        && slavic_name(gaz, toks, i + 1, lang).is_some()
}

/// An adjective opening a Russian name: the endings of
/// [`words::slavic_adjective`], the plural "-ие" ("Британские") and the soft
/// "-ней" ("Нижней"), when no ordinary noun ends so ("Решение", "Линией").
pub(super) fn name_adjective(w: &str) -> bool {
    let soft = ["ие", "ней", "него", "нему", "нюю", "них"]
        .iter()
        .any(|e| w.ends_with(e));
    words::slavic_adjective(w) || soft && !words::russian_noun(w)
}

/// A Russian word that may be a genitive inside a name, not a verb nor a
/// frequent word: "обороны", "труда", "искусств", "птиц".
fn genitive_like(w: &str, lang: &Lang<'_>) -> bool {
    let verb = [
        "л", "ла", "ло", "ли", "ет", "ют", "ит", "ат", "ят", "ть", "ся", "сь",
    ]
    .iter()
    .any(|e| w.ends_with(e));
    // Adverbs ("первоначально") end the name too.
    !verb && !w.ends_with('о') && !lang.stop.is_some_and(|s| s.contains(w)) && w.chars().count() > 2
}

/// A person's name in a script without letter case (Persian, Arabic): a
/// known given name and, unless it is a frequent word or a known place, the
/// word after it. Returns the end token (exclusive).
#[must_use]
pub fn caseless_person(
    gaz: &[Option<(usize, Kind)>],
    toks: &[Token<'_>],
    i: usize,
    lang: &Lang<'_>,
) -> Option<usize> {
    let t = toks.get(i)?;
    let w = words::lower(t.text);
    if t.case != Case::Caseless || w.chars().count() < 3 || !GIVEN.contains(&w) {
        return None;
    }
    if lang.stop.is_some_and(|s| s.contains(&w)) || at(gaz, i).is_some() {
        return None;
    }
    let next = toks.get(i + 1).filter(|n| {
        let nw = words::lower(n.text);
        n.case == Case::Caseless
            && n.before.is_empty()
            && nw.chars().count() > 2
            && !lang.stop.is_some_and(|s| s.contains(&nw))
            && at(gaz, i + 1).is_none()
    });
    Some(if next.is_some() { i + 2 } else { i + 1 })
}

/// In Cyrillic text, Latin-script titles of works between guillemets or
/// brackets: «On a Wing and a Prayer», (The Power of Now). Three words or
/// more, the first capitalised and one in lower case (a band's «Stealers
/// Wheel» stays a name, and so does "(drive by GreenfieldProject)").
/// Returns the spans inside the marks, in Unicode scalar values.
#[must_use]
pub fn latin_titles(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let close = match chars.get(k) {
            Some('«') => '»',
            Some('(') => ')',
            _ => {
                k += 1;
                continue;
            }
        };
        let Some(len) = chars
            .get(k + 1..)
            .and_then(|r| r.iter().position(|c| *c == close))
        else {
            break;
        };
        let inner: String = chars
            .get(k + 1..k + 1 + len)
            .unwrap_or(&[])
            .iter()
            .collect();
        let latin = inner.chars().any(|c| c.is_ascii_alphabetic())
            && !inner
                .chars()
                .any(|c| matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё'));
        let words: Vec<&str> = inner.split_whitespace().collect();
        let lower = words
            .iter()
            .any(|w| w.starts_with(|c: char| c.is_lowercase()));
        let capital = words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
        if latin && words.len() >= 3 && lower && capital {
            out.push((k + 1, k + 1 + len));
        }
        k += len + 2;
    }
    out
}
