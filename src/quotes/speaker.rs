//! Stage 4: who a noun phrase names. Input: the tokens of an attribution's
//! subject ("German Chancellor Angela Merkel", "Jens Stoltenberg,
//! secrétaire général de l'Otan", "il", "the source"); output: a [`Who`]
//! that keeps the role apart from the name. [`Memory`] then resolves
//! pronouns to the last person named and surnames to the full name used
//! earlier (see `memory.rs`).

use super::ctx::Ctx;
use super::gender::{self, Gender};

/// What an attribution's subject turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Who {
    /// A person's name (honorifics dropped) and role.
    Person {
        /// The name as written ("Angela Merkel", "Stoltenberg").
        name: String,
        /// The role ("German Chancellor"), if any.
        role: Option<String>,
    },
    /// An organisation or a description ("the source", "die Polizei").
    Other(String),
    /// A third-person singular pronoun (of this gender): the last person
    /// named.
    Pronoun(Option<Gender>),
    /// A speech verb with no subject written: the last speaker.
    Implicit,
}

/// Whether a capitalised run of tokens `[a, b)` names an organisation
/// (an organisation word or an all-capitals acronym inside).
pub(crate) fn org_run(c: &Ctx, a: usize, b: usize) -> bool {
    (a..b).any(|i| {
        let w = c.w(i);
        c.v.org_words.has(w.trim_end_matches("'s"))
            || (c.p.is_word(i)
                && w.chars().count() >= 2
                && c.p.text(i).chars().all(|ch| !ch.is_lowercase()))
    })
}

/// Whether `name` is a known place or organisation rather than a person
/// ("North Korea said", "Washington warned"): the whole name is in the
/// gazetteers and does not open with a given name, or is a single word
/// that is neither a given name nor a family name.
pub(crate) fn place_or_org(name: &str) -> bool {
    use crate::entities::lexicon::{ORGS, PLACES, SURNAMES};
    let low = name.to_lowercase();
    if !(PLACES.contains(&low) || ORGS.contains(&low)) {
        return false;
    }
    let mut words = low.split_whitespace();
    let first = words.next().unwrap_or_default();
    if words.next().is_some() {
        !super::gender::is_given(first)
    } else {
        !super::gender::is_given(first) && !SURNAMES.contains(first)
    }
}

/// Runs of name tokens inside `[a, b)`: capitalised words joined by
/// connectors (`von der`, `de`), initials and hyphens.
pub(crate) fn name_runs(c: &Ctx, a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut i = a;
    while i < b {
        let after_det = i > a && c.v.german && c.det(i - 1);
        if !c.name_word(i) || after_det {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        let mut j = i + 1;
        while j < b {
            if c.name_word(j) {
                j += 1;
                end = j;
            } else if (c.p.punct(j) == Some('.') && c.w(j - 1).chars().count() == 1)
                || (c.connector(j) && !(c.v.german && c.det(j) && !c.connector(j - 1)))
                || (c.det(j) && j > start && c.connector(j - 1))
            {
                j += 1;
            } else {
                break;
            }
        }
        runs.push((start, end));
        i = end.max(j);
    }
    runs
}

/// Text of tokens `[a, b)` with honorifics and a possessive `'s` dropped.
pub(crate) fn name_text(c: &Ctx, a: usize, b: usize) -> String {
    let mut k = a;
    while k < b && (c.honorific(k) || c.p.punct(k) == Some('.')) {
        k += 1;
    }
    let t = c.p.span_text(k, b);
    let t = t.trim_end_matches("'s").trim_end_matches("’s");
    // Turkish case endings follow an apostrophe: Erdoğan'ın → Erdoğan.
    let t = match t.rsplit_once(['\'', '’']) {
        Some((head, tail)) if tail.chars().all(char::is_lowercase) && tail.len() <= 8 => head,
        _ => t,
    };
    t.trim().to_string()
}

/// A role's text: determiners, numbers (ages) and stray punctuation out.
fn role_text(c: &Ctx, a: usize, b: usize) -> Option<String> {
    let mut a = a;
    let mut b = b;
    while a < b && (c.det(a) || c.p.punct(a).is_some() || c.connector(a) || c.honorific(a)) {
        a += 1;
    }
    while b > a && (c.p.punct(b - 1).is_some() || c.connector(b - 1) || c.det(b - 1)) {
        b -= 1;
    }
    let t = c.p.span_text(a, b);
    let t = t.trim();
    let numeric = t.chars().all(|ch| ch.is_ascii_digit() || ch == '-');
    (!t.is_empty() && !numeric).then(|| t.to_string())
}

/// Read the noun phrase `[a, b)` (an apposition after the first comma).
pub(crate) fn parse(c: &Ctx, a: usize, b: usize) -> Who {
    if b <= a {
        return Who::Implicit;
    }
    if b - a == 1 && c.pron(a) {
        return Who::Pronoun(gender::of_pronoun(c.w(a)));
    }
    if b - a == 1 && c.other_pron(a) {
        return Who::Other(c.p.text(a));
    }
    let comma = (a..b).find(|&i| c.p.punct(i) == Some(','));
    let (head_end, appos) = match comma {
        Some(h) => {
            let e = (h + 1..b).find(|&i| c.p.punct(i) == Some(',')).unwrap_or(b);
            (h, Some((h + 1, e)))
        }
        None => (b, None),
    };
    if c.p.is_caseless(a) {
        return caseless(c, a, head_end);
    }
    if let Some(who) = person(c, a, head_end, appos) {
        return who;
    }
    if let Some((x, y)) = appos {
        if let Some(Who::Person { name, .. }) = person(c, x, y, None) {
            return Who::Person {
                name,
                role: role_text(c, a, head_end),
            };
        }
    }
    let t = c.p.span_text(a, head_end);
    let t = t.trim_matches(|ch: char| ch.is_whitespace() || ch == ',');
    if t.is_empty() {
        Who::Implicit
    } else {
        Who::Other(t.to_string())
    }
}

/// The person named in `[a, b)` (its last run of name tokens), with the
/// rest of the phrase, or the apposition, as the role.
fn person(c: &Ctx, a: usize, b: usize, appos: Option<(usize, usize)>) -> Option<Who> {
    let &(ra, rb) = name_runs(c, a, b).last()?;
    // "de la Défense" after a common noun: the phrase names a body.
    let prep = |k: usize| c.stop(k) && c.p.is_word(k) && !c.det(k);
    let complement = ra > a
        && (c.connector(ra - 1) || prep(ra - 1) || (c.det(ra - 1) && ra - 1 > a && prep(ra - 2)));
    if complement || org_run(c, ra, rb) {
        // "John Sifton von Human Rights Watch": person, then affiliation.
        let cut = (ra + 1..rb).find(|&k| c.connector(k) && !org_run(c, ra, k));
        if let Some(k) = cut.filter(|_| !complement && !org_run(c, ra, ra + 1)) {
            let role = role_text(c, k, rb);
            return Some(Who::Person {
                name: name_text(c, ra, k),
                role,
            });
        }
        return None;
    }
    let mut rb = rb;
    let mut role = None;
    // "Galina Polonskaya Euronews": the outlet is the role.
    if rb - ra >= 3 && c.v.outlets.has(c.w(rb - 1)) {
        role = Some(c.p.text(rb - 1));
        rb -= 1;
    }
    let name = name_text(c, ra, rb);
    if name.is_empty() || place_or_org(&name) {
        return None;
    }
    let role = role
        .or_else(|| appos.and_then(|(x, y)| role_text(c, x, y)))
        .or_else(|| role_text(c, a, ra))
        .or_else(|| role_text(c, rb, b));
    Some(Who::Person { name, role })
}

/// A phrase in a script without capitals: a leading role word is the role,
/// the rest the name; otherwise the whole phrase.
fn caseless(c: &Ctx, a: usize, b: usize) -> Who {
    if b > a + 1 && c.role(a) {
        // "رئيس الناسا جيم برايدنستاين", "رئيس الوزراء …": the role word's
        // complement (an Arabic word with the article, or an organisation
        // or place the gazetteer knows) belongs to the role.
        let known = |k: usize| {
            let w = c.w(k);
            let article = c.v.lang == "ar" && w.starts_with("ال") && w.chars().count() > 3;
            article || crate::entities::gazetteer::gazetteer(w).is_some()
        };
        let mut e = a + 1;
        while e + 1 < b && known(e) {
            e += 1;
        }
        return Who::Person {
            name: c.p.span_text(e, b),
            role: Some(c.p.span_text(a, e)),
        };
    }
    Who::Other(c.p.span_text(a, b))
}
