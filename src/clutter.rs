//! stub
use crate::model::{Article, Clutter, Dir, Kind, Site};
use serde::Serialize;

/// What the content script does to the live page.
#[derive(Debug, Clone, Serialize)]
pub struct PagePlan {
    /// The extracted article.
    pub article: Article,
    /// Selectors of nodes to delete.
    pub remove: Vec<String>,
    /// CSS hiding clutter.
    pub css: String,
}

/// stub
#[must_use]
pub fn stub_plan(_html: &str, url: Option<&str>) -> PagePlan {
    PagePlan {
        article: Article {
            kind: Kind::Article, site: Site::Euronews, lang: Some("en".into()), dir: Dir::Ltr,
            url: url.map(str::to_string), title: Some("stub".into()), summary: None, authors: vec![], agencies: vec![],
            published: None, updated: None, topics: vec![], blocks: vec![crate::model::Block::paragraph("p".into())],
            reading_minutes: 1, quotes: vec![], entities: vec![], clutter: Clutter::default(),
        },
        remove: vec!["#adzone-mpu_1".into(), ".c-ad".into(), "[class*=\"optidigital-\"]".into()],
        css: String::new(),
    }
}
