//! Body blocks: walk an article's content container in document order and
//! turn it into [`Block`]s (paragraphs, headings, images, quotation widgets,
//! embeds, lists, tables), skipping clutter. Iterative, so depth is no risk.

use crate::clutter::Matcher;
use crate::dom;
use crate::model::{Block, BlockType};
use scraper::ElementRef;

/// Build the blocks of `content`, skipping whatever `clutter` matches.
#[must_use]
pub fn blocks(content: ElementRef<'_>, clutter: &Matcher) -> Vec<Block> {
    let skip = |el: &ElementRef<'_>| clutter.is_clutter(el);
    walk(
        content.child_elements().map(Item::El).collect(),
        &skip,
        false,
    )
}

/// Blocks of several roots in order (the generic extractor's container and
/// its sibling containers), skipping whatever `skip` answers. Unlike
/// [`blocks`], text that sits directly in a `div` (between `<br>`s, beside
/// inline elements) becomes paragraphs, and social embeds keep their text as
/// a quote (jpost, Blogger and IGN pages have bodies without `<p>`).
#[must_use]
pub fn loose_blocks(
    roots: &[ElementRef<'_>],
    skip: &dyn Fn(&ElementRef<'_>) -> bool,
) -> Vec<Block> {
    walk(roots.iter().copied().map(Item::El).collect(), skip, true)
}

/// One step of the walk: an element to look at, or a run of loose text.
enum Item<'a> {
    El(ElementRef<'a>),
    Text(String),
}

/// Elements whose text flows inside a paragraph.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u",
    "var", "wbr", "del", "ins", "label", "nobr",
];

fn walk(
    mut stack: Vec<Item<'_>>,
    skip: &dyn Fn(&ElementRef<'_>) -> bool,
    loose: bool,
) -> Vec<Block> {
    let mut out = Vec::new();
    // Items to visit, last first, so pops come in document order.
    stack.reverse();
    while let Some(item) = stack.pop() {
        let el = match item {
            Item::El(el) => el,
            Item::Text(t) => {
                out.push(Block::paragraph(t));
                continue;
            }
        };
        if dom::is_non_text(&el) || skip(&el) {
            continue;
        }
        if loose {
            if let Some(b) = social(el, skip) {
                out.push(b);
                continue;
            }
        }
        if let Some(block) = block_of(el, skip) {
            if let Some(b) = block {
                out.push(b);
            }
            continue;
        }
        let before = stack.len();
        if loose {
            children_loose(el, skip, &mut stack);
        } else {
            stack.extend(el.child_elements().map(Item::El));
        }
        stack[before..].reverse();
    }
    out
}

/// Push the children of `el`: block elements as they are, runs of text and
/// inline elements as paragraphs (a `<br><br>` ends a paragraph).
fn children_loose<'a>(
    el: ElementRef<'a>,
    skip: &dyn Fn(&ElementRef<'_>) -> bool,
    stack: &mut Vec<Item<'a>>,
) {
    let mut run = String::new();
    let mut brs = 0;
    let flush = |run: &mut String, stack: &mut Vec<Item<'a>>| {
        let t = dom::clean_text(run);
        if !t.is_empty() {
            stack.push(Item::Text(t));
        }
        run.clear();
    };
    for child in el.children() {
        if let Some(t) = child.value().as_text() {
            if !t.trim().is_empty() {
                brs = 0;
            }
            run.push_str(t);
            continue;
        }
        let Some(c) = ElementRef::wrap(child) else {
            continue;
        };
        let name = c.value().name();
        if name == "br" {
            brs += 1;
            run.push(' ');
            if brs == 2 {
                flush(&mut run, stack);
            }
            continue;
        }
        if INLINE.contains(&name) {
            if !(dom::is_non_text(&c) || skip(&c)) {
                brs = 0;
                run.push(' ');
                run.push_str(&dom::text_skipping(c, skip));
                run.push(' ');
            }
            continue;
        }
        flush(&mut run, stack);
        brs = 0;
        stack.push(Item::El(c));
    }
    flush(&mut run, stack);
}

/// A tweet or other social embed in a generic page: its text as a quote
/// (the annotated bodies keep it: nj.com, thehill), with the link.
fn social(el: ElementRef<'_>, skip: &dyn Fn(&ElementRef<'_>) -> bool) -> Option<Block> {
    if el.value().name() != "blockquote" {
        return None;
    }
    let mut b = blockquote(el, skip)?;
    if b.kind == BlockType::Embed && b.text.is_some() {
        b.kind = BlockType::Quote;
    }
    Some(b)
}

/// `Some(block or nothing)` when `el` is a block-level leaf we understand,
/// `None` when its children should be walked instead.
fn block_of(el: ElementRef<'_>, skip: &dyn Fn(&ElementRef<'_>) -> bool) -> Option<Option<Block>> {
    let name = el.value().name();
    let text = || dom::text_skipping(el, skip);
    let nonempty = |t: String| (!t.is_empty()).then_some(t);
    Some(match name {
        "p" => nonempty(text()).map(Block::paragraph),
        "h1" | "h2" => nonempty(text()).map(|t| Block::heading(2, t)),
        "h3" | "h4" | "h5" | "h6" => nonempty(text()).map(|t| Block::heading(3, t)),
        "ul" | "ol" => list(el, skip),
        "table" => table(el, skip),
        "figure" => image(el, skip),
        "blockquote" => blockquote(el, skip),
        "img" => image(el, skip),
        _ if dom::has_class(&el, "widget--type-quotation") => quotation_widget(el, skip),
        _ if dom::has_class(&el, "widget--type-image") => image(el, skip),
        _ => match dom::attr(&el, "data-oembed-url").and_then(dom::safe_url) {
            Some(href) => Some(embed(href)),
            None => return None,
        },
    })
}

fn list(el: ElementRef<'_>, skip: &dyn Fn(&ElementRef<'_>) -> bool) -> Option<Block> {
    let items: Vec<String> = el
        .child_elements()
        .filter(|li| li.value().name() == "li" && !skip(li))
        .map(|li| dom::text_skipping(li, skip))
        .filter(|t| !t.is_empty())
        .collect();
    (!items.is_empty()).then(|| Block {
        items: Some(items),
        ..Block::new(BlockType::List)
    })
}

fn table(el: ElementRef<'_>, skip: &dyn Fn(&ElementRef<'_>) -> bool) -> Option<Block> {
    let rows: Vec<String> = el
        .descendent_elements()
        .filter(|tr| tr.value().name() == "tr")
        .map(|tr| {
            tr.child_elements()
                .filter(|c| matches!(c.value().name(), "td" | "th"))
                .map(|c| dom::text_skipping(c, skip))
                .collect::<Vec<_>>()
                .join(" | ")
        })
        .filter(|r| !r.trim_matches([' ', '|']).is_empty())
        .collect();
    (!rows.is_empty()).then(|| Block {
        items: Some(rows),
        ..Block::new(BlockType::Table)
    })
}

/// The real source of an image, resolving lazy-loading attributes.
pub fn image_src(img: &ElementRef<'_>) -> Option<String> {
    let src = dom::attr(img, "src").filter(|s| !s.starts_with("data:"));
    src.or_else(|| dom::attr(img, "data-src"))
        .or_else(|| dom::attr(img, "data-lazy-src"))
        .or_else(|| {
            dom::attr(img, "srcset")
                .or_else(|| dom::attr(img, "data-srcset"))
                .and_then(|s| s.split(',').next())
                .and_then(|c| c.split_whitespace().next())
        })
        .and_then(dom::safe_url)
}

fn image(el: ElementRef<'_>, skip: &dyn Fn(&ElementRef<'_>) -> bool) -> Option<Block> {
    let img = if el.value().name() == "img" {
        Some(el)
    } else {
        el.descendent_elements().find(|e| e.value().name() == "img")
    }?;
    let src = image_src(&img)?;
    let find = |class: &str| {
        el.descendent_elements()
            .find(|e| dom::has_class(e, class))
            .map(|e| dom::text_skipping(e, skip))
            .filter(|t| !t.is_empty())
    };
    let credit = find("widget__captionCredit");
    let caption = find("widget__captionText").or_else(|| {
        el.descendent_elements()
            .find(|e| e.value().name() == "figcaption")
            .map(|e| dom::text_skipping(e, skip))
            .filter(|t| !t.is_empty())
    });
    Some(Block {
        src: Some(src),
        alt: dom::attr(&img, "alt").map(dom::clean_text),
        caption,
        credit,
        ..Block::new(BlockType::Image)
    })
}

/// Euronews quotation widget: `.widget__quoteText`, `.widget__authorText`
/// (speaker) and `.widget__author_descriptionText` (role). Seen in fr-2024-article.
fn quotation_widget(el: ElementRef<'_>, skip: &dyn Fn(&ElementRef<'_>) -> bool) -> Option<Block> {
    let find = |class: &str| {
        el.descendent_elements()
            .find(|e| dom::has_class(e, class))
            .map(|e| dom::text_skipping(e, skip))
            .filter(|t| !t.is_empty())
    };
    let text = find("widget__quoteText").or_else(|| {
        el.descendent_elements()
            .find(|e| e.value().name() == "blockquote")
            .map(|e| dom::text_skipping(e, skip))
    })?;
    Some(Block {
        text: Some(text),
        speaker: find("widget__authorText"),
        role: find("widget__author_descriptionText"),
        ..Block::new(BlockType::Quote)
    })
}

/// Social embeds (tweets, Instagram, TikTok) are blockquotes with a link;
/// any other blockquote is a quotation.
fn blockquote(el: ElementRef<'_>, skip: &dyn Fn(&ElementRef<'_>) -> bool) -> Option<Block> {
    let social = [
        "twitter-tweet",
        "instagram-media",
        "tiktok-embed",
        "twitter-video",
    ];
    if social.iter().any(|c| dom::has_class(&el, c)) {
        let href = el
            .descendent_elements()
            .filter(|a| a.value().name() == "a")
            .filter_map(|a| dom::attr(&a, "href").and_then(dom::safe_url))
            .last()
            .or_else(|| dom::attr(&el, "cite").and_then(dom::safe_url))?;
        let mut b = embed(href);
        b.text = Some(dom::text_skipping(el, skip)).filter(|t| !t.is_empty());
        return Some(b);
    }
    let text = dom::text_skipping(el, skip);
    (!text.is_empty()).then(|| Block {
        text: Some(text),
        ..Block::new(BlockType::Quote)
    })
}

fn embed(href: String) -> Block {
    let provider = crate::locale::host_of(&href).map(|h| {
        let h = h.trim_start_matches("www.");
        match h {
            "twitter.com" | "x.com" => "twitter".to_string(),
            "youtube.com" | "youtu.be" => "youtube".to_string(),
            other => other.split('.').rev().nth(1).unwrap_or(other).to_string(),
        }
    });
    Block {
        href: Some(href),
        provider,
        ..Block::new(BlockType::Embed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clutter::{Action, ClutterKind, Rule};

    fn run(html: &str) -> Vec<Block> {
        let doc = dom::parse(html);
        let sel = dom::selector(".c").unwrap();
        let content = doc.select(&sel).next().unwrap();
        let rules = [Rule::new(".ad", ClutterKind::Ad, Action::Remove, "test")];
        blocks(content, &Matcher::new(&rules))
    }

    #[test]
    fn paragraphs_headings_and_clutter() {
        let b = run("<div class=c><p>One <em>two</em></p><div class=ad><p>BUY</p></div><div><h3>Sub</h3><p>Three</p></div></div>");
        let texts: Vec<_> = b.iter().map(|b| b.text.clone().unwrap()).collect();
        assert_eq!(texts, vec!["One two", "Sub", "Three"]);
        assert_eq!(b[1].kind, BlockType::Heading);
        assert_eq!(b[1].level, Some(3));
    }

    #[test]
    fn quotation_widget_and_image() {
        let b = run(r#"<div class=c>
            <div class="widget widget--type-quotation"><blockquote><span class=widget__quoteText>La mer</span></blockquote>
            <cite><div class=widget__authorText> Javier López </div><div class=widget__author_descriptionText> Directeur </div></cite></div>
            <div class="widget widget--type-image"><figure><img src="data:x" data-src="//img.example/a.jpg" alt="A">
            <figcaption><span class=widget__captionText>Cap</span><span class=widget__captionCredit>AP</span></figcaption></figure></div>
            <figure><img src="javascript:alert(1)"></figure></div>"#);
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].speaker.as_deref(), Some("Javier López"));
        assert_eq!(b[0].role.as_deref(), Some("Directeur"));
        assert_eq!(b[1].src.as_deref(), Some("https://img.example/a.jpg"));
        assert_eq!(b[1].caption.as_deref(), Some("Cap"));
        assert_eq!(b[1].credit.as_deref(), Some("AP"));
    }

    #[test]
    fn tweet_becomes_embed_and_lists_keep_items() {
        let b = run(
            r#"<div class=c><blockquote class="twitter-tweet"><p>hi</p><a href="https://twitter.com/x/status/1">d</a></blockquote><ul><li>a</li><li> b </li></ul></div>"#,
        );
        assert_eq!(b[0].kind, BlockType::Embed);
        assert_eq!(b[0].provider.as_deref(), Some("twitter"));
        assert_eq!(
            b[1].items.as_deref(),
            Some(&["a".to_string(), "b".to_string()][..])
        );
    }
}
