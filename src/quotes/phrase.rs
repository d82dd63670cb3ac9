//! Noun phrases around a speech verb: the subject written before it
//! ("Clinton campaign spokesman Brian Fallon said"), after it ("a déclaré
//! le ministre", "sagte der Sprecher", "сказал ему следователь") or at the
//! start of the sentence (German verb-second clauses). Every walk is
//! bounded, so a paragraph costs linear time whatever it holds.

use super::ctx::Ctx;

/// Longest noun phrase read, in tokens.
const MAX_NP: usize = 10;

/// German articles that continue a noun phrase after its noun (genitive:
/// "der Sprecher des Weißen Hauses"); the others start a new phrase
/// ("Heidemarie Wieczorek-Zeul | das Handtuch").
const GENITIVE: &[&str] = &["des", "der", "eines", "einer"];

/// Words that open a clause and so end an apposition (prepositions do not:
/// "an analyst at the bank").
const CLAUSE: &[&str] = &[
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "when",
    "while",
    "where",
    "because",
    "although",
    "though",
    "if",
    "and",
    "but",
    "or",
    "que",
    "qu'",
    "qui",
    "quand",
    "lorsque",
    "dont",
    "où",
    "et",
    "mais",
    "dass",
    "weil",
    "wenn",
    "und",
    "aber",
    "oder",
    "что",
    "который",
    "которая",
    "и",
    "но",
    "che",
    "e",
    "ma",
    "y",
    "pero",
    "mas",
    "ou",
];

/// Relative pronouns that open a clause after a person's name.
const RELATIVE: &[&str] = &["who", "whose", "qui", "который", "которая", "quien"];

/// Whether the lower-case word `w` opens a subordinate clause ("that",
/// "who", "because", "dass", ...), which ends a noun phrase.
pub(crate) fn opens_clause(w: &str) -> bool {
    CLAUSE.contains(&w) && !matches!(w, "and" | "und" | "et" | "e" | "y" | "и")
}

/// The subject written just before token `v`, not before token `lo`.
pub(crate) fn before(c: &Ctx, v: usize, lo: usize) -> Option<(usize, usize)> {
    let mut end = v;
    let mut g = 0;
    while end > lo && c.skip(end - 1) && g < 4 {
        end -= 1;
        g += 1;
    }
    let t = end.checked_sub(1).filter(|t| *t >= lo)?;
    if c.in_quote(t) {
        return None;
    }
    if c.pron(t) || c.other_pron(t) {
        return Some((t, end));
    }
    if c.p.punct(t) == Some(',') {
        return apposition_before(c, t, lo);
    }
    if c.p.is_caseless(t) {
        let mut k = end;
        while k > lo && end - k < 4 && c.p.is_word(k - 1) && !c.stop(k - 1) && !c.verb(k - 1) {
            k -= 1;
        }
        return (k < end).then_some((k, end));
    }
    let np = if c.p.is_cap(t) || (c.p.punct(t) == Some('.') && t > lo && c.honorific(t - 1)) {
        let a = extend_before(c, run_before(c, end, lo)?, lo);
        Some((head_before(c, a, lo), end))
    } else if c.p.is_word(t) && !c.stop(t) && !c.verb(t) {
        common_before(c, end, lo)
    } else {
        None
    };
    np.map(|(a, b)| participle_head(c, a, lo).unwrap_or((a, b)))
}

/// "Marchers walking through the town chanted": a phrase after a
/// participle and its preposition is the participle's complement; the
/// subject is the noun phrase before the participle (English).
fn participle_head(c: &Ctx, a: usize, lo: usize) -> Option<(usize, usize)> {
    let (prep, part) = (a.checked_sub(1)?, a.checked_sub(2)?);
    let w = c.w(part);
    let participle = c.p.is_word(part)
        && !c.p.is_cap(part)
        && (w.ends_with("ing") || w.ends_with("ed"))
        && !c.stop(part)
        && !c.verb(part)
        && !c.in_quote(part);
    let is_prep = c.p.is_word(prep) && c.stop(prep) && !c.connector(prep) && !c.det(prep);
    if !c.v.english || !participle || !is_prep || part <= lo {
        return None;
    }
    let t = part - 1;
    if !c.p.is_word(t) || c.stop(t) || c.verb(t) || c.in_quote(t) {
        return None;
    }
    if c.p.is_cap(t) {
        let a = extend_before(c, run_before(c, part, lo)?, lo);
        Some((a, part))
    } else {
        common_before(c, part, lo)
    }
}

/// "the Commission on Presidential Debates announced": a name after a
/// preposition is the complement of the head before it; the phrase starts
/// at that head (token `a` starts the name).
fn head_before(c: &Ctx, a: usize, lo: usize) -> usize {
    let p = match a.checked_sub(1) {
        Some(p) if p > lo => p,
        _ => return a,
    };
    let prep = c.p.is_word(p) && c.stop(p) && !c.connector(p) && !c.det(p) && !c.in_quote(p);
    if !prep || !c.p.is_word(p - 1) || c.verb(p - 1) || c.stop(p - 1) || c.in_quote(p - 1) {
        return a;
    }
    let head = if c.p.is_cap(p - 1) {
        run_before(c, p, lo).map(|h| extend_before(c, h, lo))
    } else {
        common_before(c, p, lo).map(|(h, _)| h)
    };
    head.unwrap_or(a)
}

/// "Scott Pruitt, the attorney general of Oklahoma, said": the name
/// before the apposition that ends at the comma `t`.
fn apposition_before(c: &Ctx, t: usize, lo: usize) -> Option<(usize, usize)> {
    // "Aparna Mathur, who studies tax policy, said": a relative clause
    // between commas; the name (with its role) before it.
    let comma = (lo..t).rev().take(30).find(|&k| c.p.punct(k) == Some(','));
    if let Some(k) = comma.filter(|&k| RELATIVE.contains(&c.w(k + 1))) {
        let inside = (k + 1..t).any(|j| c.in_quote(j));
        if let Some(a) = run_before(c, k, lo).filter(|_| !inside) {
            return Some((extend_before(c, a, lo), k));
        }
    }
    let mut k = t;
    while k > lo && t - k < 14 {
        k -= 1;
        if c.p.punct(k) == Some(',') {
            let a = run_before(c, k, lo)?;
            return Some((a, t));
        }
        if c.in_quote(k) || c.verb(k) || (c.stop(k) && !c.connector(k)) {
            return None;
        }
    }
    None
}

/// Start of the run of name tokens ending at `end` (exclusive).
fn run_before(c: &Ctx, end: usize, lo: usize) -> Option<usize> {
    let mut k = end;
    while k > lo {
        let j = k - 1;
        let initial = c.p.punct(j) == Some('.')
            && j > lo
            && (c.honorific(j - 1) || (c.p.is_cap(j - 1) && c.w(j - 1).chars().count() == 1));
        let joins = (c.connector(j) || c.det(j)) && k < end && j > lo && c.p.is_word(j - 1);
        if c.name_word(j) || c.honorific(j) || initial || joins {
            k = j;
        } else {
            break;
        }
    }
    while k < end && !c.name_word(k) && !c.honorific(k) {
        k += 1;
    }
    (k < end).then_some(k)
}

/// Extend a name back over its role ("German Chancellor", "Clinton
/// campaign spokesman", "le ministère russe de la"): kept only when the
/// words include a role or an organisation word, or the name is their
/// complement ("... de la Défense").
fn extend_before(c: &Ctx, a: usize, lo: usize) -> usize {
    let complement = a > lo && (c.connector(a - 1) || c.det(a - 1));
    let mut k = a;
    let mut useful = false;
    while k > lo && a - k < 6 {
        let j = k - 1;
        if c.p.punct(j) == Some('.') && j > lo && c.role(j - 1) {
            k = j;
            continue;
        }
        let blocked = !c.p.is_word(j)
            || c.in_quote(j)
            || c.verb(j)
            || c.pron(j)
            || c.other_pron(j)
            || c.skip(j)
            || (c.stop(j) && !c.connector(j) && !c.det(j));
        if blocked {
            break;
        }
        k = j;
        useful |= c.role(j) || c.v.org_words.has(c.w(j));
        if c.det(j) && !(j > lo && c.connector(j - 1)) {
            break;
        }
    }
    if useful || complement {
        k
    } else {
        a
    }
}

/// A lower-case subject ("the source", "sources", "следователь").
fn common_before(c: &Ctx, end: usize, lo: usize) -> Option<(usize, usize)> {
    let mut k = end;
    let mut det = false;
    while k > lo && end - k < 6 {
        let j = k - 1;
        if !c.p.is_word(j) || c.in_quote(j) || c.verb(j) || (c.stop(j) && !c.det(j)) {
            break;
        }
        k = j;
        if c.det(j) {
            det = true;
            if !(j > lo && c.connector(j - 1)) {
                break;
            }
        }
    }
    if !det && !c.v.dets.is_empty() {
        k = k.max(end.saturating_sub(2));
    }
    (k < end).then_some((k, end))
}

/// The subject written after the verb, from token `from`, not reaching
/// `hi`: a pronoun, or a noun phrase with an optional apposition.
pub(crate) fn after(c: &Ctx, from: usize, hi: usize) -> Option<(usize, usize)> {
    let mut k = from;
    let mut g = 0;
    while k < hi && c.skip(k) && g < 3 {
        k += 1;
        g += 1;
    }
    if k >= hi || c.in_quote(k) || !c.p.is_word(k) {
        return None;
    }
    // "said 9/11 widow Terry Strada": a number modifies the noun after it.
    let numeric = |j: usize| c.w(j).chars().all(|ch| ch.is_ascii_digit());
    let mut j = k;
    while j < hi && j - k < 6 && (numeric(j) || matches!(c.p.punct(j), Some('/' | '-'))) {
        j += 1;
    }
    if j > k && j < hi && c.p.is_word(j) && !c.in_quote(j) && !numeric(j) {
        k = j;
    }
    if c.pron(k) || c.other_pron(k) {
        return Some((k, k + 1));
    }
    if (c.stop(k) && !c.det(k)) || c.verb(k) || c.skip(k) {
        return None;
    }
    // German nouns and names are capitalised: a lower-case word opens no
    // subject ("worden", "schiesse").
    if c.v.german && !(c.p.is_cap(k) || c.det(k) || c.role(k)) {
        return None;
    }
    let start = k;
    let english = c.v.english;
    let mut seen_cap = false;
    // German: after a capitalised noun, lower-case words only follow an
    // article ("der Sprecher der deutschen Botschaft").
    let mut chain = false;
    while k < hi && k - start < MAX_NP && !c.in_quote(k) {
        if let Some(ch) = c.p.punct(k) {
            let abbrev = ch == '.'
                && k > start
                && (c.honorific(k - 1) || c.role(k - 1) || c.w(k - 1).chars().count() == 1)
                && c.p.is_cap(k + 1);
            if abbrev {
                k += 1;
                continue;
            }
            break;
        }
        let cap = c.p.is_cap(k);
        let stop = (c.stop(k) && !c.connector(k) && !(k == start && c.det(k)))
            || (k > start && (c.verb(k) || c.skip(k)))
            || (cap && k > start && c.v.not_names.has(c.w(k)))
            || (english && seen_cap && !cap && !c.connector(k) && !c.role(k))
            || (c.v.german && seen_cap && !cap && !chain && !c.det(k) && !c.connector(k))
            || (c.v.german && seen_cap && c.det(k) && !GENITIVE.contains(&c.w(k)));
        if stop {
            break;
        }
        chain = !cap && (c.det(k) || c.connector(k) || chain);
        seen_cap |= cap && !c.det(k);
        k += 1;
    }
    while k > start && (c.connector(k - 1) || c.det(k - 1)) {
        k -= 1;
    }
    if k == start {
        return None;
    }
    Some(with_apposition(c, start, k, hi))
}

/// Extend `[start, k)` over ", the attorney general of Oklahoma".
pub(crate) fn with_apposition(c: &Ctx, start: usize, k: usize, hi: usize) -> (usize, usize) {
    let j = k + 1;
    if c.p.punct(k) != Some(',') || j >= hi {
        return (start, k);
    }
    let opens = c.det(j)
        || c.role(j)
        || (c.p.is_word(j) && !c.p.is_cap(j) && !c.stop(j) && !c.verb(j) && !c.pron(j));
    if !opens {
        return (start, k);
    }
    let mut e = j;
    while e < hi && e - j < 12 {
        let blocked = c.p.punct(e).is_some()
            || c.in_quote(e)
            || c.verb(e)
            || (e > j && CLAUSE.contains(&c.w(e)));
        if blocked {
            break;
        }
        e += 1;
    }
    // An apposition is closed (a comma, the sentence's end, a verb, a
    // quote); twelve words running into a dash are a clause ("warnte der
    // Gesandte, jede Verletzung des Völkerrechts … – darunter die USA").
    let closed = e >= hi || (e - j < 12 && c.p.punct(e).is_none_or(|p| ",.;:)!?".contains(p)));
    if e > j && closed {
        (start, e)
    } else {
        (start, k)
    }
}

/// The subject at the start of the clause beginning at `lo` (German
/// verb-second sentences, "Medvedev ... und sagte:"), before `hi`.
pub(crate) fn initial(c: &Ctx, lo: usize, hi: usize) -> Option<(usize, usize)> {
    let mut k = lo;
    while k < hi && (c.p.punct(k).is_some() || (c.v.not_names.has(c.w(k)) && !c.pron(k))) {
        k += 1;
    }
    if k >= hi {
        return None;
    }
    // German verb second: "Zugleich verteidigte sie …": after an adverb
    // and the verb, the subject ("Auch Frankreich schlug": no verb there).
    if c.v.german && c.v.skip.has(c.w(k)) && k + 2 < hi && c.p.is_word(k + 1) && !c.p.is_cap(k + 1)
    {
        k += 2;
    }
    if !(c.pron(k) || c.det(k) || c.p.is_cap(k) || c.honorific(k) || c.role(k)) {
        return None;
    }
    after(c, k, hi)
}
