//! Quotes and entities over an article or over plain text. Maps the
//! per-paragraph results of [`crate::quotes`] and [`crate::entities`] to
//! block indices (extract) or to offsets into the whole input (analyze).

use crate::model::{Article, BlockType, Entity, Quote};
use serde::Serialize;

/// The output of `euronews-reader analyze`.
#[derive(Debug, Clone, Serialize)]
pub struct Analysis {
    /// Quotes with offsets into the input text.
    pub quotes: Vec<Quote>,
    /// Entities with every mention's span in the input text.
    pub entities: Vec<Entity>,
}

/// Paragraphs of plain text (separated by blank lines) with the Unicode-scalar
/// offset at which each starts; single newlines stay inside a paragraph.
#[must_use]
pub fn paragraphs(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let (mut byte, mut chars_before) = (0usize, 0usize);
    // (start byte, start char, end byte) of the paragraph being read.
    let mut cur: Option<(usize, usize, usize)> = None;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end();
        if content.trim_start().is_empty() {
            if let Some((sb, sc, eb)) = cur.take() {
                out.push((sc, &text[sb..eb]));
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            let start = cur.map_or(
                (byte + lead, chars_before + line[..lead].chars().count()),
                |(sb, sc, _)| (sb, sc),
            );
            cur = Some((start.0, start.1, byte + content.len()));
        }
        byte += line.len();
        chars_before += line.chars().count();
    }
    if let Some((sb, sc, eb)) = cur {
        out.push((sc, &text[sb..eb]));
    }
    out
}

/// Quotes and entities of plain text in `lang`, offsets into `text`.
#[must_use]
pub fn analyze_text(text: &str, lang: &str) -> Analysis {
    let paras = paragraphs(text);
    let texts: Vec<&str> = paras.iter().map(|(_, t)| *t).collect();
    let offset = |block: usize| paras.get(block).map_or(0, |(o, _)| *o);
    let quotes = crate::quotes::find(&texts, lang)
        .into_iter()
        .map(|mut q| {
            let o = offset(q.block.unwrap_or(0));
            q.start += o;
            q.end += o;
            q.block = None;
            q
        })
        .collect();
    let entities = crate::entities::find(&texts, lang, &[])
        .into_iter()
        .map(|mut e| {
            e.spans = e
                .spans
                .iter()
                .zip(e.blocks.iter())
                .map(|(s, b)| [s[0] + offset(*b), s[1] + offset(*b)])
                .collect();
            e.blocks.clear();
            e
        })
        .collect();
    Analysis { quotes, entities }
}

/// Fill `article.quotes` and `article.entities` from its prose blocks
/// (pages that are not articles get none).
pub fn annotate(article: &mut Article) {
    if article.kind == crate::model::Kind::NotArticle {
        return;
    }
    let lang = article.lang.clone().unwrap_or_default();
    let prose: Vec<(usize, &str)> = article
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| {
            matches!(
                b.kind,
                BlockType::Paragraph | BlockType::Heading | BlockType::Quote
            )
        })
        .filter_map(|(i, b)| b.text.as_deref().map(|t| (i, t)))
        .collect();
    let texts: Vec<&str> = prose.iter().map(|(_, t)| *t).collect();
    let block_of = |p: usize| prose.get(p).map_or(0, |(i, _)| *i);
    let mut quotes: Vec<Quote> = crate::quotes::find(&texts, &lang)
        .into_iter()
        .map(|mut q| {
            q.block = Some(block_of(q.block.unwrap_or(0)));
            q
        })
        .collect();
    // Quotation widgets carry speaker and role in their markup.
    for (i, b) in article.blocks.iter().enumerate() {
        if b.kind == BlockType::Quote {
            if let (Some(text), Some(speaker)) = (&b.text, &b.speaker) {
                if !quotes.iter().any(|q| q.block == Some(i)) {
                    quotes.push(Quote {
                        text: text.clone(),
                        speaker: Some(speaker.clone()),
                        role: b.role.clone(),
                        block: Some(i),
                        start: 0,
                        end: text.chars().count(),
                    });
                }
            }
        }
    }
    quotes.sort_by_key(|q| (q.block, q.start));
    let entities = crate::entities::find(&texts, &lang, &article.topics)
        .into_iter()
        .map(|mut e| {
            e.blocks = e.blocks.iter().map(|b| block_of(*b)).collect();
            e
        })
        .collect();
    article.quotes = quotes;
    article.entities = entities;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraph_offsets_are_in_scalar_values() {
        let text = "  Été un\ndeux\n\n\nTrois  \n";
        let p = paragraphs(text);
        assert_eq!(p, vec![(2, "Été un\ndeux"), (16, "Trois")]);
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[16..21].iter().collect::<String>(), "Trois");
    }
}
