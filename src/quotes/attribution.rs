//! Stage 3: attribution. Input: a paragraph and one of its quoted spans;
//! output: where its speaker is written ([`Found`]). The forms read:
//!
//! - after the quote: `"…," said X` / `"…," X said` / `« … », a déclaré X` /
//!   `« … », a-t-il ajouté` / `„…“, so X` / `"…" – сказал X` / `"…" ― X` /
//!   `"…", X szerint` (read in `after.rs`);
//! - before it: `X said: "…"` / `X, role : « … »` (no verb: the seed's
//!   form) / `Dazu sagte X: „…“` / `According to X, "…"` / `selon X` /
//!   `laut X` / `по словам X` / `σύμφωνα με X` / `به گفته X`;
//! - around a partial quote: the nearest speech verb of its sentence.

use super::clause;
use super::ctx::Ctx;
use super::german;
use super::marks::Span;
use super::phrase;
use super::speaker;

/// Where the speaker of a quote is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Found {
    /// Tokens `[a, b)` of the paragraph.
    Np(usize, usize),
    /// A French inverted pronoun (`a-t-il`): the last person named.
    Pronoun(Option<super::gender::Gender>),
    /// A speech verb with no subject: the last speaker.
    Implicit,
    /// Tokens `[a, b)` name a document or medium, read whole ("eine kurze
    /// Stellungnahme", "Berichte der Zeitung"), never split into a name
    /// and a role.
    Source(usize, usize),
}

/// A quoted span seen as tokens, with the bounds of its sentence frame.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frame {
    /// First token of the left frame (sentence start or previous quote).
    pub lo: usize,
    /// The opening mark's token.
    pub open: usize,
    /// First token after the closing mark.
    pub after: usize,
    /// One past the right frame (sentence end or next quote).
    pub hi: usize,
    /// Whether the quote closes in this paragraph.
    pub closed: bool,
    /// The last quoted character that is not a space or a closing mark.
    pub last: Option<char>,
}

/// The frame of the `si`-th top-level span of `c`.
pub(crate) fn frame(c: &Ctx, si: usize) -> Option<Frame> {
    let s: Span = *c.spans.get(si)?;
    let open = c.p.tok_at(s.outer_start);
    let after = c.p.tok_at(s.outer_end);
    let prev_after = si
        .checked_sub(1)
        .and_then(|j| c.spans.get(j))
        .map_or(0, |p| c.p.tok_at(p.outer_end));
    let next_open = c
        .spans
        .get(si + 1)
        .map_or(c.len(), |n| c.p.tok_at(n.outer_start));
    let last = c.p.chars.get(s.inner_start..s.inner_end).and_then(|cs| {
        // "… ‘super predator,’”: the comma inside a closing inner
        // quote still ends the quote softly.
        cs.iter()
            .rev()
            .find(|ch| !ch.is_whitespace() && !"’'\"”»›".contains(**ch))
            .copied()
    });
    Some(Frame {
        lo: prev_after.max(c.sentence_start(open)),
        open,
        after,
        hi: next_open.min(c.sentence_stop(after)),
        closed: s.closed,
        last,
    })
}

/// "According to" at token `k`: the index after the phrase.
pub(super) fn according_at(c: &Ctx, k: usize) -> Option<usize> {
    c.v.according.iter().find_map(|ph| {
        let hit = ph.iter().enumerate().all(|(n, w)| c.w(k + n) == *w);
        (hit && !ph.is_empty()).then_some(k + ph.len())
    })
}

/// The source of an "according to" phrase inside `[a, b)`.
fn according_in(c: &Ctx, a: usize, b: usize) -> Option<Found> {
    let k = (a..b).find(|&k| !c.in_quote(k) && according_at(c, k).is_some())?;
    let e = according_at(c, k)?;
    let np = phrase::after(c, e, b)?;
    Some(Found::Np(np.0, np.1))
}

/// A postposition ("X zufolge", "X'e göre", "X szerint") inside `[a, b)`.
pub(super) fn postposition_in(c: &Ctx, a: usize, b: usize) -> Option<Found> {
    let k = (a..b).find(|&k| !c.in_quote(k) && c.p.is_word(k) && c.v.after.has(c.w(k)))?;
    let (x, y) = phrase::before(c, k, a)?;
    Some(Found::Np(x, y))
}

/// The subject of the speech verb `v`, looked for within `[lo, hi)`.
pub(crate) fn subject(c: &Ctx, v: usize, lo: usize, hi: usize) -> Found {
    let np = if c.v.german {
        // Verb second: the subject fills the slot before the verb, or
        // follows it when an adverb or a phrase took that slot; after "und"
        // it is the sentence's first subject.
        let coordinated = v > lo && matches!(c.w(v - 1), "und" | "aber" | "doch" | "sondern");
        if let Some(np) = german::attributive(c, v, lo) {
            Some(np)
        } else if coordinated {
            phrase::initial(c, lo, v)
        } else if c.w(v).starts_with("zitier") {
            // "X zitiert Y mit den Worten": Y spoke; "Y wird … zitiert".
            phrase::after(c, v + 1, hi).or_else(|| phrase::initial(c, lo, v))
        } else {
            let pre = clause::to_verb(c, lo, v);
            let post = phrase::after(c, v + 1, hi);
            // "Der Zeitung sagte Filep Karma": a dative phrase before the
            // verb, the person after it.
            let personal = |np: Option<(usize, usize)>| {
                np.is_some_and(|(a, b)| {
                    c.pron(a)
                        || speaker::name_runs(c, a, b)
                            .iter()
                            .any(|&(x, y)| !speaker::org_run(c, x, y))
                })
            };
            if pre.is_some() && !personal(pre) && personal(post) {
                post
            } else {
                pre.or(post).or_else(|| phrase::initial(c, lo, v))
            }
        }
    } else if c.v.english && v > lo && c.p.punct(v - 1) == Some(',') && c.w(v).ends_with("ing") {
        // "Trump attacked Clinton, saying, …": the main clause's subject.
        // The sentence's own start: an earlier quote in the sentence ("--
        // “…” -- and, when asked, asserting, “…”") bounds the frame, not
        // the clause.
        clause::clause_subject(c, lo, v)
            .or_else(|| clause::clause_subject(c, c.sentence_start(v), v))
            .or_else(|| phrase::before(c, v, lo))
            .or_else(|| phrase::after(c, v + 1, hi))
    } else {
        phrase::before(c, v, lo)
            .or_else(|| coordinated(c, v, lo))
            .or_else(|| phrase::after(c, v + 1, hi))
            .or_else(|| phrase::initial(c, lo, v))
    };
    // A subject never reaches into a quotation ("…, die von einem „großen
    // Schritt“ sprach": the quoted noun is no one's name).
    let np = np.filter(|&(a, b)| !(a..b).any(|k| c.in_quote(k)));
    if let Some(found) = clause::source(c, v, lo, hi, np) {
        return found;
    }
    np.map_or(Found::Implicit, |(a, b)| Found::Np(a, b))
}

/// English "I laughed and said" / "Lee smiled and said": the subject of
/// the first of two coordinated verbs (a pronoun or a name).
fn coordinated(c: &Ctx, v: usize, lo: usize) -> Option<(usize, usize)> {
    if !c.v.english || v < lo + 2 || c.w(v - 1) != "and" {
        return None;
    }
    let mut k = v - 1;
    while k > lo && v - k < 5 {
        let t = k - 1;
        if c.pron(t) || c.other_pron(t) {
            return Some((t, t + 1));
        }
        if c.name_word(t) {
            return phrase::before(c, t + 1, lo);
        }
        if !c.p.is_word(t) || c.p.is_cap(t) || c.stop(t) || c.in_quote(t) {
            return None;
        }
        k = t;
    }
    None
}

/// Attribution written before the quote.
pub(crate) fn left(c: &Ctx, f: &Frame) -> Option<Found> {
    let (lo, e) = (f.lo, f.open);
    if e <= lo {
        return None;
    }
    if let Some((a, b)) = german::document_before(c, lo, e) {
        return Some(Found::Source(a, b));
    }
    let last = e - 1;
    let colon = c.p.punct(last) == Some(':');
    let comma = c.p.punct(last) == Some(',');
    if colon || comma {
        let v = (lo..last)
            .rev()
            .take(40)
            .find(|&j| c.verb(j) && !c.in_quote(j));
        match v {
            // "Как заявили … в Министерстве, «…»": an "as … said" clause.
            Some(v) if colon || v + 3 >= last || (v > lo && c.w(v - 1) == "как") => {
                return Some(subject(c, v, lo, last));
            }
            // "X schloss sich … mit den Worten an:" / "… folgendermaßen:":
            // the clause's subject.
            None if colon && c.v.german && introduces(c, lo, last) => {
                if let Some((a, b)) = phrase::initial(c, lo, last) {
                    return Some(Found::Np(a, b));
                }
            }
            None if colon && last - lo <= 14 => {
                let named = (lo..last).any(|j| c.p.is_cap(j) || c.p.is_caseless(j));
                let clause = (lo..last).any(|j| c.stop(j) && !c.connector(j) && !c.det(j));
                if named && !clause {
                    return Some(Found::Np(lo, last));
                }
            }
            _ => {}
        }
    }
    if let Some(found) = according_in(c, lo, e) {
        return Some(found);
    }
    let mut j = last;
    while j > lo && c.p.punct(j) == Some(',') {
        j -= 1;
    }
    if c.verb(j) {
        return Some(subject(c, j, lo, e));
    }
    None
}

/// Whether `[lo, hi)` announces a quotation in German ("mit den Worten",
/// "mit folgenden Worten", "folgendermaßen", "wie folgt").
fn introduces(c: &Ctx, lo: usize, hi: usize) -> bool {
    (lo..hi).any(|j| {
        matches!(c.w(j), "worten" | "folgendermaßen" | "folgende")
            || (c.w(j) == "wie" && c.w(j + 1) == "folgt")
    })
}

/// Attribution of a quote inside a sentence: "according to" anywhere in
/// it, else the nearest speech verb before the quote, else after it.
pub(crate) fn within(c: &Ctx, f: &Frame) -> Option<Found> {
    let (s_lo, s_hi) = (c.sentence_start(f.open), c.sentence_stop(f.after));
    if let Some((a, b)) = german::denied_claim(c, s_lo, f.open) {
        return Some(Found::Source(a, b));
    }
    if let Some(found) = according_in(c, s_lo, f.open).or_else(|| according_in(c, f.after, s_hi)) {
        return Some(found);
    }
    if let Some(found) = postposition_in(c, s_lo, f.open) {
        return Some(found);
    }
    let before = (s_lo..f.open)
        .rev()
        .take(60)
        .find(|&j| c.verb(j) && !c.in_quote(j));
    if let Some(v) = before {
        return Some(subject(c, v, s_lo, f.open));
    }
    let after = (f.after..s_hi)
        .take(60)
        .find(|&j| c.verb(j) && !c.in_quote(j));
    if let Some(v) = after {
        return Some(subject(c, v, f.after, s_hi));
    }
    // German reported speech is marked by the subjunctive (Konjunktiv I):
    // "Die Lage sei „kritisch“" continues the last speaker.
    let reported = c.v.german
        && (s_lo..s_hi)
            .take(80)
            .any(|j| !c.in_quote(j) && KONJUNKTIV.contains(&c.w(j)));
    reported.then_some(Found::Implicit)
}

/// German subjunctive forms that mark reported speech.
const KONJUNKTIV: &[&str] = &[
    "sei", "seien", "habe", "hätten", "hätte", "werde", "würden", "könne", "müsse", "solle",
    "gebe", "stehe", "liege", "gehe", "wolle", "dürfe", "bleibe", "komme",
];
