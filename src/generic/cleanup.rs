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
    "this slideshow requires javascript.",
    "sharing is caring!",
    "related articles",
    "read more",
];

/// Should this element, inside the content, be dropped?
fn is_furniture(it: &Item<'_>, is_root: bool) -> bool {
    let ci = super::hints::class_id(&it.el);
    if !is_root && ci.contains("share") && it.text < 500 {
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

/// A paragraph-sized element whose whole text is a widget label.
fn is_widget_line(it: &Item<'_>) -> bool {
    if it.text > 40 || !matches!(it.name, "p" | "span" | "div" | "button" | "a" | "li") {
        return false;
    }
    let t = crate::dom::text(it.el).to_lowercase();
    WIDGET_LINES.contains(&t.trim())
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
