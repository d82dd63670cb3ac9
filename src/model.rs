//! The output contract: [`Article`] and its parts, serialised exactly as
//! `../shared/contract/article.schema.json` describes (the core may add fields,
//! never rename or drop them).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What kind of page this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A written news article.
    Article,
    /// An article built around a video.
    Video,
    /// A live blog.
    Live,
    /// Home, section, archive, search or anything that is not one article.
    NotArticle,
}

/// Which extractor produced the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Site {
    /// Euronews-specific rules were used.
    Euronews,
    /// The generic main-content extractor was used.
    Generic,
}

/// Text direction of the article's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dir {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Persian, ...).
    Rtl,
}

/// The type of one body block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockType {
    /// A paragraph of prose.
    Paragraph,
    /// A subheading (`level` 2 or 3).
    Heading,
    /// An image with optional caption and credit.
    Image,
    /// A quotation widget.
    Quote,
    /// A tweet, social post or video, given as a link.
    Embed,
    /// A bulleted or numbered list (`items`).
    List,
    /// A table, flattened to rows of text in `items`.
    Table,
}

/// One block of the article body, in reading order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// The block's type.
    #[serde(rename = "type")]
    pub kind: BlockType,
    /// Visible text (paragraphs, headings, quotes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Heading level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    /// Image source (http(s) only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub src: Option<String>,
    /// Image alternative text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alt: Option<String>,
    /// Image caption.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// Image credit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
    /// Speaker of a quotation widget.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// Role of that speaker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Embed provider (twitter, youtube, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Embed link (http(s) only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
    /// List items or table rows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<String>>,
}

impl Block {
    /// A block of `kind` with every optional field empty.
    #[must_use]
    pub fn new(kind: BlockType) -> Self {
        Self {
            kind,
            text: None,
            level: None,
            src: None,
            alt: None,
            caption: None,
            credit: None,
            speaker: None,
            role: None,
            provider: None,
            href: None,
            items: None,
        }
    }

    /// A paragraph holding `text`.
    #[must_use]
    pub fn paragraph(text: String) -> Self {
        Self {
            text: Some(text),
            ..Self::new(BlockType::Paragraph)
        }
    }

    /// A heading of `level` holding `text`.
    #[must_use]
    pub fn heading(level: u8, text: String) -> Self {
        Self {
            text: Some(text),
            level: Some(level),
            ..Self::new(BlockType::Heading)
        }
    }
}

/// A direct or reported quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words.
    pub text: String,
    /// Who said them; `None` only when truly unknown.
    pub speaker: Option<String>,
    /// The speaker's role, kept apart from the name.
    pub role: Option<String>,
    /// Index into `blocks` (extract) or absent (analyze).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub block: Option<usize>,
    /// Start offset in Unicode scalar values.
    pub start: usize,
    /// End offset (exclusive) in Unicode scalar values.
    pub end: usize,
}

/// The type of a named entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityType {
    /// A person.
    Person,
    /// An organisation.
    Organization,
    /// A place.
    Place,
}

/// A named entity with every mention grouped under its fullest name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Fullest name used in the text.
    pub name: String,
    /// Person, organisation or place.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Number of mentions (at least 1).
    pub mentions: usize,
    /// Other names the entity goes by in the text.
    pub aliases: Vec<String>,
    /// Each mention as `[start, end)` in Unicode scalar values: into the
    /// block's text (extract, with `blocks`) or the input text (analyze).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub spans: Vec<[usize; 2]>,
    /// With `spans`, in extract: the block of each span.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blocks: Vec<usize>,
}

/// What clutter the extension removes from the live page, by kind.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Clutter {
    /// Total number of elements found to be clutter.
    pub removed: usize,
    /// The same count split by kind (`ad`, `share`, `related`, ...).
    pub kinds: BTreeMap<String, usize>,
}

/// Everything the reader needs to know about one page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Page kind.
    pub kind: Kind,
    /// Extractor used.
    pub site: Site,
    /// BCP 47 primary language.
    pub lang: Option<String>,
    /// Text direction.
    pub dir: Dir,
    /// Canonical address.
    pub url: Option<String>,
    /// Visible headline.
    pub title: Option<String>,
    /// Standfirst.
    pub summary: Option<String>,
    /// Authors (people or the newsroom).
    pub authors: Vec<String>,
    /// News agencies credited in the byline (AFP, AP, Reuters, ...).
    pub agencies: Vec<String>,
    /// Publication time, RFC 3339 with offset when known.
    pub published: Option<String>,
    /// Last update time.
    pub updated: Option<String>,
    /// Euronews topics (tags).
    pub topics: Vec<String>,
    /// The body in reading order.
    pub blocks: Vec<Block>,
    /// Estimated reading time in minutes.
    pub reading_minutes: usize,
    /// Quotes found in the body.
    pub quotes: Vec<Quote>,
    /// Named entities found in the article.
    pub entities: Vec<Entity>,
    /// Clutter found in the page.
    pub clutter: Clutter,
}

#[cfg(test)]
mod tests {
    #[test]
    fn articles_round_trip_through_json() {
        let html = r#"<html lang="fr"><head><meta property="og:type" content="article"></head><body><div class="o-article"><h1>T</h1><div class="c-article-content"><p>« Texte », a dit Jean Dupont à Paris.</p></div></div></body></html>"#;
        let a = crate::extract(html, Some("https://fr.euronews.com/x"));
        let json = serde_json::to_string(&a).unwrap();
        let back: super::Article = serde_json::from_str(&json).unwrap();
        assert_eq!(a, back);
    }
}
