//! Quotes: who said what. Input: an article's paragraphs in order and its
//! language; output: [`Quote`]s with speaker, role, paragraph index and
//! Unicode-scalar offsets of the quoted words.
//!
//! Stages: [`text`] tokenises, [`marks`] pairs quotation marks (quotes
//! running over paragraphs included), [`attribution`] finds where the
//! speaker is written, [`phrase`] reads the subject's noun phrase,
//! [`speaker`] keeps the role apart from the name, and [`memory`] resolves
//! pronouns, bare surnames and unattributed quotes continuing the previous
//! speaker. [`dash`] reads dash-introduced speech; [`german`] the German
//! sources that are no verb's plain subject. Everything is rule-based
//! and bounded: linear in the text, deterministic, no allocation-heavy
//! structures keyed by hash.

mod after;
mod attribution;
mod clause;
mod ctx;
mod dash;
mod gender;
mod german;
mod lexicon;
mod marks;
mod memory;
mod observe;
mod phrase;
mod speaker;
#[cfg(test)]
mod speaker_tests;
#[cfg(test)]
mod tests;
mod text;
mod words;

use crate::model::Quote;
use attribution::Found;
use ctx::Ctx;
use lexicon::Vocab;
use memory::{Memory, Pos};
use speaker::Who;

/// Paragraphs back in which a pronoun finds its person.
const PRONOUN_REACH: usize = 4;
/// Paragraphs back in which an unattributed quote finds its speaker.
const CONTINUE_REACH: usize = 1;

/// Find the quotes in `paragraphs` (article order) written in `lang`.
/// Each quote's `block` is the index into `paragraphs`, and `start`/`end`
/// are Unicode-scalar offsets into that paragraph.
#[must_use]
pub fn find(paragraphs: &[&str], lang: &str) -> Vec<Quote> {
    let lang = crate::locale::primary(lang).unwrap_or_default();
    let vocab = Vocab::get(&lang);
    let ctxs = prepare(paragraphs, &lang, vocab);
    let mut mem = Memory::default();
    for (pi, c) in ctxs.iter().enumerate() {
        observe::paragraph(c, pi, &mut mem);
    }
    let mut out = Vec::new();
    for group in groups(&ctxs) {
        resolve_group(&ctxs, &group, &mut mem, &mut out);
    }
    for (pi, c) in ctxs.iter().enumerate() {
        dash::paragraph(c, pi, &mut mem, &mut out);
    }
    // Quoted punctuation ("“>”", "« … »") is not something anybody said.
    out.retain(|q| q.text.chars().any(char::is_alphanumeric));
    out.sort_by_key(|q| (q.block, q.start));
    out
}

/// Tokenise every paragraph and choose its top-level quoted spans: an
/// unclosed quote counts only when the next paragraph opens with a mark
/// (the convention for quotes running on); otherwise its opener was stray
/// and the quotes inside it stand alone.
fn prepare<'a>(paragraphs: &[&str], lang: &str, v: &'a Vocab) -> Vec<Ctx<'a>> {
    let paras: Vec<text::Para> = paragraphs
        .iter()
        .map(|t| text::Para::new(t, lang))
        .collect();
    let scans: Vec<marks::Scan> = paras.iter().map(|p| marks::scan(&p.chars, lang)).collect();
    // The mark paragraph `i` opens with, when a quoted span starts there.
    let opening_mark = |i: usize| -> Option<char> {
        let (p, s) = (paras.get(i)?, scans.get(i)?);
        let first = p.chars.iter().position(|c| !c.is_whitespace());
        let starts = s.spans.first().map(|x| x.outer_start);
        let open = s.open.map(|x| x.outer_start);
        let at = first.filter(|f| starts == Some(*f) || open == Some(*f))?;
        p.chars.get(at).copied()
    };
    // A quote runs on when the next paragraph reopens it with the same
    // mark; a stray straight quote before a paragraph of curly quotes
    // (copy-pasted US articles) does not swallow that paragraph.
    let linked: Vec<bool> = (0..paras.len())
        .map(|i| {
            let unclosed = scans
                .get(i)
                .and_then(|s| s.open)
                .and_then(|o| paras.get(i)?.chars.get(o.outer_start).copied());
            unclosed.is_some_and(|m| opening_mark(i + 1) == Some(m))
        })
        .collect();
    paras
        .into_iter()
        .zip(scans)
        .zip(linked)
        .map(|((p, s), linked)| {
            let mut spans = s.spans;
            match s.open {
                Some(o) if linked => spans.push(o),
                _ => spans.extend(s.inside_open),
            }
            spans.sort_by_key(|x| x.outer_start);
            Ctx::new(p, v, spans)
        })
        .collect()
}

/// Quotes as groups of parts `(paragraph, span)`: one part, or several
/// when a quote runs on over paragraphs.
fn groups(ctxs: &[Ctx]) -> Vec<Vec<(usize, usize)>> {
    let mut out: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut running = false;
    for (pi, c) in ctxs.iter().enumerate() {
        for (si, s) in c.spans.iter().enumerate() {
            match out.last_mut() {
                Some(g) if running && si == 0 => g.push((pi, si)),
                _ => out.push(vec![(pi, si)]),
            }
            running = !s.closed;
        }
        if c.spans.is_empty() {
            running = false;
        }
    }
    out
}

/// The speaker and role a found attribution names, resolved.
fn speaker_of(
    c: &Ctx,
    found: Found,
    pos: Pos,
    mem: &mut Memory,
) -> (Option<String>, Option<String>, bool) {
    let who = match found {
        Found::Np(a, b) => speaker::parse(c, a, b),
        Found::Pronoun(g) => Who::Pronoun(g),
        Found::Implicit => Who::Implicit,
        Found::Source(a, b) => Who::Other(c.p.span_text(a, b)),
    };
    match who {
        Who::Person { name, role } => {
            let name = mem.expand(&name, pos, c.v.inflected);
            if let Found::Np(a, b) = found {
                mem.set_gender(&name, np_gender(c, a, b));
            }
            let role = role.or_else(|| mem.role_of(&name));
            (Some(name), role, true)
        }
        Who::Other(text) => (Some(text), None, false),
        Who::Pronoun(g) => {
            let name = mem.antecedent(pos, PRONOUN_REACH, g);
            let role = name.as_deref().and_then(|n| mem.role_of(n));
            (name, role, true)
        }
        Who::Implicit => {
            let name = mem
                .last_speaker(pos, CONTINUE_REACH)
                .or_else(|| mem.last_person(pos, CONTINUE_REACH, None));
            let role = name.as_deref().and_then(|n| mem.role_of(n));
            let person = name.as_deref().is_some_and(|n| mem.is_person(n));
            (name, role, person)
        }
    }
}

/// The gender the words of tokens `[a, b)` mark (honorific, role, name).
pub(crate) fn np_gender(c: &Ctx, a: usize, b: usize) -> Option<gender::Gender> {
    let words: Vec<&str> = (a..b).map(|k| c.w(k)).collect();
    gender::of_words(&words)
}

/// Attribute one quote (all its parts) and emit a [`Quote`] per part.
fn resolve_group(ctxs: &[Ctx], group: &[(usize, usize)], mem: &mut Memory, out: &mut Vec<Quote>) {
    let (Some(&(p0, s0)), Some(&(pl, sl))) = (group.first(), group.last()) else {
        return;
    };
    let (Some(c0), Some(cl)) = (ctxs.get(p0), ctxs.get(pl)) else {
        return;
    };
    let (Some(f0), Some(fl)) = (attribution::frame(c0, s0), attribution::frame(cl, sl)) else {
        return;
    };
    let Some(start) = c0.spans.get(s0).map(|s| s.outer_start) else {
        return;
    };
    if after::named(cl, &fl) {
        return;
    }
    let pos = (p0, start);
    let single = group.len() == 1;
    let texts: Vec<(usize, usize, usize, String)> = group
        .iter()
        .filter_map(|&(p, si)| part_text(ctxs.get(p)?, p, si))
        .collect();
    let words: usize = texts.iter().map(|t| t.3.split_whitespace().count()).sum();
    let first_text = texts.first().map(|t| t.3.as_str()).unwrap_or_default();
    let capital = first_text
        .chars()
        .find(|ch| ch.is_alphanumeric())
        .is_some_and(|ch| ch.is_uppercase() || ch.is_numeric() || !ch.is_lowercase());
    let starts_sentence = f0.lo >= f0.open || c0.p.punct(f0.open.wrapping_sub(1)) == Some(':');
    // "X sagte: „…“ Laut Y …": a colon before the quote introduces it.
    // Unless the quote runs on into its own attribution ("…," the union
    // wrote).
    let soft_after = matches!(fl.last, Some(',' | '?' | '!'))
        || cl.p.punct(fl.after) == Some(',')
        || (cl.p.is_word(fl.after) && !cl.p.is_cap(fl.after));
    let intro = c0.p.punct(f0.open.wrapping_sub(1)) == Some(':') && f0.open > f0.lo && !soft_after;
    let left = || attribution::left(c0, &f0).map(|f| (c0, f));
    let right = || after::right(cl, &fl).map(|f| (cl, f));
    // "nennt den Vorgang „ein Musterbeispiel … .“ Ein Sprecher sagte":
    // a quote closing a sentence begun before it belongs to that
    // sentence's verb, not to the next sentence's.
    let embedded = single
        && !starts_sentence
        && !soft_after
        && c0.p.is_cap(f0.after)
        && !matches!(c0.p.punct(f0.open.wrapping_sub(1)), Some(',' | ':'));
    let inside = || attribution::within(c0, &f0).map(|f| (c0, f));
    let dashed = || {
        single
            .then(|| clause::dashed(c0, &f0))
            .flatten()
            .map(|f| (c0, f))
    };
    let first = if intro {
        left()
    } else if let Some(found) = dashed() {
        Some(found)
    } else if embedded {
        inside().or_else(right)
    } else {
        right()
    };
    let found = first
        .or_else(|| if intro { right() } else { left() })
        .or_else(|| {
            (single && !starts_sentence)
                .then(|| attribution::within(c0, &f0))
                .flatten()
                .map(|f| (c0, f))
        });
    // German capitalises every noun: a one-word quote with an attribution
    // in its sentence ("bezeichnete er als „Unsensibilität“") is no title.
    let noun = c0.v.german && words == 1 && found.is_some();
    if words == 0 || (title_like(first_text) && words <= 3 && !starts_sentence && !noun) {
        return;
    }
    let found = found.or_else(|| {
        single
            .then(|| dash::inside(c0, f0.open, f0.after))
            .flatten()
            .map(|f| (c0, f))
    });
    let found = found.or_else(|| {
        let fresh = capital && starts_sentence && mem.last_speaker(pos, 0).is_none();
        fresh
            .then(|| clause::previous_subject(c0, &f0, first_text))
            .flatten()
            .map(|f| (c0, f))
    });
    let (speaker, role, person) = match found {
        Some((c, f)) => speaker_of(c, f, pos, mem),
        None if capital && starts_sentence => {
            let name = mem.last_speaker(pos, CONTINUE_REACH);
            if name.is_none() && words < 8 {
                return;
            }
            let role = name.as_deref().and_then(|n| mem.role_of(n));
            let person = name.as_deref().is_some_and(|n| mem.is_person(n));
            (name, role, person)
        }
        None => return,
    };
    if let Some(s) = &speaker {
        mem.mention(pos, s, person, true);
        if let Some(r) = &role {
            mem.role(s, r);
        }
    }
    for (block, a, b, text) in texts {
        out.push(Quote {
            text,
            speaker: speaker.clone(),
            role: role.clone(),
            block: Some(block),
            start: a,
            end: b,
        });
    }
}

/// Whether a short quote reads like a title or a name: every word
/// capitalised ("Le Monde", "It's Our Time").
fn title_like(t: &str) -> bool {
    t.split_whitespace().all(|w| {
        w.chars()
            .find(|c| c.is_alphabetic())
            .is_none_or(char::is_uppercase)
    })
}

/// The quoted words of one part: `(paragraph, start, end, text)`, trimmed
/// of spaces and of the comma that closes a quote before its attribution.
fn part_text(c: &Ctx, p: usize, si: usize) -> Option<(usize, usize, usize, String)> {
    let s = c.spans.get(si)?;
    let chars = c.p.chars.get(s.inner_start..s.inner_end)?;
    let mut a = 0;
    let mut b = chars.len();
    while a < b && chars.get(a).is_some_and(|ch| ch.is_whitespace()) {
        a += 1;
    }
    while b > a
        && chars
            .get(b - 1)
            .is_some_and(|ch| ch.is_whitespace() || *ch == ',')
    {
        b -= 1;
    }
    if a >= b {
        return None;
    }
    let text: String = chars.get(a..b)?.iter().collect();
    Some((p, s.inner_start + a, s.inner_start + b, text))
}
