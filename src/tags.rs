//! Raw-tag scanning, shared by the prescan and the compactor ([`crate::guard`]):
//! finding tags and their ends (quoted attribute values respected), tag names
//! kept inline, attributes read without allocating, and a start tag viewed for
//! selector matching. Byte-level, memchr-based, no allocation per tag.

use crate::selector::ElementView;

/// Elements with no end tag.
pub(crate) const VOID: &[&[u8]] = &[
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
pub(crate) const RAW: &[&[u8]] = &[
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
pub(crate) const SELF_CLOSING_SIBLINGS: &[&[u8]] =
    &[b"p", b"li", b"dt", b"dd", b"option", b"tr", b"td", b"th"];

/// Text blocks kept past the cap: they close each other (a `<p>` ends the open
/// `<p>`, a heading ends an open heading), so they cannot nest deeply themselves.
pub(crate) const KEEP_PAST_CAP: &[&[u8]] = &[b"p", b"h1", b"h2", b"h3", b"h4", b"h5", b"h6"];

pub(crate) fn is_heading(name: &TagName) -> bool {
    matches!(name.as_bytes(), [b'h', b'1'..=b'6'])
}

pub(crate) fn find(hay: &[u8], from: usize, needle: u8) -> Option<usize> {
    memchr::memchr(needle, hay.get(from..)?).map(|p| p + from)
}

/// Next case-insensitive occurrence of `needle`, whose first byte is `<` or `-`
/// (end tags and comment ends): memchr on that byte, then compare the rest.
pub(crate) fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let mut i = from;
    while let Some(p) = find(hay, i, first) {
        if hay
            .get(p + 1..p + 1 + rest.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(rest))
        {
            return Some(p);
        }
        i = p + 1;
    }
    None
}

/// End of a tag starting at `start` (index after its `>`), respecting quoted attribute values.
pub(crate) fn tag_end(b: &[u8], start: usize) -> usize {
    let mut i = start;
    while let Some(p) =
        memchr::memchr3(b'>', b'"', b'\'', b.get(i..).unwrap_or_default()).map(|p| p + i)
    {
        match b.get(p) {
            Some(b'>') => return p + 1,
            Some(&q) => match find(b, p + 1, q) {
                Some(close) => i = close + 1,
                None => return b.len(),
            },
            None => return b.len(),
        }
    }
    b.len()
}

/// A lower-cased tag name kept inline (no allocation per tag); longer names
/// are cut to 24 bytes, which only custom elements reach.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct TagName {
    buf: [u8; 24],
    pub(crate) len: usize,
    /// Length of the name in the page (before cutting).
    pub(crate) full: usize,
}

impl TagName {
    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or_default()
    }
    pub(crate) fn as_str(&self) -> &str {
        std::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }
    pub(crate) fn is_empty(&self) -> bool {
        self.len == 0
    }
    pub(crate) fn is(&self, list: &[&[u8]]) -> bool {
        list.contains(&self.as_bytes())
    }
}

pub(crate) fn name_at(b: &[u8], start: usize) -> TagName {
    let mut name = TagName {
        buf: [0; 24],
        len: 0,
        full: 0,
    };
    for c in b.get(start..).unwrap_or_default() {
        if !(c.is_ascii_alphanumeric() || *c == b'-' || *c == b':') {
            break;
        }
        if let Some(slot) = name.buf.get_mut(name.len) {
            *slot = c.to_ascii_lowercase();
            name.len += 1;
        }
        name.full += 1;
    }
    name
}

/// A start tag read by the prescan, viewed for selector matching without
/// allocating: attributes are parsed from the tag's text on each lookup.
pub(crate) struct RawTag<'a, 'h> {
    pub(crate) name: TagName,
    /// The tag's attributes, parsed once into a buffer the scan reuses.
    pub(crate) attrs: &'a [(&'h str, &'h str)],
}

/// Iterate `name=value` pairs of a tag's attribute text.
pub(crate) fn attributes(text: &str) -> impl Iterator<Item = (&str, &str)> {
    let b = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while b
            .get(i)
            .is_some_and(|c| c.is_ascii_whitespace() || *c == b'/')
        {
            i += 1;
        }
        let n0 = i;
        while b
            .get(i)
            .is_some_and(|c| !c.is_ascii_whitespace() && !matches!(c, b'=' | b'>' | b'/'))
        {
            i += 1;
        }
        if i == n0 {
            return None;
        }
        let name = text.get(n0..i).unwrap_or_default();
        while b.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        if b.get(i) != Some(&b'=') {
            return Some((name, ""));
        }
        i += 1;
        while b.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        let value = match b.get(i) {
            Some(&q) if q == b'"' || q == b'\'' => {
                let v0 = i + 1;
                let v1 = find(b, v0, q).unwrap_or(b.len());
                i = v1 + 1;
                text.get(v0..v1).unwrap_or_default()
            }
            _ => {
                let v0 = i;
                while b.get(i).is_some_and(|c| !c.is_ascii_whitespace()) {
                    i += 1;
                }
                text.get(v0..i).unwrap_or_default()
            }
        };
        Some((name, value))
    })
}

impl ElementView for RawTag<'_, '_> {
    fn tag(&self) -> &str {
        self.name.as_str()
    }
    fn id(&self) -> Option<&str> {
        self.attr_value("id")
    }
    fn has_class(&self, class: &str) -> bool {
        self.attr_value("class")
            .is_some_and(|c| c.split_ascii_whitespace().any(|x| x == class))
    }
    fn for_each_class(&self, f: &mut dyn FnMut(&str)) {
        if let Some(c) = self.attr_value("class") {
            c.split_ascii_whitespace().for_each(f);
        }
    }
    fn attr_value(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| *v)
    }
}
