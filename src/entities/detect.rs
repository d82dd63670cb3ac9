//! Mentions in one paragraph: gazetteer matches (longest first, inflected
//! forms through their stems), then runs of capitalised words typed by their
//! context (titles, organisation and place words, given names, speech verbs,
//! prepositions). Input: a paragraph and the document's word statistics;
//! output: typed mentions with Unicode-scalar spans.

use super::actor;
use super::classify;
use super::evidence;
pub use super::gazetteer::{gazetteer, gazetteer_all, gazetteer_at, Matches};
use super::gazetteer::{names_event, town_state};
use super::german;
use super::lexicon::{List, GIVEN};
use super::patterns;
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
    /// A capitalised ordinary word: kept only when the same name has
    /// stronger evidence elsewhere (Путина after Владимир Путин).
    Weak,
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
    /// The most frequent words, never part of a name.
    pub stop: Option<List>,
}

impl Lang<'_> {
    pub(super) fn inflected(&self) -> bool {
        matches!(
            self.code,
            "ru" | "uk" | "bg" | "el" | "hu" | "pl" | "tr" | "de" | "fi" | "cs" | "ro"
        )
    }
}

/// "ministère russe de la Défense": a lower-case ministry word, adjectives,
/// connectors and a capitalised name. Returns the end token (exclusive).
fn ministry_at(toks: &[Token<'_>], i: usize) -> Option<usize> {
    let head = words::lower(toks.get(i)?.text);
    if !matches!(
        head.as_str(),
        "ministère" | "ministerio" | "ministero" | "ministério" | "ministry"
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

/// 1 when the word at `k` goes on the one-word organisation name that the
/// gazetteer found just before it: "Exxon Mobil", "Gazprom Neft" (a word no
/// list knows, written right after it); 0 otherwise. English only:
/// elsewhere a dateline or a name in another script follows an agency's name
/// ("EFE Ginebra", "Bloomberg Шкрели").
fn org_second_word(
    gaz: &[Option<(usize, Kind)>],
    toks: &[Token<'_>],
    k: usize,
    name: (usize, Kind),
    lang: &Lang<'_>,
    doc: &Doc,
) -> usize {
    if lang.code != "en" || name != (1, Kind::Org) {
        return 0;
    }
    let Some(n) = toks.get(k) else { return 0 };
    let w = words::lower(n.text);
    usize::from(
        n.case == Case::Title
            && classify::joins(toks, k)
            && gaz.get(k).copied().flatten().is_none()
            && classify::nameish(n, lang, doc)
            && !words::common(lang, &w)
            && !GIVEN.contains(&w)
            && !rules::is_title(lang.code, &w),
    )
}

/// Whether the lower-case word before token `a` is a particle of a family
/// name that a title introduces: "General de Meza", "President da Silva"
/// ("von" and "zu" are left out: "Gründer von Hack Forums"); Russian too:
/// "генерал де Меза".
fn titled_particle(toks: &[Token<'_>], a: usize, lang: &Lang<'_>) -> bool {
    let (Some(title), Some(particle)) = (
        a.checked_sub(2).and_then(|k| toks.get(k)),
        a.checked_sub(1).and_then(|k| toks.get(k)),
    ) else {
        return false;
    };
    let p = words::lower(particle.text);
    // Romance languages write "ministro di", "presidente de": a preposition.
    let particle_word = match lang.code {
        "de" | "en" => matches!(p.as_str(), "de" | "van" | "da" | "di" | "del" | "du"),
        // "генерал де Меза"; not "да" (yes), and "фон" is free of "von"'s
        // use as a preposition.
        "ru" => matches!(p.as_str(), "де" | "ван" | "ди" | "дель" | "дю" | "фон"),
        _ => false,
    };
    particle_word
        && particle.case == Case::Lower
        && particle.before.trim().is_empty()
        && toks.get(a).is_some_and(|t| t.before.trim().is_empty())
        && rules::is_title(lang.code, &words::lower(title.text))
}

/// All mentions of paragraph `block`.
#[must_use]
pub fn detect(text: &str, block: usize, lang: &Lang<'_>, doc: &Doc) -> Vec<Mention> {
    let toks = tokenize(text);
    let gaz = gazetteer_all(text, &toks, lang);
    let mut out = Vec::new();
    let push = |out: &mut Vec<Mention>, a: usize, b: usize, kind: Kind, evidence: Evidence| {
        let (Some(first), Some(last)) = (toks.get(a), toks.get(b.saturating_sub(1))) else {
            return;
        };
        let tail = german::name_tail(text, last, kind, lang);
        out.push(Mention {
            block,
            start: first.start,
            end: last.end + usize::from(tail > 0),
            text: text
                .get(first.bstart..last.bend + tail)
                .unwrap_or("")
                .to_string(),
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
        if let Some(end) = patterns::caseless_person(&gaz, &toks, i, lang) {
            push(&mut out, i, end, Kind::Person, Evidence::Context);
            i = end;
            continue;
        }
        if patterns::slavic_opener(&gaz, &toks, i, lang) {
            i += 1; // "Послы Австрийской империи": the name starts after
            continue;
        }
        if let Some((end, kind)) = patterns::slavic_name(&gaz, &toks, i, lang) {
            push(&mut out, i, end, kind, Evidence::Context);
            i = end;
            continue;
        }
        if let Some(acronym) = toks.get(i).and_then(|t| german::acronym_prefix(t, lang)) {
            if let Some(t) = toks.get(i) {
                out.push(Mention {
                    block,
                    start: t.start,
                    end: t.start + acronym.chars().count(),
                    text: acronym.to_string(),
                    words: vec![words::lower(acronym)],
                    kind: Kind::Org,
                    evidence: Evidence::Context,
                });
            }
            i += 1;
            continue;
        }
        if let Some(end) = german::headed_place(&toks, i, lang) {
            push(&mut out, i, end, Kind::Place, Evidence::Context);
            i = end;
            continue;
        }
        if let Some(kind) = patterns::german_adjective_name(&toks, i, lang) {
            push(&mut out, i, i + 2, kind, Evidence::Context);
            i += 2;
            continue;
        }
        if let Some((len, kind)) = patterns::headed_place(&gaz, &toks, i) {
            push(&mut out, i, i + len, kind, Evidence::Gazetteer);
            i += len;
            continue;
        }
        if let Some((len, kind)) = gaz.get(i).copied().flatten() {
            let opening_word = len == 1
                && toks.get(i).is_some_and(|t| {
                    let w = words::lower(t.text);
                    let after_article = lang.code == "de"
                        && i > 0
                        && toks
                            .get(i - 1)
                            .is_some_and(|p| words::german_determiner(&words::lower(p.text)));
                    // "Most people"; German "der Mann", "die Mitte" (towns too);
                    // never "den USA": capitals make no ordinary word.
                    t.case == Case::Title
                        && ((t.initial || after_article)
                            && words::common(lang, &w)
                            && !doc.cap_seen(&w)
                            || after_article && words::common(lang, &w))
                });
            let month = len == 1
                && toks
                    .get(i)
                    .is_some_and(|t| rules::is_time_word(&words::lower(t.text)));
            if month {
                i += 1; // "كانون", a month in Levantine Arabic, is also a town
                continue;
            }
            if kind == Kind::Place && names_event(&toks, i, i + len) {
                i += len; // "Treaty of London", "the Paris agreement"
                continue;
            }
            if !opening_word && !classify::person_not_place(&toks, i, len, lang, doc) {
                let kind = if kind == Kind::Place && actor::state_actor(&toks, i, i + len, lang) {
                    Kind::Org // "Russia announced": the state, not the land
                } else {
                    kind
                };
                let len = len
                    + town_state(text, &toks, &gaz, i + len, kind, lang)
                    + org_second_word(&gaz, &toks, i + len, (len, kind), lang, doc);
                push(&mut out, i, i + len, kind, Evidence::Gazetteer);
                i += len;
                continue;
            }
        }
        if evidence::subject_name_at_start(&toks, i, lang) {
            push(&mut out, i, i + 1, Kind::Person, Evidence::Context);
            i += 1;
            continue;
        }
        let Some(t) = toks.get(i) else { break };
        let demonym_start = classify::demonym_before_name(&toks, i, lang, doc);
        let given_start = classify::given_before_name(&gaz, &toks, i, lang, doc);
        let speaker = german::speaker_after_verb(&toks, i, lang);
        if !demonym_start && !given_start && !speaker && !classify::nameish(t, lang, doc) {
            i += 1;
            continue;
        }
        match classify::run_end(&gaz, &toks, i, lang, doc) {
            classify::RunEnd::Slavic(end, kind) => {
                push(&mut out, i, end, kind, Evidence::Context);
                i = end;
            }
            classify::RunEnd::Plain(j)
                if classify::joins(&toks, j)
                    && toks.get(j).is_some_and(|n| german::name_compound(n, lang)) =>
            {
                i = j + 1; // "der Donald Trump-Imitator": a noun
            }
            classify::RunEnd::Plain(j) => {
                if let Some((mut a, b, kind, evidence)) = classify::classify(&toks, i, j, lang, doc)
                {
                    if demonym_start && a == i && kind == Kind::Person {
                        a += 1; // "Canadian Jane Smith": the demonym stays out
                    }
                    if kind == Kind::Person && a == i && titled_particle(&toks, a, lang) {
                        a -= 1; // "General de Meza"
                    }
                    if a < b {
                        push(&mut out, a, b, kind, evidence);
                    }
                }
                i = j.max(i + 1);
            }
        }
    }
    if matches!(lang.code, "ru" | "uk" | "bg") {
        let titles = patterns::latin_titles(text);
        out.retain(|m| !titles.iter().any(|&(a, b)| a <= m.start && m.end <= b));
    }
    out
}
