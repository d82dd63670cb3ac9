//! The Zyte article-extraction metric: precision, recall and F1 of 4-word
//! shingles (multiset intersection) between extracted and reference text.
//! Used by the corpus tests and the benchmark; nothing in the extension needs it.

use std::collections::HashMap;

/// Precision, recall and F1 of one comparison.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    /// Share of extracted shingles found in the reference.
    pub precision: f64,
    /// Share of reference shingles found in the extraction.
    pub recall: f64,
    /// Harmonic mean of the two.
    pub f1: f64,
}

fn shingles(text: &str, n: usize) -> HashMap<Vec<&str>, usize> {
    let tokens: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter(|t| !t.is_empty())
        .collect();
    let mut out = HashMap::new();
    if tokens.is_empty() {
        return out;
    }
    let n = n.min(tokens.len());
    for w in tokens.windows(n) {
        *out.entry(w.to_vec()).or_insert(0) += 1;
    }
    out
}

/// Compare `predicted` with `truth` on word `n`-grams (the benchmark uses 4).
#[must_use]
#[allow(clippy::cast_precision_loss)]
pub fn shingle_score(predicted: &str, truth: &str, n: usize) -> Score {
    let (p, t) = (shingles(predicted, n), shingles(truth, n));
    let (np, nt): (usize, usize) = (p.values().sum(), t.values().sum());
    if np == 0 && nt == 0 {
        return Score {
            precision: 1.0,
            recall: 1.0,
            f1: 1.0,
        };
    }
    let common: usize = p
        .iter()
        .map(|(k, c)| (*c).min(t.get(k).copied().unwrap_or(0)))
        .sum();
    let precision = if np == 0 {
        0.0
    } else {
        common as f64 / np as f64
    };
    let recall = if nt == 0 {
        0.0
    } else {
        common as f64 / nt as f64
    };
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Score {
        precision,
        recall,
        f1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_and_disjoint() {
        assert!((shingle_score("a b c d e", "a b c d e", 4).f1 - 1.0).abs() < 1e-9);
        assert!(shingle_score("a b c d e", "v w x y z", 4).f1.abs() < 1e-9);
        let half = shingle_score("a b c d e", "a b c d", 4);
        assert!((half.recall - 1.0).abs() < 1e-9 && (half.precision - 0.5).abs() < 1e-9);
    }
}
