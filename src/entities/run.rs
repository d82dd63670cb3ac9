//! Runs of name words: where a run of capitalised words that starts at a
//! token ends (initials, particles, connectors, a family name after a given
//! name, Russian adjective + lower-case noun names), and where a second
//! person written right after the first begins.

use super::classify::{at, lw, nameish};
use super::detect::{Kind, Lang};
use super::german;
use super::lexicon::{self, GIVEN, SURNAMES};
use super::rules;
use super::tokens::{Case, Token};
use super::words::{self, Doc};

/// Where a run of name words starting at `i` ends.
pub enum RunEnd {
    /// Plain run `[i, end)`.
    Plain(usize),
    /// A Russian capitalised adjective with its lower-case noun: the end and
    /// the type ("Республиканской партии", "Красная площадь").
    Slavic(usize, Kind),
}

/// Whether token `j` continues the name that the token before it belongs to.
pub(super) fn joins(toks: &[Token<'_>], j: usize) -> bool {
    let Some(n) = toks.get(j) else {
        return false;
    };
    // "J. Smith", and a saint's "St. Peter", "Hl. Cäcilia".
    let initial_before = j > 0
        && toks.get(j - 1).is_some_and(|p| {
            p.text.chars().count() == 1 && p.case == Case::Title
                || matches!(p.text, "St" | "Ste" | "Hl")
        });
    (n.before.is_empty() && !n.initial) || (initial_before && n.before == ".")
}

/// Whether a second person's name starts at token `j` of a run: a given
/// name after a word that is none, before a capitalised word.
fn next_person(toks: &[Token<'_>], j: usize, lang: &Lang<'_>) -> bool {
    let after = toks
        .get(j + 1)
        .is_some_and(|m| m.is_cap() && joins(toks, j + 1));
    // "Yves Saint Laurent": a saint's name goes on.
    let saint = matches!(
        lw(toks, j - 1).as_str(),
        "saint" | "sainte" | "san" | "santa" | "santo" | "são" | "st"
    );
    after
        && !saint
        && !rules::is_title(lang.code, &lw(toks, j - 1))
        && GIVEN.contains(&lw(toks, j))
        && !SURNAMES.contains(&lw(toks, j))
        && !GIVEN.contains(&lw(toks, j - 1))
}

/// The end of the run of name words that starts at `i`.
#[must_use]
pub fn run_end(
    gaz: &[Option<(usize, Kind)>],
    toks: &[Token<'_>],
    i: usize,
    lang: &Lang<'_>,
    doc: &Doc,
) -> RunEnd {
    let head = lw(toks, i);
    let mut j = i + 1;
    while let Some(n) = toks.get(j) {
        if !joins(toks, j) {
            break;
        }
        if german::name_compound(n, lang) {
            break;
        }
        let w = words::lower(n.text);
        let initial = n.text.chars().count() == 1
            && n.case == Case::Title
            && toks
                .get(j + 1)
                .is_some_and(|m| m.before == "." && m.is_cap());
        if initial || words::roman_numeral(n.text) {
            j += 1;
            continue;
        }
        let in_gazetteer = at(gaz, j).is_some();
        let after_given = words::given(lang.code, &lw(toks, j - 1)) && j == i + 1;
        let headed = rules::is_place_head(&head) || rules::is_org_head(&head);
        if j == i + 2 && !headed && next_person(toks, j, lang) {
            break; // "Rachida Dati Nicolas Sarkozy": two people side by side
        }
        if nameish(n, lang, doc) && (!in_gazetteer || after_given && n.case == Case::Title) {
            j += 1;
            continue;
        }
        // "Olaf Scholz", "Владимир Путин": after a given name, a capitalised
        // word is a family name even when it is also an ordinary word.
        // "Mark Christian": a given or family name, even if also a demonym.
        let named = words::known_person(&w);
        let plain = (named || !lexicon::demonym(lang.code, &w)) && !rules::is_time_word(&w);
        if after_given && n.case == Case::Title && plain && !in_gazetteer {
            j += 1;
            continue;
        }
        // "Delcy Rodríguez": a family name that is also a town, after a name
        // word no list knows.
        let generic = rules::is_org_head(&head)
            || rules::is_org_tail(&head)
            || rules::is_place_head(&head)
            || rules::is_place_tail(&head);
        let unknown_head =
            j == i + 1 && at(gaz, i).is_none() && !words::common(lang, &head) && !generic;
        if unknown_head && in_gazetteer && n.case == Case::Title && SURNAMES.contains(&w) {
            j += 1;
            continue;
        }
        // Particles inside a person's name, connectors after a head word.
        let after = toks
            .get(j + 1)
            .is_some_and(|m| m.before.is_empty() && m.is_cap());
        let particle = rules::is_name_particle(&w) && GIVEN.contains(&head);
        let headed = rules::is_org_head(&head)
            || rules::is_place_head(&head)
            || rules::is_org_tail(&lw(toks, j - 1));
        let connector = rules::is_connector(&w) && headed;
        if n.case == Case::Lower && after && (particle || connector) {
            j += 2;
            continue;
        }
        // Two connectors: "Plaza de las Victorias", a treebank's split
        // "Departamento de o Trabalho", "Bank of the West".
        let second = toks.get(j + 1).is_some_and(|m| {
            m.case == Case::Lower
                && m.before.is_empty()
                && rules::is_connector(&words::lower(m.text))
        });
        let named = toks
            .get(j + 2)
            .is_some_and(|m| m.before.is_empty() && m.is_cap() && !m.initial);
        if n.case == Case::Lower && connector && second && named {
            j += 3;
            continue;
        }
        let adjective = words::slavic_adjective(&lw(toks, j - 1));
        if n.case == Case::Lower && adjective {
            if let Some(is_org) = rules::slavic_noun(&w) {
                let kind = if is_org { Kind::Org } else { Kind::Place };
                return RunEnd::Slavic(j + 1, kind);
            }
        }
        break;
    }
    RunEnd::Plain(j)
}
