//! What is not content: clutter rules (data, per site), matching them against
//! the parsed page, counting what the live page loses, and the [`PagePlan`]
//! the content script applies (nodes to delete, a stylesheet for the rest).

use crate::model::{Article, Clutter};
use crate::selector::{SelectorIndex, SimpleSelector};
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html};
use serde::Serialize;

/// Kinds of clutter, as reported in `Article.clutter.kinds`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClutterKind {
    /// Ad slots, their placeholders and labels.
    Ad,
    /// Share and comment bars, copy-embed widgets.
    Share,
    /// Related, most-read and recommendation lists.
    Related,
    /// Newsletter and app banners.
    Newsletter,
    /// Comment widgets (Vuukle).
    Comments,
    /// Sponsored and partner content blocks.
    Sponsored,
    /// Paywall and consent overlays that block reading (Poool, CMPs).
    Overlay,
}

impl ClutterKind {
    /// Name used in `Article.clutter.kinds`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            ClutterKind::Ad => "ad",
            ClutterKind::Share => "share",
            ClutterKind::Related => "related",
            ClutterKind::Newsletter => "newsletter",
            ClutterKind::Comments => "comments",
            ClutterKind::Sponsored => "sponsored",
            ClutterKind::Overlay => "overlay",
        }
    }
}

/// What the live page does with a rule's nodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Delete the nodes (and hide late arrivals with CSS).
    Remove,
    /// Only hide them with the injected stylesheet.
    Hide,
}

/// One clutter rule: a selector, what it is, and why it exists.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// CSS selector (a selector list is allowed).
    pub selector: &'static str,
    /// What kind of clutter it matches.
    pub kind: ClutterKind,
    /// What the live page does with it.
    pub action: Action,
    /// The corpus page that needs it.
    pub why: &'static str,
}

impl Rule {
    /// A rule; `why` names the page that needs it.
    #[must_use]
    pub const fn new(
        selector: &'static str,
        kind: ClutterKind,
        action: Action,
        why: &'static str,
    ) -> Self {
        Self {
            selector,
            kind,
            action,
            why,
        }
    }
}

/// Rules compiled once per extraction.
pub struct Matcher {
    rules: Vec<Rule>,
    index: SelectorIndex,
    /// [`removal_selectors`] of the rules, built once.
    remove: Vec<String>,
    /// [`stylesheet`] of the rules, built once.
    css: String,
}

impl Matcher {
    /// Compile `rules` (a selector outside the supported subset is skipped;
    /// tests keep every rule inside it).
    #[must_use]
    pub fn new(rules: &[Rule]) -> Self {
        let (rules, lists): (Vec<Rule>, Vec<SimpleSelector>) = rules
            .iter()
            .filter_map(|r| SimpleSelector::parse(r.selector).map(|s| (*r, s)))
            .unzip();
        Self {
            index: SelectorIndex::new(&lists),
            remove: removal_selectors(&rules),
            css: stylesheet(&rules),
            rules,
        }
    }

    /// Selectors of the nodes the live page deletes.
    #[must_use]
    pub fn remove(&self) -> &[String] {
        &self.remove
    }

    /// The stylesheet hiding every rule's nodes.
    #[must_use]
    pub fn css(&self) -> &str {
        &self.css
    }

    /// The rule this element matches, if any.
    #[must_use]
    pub fn rule_for(&self, el: &ElementRef<'_>) -> Option<&Rule> {
        self.index.first_match(el).and_then(|i| self.rules.get(i))
    }

    /// Turn the prescan's per-rule counts into counts by kind.
    #[must_use]
    pub fn clutter_from_counts(&self, per_rule: &[usize]) -> Clutter {
        let mut out = Clutter::default();
        for (rule, n) in self.rules.iter().zip(per_rule) {
            if *n > 0 {
                out.removed += n;
                *out.kinds.entry(rule.kind.name().to_string()).or_insert(0) += n;
            }
        }
        out
    }

    /// Is this element clutter?
    #[must_use]
    pub fn is_clutter(&self, el: &ElementRef<'_>) -> bool {
        self.rule_for(el).is_some()
    }

    /// Count the outermost clutter elements of the document, by kind.
    #[must_use]
    pub fn count(&self, doc: &Html) -> Clutter {
        let mut out = Clutter::default();
        if self.rules.is_empty() {
            return out;
        }
        let mut inside: Option<ego_tree::NodeId> = None;
        for edge in doc.root_element().traverse() {
            match edge {
                Edge::Open(node) if inside.is_none() => {
                    if let Some(el) = ElementRef::wrap(node) {
                        if let Some(rule) = self.rule_for(&el) {
                            inside = Some(node.id());
                            out.removed += 1;
                            *out.kinds.entry(rule.kind.name().to_string()).or_insert(0) += 1;
                        }
                    }
                }
                Edge::Close(node) if inside == Some(node.id()) => inside = None,
                _ => {}
            }
        }
        out
    }
}

/// What the content script does to the live page, with the article it read.
#[derive(Debug, Clone, Serialize)]
pub struct PagePlan {
    /// The extracted article.
    pub article: Article,
    /// Selectors of clutter nodes to delete from the live page.
    pub remove: Vec<String>,
    /// Stylesheet hiding clutter, including what loads after the plan ran.
    pub css: String,
}

/// Selectors the live page deletes.
#[must_use]
pub fn removal_selectors(rules: &[Rule]) -> Vec<String> {
    rules
        .iter()
        .filter(|r| r.action == Action::Remove)
        .map(|r| r.selector.to_string())
        .collect()
}

/// A stylesheet hiding every rule's nodes (`display: none !important`).
#[must_use]
pub fn stylesheet(rules: &[Rule]) -> String {
    let mut css = String::from("/* euronews-reader: clutter rules from the core (src/sites) */\n");
    for r in rules {
        css.push_str(&format!(
            "/* {}: {} */\n{} {{ display: none !important; }}\n",
            r.kind.name(),
            r.why,
            r.selector
        ));
    }
    css
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom;

    const RULES: &[Rule] = &[
        Rule::new(".ad", ClutterKind::Ad, Action::Remove, "test"),
        Rule::new(".share", ClutterKind::Share, Action::Hide, "test"),
    ];

    #[test]
    fn counts_outermost_matches_by_kind() {
        let doc = dom::parse(
            "<div class=ad><div class=ad></div></div><p class=share></p><p class=ad></p>",
        );
        let c = Matcher::new(RULES).count(&doc);
        assert_eq!(c.removed, 3);
        assert_eq!(c.kinds.get("ad"), Some(&2));
        assert_eq!(c.kinds.get("share"), Some(&1));
    }

    #[test]
    fn css_and_removals() {
        assert_eq!(removal_selectors(RULES), vec![".ad"]);
        let css = stylesheet(RULES);
        assert!(css.contains(".share { display: none !important; }"));
    }
}
