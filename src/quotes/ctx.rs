//! One paragraph prepared for attribution: its tokens, their lower-case
//! forms, which tokens lie inside quotations and where sentences end, with
//! the word-class tests the attribution rules ask of a token.

use super::lexicon::{
    Vocab, CONNECTOR, DET, HONORIFIC, NOT_NAME, OTHER_PRON, PRON, ROLE, SKIP, STOP, VERB,
};
use super::marks::Span;
use super::text::Para;

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof",
    "jr", "sr", "inc", "corp", "co", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "adm", "rev", "gov", "bzw", "ca", "nr",
    "vgl", "z", "m", "mme", "av", "j", "г", "им", "т", "др", "sig", "sra", "ing", "min", "pres",
    "dipl",
];

/// A capitalised word that can be part of a name (set by [`Ctx::classify`]).
const NAME: u16 = 1 << 11;

/// A paragraph with everything attribution reads.
pub(crate) struct Ctx<'a> {
    /// Tokens and characters.
    pub p: Para,
    /// Lower-cased tokens, `’` folded to `'`.
    pub low: Vec<String>,
    /// The language's word lists.
    pub v: &'a Vocab,
    /// Top-level quoted spans of this paragraph, in order.
    pub spans: Vec<Span>,
    /// Whether each token lies inside a quoted span (marks included).
    pub quoted: Vec<bool>,
    /// Whether each token ends a sentence.
    pub ends: Vec<bool>,
    /// For each token, the first token of its sentence.
    starts: Vec<usize>,
    /// Word-class bits of each token.
    flags: Vec<u16>,
    /// For each token, one past the last token of its sentence.
    stops: Vec<usize>,
}

impl<'a> Ctx<'a> {
    /// Prepare `p` with its top-level `spans`.
    pub(crate) fn new(p: Para, v: &'a Vocab, spans: Vec<Span>) -> Self {
        let low: Vec<String> = (0..p.len()).map(|i| p.lower(i).replace('’', "'")).collect();
        let mut quoted = vec![false; p.len()];
        for s in &spans {
            let (a, b) = (p.tok_at(s.outer_start), p.tok_at(s.outer_end));
            for q in quoted.iter_mut().take(b).skip(a) {
                *q = true;
            }
        }
        let mut c = Self {
            p,
            low,
            v,
            spans,
            quoted,
            ends: Vec::new(),
            starts: Vec::new(),
            stops: Vec::new(),
            flags: Vec::new(),
        };
        c.flags = (0..c.p.len()).map(|i| c.classify(i)).collect();
        c.ends = (0..c.p.len()).map(|i| c.sentence_end(i)).collect();
        let n = c.len();
        let mut first = 0;
        for (i, e) in c.ends.iter().enumerate() {
            c.starts.push(first);
            if *e {
                first = i + 1;
            }
        }
        let mut stop = n;
        c.stops = vec![n; n];
        for i in (0..n).rev() {
            if c.ends.get(i).copied().unwrap_or(false) {
                stop = i + 1;
            }
            if let Some(s) = c.stops.get_mut(i) {
                *s = stop;
            }
        }
        c
    }

    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.low.len()
    }

    /// Lower-case token `i` ("" out of range).
    pub(crate) fn w(&self, i: usize) -> &str {
        self.low.get(i).map_or("", String::as_str)
    }

    /// Whether token `i` ends a sentence: `.`, `!`, `?` or `…` outside a
    /// quotation, not after an abbreviation or an initial, and followed by a
    /// capital, a quotation mark, a dash or the paragraph's end.
    fn sentence_end(&self, i: usize) -> bool {
        let Some(c) = self.p.punct(i) else {
            return false;
        };
        let quoted = |k: usize| self.quoted.get(k).copied().unwrap_or(false);
        // "… vollendet haben.“ Er bezeichnete …": a quote closing on a full
        // stop, then a capital, ends the sentence at its closing mark.
        let closing = quoted(i) && !quoted(i + 1) && i > 0 && self.p.punct(i - 1).is_some();
        if closing && matches!(self.p.punct(i - 1), Some('.' | '!' | '?' | '…')) {
            return self.p.is_cap(i + 1) && self.p.is_word(i + 1);
        }
        if !matches!(c, '.' | '!' | '?' | '…') || quoted(i) {
            return false;
        }
        if c == '.' && i > 0 && self.p.is_word(i - 1) {
            let prev = self.w(i - 1);
            let single = prev.chars().count() == 1 && self.p.is_cap(i - 1);
            if single || prev.contains('.') || ABBREVIATIONS.contains(&prev) {
                return false;
            }
        }
        let mut j = i + 1;
        while matches!(self.p.punct(j), Some(')' | ']' | '.' | '!' | '?')) {
            j += 1;
        }
        j >= self.len()
            || self.p.is_cap(j)
            || self.p.is_caseless(j)
            || self.w(j).chars().next().is_some_and(|c| c.is_ascii_digit())
            || matches!(
                self.p.punct(j),
                Some('"' | '“' | '„' | '«' | '»' | '‘' | '‹' | '—' | '–' | '-' | '(')
            )
    }

    /// Whether token `i` has every bit of `f`.
    fn is(&self, i: usize, f: u16) -> bool {
        self.flags.get(i).is_some_and(|x| x & f == f)
    }
    /// Speech verb.
    pub(crate) fn verb(&self, i: usize) -> bool {
        self.is(i, VERB)
    }
    /// Resolvable singular pronoun.
    pub(crate) fn pron(&self, i: usize) -> bool {
        self.is(i, PRON)
    }
    /// Other subject pronoun.
    pub(crate) fn other_pron(&self, i: usize) -> bool {
        self.is(i, OTHER_PRON)
    }
    /// Determiner.
    pub(crate) fn det(&self, i: usize) -> bool {
        self.is(i, DET)
    }
    /// Word skipped between verb and subject.
    pub(crate) fn skip(&self, i: usize) -> bool {
        self.is(i, SKIP)
    }
    /// Noun-phrase stop (clause word or preposition).
    pub(crate) fn stop(&self, i: usize) -> bool {
        self.is(i, STOP)
    }
    /// Name connector (de, von, of, ...).
    pub(crate) fn connector(&self, i: usize) -> bool {
        self.is(i, CONNECTOR)
    }
    /// Role or title word.
    pub(crate) fn role(&self, i: usize) -> bool {
        self.is(i, ROLE)
    }
    /// Honorific (Mr, Frau, M., г-н).
    pub(crate) fn honorific(&self, i: usize) -> bool {
        self.is(i, HONORIFIC)
    }
    /// A capitalised word that can be part of a person's or an
    /// organisation's name.
    pub(crate) fn name_word(&self, i: usize) -> bool {
        self.is(i, NAME)
    }

    /// The word classes of token `i`, looked up once.
    fn classify(&self, i: usize) -> u16 {
        if !self.p.is_word(i) {
            return 0;
        }
        let w = self.w(i);
        let v = self.v;
        let cap = self.p.is_cap(i);
        let mut f = v.classes(w);
        if f == 0 {
            // "He's claiming", "she'd said": the pronoun with a clitic.
            if let Some((stem, _)) = w
                .split_once('\'')
                .filter(|(_, t)| matches!(*t, "s" | "d" | "ll"))
            {
                f = v.classes(stem) & (PRON | OTHER_PRON);
            }
        }
        if cap {
            f &= !(SKIP | CONNECTOR);
            // Inside a capitalised run or after an article a capitalised
            // speech verb is a name's word ("the United States").
            let prev_named = i > 0
                && self.p.is_word(i - 1)
                && (self.p.is_cap(i - 1) || v.dets.has(self.w(i - 1)));
            if prev_named {
                f &= !VERB;
            }
        }
        // "the report says", "a statement": after an English article a
        // speech verb is a noun ("that" stays: it opens relative clauses).
        if v.english && i > 0 && self.p.is_word(i - 1) {
            let prev = self.w(i - 1);
            if prev != "that" && v.dets.has_exact(prev) {
                f &= !VERB;
            }
        }
        // "Lena Marx's remark": after a possessive, a noun; so after "a"
        // and a name ("a Donald Trump tweet"; "the" is left alone: "The
        // White House said").
        if self.after_possessive(i) || (v.english && !cap && self.after_a_name(i)) {
            f &= !VERB;
        }
        // "Dean, a former governor, said": a capitalised role word standing
        // alone before an apposition is a surname (a bare role takes an
        // article in English: "the dean, a …").
        let alone = i == 0 || !(self.p.is_cap(i - 1) || v.dets.has_exact(self.w(i - 1)));
        if v.english
            && cap
            && alone
            && f & ROLE != 0
            && self.p.punct(i + 1) == Some(',')
            && matches!(self.w(i + 2), "a" | "an" | "the")
        {
            f &= !ROLE;
        }
        let name = cap
            && f & (ROLE | HONORIFIC | DET | VERB | PRON | OTHER_PRON | NOT_NAME) == 0
            && (f & STOP == 0 || v.connectors.has(w))
            && !(v.skip.has_exact(w));
        if name {
            f |= NAME;
        }
        f
    }
    /// Whether English token `i` follows a possessive ("Lena Marx's
    /// warning", "officials' statement"), not a clitic ("he's saying",
    /// "it's said"): a speech verb there is a noun.
    pub(crate) fn after_possessive(&self, i: usize) -> bool {
        if !self.v.english || i == 0 || !self.p.is_word(i - 1) {
            return false;
        }
        let prev = self.w(i - 1);
        let stem = prev.trim_end_matches("'s");
        let clitic = self.v.classes(stem) & (PRON | OTHER_PRON | STOP | DET) != 0
            || matches!(stem, "it" | "there" | "here" | "who" | "what" | "that");
        (prev.ends_with("'s") && !clitic) || prev.ends_with("s'")
    }
    /// Whether token `i` follows "a"/"an" and a capitalised run ("a Donald
    /// Trump tweet", "an Obama statement").
    fn after_a_name(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && i - k < 4 && self.p.is_word(k - 1) && self.p.is_cap(k - 1) {
            k -= 1;
        }
        k < i && k > 0 && matches!(self.w(k - 1), "a" | "an")
    }
    /// Whether token `i` is a French inverted subject (`dit-il`,
    /// `a-t-elle`): a verb or auxiliary joined to a subject pronoun.
    pub(crate) fn inversion(&self, i: usize) -> bool {
        let w = self.w(i);
        let Some((base, _)) = w.split_once('-') else {
            return false;
        };
        let tail_ok = ["-il", "-elle", "-ils", "-elles", "-on"]
            .iter()
            .any(|t| w.ends_with(t));
        tail_ok && (self.v.verbs.has(base) || matches!(base, "a" | "avait" | "ont" | "aurait"))
    }
    /// Whether token `i` is inside a quotation.
    pub(crate) fn in_quote(&self, i: usize) -> bool {
        self.quoted.get(i).copied().unwrap_or(false)
    }
    /// The start of the sentence holding token `i` (after the previous end).
    pub(crate) fn sentence_start(&self, i: usize) -> usize {
        self.starts.get(i).copied().unwrap_or(self.len())
    }
    /// One past the end of the sentence holding token `i`.
    pub(crate) fn sentence_stop(&self, i: usize) -> usize {
        self.stops.get(i).copied().unwrap_or(self.len())
    }
}
