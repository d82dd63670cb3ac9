//! Clause-level subjects: the noun phrase that fills a German
//! verb-second clause before its verb ("Der türkische Verkehrsminister,
//! Binali Yildirim, charakterisierte"), and the subject of an English main
//! clause a participle continues ("During a speech, Trump attacked
//! Clinton, saying"). Both walks are bounded by their clause.

use super::ctx::Ctx;
use super::speaker::{name_runs, org_run as speaker_org};

/// German conjunctions that open a clause (the other stops are
/// prepositions).
const GERMAN_CLAUSE: &[&str] = &[
    "dass", "daß", "und", "oder", "aber", "weil", "wenn", "als", "ob", "nachdem", "bevor",
    "während", "wie", "dies", "indem",
];

/// German: the noun phrase filling `[lo, v)` entirely, the subject of a
/// verb-second clause ("Der türkische Verkehrsminister, Binali Yildirim,
/// charakterisierte"); `None` when an adverb or a phrase stands there.
pub(crate) fn to_verb(c: &Ctx, lo: usize, v: usize) -> Option<(usize, usize)> {
    let mut end = v;
    while end > lo && c.skip(end - 1) {
        end -= 1;
    }
    // ", wie X sagte" / ", so X": the clause after the last comma.
    let mut lo = lo;
    if let Some(k) = (lo..end).rev().find(|&k| c.p.punct(k) == Some(',')) {
        if matches!(c.w(k + 1), "wie" | "so" | "als") {
            lo = k + 2;
        }
    }
    if end <= lo || end - lo > 25 {
        return None;
    }
    let first_ok = c.pron(lo) || c.det(lo) || c.honorific(lo) || c.role(lo) || c.name_word(lo);
    if !first_ok || (end - lo == 1 && !c.pron(lo) && !c.name_word(lo)) {
        return None;
    }
    let np_ish = (lo..end).all(|k| {
        let and = c.w(k) == "und" && c.p.is_cap(k + 1) && k > lo && c.p.is_cap(k - 1);
        if let Some(ch) = c.p.punct(k) {
            return matches!(ch, ',' | '(' | ')' | '.' | '-' | '–') || c.in_quote(k);
        }
        // "Der Vorsitzende des Verbands in Deutschland, …": a preposition
        // before a capitalised word or an article stays in the phrase.
        let prep = k > lo
            && c.stop(k)
            && !GERMAN_CLAUSE.contains(&c.w(k))
            && (c.p.is_cap(k + 1) || c.det(k + 1));
        c.in_quote(k)
            || and
            || prep
            || !(c.verb(k) || c.skip(k) || (c.stop(k) && !c.det(k) && !c.connector(k)))
    });
    np_ish.then_some((lo, end))
}

/// The subject of the clause starting at `lo` (before `hi`): its first
/// pronoun, or its first run of name tokens that does not follow a
/// preposition ("During a speech, Trump attacked Clinton, saying").
pub(crate) fn clause_subject(c: &Ctx, lo: usize, hi: usize) -> Option<(usize, usize)> {
    let oblique = |k: usize| {
        let mut j = k;
        while j > lo
            && (c.det(j - 1)
                || (c.p.is_word(j - 1) && !c.p.is_cap(j - 1) && !c.stop(j - 1) && !c.verb(j - 1)))
            && k - j < 4
        {
            j -= 1;
        }
        j > lo && c.stop(j - 1) && !c.connector(j - 1)
    };
    let mut k = lo;
    while k < hi {
        if c.in_quote(k) || c.verb(k) {
            return None;
        }
        if c.pron(k) {
            return Some((k, k + 1));
        }
        if c.name_word(k) || c.honorific(k) {
            let (a, b) = name_runs(c, k, hi).first().copied()?;
            if !oblique(a) && !speaker_org(c, a, b) {
                return Some((a, b));
            }
            k = b;
            continue;
        }
        k += 1;
    }
    None
}
