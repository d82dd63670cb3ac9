//! Dash-introduced speech, the dialogue form of Russian, Ukrainian and
//! Romance texts: `— Мы готовы, — сказал министр. — Начнём завтра.`
//! Input: a paragraph with no quotation marks that opens with a dash;
//! output: a quote per speech segment, kept only when a segment between
//! dashes carries a speech verb (bare interview turns are left alone).

use super::attribution::{self, Found};
use super::ctx::Ctx;
use super::memory::Memory;
use crate::model::Quote;

/// Whether token `i` is a dash standing alone (not a hyphen in a word).
fn dash(c: &Ctx, i: usize) -> bool {
    matches!(c.p.punct(i), Some('—' | '–' | '―' | '-'))
}

/// An attribution set between dashes inside the quotation marks (Italian
/// and Spanish usage): `"Nessuno ci obbliga - spiega Doug Hurley - e …"`.
/// `open` is the opening mark's token, `after` the first token after the
/// closing one; the segment must start with a speech verb.
pub(crate) fn inside(c: &Ctx, open: usize, after: usize) -> Option<Found> {
    let mut k = open + 1;
    while k < after {
        if dash(c, k) {
            let v = (k + 1..after).take(3).find(|&j| c.verb(j))?;
            let end = (v + 1..after).find(|&j| dash(c, j))?;
            // The words after the verb, read as a speaker's phrase (they
            // lie inside the marks, where subject phrases are not sought).
            let named = (v + 1..end).any(|j| c.p.is_cap(j) || c.p.is_caseless(j));
            return (named && end - v <= 10).then_some(Found::Np(v + 1, end));
        }
        k += 1;
    }
    None
}

/// Quotes of one dash-introduced paragraph.
pub(crate) fn paragraph(c: &Ctx, pi: usize, mem: &mut Memory, out: &mut Vec<Quote>) {
    if !c.spans.is_empty() || !dash(c, 0) {
        return;
    }
    // Segments between dashes: speech, remark, speech, ...
    let mut cuts = vec![0];
    cuts.extend((1..c.len()).filter(|&i| dash(c, i)).take(16));
    cuts.push(c.len());
    let segs: Vec<(usize, usize)> = cuts
        .windows(2)
        .filter_map(|w| Some((*w.first()? + 1, *w.get(1)?)))
        .collect();
    let Some(&(r_lo, r_hi)) = segs.get(1) else {
        return;
    };
    let Some(v) = (r_lo..r_hi).take(4).find(|&j| c.verb(j)) else {
        return;
    };
    let pos = (pi, 0);
    let found: Found = attribution::subject(c, v, r_lo, r_hi);
    let (speaker, role, person) = super::speaker_of(c, found, pos, mem);
    for (n, &(a, b)) in segs.iter().enumerate() {
        if n % 2 == 1 {
            continue;
        }
        let (Some(x), Some(y)) = (c.p.tok(a), b.checked_sub(1).and_then(|l| c.p.tok(l))) else {
            continue;
        };
        let mut end = y.end;
        while end > x.start
            && c.p
                .chars
                .get(end - 1)
                .is_some_and(|ch| *ch == ',' || ch.is_whitespace())
        {
            end -= 1;
        }
        if end <= x.start {
            continue;
        }
        out.push(Quote {
            text: c.p.slice(x.start, end),
            speaker: speaker.clone(),
            role: role.clone(),
            block: Some(pi),
            start: x.start,
            end,
        });
    }
    if let Some(s) = &speaker {
        mem.mention(pos, s, person, true);
    }
}
