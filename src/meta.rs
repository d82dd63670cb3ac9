//! Page metadata: `<html lang>`, `<meta>` tags (Open Graph, article:*, Euronews's
//! `date.*`), the canonical link and JSON-LD. Input: the parsed document.
//! Output: [`Meta`], raw strings that later stages choose from.

use crate::dom;
use scraper::{ElementRef, Html};
use serde_json::Value;

/// Metadata read from the document head (and JSON-LD anywhere in the page).
#[derive(Debug, Default, Clone)]
pub struct Meta {
    /// `<html lang>`.
    pub html_lang: Option<String>,
    /// `<html dir>`.
    pub html_dir: Option<String>,
    /// `og:locale`.
    pub og_locale: Option<String>,
    /// `<link rel=canonical>`.
    pub canonical: Option<String>,
    /// `og:url`.
    pub og_url: Option<String>,
    /// `og:type`.
    pub og_type: Option<String>,
    /// `og:title`.
    pub og_title: Option<String>,
    /// `og:site_name`.
    pub site_name: Option<String>,
    /// `description` or `og:description`.
    pub description: Option<String>,
    /// `article:tag` values, in order.
    pub tags: Vec<String>,
    /// `keywords` / `news_keywords`, comma-split.
    pub keywords: Vec<String>,
    /// `article:author` values.
    pub authors: Vec<String>,
    /// `article:published_time` or `date.available` / `date.created`.
    pub published: Option<String>,
    /// `article:modified_time` or `date.modified` / `date.updated`.
    pub modified: Option<String>,
    /// `date.created` (Euronews, no time zone).
    pub created: Option<String>,
    /// `date.updated` (Euronews, no time zone).
    pub updated_plain: Option<String>,
    /// `<title>`.
    pub doc_title: Option<String>,
    /// Every JSON-LD object of an article type (NewsArticle, Article, ...).
    pub ld_articles: Vec<LdArticle>,
    /// Every `@type` seen in JSON-LD.
    pub ld_types: Vec<String>,
}

/// The fields we use from one JSON-LD article object.
#[derive(Debug, Default, Clone)]
pub struct LdArticle {
    /// `@type`.
    pub kind: String,
    /// `headline`.
    pub headline: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `datePublished`.
    pub published: Option<String>,
    /// `dateModified`.
    pub modified: Option<String>,
    /// `author[].name`.
    pub authors: Vec<String>,
}

fn non_empty(s: &str) -> Option<String> {
    let t = dom::clean_text(s);
    (!t.is_empty()).then_some(t)
}

fn split_keywords(s: &str) -> Vec<String> {
    s.split(',').filter_map(non_empty).collect()
}

impl Meta {
    /// Read the metadata of a parsed document.
    #[must_use]
    pub fn read(doc: &Html) -> Self {
        let mut m = Meta::default();
        let root = doc.root_element();
        m.html_lang = dom::attr(&root, "lang").and_then(non_empty);
        m.html_dir = dom::attr(&root, "dir").map(str::to_ascii_lowercase);
        for el in root.descendent_elements() {
            match el.value().name() {
                "meta" => m.read_meta(&el),
                "link" if m.canonical.is_none() => {
                    let rel = el.value().attr("rel").unwrap_or_default();
                    if rel.eq_ignore_ascii_case("canonical") {
                        m.canonical = dom::attr(&el, "href").map(str::to_string);
                    }
                }
                "title" if m.doc_title.is_none() => m.doc_title = non_empty(&dom::text(el)),
                "script" => {
                    let ty = el.value().attr("type").unwrap_or_default();
                    if ty.eq_ignore_ascii_case("application/ld+json") {
                        let raw: String = el.text().collect();
                        if let Ok(Ld(v)) = serde_json::from_str::<Ld>(&raw) {
                            m.read_ld(&v, 0);
                        }
                    }
                }
                _ => {}
            }
        }
        if m.published.is_none() {
            m.published = m.created.take();
        }
        if m.modified.is_none() {
            m.modified = m.updated_plain.take();
        }
        m
    }

    fn read_meta(&mut self, el: &ElementRef<'_>) {
        let key = el
            .value()
            .attr("property")
            .or_else(|| el.value().attr("name"))
            .unwrap_or_default()
            .to_ascii_lowercase();
        // Cleaned only for the keys we read: pages carry dozens of others.
        let content = || el.value().attr("content").and_then(non_empty);
        let slot = match key.as_str() {
            "og:locale" => &mut self.og_locale,
            "og:url" => &mut self.og_url,
            "og:type" => &mut self.og_type,
            "og:title" => &mut self.og_title,
            "og:site_name" => &mut self.site_name,
            "description" | "og:description" => &mut self.description,
            // Most precise first: only these carry the time zone on 2024/2026 pages.
            "article:published_time" | "date.available" => &mut self.published,
            "article:modified_time" | "date.modified" => &mut self.modified,
            "date.created" => &mut self.created,
            "date.updated" => &mut self.updated_plain,
            "article:tag" => {
                self.tags.extend(content());
                return;
            }
            "keywords" | "news_keywords" => {
                if self.keywords.is_empty() {
                    self.keywords = content().map(|c| split_keywords(&c)).unwrap_or_default();
                }
                return;
            }
            "article:author" | "author" => {
                if let Some(c) = content().filter(|c| !self.authors.contains(c)) {
                    self.authors.push(c);
                }
                return;
            }
            _ => return,
        };
        if slot.is_none() {
            *slot = content();
        }
    }

    fn read_ld(&mut self, v: &Value, depth: usize) {
        if depth > 8 {
            return;
        }
        match v {
            Value::Array(items) => items.iter().for_each(|i| self.read_ld(i, depth + 1)),
            Value::Object(obj) => {
                if let Some(graph) = obj.get("@graph") {
                    self.read_ld(graph, depth + 1);
                }
                let kinds: Vec<String> = match obj.get("@type") {
                    Some(Value::String(s)) => vec![s.clone()],
                    Some(Value::Array(a)) => a
                        .iter()
                        .filter_map(|x| x.as_str().map(String::from))
                        .collect(),
                    _ => Vec::new(),
                };
                for k in &kinds {
                    if !self.ld_types.contains(k) {
                        self.ld_types.push(k.clone());
                    }
                }
                if let Some(kind) = kinds.iter().find(|k| is_article_type(k)) {
                    let s = |key: &str| obj.get(key).and_then(Value::as_str).and_then(non_empty);
                    self.ld_articles.push(LdArticle {
                        kind: kind.clone(),
                        headline: s("headline"),
                        description: s("description"),
                        published: s("datePublished"),
                        modified: s("dateModified"),
                        authors: ld_names(obj.get("author")),
                    });
                }
            }
            _ => {}
        }
    }

    /// The first JSON-LD article object, if any.
    #[must_use]
    pub fn ld(&self) -> Option<&LdArticle> {
        self.ld_articles.first()
    }
}

/// JSON-LD parsed into a [`Value`] that keeps only the keys we read (and
/// containers that may hold them): 2020 pages carry the whole article body
/// in `articleBody`, which we never use, so it is skipped, not allocated.
struct Ld(Value);

/// Keys of JSON-LD objects kept by [`Ld`].
const LD_KEYS: &[&str] = &[
    "@type",
    "@graph",
    "headline",
    "description",
    "datePublished",
    "dateModified",
    "author",
    "name",
];

impl<'de> serde::Deserialize<'de> for Ld {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(LdVisitor).map(Ld)
    }
}

struct LdVisitor;

impl<'de> serde::de::Visitor<'de> for LdVisitor {
    type Value = Value;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("JSON")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(Ld(v)) = seq.next_element::<Ld>()? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = serde_json::Map::new();
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if LD_KEYS.contains(&key.as_ref()) {
                let Ld(v) = map.next_value::<Ld>()?;
                out.insert(key.into_owned(), v);
            } else {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(Value::Object(out))
    }
}

/// JSON-LD types that describe one article.
fn is_article_type(kind: &str) -> bool {
    matches!(
        kind,
        "NewsArticle"
            | "Article"
            | "ReportageNewsArticle"
            | "AnalysisNewsArticle"
            | "BlogPosting"
            | "LiveBlogPosting"
            | "VideoObject"
            | "OpinionNewsArticle"
    )
}

fn ld_names(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => non_empty(s).into_iter().collect(),
        Some(Value::Object(o)) => o
            .get("name")
            .and_then(Value::as_str)
            .and_then(non_empty)
            .into_iter()
            .collect(),
        Some(Value::Array(a)) => a.iter().flat_map(|x| ld_names(Some(x))).collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_meta_and_json_ld() {
        let html = r#"<html lang="fr"><head>
            <meta property="og:type" content="article">
            <meta property="article:tag" content=" Espace ">
            <meta name="keywords" content="a, b ,c">
            <link rel="canonical" href="https://fr.euronews.com/x">
            <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"H","author":[{"@type":"Person","name":"A B"}]}]}</script>
            </head><body></body></html>"#;
        let m = Meta::read(&dom::parse(html));
        assert_eq!(m.html_lang.as_deref(), Some("fr"));
        assert_eq!(m.og_type.as_deref(), Some("article"));
        assert_eq!(m.tags, vec!["Espace"]);
        assert_eq!(m.keywords, vec!["a", "b", "c"]);
        assert_eq!(m.canonical.as_deref(), Some("https://fr.euronews.com/x"));
        let ld = m.ld().unwrap();
        assert_eq!(ld.headline.as_deref(), Some("H"));
        assert_eq!(ld.authors, vec!["A B"]);
    }
}
