//! Choosing the content: score paragraphs into their ancestors (as
//! Readability does), pick the best container, widen it to a common ancestor
//! of close rivals, and take along sibling containers that look like more of
//! the body (quantamagazine splits its article over several). Input: an
//! [`Index`]. Output: indices of the content roots, in document order.

use super::index::{to_f, Index};

/// Paragraph-like elements shorter than this (characters) are not scored.
const MIN_PARAGRAPH: usize = 25;

/// Tags whose own text makes a paragraph.
fn is_paragraph_tag(name: &str) -> bool {
    matches!(name, "p" | "pre" | "td")
}

fn is_container(name: &str) -> bool {
    matches!(
        name,
        "div" | "section" | "article" | "main" | "span" | "font" | "center" | "dd" | "li"
    )
}

/// Score every paragraph into its ancestors (full, half, then a third per
/// level, five levels up), then scale each candidate by its non-link share.
pub fn score(ix: &mut Index<'_>) {
    let n = ix.items.len();
    for i in 0..n {
        let Some(it) = ix.items.get(i) else {
            continue;
        };
        // A <p> (or a div of inline text only) scores its ancestors; a
        // container with loose text beside blocks scores itself first, as
        // if its text runs were wrapped in paragraphs.
        let (len, commas, first) = if is_paragraph_tag(it.name) {
            (it.text, it.commas, it.parent)
        } else if is_container(it.name) && it.loose >= MIN_PARAGRAPH {
            if it.has_block {
                (it.loose, it.loose_commas, Some(i))
            } else {
                (it.loose, it.loose_commas, it.parent)
            }
        } else {
            continue;
        };
        if len < MIN_PARAGRAPH {
            continue;
        }
        let add = 1.0 + to_f(commas) + (to_f(len) / 100.0).min(3.0);
        let mut at = first;
        for level in 0..5_u32 {
            let Some(a) = at.and_then(|a| ix.items.get_mut(a)) else {
                break;
            };
            if a.name == "html" {
                break;
            }
            if !a.scored {
                a.scored = true;
                a.score = super::hints::tag_base(a.name) + f64::from(a.weight);
            }
            let div = match level {
                0 => 1.0,
                1 => 2.0,
                l => f64::from(l) * 3.0,
            };
            a.score += add / div;
            at = a.parent;
        }
    }
    for it in &mut ix.items {
        if it.scored {
            it.score *= 1.0 - it.link_density();
        }
    }
}

fn is_ancestor(ix: &Index<'_>, anc: usize, of: usize) -> bool {
    anc <= of && ix.items.get(anc).is_some_and(|a| of < a.end)
}

/// The best container, after scoring.
#[must_use]
pub fn top(ix: &Index<'_>) -> Option<usize> {
    let mut ranked: Vec<usize> = (0..ix.items.len())
        .filter(|&i| {
            ix.items
                .get(i)
                .is_some_and(|it| it.scored && it.name != "body")
        })
        .collect();
    let key = |i: &usize| ix.items.get(*i).map_or(0.0, |it| it.score);
    ranked.sort_by(|a, b| key(b).total_cmp(&key(a)).then(a.cmp(b)));
    let &best = ranked.first()?;
    let best_score = key(&best);
    if best_score <= 0.0 {
        return None;
    }
    let mut top = best;
    // Close rivals under a common ancestor: the body is split in parts.
    let rivals: Vec<usize> = ranked
        .iter()
        .skip(1)
        .take(4)
        .copied()
        .filter(|r| key(r) / best_score >= 0.75 && !is_ancestor(ix, *r, best))
        .collect();
    if rivals.len() >= 3 {
        let mut at = ix.items.get(top).and_then(|t| t.parent);
        while let Some(a) = at {
            let Some(item) = ix.items.get(a) else { break };
            if item.name == "body" {
                break;
            }
            if rivals.iter().filter(|r| is_ancestor(ix, a, **r)).count() >= 3 {
                top = a;
                break;
            }
            at = item.parent;
        }
    }
    // Climb while the parent scores better (Readability's last-score walk).
    let mut last = key(&top);
    let threshold = last / 3.0;
    let mut at = ix.items.get(top).and_then(|t| t.parent);
    while let Some(a) = at {
        let Some(item) = ix.items.get(a) else { break };
        if item.name == "body" {
            break;
        }
        if item.scored {
            if item.score < threshold {
                break;
            }
            if item.score > last {
                top = a;
                break;
            }
            last = item.score;
        }
        at = item.parent;
    }
    // A lone child says nothing: take its parent.
    while let Some(p) = ix.items.get(top).and_then(|t| t.parent) {
        let Some(parent) = ix.items.get(p) else { break };
        if parent.name == "body" || parent.el.child_elements().nth(1).is_some() {
            break;
        }
        top = p;
    }
    Some(top)
}

/// The top container and its siblings that look like more of the body.
#[must_use]
pub fn with_siblings(ix: &Index<'_>, top: usize) -> Vec<usize> {
    let Some(t) = ix.items.get(top) else {
        return Vec::new();
    };
    let Some(parent) = t.parent else {
        return vec![top];
    };
    let threshold = (t.score * 0.2).max(10.0);
    let class = t.el.value().attr("class").unwrap_or_default();
    let mut out = Vec::new();
    // Children of the parent: walk the parent's range, jumping over subtrees.
    let mut i = parent + 1;
    let end = ix.items.get(parent).map_or(i, |p| p.end);
    while i < end {
        let Some(s) = ix.items.get(i) else { break };
        let keep = i == top || {
            let bonus = if !class.is_empty() && s.el.value().attr("class") == Some(class) {
                t.score * 0.2
            } else {
                0.0
            };
            let ld = s.link_density();
            (s.scored && s.score + bonus >= threshold)
                || (s.name == "p"
                    && ((s.text > 80 && ld < 0.25)
                        || (s.text < 80 && s.text > 0 && ld == 0.0 && ends_sentence(s))))
        };
        if keep {
            out.push(i);
        }
        i = s.end.max(i + 1);
    }
    out
}

fn ends_sentence(s: &super::index::Item<'_>) -> bool {
    let t = crate::dom::text(s.el);
    t.ends_with('.') || t.contains(". ")
}

/// Readability's `isProbablyReaderable`: enough long paragraphs.
#[must_use]
pub fn readerable(ix: &Index<'_>) -> bool {
    let mut score = 0.0;
    for it in &ix.items {
        let len = match it.name {
            "p" | "pre" => it.text,
            "div" | "section" | "article" if it.has_br => it.loose,
            _ => continue,
        };
        if it
            .parent
            .and_then(|p| ix.items.get(p))
            .is_some_and(|p| p.name == "li")
        {
            continue;
        }
        if len < 140 {
            continue;
        }
        score += to_f(len - 140).sqrt();
        if score > 20.0 {
            return true;
        }
    }
    false
}
