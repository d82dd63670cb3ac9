//! Stage 1 of quote finding: one paragraph as characters and tokens.
//! Input: the paragraph's text and language; output: a [`Para`] whose
//! offsets are Unicode scalar values (indices into `chars`), the unit of
//! [`crate::model::Quote`] offsets, so no byte slicing happens anywhere.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, digits and word-internal joiners (`l'Otan` is split first
    /// in French and Italian, `a-t-il` and `U.S` stay whole).
    Word,
    /// One punctuation character (quotation marks included).
    Punct,
}

/// One token: `[start, end)` in characters.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// Word or punctuation.
    pub kind: Kind,
}

/// A paragraph ready for analysis.
#[derive(Debug, Clone)]
pub(crate) struct Para {
    /// The paragraph's characters.
    pub chars: Vec<char>,
    /// Its tokens in order.
    pub toks: Vec<Tok>,
}

/// Characters that belong to words: letters, digits, combining marks and the
/// Persian zero-width non-joiner (`می‌گوید` is one word).
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c as u32, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x200C | 0x200D)
}

/// Characters that join two word characters into one word.
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\'' | '’' | '.' | '·')
}

/// French and Italian elided articles and prepositions split off the word
/// they lean on, so `l'Otan` is `l'` + `Otan` and the name is capitalised.
const ELISIONS: &[&str] = &[
    "l", "d", "qu", "j", "n", "s", "c", "m", "t", "lorsqu", "puisqu", "jusqu", "dell", "all",
    "dall", "nell", "sull", "un", "quest", "quell", "po", "tutt", "coll",
];

/// "verschwunden.Der": a full stop between a lower-case word of three
/// letters or more and a capitalised word is a sentence end whose space
/// was lost (abbreviations and domains keep their dots: "u.a.",
/// "news.bbc.co.uk").
fn missing_space(chars: &[char], start: usize, dot: usize) -> bool {
    let word = chars.get(start..dot).unwrap_or_default();
    let lower = word.len() >= 3 && word.iter().all(|c| c.is_lowercase());
    let next = chars.get(dot + 1).copied().is_some_and(char::is_uppercase);
    let then = chars.get(dot + 2).copied().is_some_and(char::is_lowercase);
    lower && next && then
}

impl Para {
    /// Tokenise `text` written in `lang`.
    pub(crate) fn new(text: &str, lang: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let elide = matches!(lang, "fr" | "it" | "ca");
        let mut toks = Vec::new();
        let n = chars.len();
        let mut i = 0;
        while i < n {
            let c = chars.get(i).copied().unwrap_or(' ');
            if c.is_whitespace() {
                i += 1;
                continue;
            }
            if !is_word_char(c) {
                toks.push(Tok {
                    start: i,
                    end: i + 1,
                    kind: Kind::Punct,
                });
                i += 1;
                continue;
            }
            let start = i;
            i += 1;
            while i < n {
                let c = chars.get(i).copied().unwrap_or(' ');
                if is_word_char(c) {
                    i += 1;
                } else if is_joiner(c)
                    && chars.get(i + 1).copied().is_some_and(is_word_char)
                    && (c != '.'
                        || (chars.get(i - 1).is_some_and(|p| p.is_alphabetic())
                            && !missing_space(&chars, start, i)))
                {
                    if elide && matches!(c, '\'' | '’') {
                        let head: String = chars
                            .get(start..i)
                            .unwrap_or_default()
                            .iter()
                            .flat_map(|c| c.to_lowercase())
                            .collect();
                        if ELISIONS.contains(&head.as_str()) {
                            toks.push(Tok {
                                start,
                                end: i + 1,
                                kind: Kind::Word,
                            });
                            i += 1;
                            break;
                        }
                    }
                    i += 2;
                } else {
                    break;
                }
            }
            if toks.last().is_some_and(|t| t.start == start) {
                // The elided head was pushed; the rest is read as a new word.
                continue;
            }
            toks.push(Tok {
                start,
                end: i,
                kind: Kind::Word,
            });
        }
        Self { chars, toks }
    }

    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.toks.len()
    }

    /// Characters `[a, b)` as a string (empty when out of range).
    pub(crate) fn slice(&self, a: usize, b: usize) -> String {
        self.chars.get(a..b).unwrap_or_default().iter().collect()
    }

    /// Token `i`.
    pub(crate) fn tok(&self, i: usize) -> Option<Tok> {
        self.toks.get(i).copied()
    }

    /// Text of token `i`.
    pub(crate) fn text(&self, i: usize) -> String {
        self.tok(i)
            .map(|t| self.slice(t.start, t.end))
            .unwrap_or_default()
    }

    /// Lower-cased text of token `i`.
    pub(crate) fn lower(&self, i: usize) -> String {
        self.text(i).to_lowercase()
    }

    /// Text from the start of token `a` to the end of token `b - 1`.
    pub(crate) fn span_text(&self, a: usize, b: usize) -> String {
        match (self.tok(a), b.checked_sub(1).and_then(|l| self.tok(l))) {
            (Some(x), Some(y)) if a < b => self.slice(x.start, y.end),
            _ => String::new(),
        }
    }

    /// The punctuation character of token `i`, if it is one.
    pub(crate) fn punct(&self, i: usize) -> Option<char> {
        let t = self.tok(i)?;
        if t.kind == Kind::Punct {
            self.chars.get(t.start).copied()
        } else {
            None
        }
    }

    /// Whether token `i` is a word.
    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.kind == Kind::Word)
    }

    /// The first letter of token `i`, when it is a word.
    fn first_letter(&self, i: usize) -> Option<char> {
        let t = self.tok(i).filter(|t| t.kind == Kind::Word)?;
        self.chars
            .get(t.start..t.end)?
            .iter()
            .copied()
            .find(|c| c.is_alphabetic())
    }

    /// Whether token `i` is a word starting with an upper-case letter.
    pub(crate) fn is_cap(&self, i: usize) -> bool {
        self.first_letter(i).is_some_and(char::is_uppercase)
    }

    /// Whether token `i` is a word in a script without letter case
    /// (Arabic, Persian, ...), where capitals cannot mark names.
    pub(crate) fn is_caseless(&self, i: usize) -> bool {
        self.first_letter(i)
            .is_some_and(|c| !c.is_uppercase() && !c.is_lowercase())
    }

    /// Index of the first token starting at or after character `c`.
    pub(crate) fn tok_at(&self, c: usize) -> usize {
        self.toks.partition_point(|t| t.start < c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(p: &Para) -> Vec<String> {
        (0..p.len()).map(|i| p.text(i)).collect()
    }

    #[test]
    fn splits_french_elisions_and_keeps_inversions() {
        let p = Para::new("« Oui », a-t-il dit à l'Otan.", "fr");
        assert_eq!(
            words(&p),
            ["«", "Oui", "»", ",", "a-t-il", "dit", "à", "l'", "Otan", "."]
        );
        assert!(p.is_cap(8));
    }

    #[test]
    fn keeps_abbreviations_and_apostrophes_in_english() {
        let p = Para::new("The U.S. envoy's view, Mr. Lee said.", "en");
        assert_eq!(
            words(&p),
            ["The", "U.S", ".", "envoy's", "view", ",", "Mr", ".", "Lee", "said", "."]
        );
    }

    #[test]
    fn offsets_are_scalar_values() {
        let p = Para::new("Été « ça »", "fr");
        assert_eq!(p.tok(2).map(|t| t.start), Some(6));
        assert_eq!(p.text(2), "ça");
    }
}
