//! The pipeline: parse → metadata → site and language → the page's own
//! article (Euronews rules, or the generic extractor for any other page and
//! for Euronews designs we have never seen) → clutter count → [`PagePlan`].

use crate::clutter::{Matcher, PagePlan};
use crate::guard::{self, Prescan, Watch};
use crate::meta::Meta;
use crate::model::{Article, Clutter, Dir, Kind, Site};
use crate::selector::{SelectorIndex, SimpleSelector};
use crate::sites::euronews as en;
use crate::{dom, generic, locale};
use scraper::Html;

mod euronews;
use euronews::euronews_article;

/// What [`plan_with`] computes besides the article's structure.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Find quotes and entities (the reader shows them; benchmarks of pure
    /// extraction switch them off).
    pub analyze: bool,
    /// Parse only the head and the article root when the prescan finds them
    /// (off: always parse the whole page; the tests compare both).
    pub slice: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            analyze: true,
            slice: true,
        }
    }
}

/// The prescan's selectors for Euronews pages, in three groups: clutter
/// rules, article roots, body containers.
struct Watchers {
    index: SelectorIndex,
    /// Index of [`en::SLIDE_WITH_URL`] among the roots.
    slide: usize,
}

/// The Euronews watchers, built once.
fn watchers() -> &'static Watchers {
    static WATCHERS: std::sync::OnceLock<Watchers> = std::sync::OnceLock::new();
    WATCHERS.get_or_init(Watchers::new)
}

/// The Euronews clutter matcher, built once (or an empty one).
fn matcher_for(euronews: bool) -> &'static Matcher {
    static EURONEWS: std::sync::OnceLock<Matcher> = std::sync::OnceLock::new();
    static NONE: std::sync::OnceLock<Matcher> = std::sync::OnceLock::new();
    if euronews {
        EURONEWS.get_or_init(|| Matcher::new(en::CLUTTER))
    } else {
        NONE.get_or_init(|| Matcher::new(&[]))
    }
}

impl Watchers {
    fn new() -> Self {
        let parse = |list: &[&str]| {
            list.iter()
                .filter_map(|s| SimpleSelector::parse(s))
                .collect::<Vec<_>>()
        };
        let clutter: Vec<SimpleSelector> = en::CLUTTER
            .iter()
            .filter_map(|r| SimpleSelector::parse(r.selector))
            .collect();
        let mut roots = parse(en::ARTICLE_ROOTS);
        let slide = roots.len();
        roots.extend(SimpleSelector::parse(en::SLIDE_WITH_URL));
        let content = parse(en::CONTENT);
        Self {
            index: SelectorIndex::grouped(&[&clutter, &roots, &content]),
            slide,
        }
    }
}

/// The page cut down to its head, its JSON-LD and the article root: all a
/// Euronews extraction reads, a tenth of the page to parse. `None` when the
/// prescan found no root holding a body.
fn slice(html: &str, pre: &Prescan, path: Option<&str>, slide: usize) -> Option<String> {
    let head_end = pre.head_end?;
    let own = pre
        .roots
        .iter()
        .find(|r| r.has_content && path.is_some() && r.data_url.as_deref() == path);
    let outer = own.or_else(|| {
        pre.roots
            .iter()
            .filter(|r| r.has_content && r.selector != slide)
            .min_by_key(|r| (r.selector, r.start))
    })?;
    // The narrowest root inside it: the main column, without the sidebar.
    let root = pre
        .roots
        .iter()
        .filter(|r| r.has_content && r.start >= outer.start && r.end <= outer.end)
        .min_by_key(|r| r.end - r.start)
        .unwrap_or(outer);
    // The head's metadata, the JSON-LD and the main column, compacted.
    let mut out = guard::compact(html.get(..head_end)?, true);
    for &(s, e) in &pre.json_ld {
        out.push_str(html.get(s..e).unwrap_or_default());
    }
    out.push_str("</head><body>");
    out.push_str(&guard::compact(html.get(root.start..root.end)?, false));
    out.push_str("</body></html>");
    Some(out)
}

/// The page's head alone (its metadata), as a document.
fn head_only(html: &str, pre: &Prescan) -> Option<String> {
    let mut out = guard::compact(html.get(..pre.head_end?)?, true);
    for &(s, e) in &pre.json_ld {
        out.push_str(html.get(s..e).unwrap_or_default());
    }
    out.push_str("</head><body></body></html>");
    Some(out)
}

/// Extract the article and the live-page plan from one HTML document.
#[must_use]
pub fn plan(html: &str, url: Option<&str>) -> PagePlan {
    plan_with(html, url, Options::default())
}

/// [`plan`] with options.
#[must_use]
pub fn plan_with(html: &str, url: Option<&str>, opts: Options) -> PagePlan {
    let maybe_euronews = match url.and_then(locale::host_of) {
        Some(host) => en::is_euronews_host(&host),
        None => html.contains("euronews"),
    };
    let matcher = matcher_for(maybe_euronews);
    let watchers = watchers();
    let watch = Watch {
        index: maybe_euronews.then_some(&watchers.index),
    };
    let pre = guard::prescan(html, &watch);
    let counted = maybe_euronews.then(|| matcher.clutter_from_counts(&pre.clutter));
    if opts.slice && !pre.flattened() {
        if let Some(sliced) = slice(html, &pre, url.map(locale::path_of), watchers.slide) {
            if let Some(plan) = build(&dom::parse(&sliced), url, counted.clone(), opts, true) {
                return plan;
            }
        }
        // No article root on a Euronews page: when its head says it is not an
        // article either (home, section, archive), the head alone answers.
        if maybe_euronews && !pre.roots.iter().any(|r| r.has_content) {
            if let Some(head) = head_only(html, &pre) {
                let doc = dom::parse(&head);
                if !article_meta(&Meta::read(&doc)) {
                    if let Some(plan) = build(&doc, url, counted.clone(), opts, false) {
                        return plan;
                    }
                }
            }
        }
    }
    let doc = dom::parse(&pre.capped(html));
    build(&doc, url, counted, opts, false).unwrap_or_else(|| PagePlan {
        article: empty_article(None, Dir::Ltr, Site::Generic),
        remove: Vec::new(),
        css: String::new(),
    })
}

fn empty_article(url: Option<String>, dir: Dir, site: Site) -> Article {
    Article {
        kind: Kind::NotArticle,
        site,
        lang: None,
        dir,
        url,
        title: None,
        summary: None,
        authors: Vec::new(),
        agencies: Vec::new(),
        published: None,
        updated: None,
        topics: Vec::new(),
        blocks: Vec::new(),
        reading_minutes: 0,
        quotes: Vec::new(),
        entities: Vec::new(),
        clutter: Clutter::default(),
    }
}

/// Build the plan from a parsed page. With `need_article`, `None` unless a
/// Euronews article was found (the caller then parses the whole page).
fn build(
    doc: &Html,
    url: Option<&str>,
    counted: Option<Clutter>,
    opts: Options,
    need_article: bool,
) -> Option<PagePlan> {
    let meta = Meta::read(doc);
    let url = url
        .map(str::to_string)
        .or_else(|| meta.canonical.clone())
        .or_else(|| meta.og_url.clone());
    let host = url.as_deref().and_then(locale::host_of);
    let euronews = host.as_deref().is_some_and(en::is_euronews_host)
        || meta
            .site_name
            .as_deref()
            .is_some_and(|s| s.eq_ignore_ascii_case("euronews"));
    let matcher = matcher_for(euronews);

    let lang = meta
        .html_lang
        .as_deref()
        .and_then(locale::primary)
        .or_else(|| meta.og_locale.as_deref().and_then(locale::primary))
        .or_else(|| host.as_deref().and_then(locale::edition_lang));
    let dir = match meta.html_dir.as_deref() {
        Some("rtl") => Dir::Rtl,
        Some("ltr") => Dir::Ltr,
        _ => locale::dir_of(lang.as_deref()),
    };
    let mut article = empty_article(
        url.clone(),
        dir,
        if euronews {
            Site::Euronews
        } else {
            Site::Generic
        },
    );
    article.lang = lang;

    let found = euronews && euronews_article(doc, &meta, matcher, &mut article);
    if need_article && !found {
        return None;
    }
    if !found && looks_like_article(doc, &meta, euronews, url.as_deref()) {
        generic::fill(doc, &meta, matcher, &mut article);
    }
    finish(&mut article, &meta, url.as_deref());
    if opts.analyze && article.kind != Kind::NotArticle {
        crate::analyze::annotate(&mut article);
    }
    article.clutter = match counted {
        Some(c) if euronews => c,
        _ => matcher.count(doc),
    };
    Some(PagePlan {
        article,
        remove: matcher.remove().to_vec(),
        css: matcher.css().to_string(),
    })
}

/// Metadata says this page is one article (`og:type` article or video, or
/// a JSON-LD article).
fn article_meta(meta: &Meta) -> bool {
    meta.og_type
        .as_deref()
        .is_some_and(|t| t.eq_ignore_ascii_case("article") || t.starts_with("video"))
        || !meta.ld_articles.is_empty()
}

/// Is this page one article (not a home, section or search page)? On
/// Euronews the metadata decides, as before (home and archive pages carry
/// long teasers). Elsewhere article metadata, or else the content:
/// enough long paragraphs, on a page whose address is not a home or search
/// page (sputniknews, ascom pages say `og:type=website`; moneycontrol's
/// JSON-LD is invalid).
fn looks_like_article(doc: &Html, meta: &Meta, euronews: bool, url: Option<&str>) -> bool {
    let by_meta = article_meta(meta);
    if euronews || by_meta {
        return by_meta;
    }
    let listing_types = ["CollectionPage", "SearchResultsPage", "ItemList"];
    if meta
        .ld_types
        .iter()
        .any(|t| listing_types.contains(&t.as_str()))
    {
        return false;
    }
    if let Some(u) = url {
        let path = locale::path_of(u);
        let lower = u.to_ascii_lowercase();
        if path.trim_matches('/').is_empty()
            || path.contains("/search")
            || lower.contains("?q=")
            || lower.contains("&q=")
            || lower.contains("query=")
        {
            return false;
        }
    }
    slug_path(url.map(locale::path_of).unwrap_or_default()) || generic::readerable(doc)
}

/// An address ending in a headline slug (`/dare-to-play-3-october-pack-2/`):
/// one article, even when it is too short for the content check (vortexcannon,
/// gto-normativy pages).
fn slug_path(path: &str) -> bool {
    let last = path
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or_default();
    let last = last.trim_end_matches(".html").trim_end_matches(".htm");
    last.len() >= 15 && last.matches(['-', '_']).count() >= 3
}

/// Shared last steps: metadata fallbacks, kind refinements, reading time.
fn finish(article: &mut Article, meta: &Meta, url: Option<&str>) {
    if article.kind == Kind::NotArticle {
        article.blocks.clear();
        article.title = meta.og_title.clone().or_else(|| meta.doc_title.clone());
        return;
    }
    let ld = meta.ld();
    if article.title.is_none() {
        article.title = ld
            .and_then(|l| l.headline.clone())
            .or_else(|| meta.og_title.clone());
    }
    if article.summary.is_none() {
        article.summary = ld
            .and_then(|l| l.description.clone())
            .or_else(|| meta.description.clone());
    }
    article.published = ld
        .and_then(|l| l.published.as_deref())
        .or(meta.published.as_deref())
        .and_then(locale::normalize_date);
    article.updated = ld
        .and_then(|l| l.modified.as_deref())
        .or(meta.modified.as_deref())
        .and_then(locale::normalize_date)
        .filter(|u| Some(u) != article.published.as_ref());
    article.topics = if meta.tags.is_empty() {
        meta.keywords.clone()
    } else {
        meta.tags.clone()
    };
    let path = url.map(locale::path_of).unwrap_or_default();
    if path.starts_with("/video/") || path.contains("/video/") {
        article.kind = Kind::Video;
    }
    if path.contains("/live") || meta.ld_types.iter().any(|t| t == "LiveBlogPosting") {
        article.kind = Kind::Live;
    }
    let words: usize = article
        .blocks
        .iter()
        .filter_map(|b| b.text.as_deref())
        .map(|t| t.split_whitespace().count())
        .sum();
    article.reading_minutes = words.div_ceil(230).max(1);
}
