//! Words of one paragraph with their offsets (bytes for slicing, Unicode
//! scalar values for the output) and what the detector needs to know about
//! each: its letter case, and whether it opens a sentence.

/// Letter case of a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// First letter upper case, not all upper case: `Obama`, `McCain`.
    Title,
    /// Two or more letters, all upper case: `NATO`, `ООН`.
    Upper,
    /// First letter lower case.
    Lower,
    /// A script without letter case (Arabic, Persian, ...).
    Caseless,
    /// Starts with a digit or other non-letter.
    Other,
}

/// One word.
#[derive(Debug, Clone)]
pub struct Token<'a> {
    /// The word as written.
    pub text: &'a str,
    /// Start, in Unicode scalar values into the paragraph.
    pub start: usize,
    /// End (exclusive), in Unicode scalar values.
    pub end: usize,
    /// Start byte in the paragraph.
    pub bstart: usize,
    /// End byte (exclusive) in the paragraph.
    pub bend: usize,
    /// Letter case.
    pub case: Case,
    /// First word of a sentence, a paragraph, or after an opening quote.
    pub initial: bool,
    /// Punctuation between the previous word and this one (spaces removed).
    pub before: &'a str,
    /// Whether whitespace separates this word from the previous one.
    pub spaced: bool,
}

impl Token<'_> {
    /// Capitalised: title case or all upper case.
    #[must_use]
    pub fn is_cap(&self) -> bool {
        matches!(self.case, Case::Title | Case::Upper)
    }
}

fn word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\u{300}'..='\u{36f}' | '\u{200c}' | '\u{64b}'..='\u{65f}')
}

/// Characters that may join two parts of one word: `Jean-Marc`, `O'Neil`, `U.S.`.
fn joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '‑' | '.' | '&')
}

fn case_of(word: &str) -> Case {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let Some(first) = word.chars().next() else {
        return Case::Other;
    };
    if !first.is_alphabetic() {
        return Case::Other;
    }
    if !first.is_uppercase() && !first.is_lowercase() {
        return Case::Caseless;
    }
    if first.is_lowercase() {
        // Arabic article before a name: "al-Assad", "el-Sisi", "ad-Dawla".
        let particle = [
            "al-", "el-", "ad-", "as-", "an-", "ar-", "ash-", "at-", "az-", "ibn-",
        ]
        .iter()
        .find_map(|p| word.strip_prefix(p));
        if particle.is_some_and(|rest| rest.starts_with(char::is_uppercase)) {
            return Case::Title;
        }
        return Case::Lower;
    }
    let count = word.chars().filter(|c| c.is_alphabetic()).count();
    if count >= 2 && letters.all(|c| !c.is_lowercase()) {
        Case::Upper
    } else {
        Case::Title
    }
}

/// Whether the punctuation between two words ends a sentence or opens a
/// quotation, so that the next word is capitalised whatever it is.
fn opens_sentence(between: &str, prev: Option<&str>) -> bool {
    let mut chars = between.chars().filter(|c| !c.is_whitespace());
    let stop = |c: char| matches!(c, '!' | '?' | '…' | ':' | ';' | '؟' | '·');
    let quote = |c: char| {
        matches!(
            c,
            '“' | '«'
                | '„'
                | '"'
                | '‘'
                | '‚'
                | '‹'
                | '('
                | '['
                | '—'
                | '–'
                | '•'
                | '*'
                | '>'
        )
    };
    let period = between.contains('.') && !prev.is_some_and(abbreviation);
    period || chars.any(|c| stop(c) || quote(c))
}

/// Words after which a period does not end the sentence.
fn abbreviation(word: &str) -> bool {
    let n = word.chars().count();
    if n == 1 && word.chars().all(char::is_uppercase) {
        return true; // an initial: "J. Smith"
    }
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "St"
            | "Gen"
            | "Col"
            | "Lt"
            | "Sgt"
            | "Capt"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Jr"
            | "Sr"
            | "M"
            | "Mme"
            | "Mlle"
            | "Pr"
            | "Hr"
            | "Fr"
            | "Sr.a"
            | "Sra"
            | "Dª"
            | "No"
            | "Nr"
            | "vs"
            | "z.B"
            | "bzw"
            | "ca"
            | "г"
            | "гг"
            | "им"
            | "ул"
            | "т.е"
            | "т.д"
            | "etc"
            | "Inc"
            | "Corp"
            | "Co"
            | "Ltd"
    )
}

/// `l'Otan` → (`l`, `Otan`): an elided article or preposition before a word.
fn split_elision(word: &str) -> Option<(&str, &str)> {
    let (at, apostrophe) = word.char_indices().find(|(_, c)| matches!(c, '\'' | '’'))?;
    let pre = word.get(..at)?;
    let rest = word.get(at + apostrophe.len_utf8()..)?;
    let elided = matches!(
        pre,
        "l" | "d"
            | "j"
            | "m"
            | "n"
            | "s"
            | "t"
            | "c"
            | "qu"
            | "lorsqu"
            | "puisqu"
            | "jusqu"
            | "L"
            | "D"
            | "dell"
            | "all"
            | "dall"
            | "nell"
            | "sull"
            | "coll"
            | "un"
            | "quell"
            | "Dell"
            | "All"
            | "Nell"
            | "Sull"
            | "Dall"
    );
    (elided && rest.chars().next().is_some_and(char::is_alphabetic)).then_some((pre, rest))
}

/// The words of `text` in order.
#[must_use]
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out: Vec<Token<'_>> = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(text.len(), |(b, _)| *b);
    let mut i = 0usize;
    let mut gap_start = 0usize; // char index where the gap before the word begins
    while i < chars.len() {
        let c = chars.get(i).map_or(' ', |x| x.1);
        if !word_char(c) {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i + 1;
        loop {
            let cj = chars.get(j).map(|x| x.1);
            match cj {
                Some(ch) if word_char(ch) => j += 1,
                Some(ch) if joiner(ch) && chars.get(j + 1).is_some_and(|x| word_char(x.1)) => {
                    j += 2;
                }
                _ => break,
            }
        }
        // "U.S." keeps its final period; a sentence period stays outside.
        let mut end = j;
        let word = text.get(byte_at(start)..byte_at(end)).unwrap_or("");
        if chars.get(end).is_some_and(|x| x.1 == '.') && word.contains('.') {
            end += 1;
        }
        let mut word = text.get(byte_at(start)..byte_at(end)).unwrap_or("");
        // English possessive: "Clinton’s" is the name "Clinton".
        for suffix in ["'s", "’s"] {
            if let Some(stem) = word.strip_suffix(suffix) {
                if stem.chars().count() >= 2 {
                    word = stem;
                    end -= 2;
                }
            }
        }
        let between = text.get(byte_at(gap_start)..byte_at(start)).unwrap_or("");
        let prev = out.last().map(|t| t.text);
        let mut initial = prev.is_none() || opens_sentence(between, prev);
        // Elision: "l'Otan", "d'Ankara", "dell'Onu" name "Otan", "Ankara", "Onu".
        let mut start = start;
        let mut bstart = byte_at(start);
        if let Some((pre, rest)) = split_elision(word) {
            start += pre.chars().count() + 1;
            bstart += word.len() - rest.len();
            word = rest;
            initial = false;
        }
        out.push(Token {
            text: word,
            start,
            end,
            bstart,
            bend: bstart + word.len(),
            case: case_of(word),
            initial,
            before: between.trim(),
            spaced: between.chars().any(char::is_whitespace) || between.is_empty(),
        });
        gap_start = end;
        i = j.max(end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_scalar_values_and_sentences_open() {
        let t = tokenize("À Ankara, l'Otan dit. «Élu» U.S. Clinton’s bank");
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            ["À", "Ankara", "Otan", "dit", "Élu", "U.S.", "Clinton", "bank"]
        );
        assert_eq!((t[1].start, t[1].end), (2, 8));
        assert!(t[0].initial && !t[1].initial && t[4].initial && !t[5].initial);
        assert_eq!(t[5].case, Case::Upper);
        assert_eq!(t[6].case, Case::Title);
        assert!(!t[7].initial);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let t = tokenize("Mr. Smith met J. Doe. Then");
        assert!(!t[1].initial && !t[4].initial && t[5].initial);
    }
}
