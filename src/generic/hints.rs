//! Class, id and role hints: compact substring tables in the spirit of
//! Readability's `unlikelyCandidates`, `positive` and `negative` patterns
//! (no regex crate: lowercase substring tests over `class` and `id`).

use scraper::ElementRef;

/// Class/id words of page furniture (menus, comments, sidebars, ...).
const UNLIKELY: &[&str] = &[
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumb",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
    "newsletter",
    // Hover cards inside sentences (thehill `rollover-people-block`).
    "rollover-people-block",
    "tooltip",
    "hovercard",
];

/// Words that rescue an unlikely-looking element (`article-header-comments`).
const MAYBE: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
];

/// Words of content containers.
const POSITIVE: &[&str] = &[
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
    "blog", "story",
];

/// Words of furniture inside or around the content.
const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
    "newsletter",
    "recommend",
    "subscri",
    "taboola",
    "trending",
    "most-popular",
    "mostpopular",
    "read-more",
    "readmore",
    "signup",
    "social",
    "toolbar",
    "caption-toggle",
    "gallery",
    "author-bio",
    "about-author",
];

/// Class words of short page furniture that sits among the paragraphs:
/// captions and credits (express, foxbusiness, CNBC), bylines and times
/// (Hearst sites), author boxes (9to5mac).
const SMALL_FURNITURE: &[&str] = &[
    "caption",
    "credit",
    "byline",
    "timestamp",
    "dateline",
    "author-bio",
    "author-box",
    "about-author",
    "author-info",
    "share",
];

/// Is this short element furniture by its class or id?
#[must_use]
pub fn small_furniture(ci: &str) -> bool {
    any_in(ci, SMALL_FURNITURE)
}

/// ARIA roles that are never the article.
const ROLES: &[&str] = &[
    "menu",
    "menubar",
    "complementary",
    "navigation",
    "alert",
    "alertdialog",
    "dialog",
];

/// Lowercased `class` and `id`, space-joined (empty when both are missing).
#[must_use]
pub fn class_id(el: &ElementRef<'_>) -> String {
    let v = el.value();
    let mut s = String::new();
    if let Some(c) = v.attr("class") {
        s.push_str(c);
    }
    if let Some(i) = v.attr("id") {
        s.push(' ');
        s.push_str(i);
    }
    s.make_ascii_lowercase();
    s
}

fn any_in(hay: &str, words: &[&str]) -> bool {
    words.iter().any(|w| hay.contains(w))
}

/// Readability's class weight: +25 for content words, −25 for furniture words.
#[must_use]
pub fn class_weight(ci: &str) -> i32 {
    if ci.is_empty() {
        return 0;
    }
    let mut w = 0;
    if any_in(ci, NEGATIVE) {
        w -= 25;
    }
    if any_in(ci, POSITIVE) {
        w += 25;
    }
    w
}

/// Is this element furniture by its class, id or role?
#[must_use]
pub fn unlikely(el: &ElementRef<'_>, ci: &str) -> bool {
    let name = el.value().name();
    if matches!(name, "body" | "a" | "html" | "main" | "article") {
        return false;
    }
    if el
        .value()
        .attr("role")
        .is_some_and(|r| ROLES.contains(&r.trim()))
    {
        return true;
    }
    !ci.is_empty() && any_in(ci, UNLIKELY) && !any_in(ci, MAYBE)
}

/// Hidden by the page itself (`hidden`, `display:none`, `aria-hidden`).
#[must_use]
pub fn hidden(el: &ElementRef<'_>) -> bool {
    let v = el.value();
    if v.attr("hidden").is_some()
        || v.classes()
            .any(|c| matches!(c, "hidden" | "d-none" | "hide" | "display-none"))
    {
        return true;
    }
    if v.attr("aria-hidden").is_some_and(|a| a.trim() == "true")
        && !v.classes().any(|c| c == "fallback-image")
    {
        return true;
    }
    v.attr("style").is_some_and(|s| {
        let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        let s = s.to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// Base score of a candidate container by its tag.
#[must_use]
pub fn tag_base(name: &str) -> f64 {
    match name {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}
