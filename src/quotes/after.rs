//! Attribution written after the quote: `"…," said X` / `"…," X said` /
//! `« … », a déclaré X` / `« … », a-t-il ajouté` / `„…“, so X` /
//! `„…“, hatte X erklärt` / `"…" – сказал X` / `"…" ― X` / `"…", X szerint`.

use super::attribution::{according_at, postposition_in, Found, Frame};
use super::ctx::Ctx;
use super::phrase;

/// The gender of a French inverted subject (`dit-il`, `a-t-elle`).
fn inverted_gender(c: &Ctx, i: usize) -> Option<super::gender::Gender> {
    c.w(i)
        .rsplit('-')
        .next()
        .and_then(super::gender::of_pronoun)
}

/// Attribution written after the quote.
pub(crate) fn right(c: &Ctx, f: &Frame) -> Option<Found> {
    if !f.closed {
        return None;
    }
    let hi = f.hi;
    let mut k = f.after;
    let mut sep = false;
    let mut dash = false;
    while k < hi && matches!(c.p.punct(k), Some(',' | '—' | '–' | '-' | '―' | '(')) {
        dash |= c.p.punct(k) != Some(',');
        sep = true;
        k += 1;
    }
    if k >= hi || c.in_quote(k) {
        return None;
    }
    let soft = sep
        || matches!(f.last, Some(',' | '?' | '!' | '…'))
        || (c.p.is_word(k) && !c.p.is_cap(k))
        || c.p.is_caseless(k);
    if let Some(e) = according_at(c, k).filter(|_| soft) {
        return phrase::after(c, e, hi).map(|(a, b)| Found::Np(a, b));
    }
    if c.v.german && sep && c.w(k) == "so" {
        // "„…“, so X" / "„…“, so charakterisierte ihn der Funktionär X":
        // the subject follows the verb and its object pronoun.
        let mut s = k + 1;
        if c.verb(s) {
            s += 1;
            while s < hi && OBJECT_PRON.contains(&c.w(s)) {
                s += 1;
            }
        }
        return phrase::after(c, s, hi).map(|(a, b)| Found::Np(a, b));
    }
    let mut v = k;
    while v < hi && v < k + 3 && c.skip(v) {
        v += 1;
    }
    if c.inversion(v) {
        return Some(Found::Pronoun(inverted_gender(c, v)));
    }
    if soft && c.verb(v) {
        // "…," adding that …: a participle continues the sentence's own
        // attribution, written before the quote.
        if c.v.english && c.w(v).ends_with("ing") {
            return None;
        }
        if c.inversion(v + 1) {
            return Some(Found::Pronoun(inverted_gender(c, v + 1)));
        }
        let np = phrase::after(c, v + 1, hi).or_else(|| super::german::relative_subject(c, v));
        return Some(np.map_or(Found::Implicit, |(a, b)| Found::Np(a, b)));
    }
    // "„…“, hatte VW-Chef X in einem Interview erklärt": a German
    // auxiliary opens the clause; the subject follows it, up to the
    // adverbials of the middle field.
    let from = if c.v.german && soft { v } else { k };
    if let Some(found) = verb_after_subject(c, from, hi, soft) {
        return Some(match found {
            Found::Np(a, b) if from > k => {
                let adverbial = |j: &usize| c.stop(*j) && !c.det(*j) && !c.connector(*j);
                Found::Np(a, (a + 1..b).find(adverbial).unwrap_or(b))
            }
            other => other,
        });
    }
    if soft {
        if let Some(found) = postposition_in(c, k, hi.min(k + 8)) {
            return Some(found);
        }
    }
    if dash && c.name_word(k) {
        // "“…” ― Martha Aguilar": a bare name after a dash.
        let mut e = k;
        while e < hi && (c.name_word(e) || c.connector(e)) {
            e += 1;
        }
        if e >= hi || matches!(c.p.punct(e), Some('.' | ',')) {
            return Some(Found::Np(k, e));
        }
    }
    None
}

/// Whether the quote is a name: "„Wikiasari“, so heißt ein Projekt".
pub(crate) fn named(c: &Ctx, f: &Frame) -> bool {
    let k = f.after;
    c.v.german
        && c.p.punct(k) == Some(',')
        && c.w(k + 1) == "so"
        && matches!(c.w(k + 2), "heißt" | "hieß" | "heißen" | "hießen")
}

/// `"…," Clinton campaign spokesman Brian Fallon said`: a subject from
/// token `k`, then the verb.
fn verb_after_subject(c: &Ctx, k: usize, hi: usize, soft: bool) -> Option<Found> {
    let lim = hi.min(k + if soft { 40 } else { 20 });
    let mut v = None;
    let mut stretched = false;
    // Inside an apposition after a name ("Ann Lee, head of the union,
    // which represents nurses, said") a relative clause is the
    // apposition's: the closing comma and the appositive check end it.
    let named = c.name_word(k) || c.honorific(k);
    let mut appos = false;
    for j in k..lim {
        if c.verb(j) {
            v = Some(j);
            break;
        }
        appos |= named && c.p.punct(j) == Some(',');
        stretched |= j > k && c.stop(j) && !c.connector(j) && !c.det(j);
        // After a soft boundary the subject may carry prepositional
        // phrases ("a narrator in the Clinton ad asks") and a long
        // apposition ("Michael McFaul, a senior fellow at the Hoover
        // Institution and a former ambassador, said"); clauses end it.
        let relative = appos && matches!(c.w(j), "who" | "which" | "whose" | "whom");
        let inner = soft && (!phrase::opens_clause(c.w(j)) || relative);
        if c.in_quote(j) || (c.stop(j) && !c.connector(j) && !c.det(j) && j > k && !inner) {
            return None;
        }
    }
    let v = v?;
    if soft && ((stretched && v - k > 8) || v - k > 20) {
        // A long subject is a name with an apposition closed by a comma.
        let mut e = v;
        while e > k && c.skip(e - 1) {
            e -= 1;
        }
        let appositive = c.p.punct(e.saturating_sub(1)) == Some(',')
            && (k..e).any(|j| c.p.punct(j) == Some(','))
            && (c.name_word(k) || c.honorific(k));
        if !appositive {
            return None;
        }
    }
    if !soft && (v - k > 6 || !(c.p.is_cap(k) || c.pron(k))) {
        return None;
    }
    // German subjects are capitalised nouns, names or pronouns.
    if c.v.german && !(c.p.is_cap(k) || c.pron(k) || c.other_pron(k) || c.det(k)) {
        return None;
    }
    let mut e = v;
    while e > k && (c.skip(e - 1) || c.p.punct(e - 1) == Some(',')) {
        e -= 1;
    }
    // A sentence adverb ("Indes stellte …") is no subject.
    let adverbs = (k..e).all(|j| c.v.skip.has_exact(c.w(j)) || c.p.punct(j).is_some());
    // "«…», – с поклоном сказал швейцар": a phrase opening with a
    // preposition is no subject; the noun after the verb is.
    // (English puts its subject first: "in a statement, Smith said".)
    let preposition =
        !c.v.english && c.stop(k) && c.p.is_word(k) && !c.det(k) && !c.pron(k) && !c.connector(k);
    if preposition {
        if let Some((a, b)) = phrase::after(c, v + 1, hi) {
            return Some(Found::Np(a, b));
        }
    }
    (e > k && !adverbs).then_some(Found::Np(k, e))
}

/// German object pronouns between a verb and its subject.
const OBJECT_PRON: &[&str] = &[
    "ihn", "ihm", "ihr", "ihnen", "es", "sich", "uns", "mir", "mich",
];
