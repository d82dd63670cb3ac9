//! Parsing and small read-only helpers over the parsed tree: visible text,
//! attributes and selector matching. Every traversal here is iterative, so a
//! page nested 100 000 deep cannot overflow the stack.

use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node, Selector};

pub use scraper::Html as Document;

/// Parse a whole HTML document (never fails: html5ever recovers from any input).
#[must_use]
pub fn parse(html: &str) -> Html {
    Html::parse_document(html)
}

/// Compile a selector written in our own rule tables. Rules are static text
/// checked by tests, so an invalid one is skipped rather than failing a page.
#[must_use]
pub fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

/// Elements whose text is never reader content.
const NON_TEXT: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "button", "iframe", "select", "textarea",
];

/// Is this element one whose text never counts as content?
#[must_use]
pub fn is_non_text(el: &ElementRef<'_>) -> bool {
    NON_TEXT.contains(&el.value().name())
}

/// Elements (and void elements) whose text flows inside a line of text.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "font", "i", "img",
    "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
    "tt", "u", "var", "wbr", "del", "ins", "label", "nobr", "picture", "source",
];

/// Does text flow through this element without a line break, as in a
/// browser's `innerText`? Any other element separates the words around it.
#[must_use]
pub fn flows_inline(name: &str) -> bool {
    INLINE.contains(&name)
}

/// Characters that carry no text: zero-width space, word joiner, BOM, soft hyphen.
/// (U+200C/U+200D are kept: they shape Persian and Arabic words.)
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

/// Collapse runs of whitespace to one space and trim, dropping invisible characters.
#[must_use]
pub fn clean_text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for word in raw.split_whitespace() {
        let start = out.len();
        if start > 0 {
            out.push(' ');
        }
        // Every invisible character's UTF-8 starts with one of these bytes.
        if word.bytes().any(|b| matches!(b, 0xC2 | 0xE2 | 0xEF)) {
            out.extend(word.chars().filter(|c| !is_invisible(*c)));
            if start > 0 && out.len() == start + 1 {
                out.truncate(start);
            }
        } else {
            out.push_str(word);
        }
    }
    out
}

/// Visible text of an element, whitespace collapsed, skipping non-text
/// elements and any subtree for which `skip` answers true. `<br>` counts as a space.
#[must_use]
pub fn text_skipping(el: ElementRef<'_>, skip: &dyn Fn(&ElementRef<'_>) -> bool) -> String {
    let mut raw = String::new();
    let mut skipping: Option<ego_tree::NodeId> = None;
    for edge in el.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => raw.push_str(t),
                    Node::Element(e) => {
                        if e.name() == "br" || !flows_inline(e.name()) {
                            raw.push(' ');
                        }
                        if node.id() != el.id() && e.name() != "br" {
                            if let Some(child) = ElementRef::wrap(node) {
                                if is_non_text(&child) || skip(&child) {
                                    skipping = Some(node.id());
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                }
                if skipping.is_none()
                    && node
                        .value()
                        .as_element()
                        .is_some_and(|e| !flows_inline(e.name()))
                {
                    raw.push(' ');
                }
            }
        }
    }
    clean_text(&raw)
}

/// Visible text of an element, whitespace collapsed.
#[must_use]
pub fn text(el: ElementRef<'_>) -> String {
    text_skipping(el, &|_| false)
}

/// First element under `scope` matching `sel`.
#[must_use]
pub fn first<'a>(scope: ElementRef<'a>, sel: &Selector) -> Option<ElementRef<'a>> {
    scope.select(sel).next()
}

/// Does the element carry this class?
#[must_use]
pub fn has_class(el: &ElementRef<'_>, class: &str) -> bool {
    el.value().classes().any(|c| c == class)
}

/// A non-empty, trimmed attribute value.
#[must_use]
pub fn attr<'a>(el: &ElementRef<'a>, name: &str) -> Option<&'a str> {
    el.value()
        .attr(name)
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

/// Keep only absolute http(s) URLs (resolving protocol-relative ones): page
/// content is hostile, and no other scheme may become a link or an image.
#[must_use]
pub fn safe_url(raw: &str) -> Option<String> {
    let url = raw.trim();
    let url = if let Some(rest) = url.strip_prefix("//") {
        format!("https://{rest}")
    } else {
        url.to_string()
    };
    let lower = url.to_ascii_lowercase();
    let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<');
    ok.then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_collapses_whitespace_and_skips_scripts() {
        let doc = parse("<p> a <b>b</b>\n c<script>x()</script><br>d&#8203;e</p>");
        let sel = selector("p").unwrap();
        let p = doc.select(&sel).next().unwrap();
        assert_eq!(text(p), "a b c de");
        assert_eq!(
            clean_text(" \u{200B} a \u{AD}\u{FEFF} b\u{2060}c \u{200B}"),
            "a bc"
        );
    }

    #[test]
    fn block_elements_separate_words() {
        let doc = parse(
            "<div><p>a</p><p>b<i>c</i></p><figure><figcaption>d</figcaption></figure>e</div>",
        );
        let sel = selector("div").unwrap();
        assert_eq!(text(doc.select(&sel).next().unwrap()), "a bc d e");
    }

    #[test]
    fn safe_url_rejects_script_schemes() {
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(safe_url(" data:text/html,x"), None);
        assert_eq!(
            safe_url("//img.example/a.jpg").as_deref(),
            Some("https://img.example/a.jpg")
        );
        assert_eq!(safe_url("https://a.b/c").as_deref(), Some("https://a.b/c"));
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = "<div>".repeat(20_000) + "deep" + &"</div>".repeat(20_000);
        let doc = parse(&html);
        assert!(text(doc.root_element()).contains("deep"));
        let article = crate::extract(&"<p>".repeat(100_000), None);
        assert_eq!(article.kind, crate::model::Kind::NotArticle);
    }
}
