//! A small, fast CSS subset for our own rule tables: lists of compound
//! selectors made of an optional tag, `#id`, `.class` and attribute tests
//! (`[a]`, `[a="v"]`, `[a^="v"]`, `[a*="v"]`). The same strings go to the
//! live page's stylesheet and `querySelectorAll`, so they must stay valid CSS
//! (tested); here they are matched without building selector caches, which
//! made scraper's general matcher a quarter of extraction time.

use scraper::ElementRef;

/// One attribute test.
#[derive(Debug, Clone, PartialEq, Eq)]
enum AttrTest {
    Exists,
    Equals(String),
    Prefix(String),
    Contains(Box<Needle>),
}

/// A substring to find, its searcher built once with the selector (a
/// searcher built per test costs more than the search).
#[derive(Debug, Clone)]
struct Needle(memchr::memmem::Finder<'static>);

impl PartialEq for Needle {
    fn eq(&self, other: &Self) -> bool {
        self.0.needle() == other.0.needle()
    }
}

impl Eq for Needle {}

/// One compound selector: every part must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Compound {
    tag: Option<String>,
    id: Option<String>,
    classes: Vec<String>,
    attrs: Vec<(String, AttrTest)>,
}

/// A parsed selector list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimpleSelector {
    alternatives: Vec<Compound>,
}

fn ident(s: &str) -> (&str, &str) {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(s.len());
    s.split_at(end)
}

fn parse_compound(mut s: &str) -> Option<Compound> {
    let mut c = Compound::default();
    let (tag, rest) = ident(s);
    if !tag.is_empty() {
        c.tag = Some(tag.to_ascii_lowercase());
        s = rest;
    }
    while !s.is_empty() {
        let (kind, rest) = s.split_at(1);
        match kind {
            "." | "#" => {
                let (name, rest) = ident(rest);
                if name.is_empty() {
                    return None;
                }
                if kind == "." {
                    c.classes.push(name.to_string());
                } else {
                    c.id = Some(name.to_string());
                }
                s = rest;
            }
            "[" => {
                let close = rest.find(']')?;
                let (body, after) = rest.split_at(close);
                s = after.get(1..)?;
                let (name, op) = ident(body);
                let value = |v: &str| v.trim().trim_matches('"').trim_matches('\'').to_string();
                let test = match op {
                    "" => AttrTest::Exists,
                    o if o.starts_with("^=") => AttrTest::Prefix(value(&o[2..])),
                    o if o.starts_with("*=") => AttrTest::Contains(Box::new(Needle(
                        memchr::memmem::Finder::new(value(&o[2..]).as_bytes()).into_owned(),
                    ))),
                    o if o.starts_with('=') => AttrTest::Equals(value(&o[1..])),
                    _ => return None,
                };
                c.attrs.push((name.to_ascii_lowercase(), test));
            }
            _ => return None,
        }
    }
    Some(c)
}

/// What matching needs to know of an element: a parsed one, or a raw tag
/// read by the prescan before parsing.
pub trait ElementView {
    /// Lower-case tag name.
    fn tag(&self) -> &str;
    /// The `id` attribute.
    fn id(&self) -> Option<&str>;
    /// Does the element carry this class?
    fn has_class(&self, class: &str) -> bool;
    /// Call `f` with every class, for index lookups.
    fn for_each_class(&self, f: &mut dyn FnMut(&str));
    /// An attribute by lower-case name.
    fn attr_value(&self, name: &str) -> Option<&str>;
}

impl ElementView for scraper::node::Element {
    fn tag(&self) -> &str {
        self.name()
    }
    fn id(&self) -> Option<&str> {
        scraper::node::Element::id(self)
    }
    fn has_class(&self, class: &str) -> bool {
        self.classes().any(|x| x == class)
    }
    fn for_each_class(&self, f: &mut dyn FnMut(&str)) {
        self.classes().for_each(f);
    }
    fn attr_value(&self, name: &str) -> Option<&str> {
        // `Element::attr` interns the name on every call; scanning the few
        // attributes an element has is cheaper.
        self.attrs().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

impl Compound {
    fn matches<E: ElementView + ?Sized>(&self, e: &E) -> bool {
        self.tag
            .as_deref()
            .is_none_or(|t| e.tag().eq_ignore_ascii_case(t))
            && self.id.as_deref().is_none_or(|id| e.id() == Some(id))
            && self.classes.iter().all(|k| e.has_class(k))
            && self.attrs.iter().all(|(name, test)| {
                e.attr_value(name).is_some_and(|v| match test {
                    AttrTest::Exists => true,
                    AttrTest::Equals(x) => v == x,
                    AttrTest::Prefix(x) => v.starts_with(x.as_str()),
                    AttrTest::Contains(x) => x.0.find(v.as_bytes()).is_some(),
                })
            })
    }
}

/// FNV-1a: class names are short and trusted (our own rules); SipHash's
/// flood resistance is not needed to look them up.
#[derive(Default)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// One indexed alternative: its group, its list index within the group, the compound.
type Entry = (usize, usize, Compound);

type FastMap<V> = std::collections::HashMap<String, V, std::hash::BuildHasherDefault<Fnv>>;

/// Many selector lists indexed by class and id, so an element is only tested
/// against the alternatives that could match it. Lists come in groups (for
/// example clutter rules, article roots, body containers) and a lookup answers,
/// per group, the lowest matching list index within that group.
#[derive(Debug, Clone, Default)]
pub struct SelectorIndex {
    by_class: FastMap<Vec<Entry>>,
    by_id: FastMap<Vec<Entry>>,
    /// Alternatives with neither class nor id, keyed by the attribute their
    /// first test needs: skipped at once on elements without it.
    others: Vec<(String, Vec<Entry>)>,
}

impl SelectorIndex {
    /// Index one group of selector lists; entry `i` answers `i`.
    #[must_use]
    pub fn new(lists: &[SimpleSelector]) -> Self {
        Self::grouped(&[lists])
    }

    /// Index several groups of selector lists at once.
    #[must_use]
    pub fn grouped(groups: &[&[SimpleSelector]]) -> Self {
        let mut index = Self::default();
        for (g, lists) in groups.iter().enumerate() {
            for (i, list) in lists.iter().enumerate() {
                for c in &list.alternatives {
                    let entry = (g, i, c.clone());
                    if let Some(first) = c.classes.first() {
                        index.by_class.entry(first.clone()).or_default().push(entry);
                    } else if let Some(id) = &c.id {
                        index.by_id.entry(id.clone()).or_default().push(entry);
                    } else {
                        let key = c.attrs.first().map(|(n, _)| n.clone()).unwrap_or_default();
                        match index.others.iter_mut().find(|(k, _)| *k == key) {
                            Some((_, list)) => list.push(entry),
                            None => index.others.push((key, vec![entry])),
                        }
                    }
                }
            }
        }
        index
    }

    /// The lowest index of a list of the first group matching the element.
    #[must_use]
    pub fn first_match(&self, el: &ElementRef<'_>) -> Option<usize> {
        self.first_match_view(el.value())
    }

    /// [`Self::first_match`] for any element view.
    #[must_use]
    pub fn first_match_view<E: ElementView + ?Sized>(&self, e: &E) -> Option<usize> {
        self.first_per_group::<1, E>(e)[0]
    }

    /// Per group (up to `N`), the lowest matching list index.
    #[must_use]
    pub fn first_per_group<const N: usize, E: ElementView + ?Sized>(
        &self,
        e: &E,
    ) -> [Option<usize>; N] {
        let mut best = [None; N];
        let mut consider = |cands: &[Entry]| {
            for (g, i, c) in cands {
                if let Some(slot) = best.get_mut(*g) {
                    if slot.is_none_or(|b: usize| *i < b) && c.matches(e) {
                        *slot = Some(*i);
                    }
                }
            }
        };
        e.for_each_class(&mut |class| {
            if let Some(c) = self.by_class.get(class) {
                consider(c);
            }
        });
        if let Some(c) = e.id().and_then(|id| self.by_id.get(id)) {
            consider(c);
        }
        for (attr, list) in &self.others {
            if attr.is_empty() || e.attr_value(attr).is_some() {
                consider(list);
            }
        }
        best
    }
}

impl SimpleSelector {
    /// Parse a selector list in the supported subset; `None` otherwise.
    #[must_use]
    pub fn parse(list: &str) -> Option<Self> {
        let alternatives = list
            .split(',')
            .map(|s| parse_compound(s.trim()))
            .collect::<Option<Vec<_>>>()?;
        (!alternatives.is_empty()).then_some(Self { alternatives })
    }

    /// Does the element match any alternative?
    #[must_use]
    pub fn matches(&self, el: &ElementRef<'_>) -> bool {
        self.alternatives.iter().any(|c| c.matches(el.value()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom;

    fn matches(sel: &str, html: &str) -> bool {
        let doc = dom::parse(html);
        let s = SimpleSelector::parse(sel).unwrap();
        let found = doc
            .root_element()
            .descendent_elements()
            .any(|e| s.matches(&e));
        found
    }

    #[test]
    fn subset() {
        assert!(matches(".a.b", "<div class='b x a'></div>"));
        assert!(!matches(".a.b", "<div class='a'></div>"));
        assert!(matches("div#z, .q", "<span class=q></span>"));
        assert!(matches("[id^=\"adzone-\"]", "<div id=adzone-mpu_1></div>"));
        assert!(matches(
            "[class*=\"optidigital-\"]",
            "<div class='x optidigital-bottom-1'></div>"
        ));
        assert!(matches("[data-ad-name]", "<div data-ad-name=c></div>"));
        assert!(!matches("p.a", "<div class=a></div>"));
        assert_eq!(SimpleSelector::parse("div > p"), None);
    }

    #[test]
    fn index_answers_the_lowest_matching_list() {
        let lists: Vec<_> = [".b", "#i, .a", "[data-x]"]
            .iter()
            .map(|s| SimpleSelector::parse(s).unwrap())
            .collect();
        let index = SelectorIndex::new(&lists);
        let doc = dom::parse(
            "<div class='a b' id=i data-x></div><p class=a></p><p data-x></p><p class=z></p>",
        );
        let got: Vec<_> = doc
            .root_element()
            .descendent_elements()
            .skip(3)
            .map(|e| index.first_match(&e))
            .collect();
        assert_eq!(got, vec![Some(0), Some(1), Some(2), None]);
    }
}
