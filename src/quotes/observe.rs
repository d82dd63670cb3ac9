//! Pass 1: what every paragraph names, outside its quotations. Input: a
//! prepared paragraph; output: [`Memory`] mentions of people (full names,
//! and surnames already introduced) and of the speakers of reported speech
//! ("Bush said he would veto it"), so later pronouns and unattributed
//! quotes have someone to point to.

use super::attribution::{self, Found};
use super::ctx::Ctx;
use super::memory::Memory;
use super::speaker::{self, Who};

/// German nouns of nationality ("der Deutsche Ziemendorff"); the
/// demonym gazetteer holds the English and French ones.
const NATIONALS: &[&str] = &[
    "deutsche",
    "deutscher",
    "brite",
    "britin",
    "franzose",
    "französin",
    "amerikaner",
    "amerikanerin",
    "russe",
    "russin",
    "italiener",
    "italienerin",
    "spanier",
    "spanierin",
    "österreicher",
    "österreicherin",
    "schweizer",
    "schweizerin",
    "niederländer",
    "pole",
    "polin",
    "türke",
    "türkin",
    "chinese",
    "chinesin",
    "japaner",
    "japanerin",
    "grieche",
    "griechin",
    "ukrainer",
    "ukrainerin",
];

/// Whether token `k` is a noun of nationality.
fn national(c: &Ctx, k: usize) -> bool {
    NATIONALS.contains(&c.w(k)) || crate::entities::lexicon::DEMONYMS.contains(c.w(k))
}

/// Paragraphs back in which a reported speaker's pronoun is resolved.
const REACH: usize = 4;

/// Record the people named and the reported speakers of paragraph `pi`.
pub(crate) fn paragraph(c: &Ctx, pi: usize, mem: &mut Memory) {
    for i in 0..c.len() {
        if c.sentence_start(i) == i {
            mem.sentence((pi, at(c, i)));
        }
    }
    names(c, pi, mem);
    pronoun_subjects(c, pi, mem);
    reported(c, pi, mem);
}

/// "She has faced … Hillary Clinton … She said": a sentence opening with
/// a subject pronoun is about the person it points to, so that person is
/// mentioned there as its subject and the next pronoun keeps to the chain.
fn pronoun_subjects(c: &Ctx, pi: usize, mem: &mut Memory) {
    for i in 0..c.len() {
        if c.sentence_start(i) != i || c.in_quote(i) || !c.pron(i) {
            continue;
        }
        let g = super::gender::of_pronoun(c.w(i));
        let pos = (pi, at(c, i));
        if let Some(name) = mem.antecedent(pos, REACH, g) {
            mem.mention(pos, &name, true, false);
        }
    }
}

/// Character offset of token `i`.
fn at(c: &Ctx, i: usize) -> usize {
    c.p.tok(i).map_or(0, |t| t.start)
}

/// Names of two to four words (people, not organisations), and single
/// words that are the surname of someone already named in full.
fn names(c: &Ctx, pi: usize, mem: &mut Memory) {
    let n = c.len();
    let mut i = 0;
    while i < n {
        if c.in_quote(i) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < n && !c.in_quote(j) {
            j += 1;
        }
        for (a, b) in speaker::name_runs(c, i, j) {
            // "der Deutsche Ziemendorff": the nationality is no part of the
            // name.
            let a = if b > a + 1 && a > 0 && c.det(a - 1) && national(c, a) {
                a + 1
            } else {
                a
            };
            if speaker::org_run(c, a, b) {
                continue;
            }
            let name = speaker::name_text(c, a, b);
            if speaker::place_or_org(&name) {
                continue;
            }
            let pos = (pi, at(c, a));
            // A person's name opens with a first name or follows an honorific.
            let first = name
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_lowercase();
            let titled = a > 0 && (c.honorific(a - 1) || c.p.punct(a - 1) == Some('.'));
            // "Mr. Obama", "President Obama" ("Miss Universe" is a title).
            // "der Deutsche Ziemendorff", "the Briton Hale": a nationality.
            let demonym = a > 1 && c.p.is_cap(a - 1) && c.det(a - 2) && national(c, a - 1);
            let honorific = demonym
                || a > 0
                    && ((c.honorific(a - 1) && c.w(a - 1) != "miss")
                        || (c.role(a - 1) && c.p.is_cap(a - 1))
                        || (c.p.punct(a - 1) == Some('.') && a > 1 && c.honorific(a - 2)));
            let honor: Vec<&str> = (a.saturating_sub(2)..a).map(|k| c.w(k)).collect();
            mem.set_gender(&name, super::gender::of_words(&honor));
            match name.split_whitespace().count() {
                // "Rakeyia Scott" after "Keith Lamont Scott": a relative.
                2..=4
                    if titled
                        || super::gender::is_given(&first)
                        || family(&name)
                        || mem.is_surname(name.rsplit(' ').next().unwrap_or_default())
                        || unknown_subject(c, a, b) =>
                {
                    mem.mention_as(pos, &name, true, false, oblique(c, a, b));
                    // "Maria Lopez, the city's mayor, ...": remember the role.
                    // A role word inside: "Gunnar Strömmer, will meet the
                    // police" has a verb phrase after the comma, no role.
                    let (_, e) = super::phrase::with_apposition(c, a, b, j);
                    if e > b + 1 && (b + 1..e).any(|k| c.role(k)) {
                        if let Who::Person { role: Some(r), .. } = speaker::parse(c, a, e) {
                            mem.role(&name, &r);
                        }
                    }
                }
                1 if honorific || mem.is_surname(&name) => {
                    let full = mem.expand(&name, pos, c.v.inflected);
                    mem.mention_as(pos, &full, true, false, oblique(c, a, b));
                }
                1 if lone_given(c, a, b, j, &first) => {
                    mem.mention_as(pos, &name, true, false, oblique(c, a, b));
                }
                _ => {}
            }
        }
        i = j;
    }
}

/// Whether the one-word name `[a, b)` (before `j`) is a person called by
/// a first name alone: "Melanie thought", "Dean, a former party
/// chairman, ...". An ordinary word of the language ("Will", "Grace") only
/// counts with an apposition that names a role.
fn lone_given(c: &Ctx, a: usize, b: usize, j: usize, first: &str) -> bool {
    if b != a + 1 || !super::gender::is_given(first) {
        return false;
    }
    let (_, e) = super::phrase::with_apposition(c, a, b, j);
    if e > b + 1 && (b + 1..e).any(|k| c.role(k)) {
        return true;
    }
    let common = crate::entities::lexicon::lexicon(&c.v.lang).is_some_and(|l| l.contains(first));
    let next_lower = c.p.is_word(b) && !c.p.is_cap(b) && !c.p.is_caseless(b);
    !common && (next_lower || c.p.punct(b) == Some(','))
}

/// Whether the name `[a, b)` opens its sentence as the subject of a verb
/// ("Aung San Suu Kyi visited …"), none of its words being an ordinary
/// word of the language: a person whose first name no list holds.
fn unknown_subject(c: &Ctx, a: usize, b: usize) -> bool {
    let Some(lex) = crate::entities::lexicon::lexicon(&c.v.lang) else {
        return false;
    };
    let verb_next = c.p.is_word(b) && !c.p.is_cap(b) && !c.stop(b) && !c.det(b);
    // First and last words unknown ("Aung San Suu Kyi"; "White House" is
    // made of ordinary words).
    c.sentence_start(a) == a
        && verb_next
        && !c.v.german
        && b > a + 1
        && !lex.contains(c.w(a))
        && !lex.contains(c.w(b - 1))
}

/// Whether a two- or three-word name ends with a family name of the
/// gazetteer ("Loretta Lynch"), its first name being unknown.
fn family(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let last = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
    (2..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && crate::entities::lexicon::SURNAMES.contains(&last)
}

/// Whether the name at tokens `[a, b)` stands in a prepositional phrase
/// ("the figure of Abraham Lincoln", "by Donald Trump") or is a possessor
/// ("Trump's statement").
fn oblique(c: &Ctx, a: usize, b: usize) -> bool {
    let mut k = a;
    while k > 0 && (c.det(k - 1) || c.role(k - 1) || c.honorific(k - 1)) && a - k < 4 {
        k -= 1;
    }
    let prep = k > 0 && c.stop(k - 1) && !c.connector(k - 1) && !c.det(k - 1) && c.p.is_word(k - 1);
    let last = c.w(b.saturating_sub(1));
    let possessive = last.ends_with("'s") || matches!(c.w(b), "'s" | "s");
    prep || possessive
}

/// Subjects of speech verbs outside quotations.
fn reported(c: &Ctx, pi: usize, mem: &mut Memory) {
    for v in 0..c.len() {
        // "Lena Marx's warning" names no speaker.
        if !c.verb(v) || c.in_quote(v) || c.after_possessive(v) {
            continue;
        }
        let (lo, hi) = (c.sentence_start(v), c.sentence_stop(v));
        let Found::Np(a, b) = attribution::subject(c, v, lo, hi) else {
            continue;
        };
        let pos = (pi, at(c, a));
        match speaker::parse(c, a, b) {
            Who::Person { name, role } => {
                let full = mem.expand(&name, pos, c.v.inflected);
                mem.set_gender(&full, super::np_gender(c, a, b));
                if let Some(r) = role {
                    mem.role(&full, &r);
                }
                mem.mention(pos, &full, true, true);
            }
            Who::Other(t) => mem.mention(pos, &t, false, true),
            Who::Pronoun(g) => {
                if let Some(name) = mem.antecedent(pos, REACH, g) {
                    // "Obama said. He called …": the pronoun tells the
                    // gender a bare surname did not.
                    if mem.gender_of(&name).is_none() {
                        mem.set_gender(&name, g);
                    }
                    mem.mention(pos, &name, true, true);
                }
            }
            Who::Implicit => {}
        }
    }
}
