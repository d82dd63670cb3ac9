//! Mentions in one paragraph: gazetteer matches (longest first, inflected
//! forms through their stems), then runs of capitalised words typed by their
//! context (titles, organisation and place words, given names, speech verbs,
//! prepositions). Input: a paragraph and the document's word statistics;
//! output: typed mentions with Unicode-scalar spans.

use super::lexicon::{self, List, GIVEN, ORGS, PLACES, SURNAMES};
use super::rules;
use super::tokens::{tokenize, Case, Token};
use super::words::{self, Doc};

/// Entity type, ordered for deterministic output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A person.
    Person,
    /// An organisation.
    Org,
    /// A place.
    Place,
}

/// How sure the type is: a later mention of the same name with stronger
/// evidence decides the type of the weaker ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Evidence {
    /// Capitalisation alone.
    Default,
    /// A context word (title, suffix, preposition, speech verb).
    Context,
    /// A gazetteer entry.
    Gazetteer,
}

/// One mention of a name.
#[derive(Debug, Clone)]
pub struct Mention {
    /// Paragraph index.
    pub block: usize,
    /// Start, Unicode scalar values into the paragraph.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// The name as written.
    pub text: String,
    /// Lower-cased words of the name.
    pub words: Vec<String>,
    /// Type.
    pub kind: Kind,
    /// How the type was decided.
    pub evidence: Evidence,
}

/// Settings of one language.
pub struct Lang<'a> {
    /// ISO 639-1 code.
    pub code: &'a str,
    /// Frequent ordinary words, when the language has a lexicon.
    pub lex: Option<List>,
}

impl Lang<'_> {
    fn inflected(&self) -> bool {
        matches!(
            self.code,
            "ru" | "uk" | "bg" | "el" | "hu" | "pl" | "tr" | "de" | "fi" | "cs" | "ro"
        )
    }
}

/// Gazetteer type of a lower-cased key.
fn gazetteer(key: &str) -> Option<Kind> {
    if ORGS.contains(key) {
        Some(Kind::Org)
    } else if PLACES.contains(key) {
        Some(Kind::Place)
    } else {
        None
    }
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

/// The longest gazetteer name starting at token `i`: (token count, type).
fn gazetteer_at(
    text: &str,
    toks: &[Token<'_>],
    i: usize,
    lang: &Lang<'_>,
) -> Option<(usize, Kind)> {
    let first = toks.get(i)?;
    if !matches!(first.case, Case::Title | Case::Upper | Case::Caseless) {
        return None;
    }
    let mut longest = 1;
    while longest < 7
        && toks
            .get(i + longest)
            .is_some_and(|t| !t.initial && t.before.is_empty())
    {
        longest += 1;
    }
    for len in (1..=longest).rev() {
        let last = toks.get(i + len - 1)?;
        if len > 1
            && last.case == Case::Lower
            && !rules::slavic_noun(&words::lower(last.text)).is_some()
        {
            continue;
        }
        let key = words::key(text.get(first.bstart..last.bend).unwrap_or(""));
        if len == 1 && key.chars().count() <= 3 && first.case == Case::Title {
            continue; // "Us", "Un": short names must be written in capitals
        }
        let kind = gazetteer(&key).or_else(|| {
            (lang.inflected() || first.case == Case::Caseless)
                .then(|| gazetteer_stem(&key))
                .flatten()
        });
        if let Some(kind) = kind {
            return Some((len, kind));
        }
    }
    None
}

/// Whether a capitalised word may be (part of) a name.
fn nameish(t: &Token<'_>, lang: &Lang<'_>, doc: &Doc) -> bool {
    if !t.is_cap() || t.text.chars().count() < 2 && !t.text.ends_with('.') {
        return false;
    }
    let w = words::lower(t.text);
    if rules::is_time_word(&w) || lexicon::DEMONYMS.contains(&w) {
        return false;
    }
    if words::known_name(&w) {
        return true;
    }
    if lang.code == "de" && t.case == Case::Title {
        // German capitalises every noun: only words the lexicon lacks.
        return !words::common(lang, &w) && !words::german_compound(lang, &w);
    }
    if t.initial {
        return !words::common(lang, &w) || doc.cap_seen(&w);
    }
    true
}

/// Type a run of capitalised words `toks[a..b]`; `None` when it is no name.
fn classify(
    toks: &[Token<'_>],
    a: usize,
    b: usize,
    lang: &Lang<'_>,
    doc: &Doc,
) -> Option<(usize, usize, Kind, Evidence)> {
    let lw = |k: usize| {
        toks.get(k)
            .map(|t| words::lower(t.text))
            .unwrap_or_default()
    };
    let mut a = a;
    let mut b = b;
    let mut person_cue = a > 0 && rules::is_title(lang.code, &lw(a - 1));
    while a < b && rules::is_title(lang.code, &lw(a)) {
        person_cue = true;
        a += 1;
    }
    while b > a && rules::is_time_word(&lw(b - 1)) {
        b -= 1;
    }
    if a >= b {
        return None;
    }
    let first = toks.get(a)?;
    let len = b - a;
    if len == 1 && first.text.chars().count() < 2 {
        return None;
    }
    let (fw, lwd) = (lw(a), lw(b - 1));
    if len >= 2 && (rules::is_org_tail(&lwd) || rules::is_org_head(&fw)) {
        return Some((a, b, Kind::Org, Evidence::Context));
    }
    if len >= 2 && (rules::is_place_tail(&lwd) || rules::is_place_head(&fw)) {
        return Some((a, b, Kind::Place, Evidence::Context));
    }
    if len == 1 && first.case == Case::Upper && !first.text.contains('.') {
        return Some((a, b, Kind::Org, Evidence::Context));
    }
    if person_cue {
        return Some((a, b, Kind::Person, Evidence::Context));
    }
    if len >= 2 && GIVEN.contains(&fw) {
        return Some((a, b, Kind::Person, Evidence::Gazetteer));
    }
    let next_verb = toks
        .get(b)
        .is_some_and(|t| rules::is_speech_verb(&words::lower(t.text)));
    let prev_verb = a > 0 && rules::is_speech_verb(&lw(a - 1));
    if next_verb || prev_verb {
        return Some((a, b, Kind::Person, Evidence::Context));
    }
    if SURNAMES.contains(&lwd) || GIVEN.contains(&lwd) {
        return Some((a, b, Kind::Person, Evidence::Context));
    }
    if len == 1 && a > 0 && rules::is_place_preposition(lang.code, &lw(a - 1)) {
        return Some((a, b, Kind::Place, Evidence::Context));
    }
    if len == 1 && lang.code == "de" && a > 0 && words::german_determiner(&lw(a - 1)) {
        return None; // "der Computer": an ordinary noun the lexicon lacks
    }
    if len == 1
        && first.initial
        && !doc.cap_seen(&fw)
        && toks.get(b).is_some_and(|t| t.case == Case::Lower)
        && words::common(lang, &fw)
    {
        return None;
    }
    Some((a, b, Kind::Person, Evidence::Default))
}

/// "ministère russe de la Défense": a lower-case ministry word, adjectives,
/// connectors and a capitalised name. Returns the end token (exclusive).
fn ministry_at(toks: &[Token<'_>], i: usize) -> Option<usize> {
    let head = words::lower(toks.get(i)?.text);
    if !matches!(
        head.as_str(),
        "ministère" | "ministerio" | "ministero" | "ministério"
    ) {
        return None;
    }
    let mut j = i + 1;
    let mut adjectives = 0;
    while toks.get(j).is_some_and(|t| {
        t.case == Case::Lower && !rules::is_connector(t.text) && t.before.is_empty()
    }) && adjectives < 2
    {
        adjectives += 1;
        j += 1;
    }
    let mut connectors = 0;
    while toks
        .get(j)
        .is_some_and(|t| rules::is_connector(&words::lower(t.text)) && t.before.is_empty())
    {
        connectors += 1;
        j += 1;
    }
    if connectors == 0
        || !toks
            .get(j)
            .is_some_and(|t| t.is_cap() && t.before.is_empty())
    {
        return None;
    }
    while toks
        .get(j + 1)
        .is_some_and(|t| t.is_cap() && t.before.is_empty() && !t.initial)
    {
        j += 1;
    }
    Some(j + 1)
}

/// All mentions of paragraph `block`.
#[must_use]
pub fn detect(text: &str, block: usize, lang: &Lang<'_>, doc: &Doc) -> Vec<Mention> {
    let toks = tokenize(text);
    let mut out = Vec::new();
    let push = |out: &mut Vec<Mention>, a: usize, b: usize, kind: Kind, evidence: Evidence| {
        let (Some(first), Some(last)) = (toks.get(a), toks.get(b.saturating_sub(1))) else {
            return;
        };
        out.push(Mention {
            block,
            start: first.start,
            end: last.end,
            text: text.get(first.bstart..last.bend).unwrap_or("").to_string(),
            words: toks
                .get(a..b)
                .unwrap_or(&[])
                .iter()
                .map(|t| words::lower(t.text))
                .collect(),
            kind,
            evidence,
        });
    };
    let mut i = 0;
    while i < toks.len() {
        if let Some(end) = ministry_at(&toks, i) {
            push(&mut out, i, end, Kind::Org, Evidence::Context);
            i = end;
            continue;
        }
        if let Some((len, kind)) = gazetteer_at(text, &toks, i, lang) {
            let person_next = len == 1
                && toks
                    .get(i)
                    .is_some_and(|t| GIVEN.contains(&words::lower(t.text)))
                && toks.get(i + 1).is_some_and(|t| {
                    t.before.is_empty()
                        && !t.initial
                        && nameish(t, lang, doc)
                        && gazetteer_at(text, &toks, i + 1, lang).is_none()
                });
            if !person_next {
                push(&mut out, i, i + len, kind, Evidence::Gazetteer);
                i += len;
                continue;
            }
        }
        let Some(t) = toks.get(i) else { break };
        if !nameish(t, lang, doc) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while let Some(n) = toks.get(j) {
            let joins = n.before.is_empty() && !n.initial;
            if joins
                && nameish(n, lang, doc)
                && gazetteer_at(text, &toks, j, lang).map_or(true, |(l, _)| {
                    l == 1
                        && n.case == Case::Title
                        && j > i
                        && GIVEN.contains(&words::lower(toks.get(j - 1).map_or("", |p| p.text)))
                })
            {
                j += 1;
                continue;
            }
            // Particles inside a person's name, connectors after a head word.
            let w = words::lower(n.text);
            let after = toks
                .get(j + 1)
                .is_some_and(|m| m.before.is_empty() && m.is_cap());
            let head = words::lower(toks.get(i).map_or("", |t| t.text));
            let particle = rules::is_name_particle(&w) && GIVEN.contains(&head);
            let connector = rules::is_connector(&w)
                && (rules::is_org_head(&head) || rules::is_place_head(&head));
            if joins && n.case == Case::Lower && after && (particle || connector) {
                j += 2;
                continue;
            }
            // Slavic: a capitalised adjective and its lower-case noun.
            let adjective = j > i
                && words::slavic_adjective(&words::lower(toks.get(j - 1).map_or("", |p| p.text)));
            if joins && n.case == Case::Lower && adjective {
                if let Some(is_org) = rules::slavic_noun(&w) {
                    let kind = if is_org { Kind::Org } else { Kind::Place };
                    push(&mut out, i, j + 1, kind, Evidence::Context);
                    i = j + 1;
                    j = usize::MAX;
                }
            }
            break;
        }
        if j == usize::MAX {
            continue;
        }
        if let Some((a, b, kind, evidence)) = classify(&toks, i, j, lang, doc) {
            push(&mut out, a, b, kind, evidence);
        }
        i = j;
    }
    out
}
