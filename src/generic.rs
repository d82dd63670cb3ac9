//! Generic main-content extraction, for pages of a design we have never seen:
//! the container holding the most paragraph text wins (a first version; the
//! "any news site" issue makes it the best available).

use crate::clutter::Matcher;
use crate::meta::Meta;
use crate::model::{Article, BlockType, Kind};
use crate::{body, dom};
use scraper::{ElementRef, Html};
use std::collections::HashMap;

/// Ancestors whose paragraphs are page furniture, not the article.
const FURNITURE: &[&str] = &["nav", "header", "footer", "aside", "form"];

/// Minimum paragraph text (characters) for a page to count as an article.
const MIN_TEXT: usize = 250;

/// Fill `article` with the best content container of `doc`, when there is one.
pub fn fill(doc: &Html, meta: &Meta, matcher: &Matcher, article: &mut Article) {
    let Some(best) = best_container(doc, matcher) else {
        return;
    };
    let blocks = body::blocks(best, matcher);
    if !blocks.iter().any(|b| b.kind == BlockType::Paragraph) {
        return;
    }
    article.blocks = blocks;
    article.title = dom::selector("h1")
        .and_then(|s| dom::first(doc.root_element(), &s))
        .map(dom::text)
        .filter(|t| !t.is_empty());
    if let Some(ld) = meta.ld() {
        article.authors.clone_from(&ld.authors);
    }
    if article.authors.is_empty() {
        article.authors.clone_from(&meta.authors);
    }
    article.kind = Kind::Article;
}

fn in_furniture(el: ElementRef<'_>, matcher: &Matcher) -> bool {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| FURNITURE.contains(&a.value().name()) || matcher.is_clutter(&a))
}

fn best_container<'a>(doc: &'a Html, matcher: &Matcher) -> Option<ElementRef<'a>> {
    let p = dom::selector("p")?;
    let mut scores: HashMap<ego_tree::NodeId, usize> = HashMap::new();
    for para in doc.select(&p) {
        let len = dom::text(para).chars().count();
        if len < 25 || in_furniture(para, matcher) {
            continue;
        }
        let mut up = para.ancestors().filter_map(ElementRef::wrap);
        if let Some(parent) = up.next() {
            *scores.entry(parent.id()).or_insert(0) += len;
        }
        if let Some(grand) = up.next() {
            *scores.entry(grand.id()).or_insert(0) += len / 2;
        }
    }
    let (id, score) = scores
        .into_iter()
        .max_by_key(|(id, s)| (*s, std::cmp::Reverse(*id)))?;
    (score >= MIN_TEXT)
        .then(|| doc.tree.get(id).and_then(ElementRef::wrap))
        .flatten()
}
