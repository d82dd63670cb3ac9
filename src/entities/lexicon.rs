//! The embedded gazetteers (`data/gazetteers/*.txt`, written by
//! `tools/gazetteers/build.py`): sorted, lower-cased, one entry a line. They
//! are searched in place by binary search over bytes, so nothing is built at
//! start-up and the wasm only carries the text.

/// One sorted list of lower-cased entries, newline-separated.
#[derive(Clone, Copy)]
pub struct List(&'static str);

impl List {
    /// The line that starts at or before `pos` (a byte offset).
    fn line_at(&self, pos: usize) -> (usize, &'static str) {
        let text = self.0;
        let bytes = text.as_bytes();
        let mut start = pos.min(bytes.len());
        while start > 0 && bytes.get(start - 1).is_some_and(|b| *b != b'\n') {
            start -= 1;
        }
        let end = bytes
            .get(start..)
            .and_then(|rest| rest.iter().position(|b| *b == b'\n'))
            .map_or(bytes.len(), |p| start + p);
        (start, text.get(start..end).unwrap_or(""))
    }

    /// Byte offset of the first line not less than `key`.
    fn lower_bound(&self, key: &str) -> usize {
        let (mut lo, mut hi) = (0usize, self.0.len());
        // Invariant: every line starting before `lo` is < key; the line at
        // `hi` (or the end) is >= key.
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let (start, line) = self.line_at(mid);
            if line.as_bytes() < key.as_bytes() {
                lo = start + line.len() + 1;
            } else {
                hi = start;
            }
        }
        lo.min(self.0.len())
    }

    /// Whether `key` (lower-cased; accents are folded here) is an entry.
    #[must_use]
    pub fn contains(&self, key: &str) -> bool {
        let key = &fold_str(key);
        if key.is_empty() {
            return false;
        }
        let pos = self.lower_bound(key);
        self.line_at(pos).1 == key && pos < self.0.len()
    }

    /// Whether some entry starts with `prefix` (lower-cased).
    #[must_use]
    pub fn has_prefix(&self, prefix: &str) -> bool {
        let prefix = &fold_str(prefix);
        let pos = self.lower_bound(prefix);
        pos < self.0.len() && self.line_at(pos).1.starts_with(prefix.as_str())
    }

    /// An entry of as many words as `stems` whose every word starts with the
    /// matching stem and is at most `extra` characters longer: "соединенн
    /// штат" finds "соединенные штаты".
    #[must_use]
    pub fn completes_words(&self, stems: &[String], extra: usize) -> bool {
        let stems: Vec<String> = stems.iter().map(|s| fold_str(s)).collect();
        let Some(first) = stems.first().filter(|s| !s.is_empty()) else {
            return false;
        };
        let mut pos = self.lower_bound(first);
        for _ in 0..64 {
            if pos >= self.0.len() {
                return false;
            }
            let (start, line) = self.line_at(pos);
            if !line.starts_with(first.as_str()) {
                return false;
            }
            let words: Vec<&str> = line.split(' ').collect();
            let fits = words.len() == stems.len()
                && words.iter().zip(&stems).all(|(w, s)| {
                    w.strip_prefix(s.as_str())
                        .is_some_and(|rest| rest.chars().count() <= extra)
                });
            if fits {
                return true;
            }
            pos = start + line.len() + 1;
        }
        false
    }

    /// An entry that starts with `stem` and is at most `extra` characters
    /// longer: how an inflected form (Обамы, Russlands) finds its base form.
    #[must_use]
    pub fn completes(&self, stem: &str, extra: usize) -> bool {
        let stem = &fold_str(stem);
        if stem.is_empty() {
            return false;
        }
        let mut pos = self.lower_bound(stem);
        // Entries sharing the prefix are contiguous; look at a few of them.
        for _ in 0..8 {
            if pos >= self.0.len() {
                return false;
            }
            let (start, line) = self.line_at(pos);
            if !line.starts_with(stem) {
                return false;
            }
            let rest = line.get(stem.len()..).unwrap_or("");
            if rest.chars().count() <= extra && !rest.contains(' ') {
                return true;
            }
            pos = start + line.len() + 1;
        }
        false
    }
}

/// Accent folding table: lines of a letter and its base letter, sorted.
const FOLD: &str = include_str!("../../data/gazetteers/fold.txt");

/// The letter without its accents (`ô` → `o`, `й` → `и`), as the build
/// folded every entry.
#[must_use]
pub fn fold(c: char) -> char {
    static TABLE: std::sync::OnceLock<Vec<(char, char)>> = std::sync::OnceLock::new();
    if c.is_ascii() {
        return c;
    }
    let table = TABLE.get_or_init(|| {
        FOLD.lines()
            .filter_map(|l| {
                let mut it = l.chars();
                Some((it.next()?, it.next()?))
            })
            .collect()
    });
    table
        .binary_search_by_key(&c, |(k, _)| *k)
        .ok()
        .and_then(|i| table.get(i))
        .map_or(c, |(_, b)| *b)
}

/// A lower-cased key with its accents folded, as the entries are.
#[must_use]
pub fn fold_str(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    for c in key.chars() {
        if c == 'ß' {
            out.push_str("ss"); // as wordfreq writes German
        } else {
            out.push(fold(c));
        }
    }
    out
}

/// Places: countries in many languages, capitals and cities, regions, seas.
pub const PLACES: List = List(include_str!("../../data/gazetteers/places.txt"));
/// Organisations (hand-written list).
pub const ORGS: List = List(include_str!("../../data/gazetteers/orgs.txt"));
/// Given names of many locales.
pub const GIVEN: List = List(include_str!("../../data/gazetteers/given.txt"));
/// Family names of many locales.
pub const SURNAMES: List = List(include_str!("../../data/gazetteers/surnames.txt"));
/// German words frequent in nearly every language (Film, Auto, Obama): a
/// name only where no article stands before them.
pub const INTL_DE: List = List(include_str!("../../data/gazetteers/intl-de.txt"));
/// Lemmas of frequent Russian ordinary nouns (OpenCorpora): "присяга", "ввп".
pub const NOUNS_RU: List = List(include_str!("../../data/gazetteers/nouns-ru.txt"));
/// Capitalised nationality words (English, French) that are no entity.
pub const DEMONYMS: List = List(include_str!("../../data/gazetteers/demonyms.txt"));

/// Whether `key` is a nationality word in `lang`. The list holds English and
/// French words; German has none of them (French "Indien", "Italiens" are
/// German "Indien", "Italiens"), and in the other languages a word that is
/// also a place stays a place.
#[must_use]
pub fn demonym(lang: &str, key: &str) -> bool {
    lang != "de" && DEMONYMS.contains(key) && (matches!(lang, "en" | "fr") || !PLACES.contains(key))
}

/// The 150 most frequent words of `lang` (articles, pronouns,
/// conjunctions...): never part of a name.
#[must_use]
pub fn stopwords(lang: &str) -> Option<List> {
    let text = match lang {
        "en" => include_str!("../../data/gazetteers/stop-en.txt"),
        "fr" => include_str!("../../data/gazetteers/stop-fr.txt"),
        "de" => include_str!("../../data/gazetteers/stop-de.txt"),
        "it" => include_str!("../../data/gazetteers/stop-it.txt"),
        "es" => include_str!("../../data/gazetteers/stop-es.txt"),
        "pt" => include_str!("../../data/gazetteers/stop-pt.txt"),
        "ru" => include_str!("../../data/gazetteers/stop-ru.txt"),
        "uk" => include_str!("../../data/gazetteers/stop-uk.txt"),
        "el" => include_str!("../../data/gazetteers/stop-el.txt"),
        "hu" => include_str!("../../data/gazetteers/stop-hu.txt"),
        "tr" => include_str!("../../data/gazetteers/stop-tr.txt"),
        "pl" => include_str!("../../data/gazetteers/stop-pl.txt"),
        "ar" => include_str!("../../data/gazetteers/stop-ar.txt"),
        "fa" => include_str!("../../data/gazetteers/stop-fa.txt"),
        _ => return None,
    };
    Some(List(text))
}

/// The frequent ordinary words of `lang`, when it has a lexicon.
#[must_use]
pub fn lexicon(lang: &str) -> Option<List> {
    let text = match lang {
        "en" => include_str!("../../data/gazetteers/lex-en.txt"),
        "fr" => include_str!("../../data/gazetteers/lex-fr.txt"),
        "de" => include_str!("../../data/gazetteers/lex-de.txt"),
        "it" => include_str!("../../data/gazetteers/lex-it.txt"),
        "es" => include_str!("../../data/gazetteers/lex-es.txt"),
        "pt" => include_str!("../../data/gazetteers/lex-pt.txt"),
        "ru" => include_str!("../../data/gazetteers/lex-ru.txt"),
        "uk" => include_str!("../../data/gazetteers/lex-uk.txt"),
        "el" => include_str!("../../data/gazetteers/lex-el.txt"),
        "hu" => include_str!("../../data/gazetteers/lex-hu.txt"),
        "tr" => include_str!("../../data/gazetteers/lex-tr.txt"),
        "pl" => include_str!("../../data/gazetteers/lex-pl.txt"),
        _ => return None,
    };
    Some(List(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_search_finds_first_middle_last_and_misses() {
        let l = List("alpha\nbeta\ngamma delta\nzeta\n");
        for k in ["alpha", "beta", "gamma delta", "zeta"] {
            assert!(l.contains(k), "{k}");
        }
        for k in ["", "alph", "betas", "gamma", "omega", "zz"] {
            assert!(!l.contains(k), "{k}");
        }
        assert!(l.completes("bet", 1));
        assert!(!l.completes("be", 1));
        assert!(!l.completes("gamma", 3));
    }

    #[test]
    fn embedded_lists_hold_what_the_build_wrote() {
        assert!(PLACES.contains("syrie"));
        assert!(PLACES.contains("moscou"));
        assert!(ORGS.contains("otan"));
        assert!(GIVEN.contains("vladimir"));
        assert!(PLACES.contains("флорида") && GIVEN.contains("джон")); // OpenCorpora
        assert!(lexicon("de").is_some_and(|l| l.contains("regierung")));
    }
}
