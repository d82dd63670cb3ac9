//! Russian-text cues for typing a run of capitalised words: adjectives
//! that open a sentence or modify a lower-case noun (no names on their own)
//! and Latin-script names inside Cyrillic text (brands, bands, media).

use super::actor;
use super::classify::lw;
use super::detect::Lang;
use super::evidence;
use super::lexicon::{GIVEN, SURNAMES};
use super::patterns;
use super::rules;
use super::tokens::{Case, Token};
use super::words;

/// Russian: a sentence-opening adjective that is no known name, right
/// before a given name ("Трехлетний Саша", "Знаменитая Анна").
pub(super) fn opening_adjective(toks: &[Token<'_>], a: usize) -> bool {
    let w = lw(toks, a);
    toks.get(a).is_some_and(|t| t.initial)
        && words::slavic_adjective(&w)
        && !GIVEN.contains(&w)
        && !SURNAMES.contains(&w)
        && words::given("ru", &lw(toks, a + 1))
}

/// Russian: a sentence-opening ordinary noun before a name, not one that
/// opens an organisation's or a place's name ("Историк Дэвид Крауч",
/// "Монастырь Рупертсберг"; not "Университет Мэриленда").
pub(super) fn opening_noun(toks: &[Token<'_>], a: usize) -> bool {
    let w = lw(toks, a);
    toks.get(a).is_some_and(|t| t.initial && t.case == Case::Title)
        && words::russian_noun(&w)
        && !matches!(w.as_str(), "фон" | "ван" | "де" | "ди" | "дю" | "ле" | "ла") // "Фон Бойст"
        && rules::slavic_noun_within(&w, 3).is_none()
        && !patterns::slavic_org_head(&w)
}

/// Russian: a capitalised adjective that is no known name, right before a
/// lower-case word that is neither a verb nor a function word ("Олимпийских
/// играх"; not "Толстой написал", "Толстой и Чехов").
pub(super) fn adjective_of_noun(toks: &[Token<'_>], a: usize, lang: &Lang<'_>) -> bool {
    let w = lw(toks, a);
    let next = lw(toks, a + 1);
    patterns::name_adjective(&w)
        && !words::known_person(&w)
        && toks
            .get(a + 1)
            .is_some_and(|n| n.case == Case::Lower && n.before.is_empty())
        && !lang.stop.is_some_and(|s| s.contains(&next))
        && !actor::verb(lang.code, &next)
}

/// Whether `toks[a..b]`, in a Cyrillic-script language, is written in Latin
/// letters and opens with no known given name ("Yves Saint Laurent" is
/// still a person's).
pub(super) fn latin_in_cyrillic(toks: &[Token<'_>], a: usize, b: usize, lang: &Lang<'_>) -> bool {
    let latin = |t: &Token<'_>| {
        t.text
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(|c| c.is_ascii_alphabetic() || ('\u{C0}'..='\u{24F}').contains(&c))
    };
    matches!(lang.code, "ru" | "uk" | "bg")
        && toks.get(a..b).is_some_and(|r| r.iter().all(latin))
        && !GIVEN.contains(&lw(toks, a))
        && !(b == a + 1 && evidence::place_like(&lw(toks, a), lang))
}

/// A lone Cyrillic word that is no ordinary word, alone between quotation
/// marks: Russian writes the names of companies, newspapers, clubs and ships
/// so («Теско», «Фигаро», «Спартак»); titles of works are mostly longer or
/// ordinary words («Война и мир», «Победа»).
pub(super) fn quoted_name(w: &str, lang: &Lang<'_>) -> bool {
    w.chars().all(|c| matches!(c, 'а'..='я' | 'ё' | '-'))
        && !words::common(lang, w)
        && !words::russian_noun(w)
        && !GIVEN.contains(w)
}
