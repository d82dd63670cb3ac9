//! Euronews pages of a known design: the article root (the page's own slide
//! on swipe pages), headline, standfirst, byline and agencies, lead image and
//! body blocks, read with the selectors of [`crate::sites::euronews`].

use super::watchers;
use crate::clutter::Matcher;
use crate::meta::Meta;
use crate::model::{Article, Block, BlockType, Kind};
use crate::sites::euronews as en;
use crate::{body, byline, dom, locale};
use scraper::{ElementRef, Html, Selector};
use std::sync::OnceLock;

/// The scraper selectors of [`crate::sites::euronews`], compiled once.
struct Selectors {
    content: Vec<Selector>,
    title: Vec<Selector>,
    summary: Vec<Selector>,
    contributors: Option<Selector>,
    lead_image: Option<Selector>,
    lead_credit: Option<Selector>,
    lead_caption: Option<Selector>,
}

fn selectors() -> &'static Selectors {
    static SELECTORS: OnceLock<Selectors> = OnceLock::new();
    SELECTORS.get_or_init(|| {
        let all = |list: &[&str]| list.iter().filter_map(|s| dom::selector(s)).collect();
        Selectors {
            content: all(en::CONTENT),
            title: all(en::TITLE),
            summary: all(en::SUMMARY),
            contributors: dom::selector(en::CONTRIBUTORS),
            lead_image: dom::selector(en::LEAD_IMAGE),
            lead_credit: dom::selector(en::LEAD_CREDIT),
            lead_caption: dom::selector(en::LEAD_CAPTION),
        }
    })
}

fn first_match<'a>(scope: ElementRef<'a>, selectors: &[Selector]) -> Option<ElementRef<'a>> {
    selectors.iter().find_map(|s| dom::first(scope, s))
}

/// The article root of a Euronews page: on swipe pages the slide whose
/// `data-url` is the page's own path (the reader may have swiped, and the
/// address follows), else the first root holding a body in the order of
/// [`en::ARTICLE_ROOTS`].
fn euronews_root<'a>(doc: &'a Html, url: Option<&str>) -> Option<ElementRef<'a>> {
    let w = watchers();
    let groups = |el: &ElementRef<'_>| w.index.first_per_group::<3, _>(el.value());
    let has_content =
        |el: &ElementRef<'_>| el.descendent_elements().any(|d| groups(&d)[2].is_some());
    let candidates: Vec<(usize, ElementRef<'a>)> = doc
        .root_element()
        .descendent_elements()
        .filter_map(|el| groups(&el)[1].map(|sel| (sel, el)))
        .collect();
    let path = url.map(locale::path_of);
    let own = candidates
        .iter()
        .find(|(_, el)| path.is_some() && dom::attr(el, "data-url") == path && has_content(el))
        .map(|(_, el)| *el);
    own.or_else(|| {
        let mut ordered: Vec<&(usize, ElementRef<'a>)> = candidates
            .iter()
            .filter(|(sel, _)| *sel != w.slide)
            .collect();
        ordered.sort_by_key(|(sel, _)| *sel);
        ordered
            .into_iter()
            .find(|(_, el)| has_content(el))
            .map(|(_, el)| *el)
    })
}

/// Fill `article` from a Euronews page of a known design. False when the
/// page has no article body we recognise.
pub(super) fn euronews_article(
    doc: &Html,
    meta: &Meta,
    matcher: &Matcher,
    article: &mut Article,
) -> bool {
    let Some(root) = euronews_root(doc, article.url.as_deref()) else {
        return false;
    };
    let sel = selectors();
    let Some(content) = first_match(root, &sel.content) else {
        return false;
    };
    let mut blocks = lead_image(root).into_iter().collect::<Vec<_>>();
    blocks.extend(body::blocks(content, matcher));
    if !blocks.iter().any(|b| b.kind == BlockType::Paragraph) {
        return false;
    }
    article.blocks = blocks;
    article.title = first_match(root, &sel.title)
        .map(dom::text)
        .filter(|t| !t.is_empty());
    article.summary = first_match(root, &sel.summary)
        .map(dom::text)
        .filter(|t| !t.is_empty());
    let contributors: Vec<String> = sel
        .contributors
        .as_ref()
        .map(|s| root.select(s).map(dom::text).collect())
        .unwrap_or_default();
    let mut names: Vec<String> = meta.authors.clone();
    if names.is_empty() {
        names = meta.ld().map(|l| l.authors.clone()).unwrap_or_default();
    }
    if names.is_empty() {
        names.clone_from(&contributors);
    }
    for n in names.iter().chain(contributors.iter()) {
        let (authors, agencies) = byline::split(n);
        if names.contains(n) {
            push_unique(&mut article.authors, authors);
        }
        push_unique(&mut article.agencies, agencies);
    }
    article.kind = Kind::Article;
    true
}

fn push_unique(into: &mut Vec<String>, items: Vec<String>) {
    for i in items {
        if !into.contains(&i) {
            into.push(i);
        }
    }
}

/// The lead image (or video poster) above the body, with its caption.
fn lead_image(root: ElementRef<'_>) -> Option<Block> {
    let sel = selectors();
    let img = dom::first(root, sel.lead_image.as_ref()?)?;
    let src = body::image_src(&img)?;
    let credit = sel
        .lead_credit
        .as_ref()
        .and_then(|s| dom::first(root, s))
        .map(dom::text)
        .filter(|t| !t.is_empty());
    // The caption element wraps "- Copyright <credit>" too (en-2024-sweden-police-leaks).
    let credit_part =
        |e: &ElementRef<'_>| en::LEAD_CAPTION_SKIP.iter().any(|c| dom::has_class(e, c));
    let caption = sel
        .lead_caption
        .as_ref()
        .and_then(|s| dom::first(root, s))
        .map(|c| dom::text_skipping(c, &credit_part))
        .filter(|t| !t.is_empty());
    Some(Block {
        src: Some(src),
        alt: dom::attr(&img, "alt").map(dom::clean_text),
        caption,
        credit: credit.map(|c| c.trim_start_matches("Copyright").trim().to_string()),
        ..Block::new(BlockType::Image)
    })
}
