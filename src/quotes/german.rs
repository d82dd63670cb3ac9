//! German source phrases that are no verb's plain subject: a document
//! a relative clause or "Darin heißt es" points to, a denied claim, the
//! antecedent of a relative pronoun, the noun an attributive speech
//! participle describes ("eine Frau mit einem skandierten „…“"). German
//! capitalises every noun, so the head noun is found by its case.

use super::ctx::Ctx;

/// Impersonal verbs a document "speaks" with ("in dem es heißt", "Darin
/// steht").
const IMPERSONAL: &[&str] = &["heißt", "hieß", "heiße", "hieße", "steht", "stand", "stehe"];

/// German "Berichte, in denen es heißt, …" / "eine Erklärung, in der es
/// heißt:": the impersonal verb of a relative clause names no one; the
/// document or medium the clause is about is the source: the last noun
/// before the comma (German nouns are capitalised), with its article and
/// adjectives ("chinesischer Medien", past a separable particle: "griff
/// den Tenor chinesischer Medien auf, in denen").
pub(crate) fn relative_document(c: &Ctx, v: usize, lo: usize) -> Option<(usize, usize)> {
    const RELATIVE: &[&str] = &["dem", "der", "denen", "welchem", "welcher", "welchen"];
    if !c.v.german || !IMPERSONAL.contains(&c.w(v)) {
        return None;
    }
    let s = c.sentence_start(v).max(lo);
    let k = (s..v).rev().take(12).find(|&k| c.p.punct(k) == Some(','))?;
    let opens = c.w(k + 1) == "worin" || (c.w(k + 1) == "in" && RELATIVE.contains(&c.w(k + 2)));
    // "in dem es heißt": the expletive; a person ("in dem er steht") is
    // no document.
    let expletive = (k + 2..v).any(|j| c.w(j) == "es");
    let person = (k + 2..v).any(|j| c.pron(j) && c.w(j) != "es");
    if !opens || person || (c.w(v).starts_with('h') && !expletive) {
        return None;
    }
    // Past a separable particle or an adverb before the comma.
    noun_before(c, s, k, 4)
}

/// German "Darin heißt es: „…“" / "Dort steht: „…“": the document the
/// previous sentence named speaks (its last noun: "Die Behörde gab eine
/// Stellungnahme ab. Darin heißt es").
pub(crate) fn document_before(c: &Ctx, lo: usize, hi: usize) -> Option<(usize, usize)> {
    const THERE: &[&str] = &["darin", "dort", "hierin", "daraus", "darunter"];
    if !c.v.german || !THERE.contains(&c.w(lo)) || lo == 0 {
        return None;
    }
    if !(lo + 1..hi.min(lo + 3)).any(|j| IMPERSONAL.contains(&c.w(j))) {
        return None;
    }
    noun_before(c, c.sentence_start(lo - 1), lo, 5)
}

/// German "X hat Berichte der Zeitung zurückgewiesen, er sei „…“": the
/// words in a denied claim are the claim's source's, not the denier's. The
/// claim noun ("Berichte", "Meldungen") and its genitive.
pub(crate) fn denied_claim(c: &Ctx, lo: usize, open: usize) -> Option<(usize, usize)> {
    const DENIED: &[&str] = &[
        "zurückgewiesen",
        "dementiert",
        "bestritten",
        "widersprochen",
        "wies",
        "dementierte",
        "bestritt",
        "widersprach",
    ];
    const CLAIMS: &[&str] = &[
        "berichte",
        "bericht",
        "berichten",
        "meldungen",
        "meldung",
        "gerüchte",
        "behauptungen",
        "behauptung",
        "darstellung",
        "darstellungen",
        "spekulationen",
        "vorwürfe",
    ];
    if !c.v.german {
        return None;
    }
    let denial = |j: usize| DENIED.contains(&c.w(j)) && !c.in_quote(j);
    let claim = (lo..open).find(|&j| CLAIMS.contains(&c.w(j)) && !c.in_quote(j))?;
    // The quote stands in the claim's clause, after a comma; "wies die
    // Vorwürfe als „haltlos“ zurück" is the denier's own word.
    let clause = (claim..open).any(|j| c.p.punct(j) == Some(',') && !c.in_quote(j));
    if !clause || !(lo..open).any(denial) {
        return None;
    }
    // The claim's phrase: the noun and its genitive, up to the denial
    // ("hat Berichte der Zeitung zurückgewiesen", "wies Berichte … zurück").
    let end = (claim + 1..open)
        .find(|&j| {
            let other = !c.p.is_word(j) || c.in_quote(j) || denial(j) || c.w(j) == "zurück";
            other || (c.stop(j) && !c.det(j))
        })
        .unwrap_or(open);
    let s = c.sentence_start(claim);
    Some((noun_phrase_start(c, claim, s), end))
}

/// German "die Gewerkschaft, die von einem „großen Schritt“ sprach": a
/// relative pronoun is the subject of a verb-final clause; the noun before
/// the comma spoke. Only when the pronoun is followed by no article or
/// pronoun of its own ("das die Opposition „…“ nannte" has its subject).
pub(crate) fn relative_subject(c: &Ctx, v: usize) -> Option<(usize, usize)> {
    const RELATIVE: &[&str] = &["der", "die", "das", "welcher", "welche", "welches"];
    let verb_final = !c.p.is_word(v + 1) || v + 1 >= c.len();
    if !c.v.german || !verb_final {
        return None;
    }
    let s = c.sentence_start(v);
    let k = (s..v)
        .rev()
        .take(30)
        .find(|&k| c.p.punct(k) == Some(',') && !c.in_quote(k))?;
    let own = c.det(k + 2) || c.pron(k + 2) || c.other_pron(k + 2) || c.p.is_cap(k + 2);
    if !RELATIVE.contains(&c.w(k + 1)) || own || k <= s {
        return None;
    }
    noun_before(c, s, k, 4)
}

/// German "eine Frau mit einem laut skandierten „…“": a speech verb's
/// participle inflected as an adjective, after an article, heads no clause;
/// the quote is what the noun before "mit" said. `None` when the verb `v`
/// is no such participle or no noun stands there.
pub(crate) fn attributive(c: &Ctx, v: usize, lo: usize) -> Option<(usize, usize)> {
    let inflected = ["te", "ten", "tem", "ter", "tes"]
        .iter()
        .any(|e| c.w(v).ends_with(e));
    if !c.v.german || !inflected || c.p.is_cap(v) {
        return None;
    }
    let s = c.sentence_start(v).max(lo);
    // The article, past at most two adverbs ("refrainartig").
    let det = (s..v)
        .rev()
        .take(3)
        .find(|&j| c.det(j) || !c.p.is_word(j) || c.p.is_cap(j))
        .filter(|&j| c.det(j))?;
    let head = det
        .checked_sub(2)
        .filter(|&h| h > s && c.w(det - 1) == "mit")?;
    (c.p.is_word(head) && c.p.is_cap(head)).then(|| (noun_phrase_start(c, head, s), head + 1))
}

/// The noun phrase of the last noun (a capitalised word, not the
/// sentence's first at `s`) among the `reach` tokens before `end`.
fn noun_before(c: &Ctx, s: usize, end: usize, reach: usize) -> Option<(usize, usize)> {
    let head = (s + 1..end)
        .rev()
        .take(reach)
        .find(|&j| c.p.is_word(j) && c.p.is_cap(j))?;
    Some((noun_phrase_start(c, head, s), head + 1))
}

/// Start of the German noun phrase whose head noun is `head`: its article
/// and adjectives ("eine kurze Erklärung"; a genitive's article left out:
/// "Berichte der | großen Agenturen"); not before `s`.
fn noun_phrase_start(c: &Ctx, head: usize, s: usize) -> usize {
    let mut a = head;
    while a > s && c.p.is_word(a - 1) && !c.p.is_cap(a - 1) && !c.stop(a - 1) && !c.det(a - 1) {
        a -= 1;
    }
    if !(a > s && c.det(a - 1)) {
        return head;
    }
    a -= 1;
    // A genitive ("Berichte der Agenturen"): the article is no subject's.
    let genitive = matches!(c.w(a), "der" | "des") && a > s + 1 && c.p.is_cap(a - 1);
    if genitive {
        a + 1
    } else {
        a
    }
}
