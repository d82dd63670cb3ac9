//! Clause-level subjects: the noun phrase that fills a German
//! verb-second clause before its verb ("Der türkische Verkehrsminister,
//! Binali Yildirim, charakterisierte"), and the subject of an English main
//! clause a participle continues ("During a speech, Trump attacked
//! Clinton, saying"), and the source written when the subject names no
//! one ("heißt es in dem Schreiben", "в Министерстве заявили"), and the
//! speaker of a quote set off by dashes. Every walk is bounded by its
//! clause.

use super::attribution::{Found, Frame};
use super::ctx::Ctx;
use super::phrase;
use super::speaker::{self, name_runs, org_run as speaker_org};

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

/// Subjects that name no one, and the source written instead: a Russian
/// relative pronoun ("фразой, которой охарактеризовал") or impersonal
/// plural ("в Министерстве заявили"), a German expletive ("heißt es in
/// dem Schreiben"). `np` is the subject found for the verb `v` in
/// `[lo, hi)`; `None` keeps it.
pub(crate) fn source(
    c: &Ctx,
    v: usize,
    lo: usize,
    hi: usize,
    np: Option<(usize, usize)>,
) -> Option<Found> {
    if let Some((a, b)) = super::german::relative_document(c, v, lo) {
        return Some(Found::Source(a, b));
    }
    let russian = matches!(c.v.lang.as_str(), "ru" | "uk");
    // "фразой, которой охарактеризовал": a relative pronoun is no
    // speaker; the person the clause is about is.
    if russian && np.is_some_and(|(a, b)| b == a + 1 && c.w(a).starts_with("котор")) {
        let s = c.sentence_start(v);
        // From the first name's given name ("Однажды Борис Пастернак").
        let named = speaker::name_runs(c, s, v).into_iter().find_map(|(a, b)| {
            let g = (a..b).find(|&g| super::gender::is_given(c.w(g)))?;
            (b >= g + 2 && !speaker::org_run(c, g, b)).then_some((g, b))
        });
        if let Some((a, b)) = named {
            return Some(Found::Np(a, b));
        }
    }
    // "в Министерстве заявили": an impersonal plural names its source
    // with "в".
    if russian && np.is_none() && c.w(v).ends_with("ли") {
        let k = (lo..hi).find(|&k| matches!(c.w(k), "в" | "во") && !c.in_quote(k));
        if let Some((a, b)) = k.and_then(|k| phrase::after(c, k + 1, hi)) {
            return Some(Found::Np(a, b));
        }
    }
    // "So heißt es in dem Schreiben": the expletive "es" names no one;
    // the document does.
    if c.v.german && np.is_some_and(|(a, b)| b == a + 1 && c.w(a) == "es") {
        // "heißt es in …", or "In einem Papier … heißt es".
        let is_in = |k: &usize| c.w(*k) == "in" && !c.in_quote(*k);
        let k = (v + 1..hi).find(is_in).or_else(|| (lo..v).find(is_in));
        let source = k.and_then(|k| phrase::after(c, k + 1, hi));
        return Some(source.map_or(Found::Implicit, |(a, b)| Found::Np(a, b)));
    }
    None
}

/// A quote set off by dashes inside a sentence: after a person's name it
/// is what that person said ("the former mayor Ann Lee -- “…” -- and
/// …"); in an English participle clause ("Lee dodged, calling the plan a
/// joke -- “…” --") it is the main clause subject's.
pub(crate) fn dashed(c: &Ctx, f: &Frame) -> Option<Found> {
    let dash = |k: usize| matches!(c.p.punct(k), Some('-' | '–' | '—'));
    let mut j = f.open;
    while j > f.lo && dash(j - 1) {
        j -= 1;
    }
    let closes = f.after >= f.hi || dash(f.after) || c.p.punct(f.after) == Some(',');
    if j == f.open || j <= f.lo || !f.closed || !closes {
        return None;
    }
    let t = j - 1;
    if c.name_word(t) && !speaker_org(c, t, j) {
        let (a, b) = phrase::before(c, j, f.lo)?;
        return Some(Found::Np(a, b));
    }
    let participle = (f.lo + 1..t).rev().find(|&k| {
        c.p.punct(k - 1) == Some(',')
            && c.w(k).ends_with("ing")
            && c.p.is_word(k)
            && !c.p.is_cap(k)
            && !c.in_quote(k)
    });
    let p = participle.filter(|_| c.v.english)?;
    let (a, b) = clause_subject(c, c.sentence_start(p), p)?;
    Some(Found::Np(a, b))
}

/// First-person words that mark a quote as its own speaker's words.
const FIRST_PERSON: &[&str] = &[
    "wir", "ich", "uns", "unser", "unsere", "we", "i", "our", "us", "nous", "je", "мы", "я",
];

/// "Die SPD will festhalten. „Wir wollen …“": an unattributed quote in the
/// first person, opening the sentence after one whose subject is an
/// organisation or a person named in full, is that subject's.
pub(crate) fn previous_subject(c: &Ctx, f: &Frame, quote: &str) -> Option<Found> {
    let first = quote.split_whitespace().take(12).any(|w| {
        let w = w
            .trim_matches(|ch: char| !ch.is_alphanumeric())
            .to_lowercase();
        FIRST_PERSON.contains(&w.as_str())
    });
    if !first || f.open != f.lo || f.lo == 0 {
        return None;
    }
    let (ps, pe) = (c.sentence_start(f.lo - 1), f.lo);
    if (ps..pe).any(|k| c.in_quote(k)) {
        return None;
    }
    // "Europapolitik: Die SPD will …": after a heading's colon.
    let ps = (ps..pe)
        .rfind(|&k| c.p.punct(k) == Some(':'))
        .map_or(ps, |k| k + 1);
    let (a, b) = phrase::initial(c, ps, pe)?;
    let named = speaker_org(c, a, b) || name_runs(c, a, b).iter().any(|&(x, y)| y >= x + 2);
    named.then_some(Found::Np(a, b))
}
