//! Input guard, run before parsing. html5ever's tree builder scans the stack
//! of open elements for many start tags, so parsing a page nested 100 000
//! deep costs O(depth²): 80 s measured for 100 000 `<div>`s. Nesting beyond
//! [`MAX_DEPTH`] is flattened here: start tags past the cap are dropped (their
//! text stays), which keeps parsing linear. Real pages nest under 100 deep.

use std::borrow::Cow;

/// Deepest nesting kept; deeper start tags are dropped.
pub const MAX_DEPTH: usize = 256;

/// Elements with no end tag.
const VOID: &[&[u8]] = &[
    b"area",
    b"base",
    b"br",
    b"col",
    b"embed",
    b"hr",
    b"img",
    b"input",
    b"link",
    b"meta",
    b"param",
    b"source",
    b"track",
    b"wbr",
    b"keygen",
    b"basefont",
    b"bgsound",
    b"frame",
];

/// Elements whose content is raw text up to their end tag.
const RAW: &[&[u8]] = &[
    b"script",
    b"style",
    b"textarea",
    b"title",
    b"xmp",
    b"iframe",
    b"noembed",
    b"noframes",
    b"noscript",
];

/// Elements an opening tag of the same name closes implicitly.
const SELF_CLOSING_SIBLINGS: &[&[u8]] =
    &[b"p", b"li", b"dt", b"dd", b"option", b"tr", b"td", b"th"];

/// Text blocks kept past the cap: they close each other (a `<p>` ends the open
/// `<p>`, a heading ends an open heading), so they cannot nest deeply themselves.
const KEEP_PAST_CAP: &[&[u8]] = &[b"p", b"h1", b"h2", b"h3", b"h4", b"h5", b"h6"];

fn is_heading(name: &[u8]) -> bool {
    matches!(name, [b'h', b'1'..=b'6'])
}

fn find(hay: &[u8], from: usize, needle: u8) -> Option<usize> {
    hay.get(from..)?
        .iter()
        .position(|&b| b == needle)
        .map(|p| p + from)
}

fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let tail = hay.get(from..)?;
    tail.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| p + from)
}

/// End of a tag starting at `start` (index after its `>`), respecting quoted attribute values.
fn tag_end(b: &[u8], start: usize) -> usize {
    let mut quote = None;
    let mut i = start;
    while let Some(&c) = b.get(i) {
        match (quote, c) {
            (None, b'"' | b'\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, b'>') => return i + 1,
            _ => {}
        }
        i += 1;
    }
    b.len()
}

fn name_at(b: &[u8], start: usize) -> Vec<u8> {
    b.get(start..)
        .unwrap_or_default()
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-' || **c == b':')
        .map(u8::to_ascii_lowercase)
        .collect()
}

/// Byte ranges of the start and end tags to drop so that nesting stays
/// within [`MAX_DEPTH`].
fn ranges_to_drop(b: &[u8]) -> Vec<(usize, usize)> {
    let mut drop = Vec::new();
    let mut stack: Vec<Vec<u8>> = Vec::new();
    let mut dropped_open = 0usize;
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
            if let Some(pos) = stack.iter().rposition(|n| *n == name) {
                stack.truncate(pos);
            } else if dropped_open > 0 && !name.is_empty() {
                dropped_open -= 1;
                drop.push((lt, end));
            }
            i = end;
        } else if next.is_ascii_alphabetic() {
            let name = name_at(b, lt + 1);
            let end = tag_end(b, lt + 1);
            let self_closed = end >= 2 && b.get(end - 2) == Some(&b'/');
            if RAW.contains(&name.as_slice()) {
                let mut close = b"</".to_vec();
                close.extend_from_slice(&name);
                i = find_ci(b, end, &close).unwrap_or(b.len());
                continue;
            }
            i = end;
            if VOID.contains(&name.as_slice()) || self_closed {
                continue;
            }
            let closes_top = stack.last().is_some_and(|top| {
                (SELF_CLOSING_SIBLINGS.contains(&name.as_slice()) && *top == name)
                    || (is_heading(&name) && is_heading(top))
            });
            if closes_top {
                stack.pop();
            }
            if stack.len() >= MAX_DEPTH && !KEEP_PAST_CAP.contains(&name.as_slice()) {
                dropped_open += 1;
                drop.push((lt, end));
            } else {
                stack.push(name);
            }
        } else {
            i = lt + 1;
        }
    }
    drop
}

/// The page with nesting capped at [`MAX_DEPTH`]; borrowed unchanged when
/// already within the cap (every real page).
#[must_use]
pub fn cap_depth(html: &str) -> Cow<'_, str> {
    let drops = ranges_to_drop(html.as_bytes());
    if drops.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for (s, e) in drops {
        // Tags are ASCII-delimited, so these are char boundaries.
        out.push_str(html.get(from..s).unwrap_or_default());
        from = e;
    }
    out.push_str(html.get(from..).unwrap_or_default());
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

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
