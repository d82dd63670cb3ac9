//! Furniture inside the chosen content: related lists, share bars, calls to
//! action, forms, link farms, caption toggles. Readability's conditional
//! cleaning, compactly: class weight, link density, counts of paragraphs,
//! images, inputs and embeds. Input: the [`Index`] and the content roots.
//! Output: more subtree roots to skip.

use super::index::{to_f, Index, Item};

/// Tags that are cleaned conditionally.
fn cleanable(name: &str) -> bool {
    matches!(
        name,
        "form"
            | "fieldset"
            | "table"
            | "ul"
            | "ol"
            | "div"
            | "section"
            | "aside"
            | "header"
            | "footer"
            | "nav"
            | "figure"
    )
}

/// Short lines that are widgets, not prose (Hearst caption toggles,
/// foxbusiness interstitials, slideshow fallbacks).
const WIDGET_LINES: &[&str] = &[
    "caption",
    "close",
    "continue reading below",
    "advertisement",
    "story continues below advertisement",
    "this slideshow requires javascript",
    "sharing is caring",
    "related articles",
    "related",
    "read more",
    "see also",
    "you may also like",
    "don't miss",
    "don’t miss",
    "about the author",
    "tell us what you think",
    "comments",
];

/// Openings of promotional paragraphs (space.com "Related:", express
/// "SEE MORE:", calls to follow or subscribe).
const PROMO_STARTS: &[&str] = &[
    "related:",
    "see more:",
    "read more:",
    "read also:",
    "also read:",
    "more:",
    "recommended:",
    "click here",
    "subscribe to",
    "sign up for",
    "join our",
    "follow us",
];

/// Should this element, inside the content, be dropped?
fn is_furniture(it: &Item<'_>, is_root: bool) -> bool {
    let ci = super::hints::class_id(&it.el);
    if !is_root && it.text < 400 && super::hints::small_furniture(&ci) {
        return true;
    }
    if is_root || !cleanable(it.name) {
        return false;
    }
    let weight = f64::from(super::hints::class_weight(&ci));
    let score = if it.scored { it.score } else { 0.0 };
    if weight + score < 0.0 {
        return true;
    }
    if it.commas >= 10 {
        return false;
    }
    let is_list = matches!(it.name, "ul" | "ol");
    let ld = it.link_density();
    let p = to_f(it.p as usize);
    let img = to_f(it.img as usize);
    if it.name == "table" {
        return false;
    }
    if img > 1.0 && p / img < 0.5 && it.name != "figure" {
        return true;
    }
    if it.input > it.p / 3 {
        return true;
    }
    let heading_share = if it.text == 0 {
        0.0
    } else {
        to_f(it.heading) / to_f(it.text)
    };
    if !is_list
        && heading_share < 0.9
        && it.text < 25
        && (it.img == 0 || it.img > 2)
        && it.name != "figure"
    {
        return true;
    }
    if is_list {
        return ld > 0.5;
    }
    if weight < 25.0 && ld > 0.2 {
        return true;
    }
    if weight >= 25.0 && ld > 0.5 {
        return true;
    }
    it.embed >= 1 && it.text < 75
}

/// A paragraph-sized element whose whole text is a widget label, a
/// promotion or a link (cleveland "You may also like..." and its links,
/// foxnews upper-case links to other stories).
fn is_widget_line(it: &Item<'_>) -> bool {
    if it.text > 250
        || !matches!(
            it.name,
            "p" | "span" | "div" | "button" | "a" | "li" | "h2" | "h3" | "h4"
        )
    {
        return false;
    }
    if it.name == "p" && it.text < 150 && it.link_density() >= 0.9 {
        return true;
    }
    let raw = crate::dom::text(it.el);
    if it.link > 0 && shouts(&raw) {
        return true;
    }
    let t = raw.to_lowercase();
    if PROMO_STARTS.iter().any(|p| t.starts_with(p)) {
        return true;
    }
    it.text <= 40 && WIDGET_LINES.contains(&t.trim_end_matches(['.', ':', '!', '…', ' ']).trim())
}

/// All letters upper case, and enough of them to be a line, not an acronym.
fn shouts(t: &str) -> bool {
    let mut upper = 0;
    for c in t.chars().filter(|c| c.is_alphabetic()) {
        if c.is_lowercase() {
            return false;
        }
        upper += 1;
    }
    upper >= 12
}

/// Mark furniture inside the roots as dropped.
pub fn clean(ix: &mut Index<'_>, roots: &[usize]) {
    for &root in roots {
        let end = ix.items.get(root).map_or(root, |r| r.end);
        let mut i = root;
        while i < end {
            let Some(it) = ix.items.get(i) else { break };
            if is_furniture(it, i == root) || is_widget_line(it) {
                ix.dropped.insert(it.el.id());
                i = it.end.max(i + 1);
            } else {
                i += 1;
            }
        }
    }
}
