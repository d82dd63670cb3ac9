//! Input guard, run before parsing. html5ever's tree builder scans the stack
//! of open elements for many start tags, so parsing a page nested 100 000
//! deep costs O(depth²): 80 s measured for 100 000 `<div>`s. Nesting beyond
//! [`MAX_DEPTH`] is flattened here: start tags past the cap are dropped (their
//! text stays), which keeps parsing linear. Real pages nest under 100 deep.
//! The same single pass over the tags counts clutter and locates the article
//! root, so that only the head and the article need a full parse.

use crate::selector::{ElementView, SelectorIndex};
use crate::tags::{
    attributes, find, find_ci, is_heading, name_at, tag_end, RawTag, TagName, KEEP_PAST_CAP, RAW,
    SELF_CLOSING_SIBLINGS, VOID,
};
use std::borrow::Cow;

/// Deepest nesting kept; deeper start tags are dropped.
pub const MAX_DEPTH: usize = 256;

/// What to look for while prescanning: clutter to count, article roots and
/// body containers to locate. All optional.
#[derive(Default)]
pub struct Watch<'r> {
    /// Three groups of selectors: clutter rules (counted, outermost matches,
    /// by rule index), article roots (each match reported with its byte
    /// extent), body containers (mark the roots that hold one).
    pub index: Option<&'r SelectorIndex>,
}

/// One element matched by a root selector.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RootSpan {
    /// Which root selector matched (lowest index).
    pub selector: usize,
    /// Byte offset of its start tag.
    pub start: usize,
    /// Byte offset just past its end tag (or the end of the page).
    pub end: usize,
    /// Does it hold a body container?
    pub has_content: bool,
    /// Its `data-url` attribute.
    pub data_url: Option<String>,
    depth: usize,
}

/// What the prescan learnt of a page.
#[derive(Debug, Default)]
pub struct Prescan {
    /// Byte ranges of start and end tags to drop (nesting past [`MAX_DEPTH`]).
    drops: Vec<(usize, usize)>,
    /// Outermost clutter matches per rule index.
    pub clutter: Vec<usize>,
    /// Elements matched by the root selectors, in document order.
    pub roots: Vec<RootSpan>,
    /// Byte offset of `</head>`, when the page has one before any root.
    pub head_end: Option<usize>,
    /// Byte ranges of JSON-LD scripts.
    pub json_ld: Vec<(usize, usize)>,
}

/// Scan the tags of a page once: nesting depth, clutter, article roots.
#[must_use]
pub fn prescan(html: &str, watch: &Watch<'_>) -> Prescan {
    let b = html.as_bytes();
    let mut out = Prescan::default();
    let mut stack: Vec<TagName> = Vec::new();
    let mut attr_buf: Vec<(&str, &str)> = Vec::new();
    let mut dropped_open = 0usize;
    let mut clutter_depth: Option<usize> = None;
    let mut open_roots: Vec<usize> = Vec::new(); // indices into out.roots
    let close_to = |len: usize,
                    out: &mut Prescan,
                    open: &mut Vec<usize>,
                    clutter: &mut Option<usize>,
                    at: usize| {
        open.retain(|&r| match out.roots.get_mut(r) {
            Some(root) if root.depth >= len => {
                root.end = at;
                false
            }
            _ => true,
        });
        if clutter.is_some_and(|d| d >= len) {
            *clutter = None;
        }
    };
    let mut i = 0;
    while let Some(lt) = find(b, i, b'<') {
        let next = b.get(lt + 1).copied().unwrap_or(b' ');
        if b.get(lt..lt + 4) == Some(b"<!--") {
            i = find_ci(b, lt + 4, b"-->").map_or(b.len(), |e| e + 3);
        } else if next == b'!' || next == b'?' {
            i = tag_end(b, lt + 1);
        } else if next == b'/' {
            let name = name_at(b, lt + 2);
            let end = tag_end(b, lt + 2);
            if name.as_bytes() == b"head" && out.head_end.is_none() && out.roots.is_empty() {
                out.head_end = Some(lt);
            }
            if let Some(pos) = stack.iter().rposition(|n| *n == name) {
                stack.truncate(pos);
                close_to(pos, &mut out, &mut open_roots, &mut clutter_depth, end);
            } else if dropped_open > 0 && !name.is_empty() {
                dropped_open -= 1;
                out.drops.push((lt, end));
            }
            i = end;
        } else if next.is_ascii_alphabetic() {
            let name = name_at(b, lt + 1);
            let end = tag_end(b, lt + 1);
            let self_closed = end >= 2 && b.get(end - 2) == Some(&b'/');
            let is_raw = name.is(RAW);
            let is_void = name.is(VOID) || self_closed;
            let tag_bytes = b.get(lt..end).unwrap_or_default();
            let has_attrs = tag_bytes.contains(&b'=');
            let watching = watch.index.is_some();
            attr_buf.clear();
            if watching && has_attrs {
                attr_buf.extend(attributes(
                    html.get(lt + 1 + name.full..end.saturating_sub(1))
                        .unwrap_or_default(),
                ));
            }
            let tag = (watching && has_attrs).then(|| RawTag {
                name,
                attrs: &attr_buf,
            });
            if is_raw {
                let mut close = b"</".to_vec();
                close.extend_from_slice(name.as_bytes());
                let close_at = find_ci(b, end, &close).unwrap_or(b.len());
                let is_ld = name.as_bytes() == b"script"
                    && tag
                        .as_ref()
                        .and_then(|t| t.attr_value("type"))
                        .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json"));
                if is_ld {
                    let stop = find(b, close_at, b'>').map_or(b.len(), |e| e + 1);
                    out.json_ld.push((lt, stop));
                }
                i = close_at;
                continue;
            }
            i = end;
            if is_void {
                continue;
            }
            let closes_top = stack.last().is_some_and(|top| {
                (name.is(SELF_CLOSING_SIBLINGS) && *top == name)
                    || (is_heading(&name) && is_heading(top))
            });
            if closes_top {
                stack.pop();
                close_to(
                    stack.len(),
                    &mut out,
                    &mut open_roots,
                    &mut clutter_depth,
                    lt,
                );
            }
            if stack.len() >= MAX_DEPTH && !name.is(KEEP_PAST_CAP) {
                dropped_open += 1;
                out.drops.push((lt, end));
                continue;
            }
            let depth = stack.len();
            stack.push(name);
            let Some(tag) = tag else { continue };
            let Some(index) = watch.index else { continue };
            let [rule, root_sel, content] = index.first_per_group::<3, _>(&tag);
            if clutter_depth.is_none() {
                if let Some(rule) = rule {
                    if out.clutter.len() <= rule {
                        out.clutter.resize(rule + 1, 0);
                    }
                    if let Some(n) = out.clutter.get_mut(rule) {
                        *n += 1;
                    }
                    clutter_depth = Some(depth);
                }
            }
            if let Some(sel) = root_sel {
                open_roots.push(out.roots.len());
                out.roots.push(RootSpan {
                    selector: sel,
                    start: lt,
                    end: b.len(),
                    has_content: false,
                    data_url: tag.attr_value("data-url").map(str::to_string),
                    depth,
                });
            }
            if content.is_some() {
                for &r in &open_roots {
                    if let Some(root) = out.roots.get_mut(r) {
                        root.has_content = true;
                    }
                }
            }
        } else {
            i = lt + 1;
        }
    }
    out
}

/// Attributes extraction reads; [`compact`] drops every other one.
const KEPT_ATTRS: &[&str] = &[
    "class",
    "id",
    "src",
    "data-src",
    "data-lazy-src",
    "srcset",
    "data-srcset",
    "alt",
    "href",
    "cite",
    "data-url",
    "data-oembed-url",
    "lang",
    "dir",
    "property",
    "name",
    "content",
    "itemprop",
    "rel",
    "type",
    "charset",
    "data-ad-name",
    "data-widget-id",
    "datetime",
];

/// Elements [`compact`] drops whole: nothing in them is read.
const DROPPED: &[&[u8]] = &[
    b"svg",
    b"script",
    b"style",
    b"noscript",
    b"template",
    b"iframe",
    b"math",
];

/// A fragment of a page rewritten for a cheaper parse: comments, scripts,
/// styles and SVG dropped, start tags keeping only [`KEPT_ATTRS`] (long
/// `data-*` blobs, `sizes`, inline styles and event handlers go). In the head
/// (`head` true), `<link>` tags other than the canonical one are dropped too.
#[must_use]
pub fn compact(html: &str, head: bool) -> String {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let mut i = 0;
    while let Some(lt) = find(b, i, b'<') {
        out.push_str(html.get(i..lt).unwrap_or_default());
        let next = b.get(lt + 1).copied().unwrap_or(b' ');
        if b.get(lt..lt + 4) == Some(b"<!--") {
            i = find_ci(b, lt + 4, b"-->").map_or(b.len(), |e| e + 3);
        } else if next == b'!' || next == b'?' || next == b'/' {
            let end = tag_end(b, lt + 1);
            out.push_str(html.get(lt..end).unwrap_or_default());
            i = end;
        } else if next.is_ascii_alphabetic() {
            let name = name_at(b, lt + 1);
            let end = tag_end(b, lt + 1);
            if name.is(DROPPED) || name.is(RAW) {
                let mut close = b"</".to_vec();
                close.extend_from_slice(name.as_bytes());
                let close_at = find_ci(b, end, &close).unwrap_or(b.len());
                let after = find(b, close_at, b'>').map_or(b.len(), |e| e + 1);
                // The title is raw text we read: keep it whole.
                if name.as_bytes() == b"title" {
                    out.push_str(html.get(lt..after).unwrap_or_default());
                }
                i = after;
                continue;
            }
            let attrs_text = html
                .get(lt + 1 + name.full..end.saturating_sub(1))
                .unwrap_or_default();
            let attrs: Vec<(&str, &str)> = attributes(attrs_text).collect();
            let keep_link = || {
                attrs.iter().any(|(n, v)| {
                    n.eq_ignore_ascii_case("rel") && v.eq_ignore_ascii_case("canonical")
                })
            };
            if (head && name.as_bytes() == b"link" && !keep_link()) || name.as_bytes() == b"source"
            {
                i = end;
                continue;
            }
            // srcset lists are long (29 images, half the main column of
            // en-2026-venezuela-oil) and only read when `src` is a placeholder.
            let real_src = attrs.iter().any(|(n, v)| {
                n.eq_ignore_ascii_case("src") && !v.trim_start().starts_with("data:")
            });
            out.push('<');
            out.push_str(html.get(lt + 1..lt + 1 + name.full).unwrap_or_default());
            for (n, v) in attrs {
                let srcset =
                    n.eq_ignore_ascii_case("srcset") || n.eq_ignore_ascii_case("data-srcset");
                if KEPT_ATTRS.iter().any(|k| k.eq_ignore_ascii_case(n)) && !(srcset && real_src) {
                    out.push(' ');
                    out.push_str(n);
                    out.push_str("=\"");
                    // Values stay raw HTML text (entities decode later); only
                    // a double quote, legal inside single quotes, is escaped.
                    out.push_str(&v.replace('"', "&quot;"));
                    out.push('"');
                }
            }
            out.push('>');
            i = end;
        } else {
            out.push('<');
            i = lt + 1;
        }
    }
    out.push_str(html.get(i..).unwrap_or_default());
    out
}

impl Prescan {
    /// Did the page need flattening?
    #[must_use]
    pub fn flattened(&self) -> bool {
        !self.drops.is_empty()
    }

    /// The page with nesting capped at [`MAX_DEPTH`]; borrowed unchanged when
    /// already within the cap (every real page).
    #[must_use]
    pub fn capped<'a>(&self, html: &'a str) -> Cow<'a, str> {
        if self.drops.is_empty() {
            return Cow::Borrowed(html);
        }
        let mut out = String::with_capacity(html.len());
        let mut from = 0;
        for &(s, e) in &self.drops {
            // Tags are ASCII-delimited, so these are char boundaries.
            out.push_str(html.get(from..s).unwrap_or_default());
            from = e;
        }
        out.push_str(html.get(from..).unwrap_or_default());
        Cow::Owned(out)
    }
}

/// The page with nesting capped at [`MAX_DEPTH`].
#[must_use]
pub fn cap_depth(html: &str) -> Cow<'_, str> {
    prescan(html, &Watch::default()).capped(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_keeps_structure_and_needed_attributes() {
        let html = "<!doctype html><html lang=fr><head><link rel=stylesheet href=a.css><link rel=canonical href='https://x/y'><title>T &amp; U</title><script>var a='<p>';</script></head><body>";
        let c = compact(html, true);
        assert_eq!(c, "<!doctype html><html lang=\"fr\"><head><link rel=\"canonical\" href=\"https://x/y\"><title>T &amp; U</title></head><body>");
        let body = "<div class='a' style='x' data-blob='{\"k\":1}' onclick=\"evil()\"><!-- c --><svg><path d='M0'/></svg><p title='say \"hi\"'>Hi <b>there</b></p><img src=a.jpg sizes=100vw alt='x'></div>";
        assert_eq!(
            compact(body, false),
            "<div class=\"a\"><p>Hi <b>there</b></p><img src=\"a.jpg\" alt=\"x\"></div>"
        );
    }

    #[test]
    fn shallow_pages_are_untouched() {
        let html = "<html><body><div><p>a<p>b<ul><li>x<li>y</ul><script>if (a<b) {}</script></div></body></html>";
        assert!(matches!(cap_depth(html), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_nesting_is_flattened_and_text_kept() {
        let html = "<div class=\"a>b\">".repeat(10_000) + "deep text" + &"</div>".repeat(10_000);
        let capped = cap_depth(&html);
        assert_eq!(capped.matches("<div").count(), MAX_DEPTH);
        assert_eq!(capped.matches("</div>").count(), MAX_DEPTH);
        assert!(capped.contains("deep text"));
        let html = "<div>".repeat(1_000)
            + "<p>kept paragraph</p><h2>kept heading</h2>"
            + &"</div>".repeat(1_000);
        assert!(cap_depth(&html).contains("<p>kept paragraph</p><h2>kept heading</h2>"));
    }

    #[test]
    fn unclosed_paragraphs_do_not_count_as_depth() {
        let html = "<div>".to_string() + &"<p>para ".repeat(5_000) + "</div>";
        assert!(matches!(cap_depth(&html), Cow::Borrowed(_)));
    }
}
