//! Generic main-content extraction, for any news page and for Euronews
//! designs we have never seen. Stages: measure the page ([`index`]), score
//! paragraphs into containers and choose the content with its sibling parts
//! ([`select`]), drop furniture inside it ([`cleanup`]), then walk it into
//! blocks ([`crate::body::loose_blocks`]). Passes get laxer (furniture kept,
//! class hints off) when a strict pass finds too little text, as Readability
//! retries. Input: the parsed page and its metadata. Output: the article's
//! blocks, title and authors.

pub mod cleanup;
pub mod hints;
pub mod index;
pub mod select;

use crate::clutter::Matcher;
use crate::meta::Meta;
use crate::model::{Article, Block, BlockType, Kind};
use crate::{body, dom};
use scraper::{ElementRef, Html};

/// A body shorter than this (characters) sends the extraction to a laxer pass.
const ENOUGH_TEXT: usize = 500;

/// Minimum body text (characters) for a page to count as an article.
const MIN_TEXT: usize = 250;

/// Is the page probably one article, by its content (enough long
/// paragraphs outside furniture)? Readability's `isProbablyReaderable`.
#[must_use]
pub fn readerable(doc: &Html) -> bool {
    select::readerable(&index::build(doc, true, false))
}

fn text_len(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .filter(|b| b.kind != BlockType::Image && b.kind != BlockType::Embed)
        .map(|b| {
            b.text.as_deref().map_or(0, str::len)
                + b.items.iter().flatten().map(String::len).sum::<usize>()
        })
        .sum()
}

/// One pass: the content's blocks under the given flags.
fn pass(doc: &Html, matcher: &Matcher, strip: bool, weigh: bool, clean: bool) -> Vec<Block> {
    let mut ix = index::build(doc, strip, weigh);
    select::score(&mut ix);
    let Some(top) = select::top(&ix) else {
        return Vec::new();
    };
    let roots = select::with_siblings(&ix, top);
    if clean {
        cleanup::clean(&mut ix, &roots);
    }
    let els: Vec<ElementRef<'_>> = roots
        .iter()
        .filter_map(|&i| ix.items.get(i).map(|it| it.el))
        .collect();
    let dropped = &ix.dropped;
    let skip = |el: &ElementRef<'_>| dropped.contains(&el.id()) || matcher.is_clutter(el);
    body::loose_blocks(&els, &skip)
}

/// Fill `article` with the content of `doc`, when there is enough of it.
pub fn fill(doc: &Html, meta: &Meta, matcher: &Matcher, article: &mut Article) {
    let mut best: Vec<Block> = Vec::new();
    for (strip, weigh, clean) in [
        (true, true, true),
        (false, true, true),
        (false, false, true),
        (false, false, false),
    ] {
        let blocks = pass(doc, matcher, strip, weigh, clean);
        if text_len(&blocks) > text_len(&best) {
            best = blocks;
        }
        if text_len(&best) >= ENOUGH_TEXT {
            break;
        }
    }
    if text_len(&best) < MIN_TEXT || !best.iter().any(|b| b.kind == BlockType::Paragraph) {
        return;
    }
    let title = title(doc, meta);
    // The headline repeated at the top of the body is not body text.
    if let Some(t) = &title {
        if let Some(pos) = best.iter().take(3).position(|b| {
            b.kind == BlockType::Heading && b.text.as_deref().is_some_and(|x| same(x, t))
        }) {
            best.remove(pos);
        }
    }
    article.blocks = best;
    article.title = title;
    if let Some(ld) = meta.ld() {
        article.authors.clone_from(&ld.authors);
    }
    if article.authors.is_empty() {
        article.authors.clone_from(&meta.authors);
    }
    article.kind = Kind::Article;
}

fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn same(a: &str, b: &str) -> bool {
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && a == b
}

/// The headline: an `<h1>` that matches the JSON-LD headline or `og:title`,
/// else the JSON-LD headline, else `og:title` (site suffix and all), else
/// the first `<h1>`.
fn title(doc: &Html, meta: &Meta) -> Option<String> {
    let h1s: Vec<String> = dom::selector("h1")
        .map(|s| {
            doc.select(&s)
                .take(5)
                .map(dom::text)
                .filter(|t| !t.is_empty())
                .collect()
        })
        .unwrap_or_default();
    let ld = meta.ld().and_then(|l| l.headline.clone());
    let og = meta.og_title.clone();
    let known: Vec<String> = [ld.clone(), og.clone()].into_iter().flatten().collect();
    h1s.iter()
        .find(|h| {
            let h = norm(h);
            !h.is_empty() && known.iter().any(|k| norm(k).contains(&h))
        })
        .cloned()
        .or(ld)
        .or(og)
        .or_else(|| h1s.into_iter().next())
}

#[cfg(test)]
mod tests {
    use crate::model::{BlockType, Kind};

    fn para(n: usize) -> String {
        format!(
            "Sentence {n} of the story, long enough to count, with commas, clauses, and a \
             little more text so that the paragraph passes every length threshold we use."
        )
    }

    fn body_text(a: &crate::model::Article) -> String {
        a.blocks
            .iter()
            .filter(|b| b.kind != BlockType::Image)
            .filter_map(|b| b.text.clone())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn br_text_inside_a_form_without_article_metadata() {
        let text: Vec<String> = (0..8).map(para).collect();
        let html = format!(
            "<html><head><meta property='og:type' content='website'></head><body>\
             <nav><a href='/'>Home</a></nav><form action='/x'><div class='post-body'>{}</div></form>\
             <div class='related'><ul><li><a href='/a'>Other story one</a></li></ul></div></body></html>",
            text.join("<br><br>")
        );
        let a = crate::extract(
            &html,
            Some("https://blog.example/2019/11/a-story-about-things.html"),
        );
        assert_eq!(a.kind, Kind::Article);
        let got = body_text(&a);
        assert!(
            got.contains("Sentence 0 of") && got.contains("Sentence 7 of"),
            "{got}"
        );
        assert!(!got.contains("Other story"), "{got}");
        assert!(a.blocks.len() >= 8);
    }

    #[test]
    fn home_page_is_not_an_article() {
        let text: Vec<String> = (0..8).map(|n| format!("<p>{}</p>", para(n))).collect();
        let html = format!("<html><body><main>{}</main></body></html>", text.join(""));
        let a = crate::extract(&html, Some("https://news.example/"));
        assert_eq!(a.kind, Kind::NotArticle);
        let a = crate::extract(&html, Some("https://news.example/search?q=story"));
        assert_eq!(a.kind, Kind::NotArticle);
    }

    #[test]
    fn tweets_keep_their_text_and_captions_go() {
        let text: Vec<String> = (0..6).map(|n| format!("<p>{}</p>", para(n))).collect();
        let html = format!(
            "<html><head><meta property='og:type' content='article'><meta property='og:title' content='The headline'></head>\
             <body><article><h1>The headline</h1>{}<blockquote class='twitter-tweet'><p>Tweeted words here</p>\
             <a href='https://twitter.com/x/status/1'>Nov 1</a></blockquote><div class='caption'>A photo caption</div>\
             <p><a href='/other'>You may also like this other story</a></p></article></body></html>",
            text.join("")
        );
        let a = crate::extract(&html, Some("https://news.example/a/b"));
        assert_eq!(a.title.as_deref(), Some("The headline"));
        let got = body_text(&a);
        assert!(got.contains("Tweeted words here"), "{got}");
        assert!(
            !got.contains("photo caption") && !got.contains("also like"),
            "{got}"
        );
        assert!(!got.starts_with("The headline"), "{got}");
    }
}
