//! One iterative pass over the parsed page that measures every element:
//! text and link length, commas, direct ("loose") text, counts of
//! paragraphs, images, list items, inputs and embeds in its subtree. Input:
//! the document and the pass's flags. Output: [`Index`], elements in document
//! order (a subtree is a contiguous range), plus the furniture it dropped.

use super::hints;
use ego_tree::{iter::Edge, NodeId};
use scraper::{ElementRef, Html, Node};
use std::collections::HashSet;

/// Tags that are furniture wherever they are, in the strict pass.
const FURNITURE: &[&str] = &["nav", "aside", "footer", "header", "dialog", "menu"];

/// Measures of one element and its subtree.
#[derive(Debug, Clone)]
pub struct Item<'a> {
    /// The element.
    pub el: ElementRef<'a>,
    /// Index of the parent element (`None` for the root).
    pub parent: Option<usize>,
    /// One past the last index of the subtree.
    pub end: usize,
    /// Tag name.
    pub name: &'a str,
    /// Class weight (0 when class weighting is off).
    pub weight: i32,
    /// Characters of text in the subtree.
    pub text: usize,
    /// Characters of text inside links.
    pub link: usize,
    /// Commas in the subtree.
    pub commas: usize,
    /// Characters of text directly inside, or inside inline children.
    pub loose: usize,
    /// Commas in the loose text.
    pub loose_commas: usize,
    /// Has a block-level descendant.
    pub has_block: bool,
    /// Has a `<br>` child.
    pub has_br: bool,
    /// `<p>` elements in the subtree.
    pub p: u32,
    /// `<img>` elements.
    pub img: u32,
    /// `<li>` elements.
    pub li: u32,
    /// `<input>` elements.
    pub input: u32,
    /// `<iframe>`, `<embed>`, `<object>` elements.
    pub embed: u32,
    /// Characters of heading text.
    pub heading: usize,
    /// Content score (valid when `scored`).
    pub score: f64,
    /// Was given a content score.
    pub scored: bool,
}

impl Item<'_> {
    /// Share of the text inside links.
    #[must_use]
    pub fn link_density(&self) -> f64 {
        if self.text == 0 {
            0.0
        } else {
            to_f(self.link) / to_f(self.text)
        }
    }

    /// Is this an inline element (its text flows in the parent's paragraph)?
    #[must_use]
    pub fn is_inline(&self) -> bool {
        crate::dom::flows_inline(self.name) && !self.has_block
    }
}

/// Lossless enough for text lengths (below 2^52).
#[must_use]
#[allow(clippy::cast_precision_loss)]
pub fn to_f(n: usize) -> f64 {
    n as f64
}

/// Every kept element in document order, and what was dropped.
pub struct Index<'a> {
    /// The elements.
    pub items: Vec<Item<'a>>,
    /// Roots of dropped subtrees (hidden, furniture, unlikely).
    pub dropped: HashSet<NodeId>,
}

fn count_text(t: &str) -> (usize, usize) {
    let t = t.trim();
    let mut chars = 0;
    let mut commas = 0;
    for c in t.chars() {
        chars += 1;
        if matches!(c, ',' | '，' | '、' | '،') {
            commas += 1;
        }
    }
    (chars, commas)
}

/// Measure the page. `strip` drops furniture by tag, class, id and role;
/// `weigh` gives class weights.
#[must_use]
pub fn build<'a>(doc: &'a Html, strip: bool, weigh: bool) -> Index<'a> {
    let mut items: Vec<Item<'a>> = Vec::new();
    let mut dropped = HashSet::new();
    let mut open: Vec<usize> = Vec::new();
    let mut skipping: Option<NodeId> = None;
    for edge in doc.root_element().traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => {
                        if let Some(&cur) = open.last() {
                            let (n, c) = count_text(t);
                            if let Some(it) = items.get_mut(cur) {
                                it.text += n;
                                it.commas += c;
                                it.loose += n;
                                it.loose_commas += c;
                            }
                        }
                    }
                    Node::Element(e) => {
                        let Some(el) = ElementRef::wrap(node) else {
                            continue;
                        };
                        let name = e.name();
                        let ci = hints::class_id(&el);
                        let drop = crate::dom::is_non_text(&el)
                            || hints::hidden(&el)
                            || (strip && (FURNITURE.contains(&name) || hints::unlikely(&el, &ci)));
                        if drop && !open.is_empty() {
                            if !crate::dom::is_non_text(&el) {
                                dropped.insert(node.id());
                            }
                            skipping = Some(node.id());
                            continue;
                        }
                        if name == "br" {
                            if let Some(it) = open.last().and_then(|&c| items.get_mut(c)) {
                                it.has_br = true;
                            }
                        }
                        open.push(items.len());
                        items.push(Item {
                            el,
                            parent: open.len().checked_sub(2).and_then(|i| open.get(i)).copied(),
                            end: 0,
                            name,
                            weight: if weigh { hints::class_weight(&ci) } else { 0 },
                            text: 0,
                            link: 0,
                            commas: 0,
                            loose: 0,
                            loose_commas: 0,
                            has_block: false,
                            has_br: false,
                            p: u32::from(name == "p"),
                            img: u32::from(name == "img"),
                            li: u32::from(name == "li"),
                            input: u32::from(name == "input"),
                            embed: u32::from(matches!(name, "iframe" | "embed" | "object")),
                            heading: 0,
                            score: 0.0,
                            scored: false,
                        });
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                    continue;
                }
                if skipping.is_some() || !node.value().is_element() {
                    continue;
                }
                let Some(i) = open.pop() else {
                    continue;
                };
                close(&mut items, i);
            }
        }
    }
    Index { items, dropped }
}

/// Finish element `i` and add its measures to its parent.
fn close(items: &mut [Item<'_>], i: usize) {
    let end = items.len();
    let Some(it) = items.get_mut(i) else {
        return;
    };
    it.end = end;
    if it.name == "a" {
        it.link = it.text;
    }
    if matches!(it.name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
        it.heading = it.text;
    }
    let c = it.clone();
    let Some(parent) = c.parent.and_then(|p| items.get_mut(p)) else {
        return;
    };
    parent.text += c.text;
    parent.link += c.link;
    parent.commas += c.commas;
    parent.p += c.p;
    parent.img += c.img;
    parent.li += c.li;
    parent.input += c.input;
    parent.embed += c.embed;
    parent.heading += c.heading;
    if c.is_inline() {
        parent.loose += c.text;
        parent.loose_commas += c.commas;
    } else {
        parent.has_block = true;
    }
}
