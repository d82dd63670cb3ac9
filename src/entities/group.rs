//! Grouping: every mention of one entity under its fullest name
//! (Poutine → Vladimir Poutine, Путина → Владимир Путин), one type per name,
//! and the entities ranked by salience. Input: the mentions of a document in
//! reading order; output: the entities, most salient first.

use super::detect::{Evidence, Kind, Mention};
use crate::model::{Entity, EntityType};
use std::collections::BTreeMap;

/// Key of a word for matching inflected forms: its first characters.
/// An abbreviation's points are dropped ("U.S." is "US").
fn stem(word: &str, inflected: bool) -> String {
    let bare: String = word.chars().filter(|c| *c != '.').collect();
    let word = if bare.chars().count() >= 2
        && word.ends_with('.')
        && bare.chars().all(char::is_alphabetic)
    {
        bare.as_str()
    } else {
        word
    };
    let n = word.chars().count();
    if !inflected || n <= 4 {
        return word.to_string();
    }
    word.chars().take((n - 2).max(4)).collect()
}

/// Key of a whole name.
fn name_key(words: &[String], inflected: bool) -> String {
    words
        .iter()
        .map(|w| stem(w, inflected))
        .collect::<Vec<_>>()
        .join(" ")
}

/// German genitives: a name written with a final "s" or apostrophe
/// ("Maduros", "Washingtons", "Sicherheitsrats", "Pompeius'") is keyed by
/// its plain form when the document also writes that form somewhere or
/// the gazetteer knows it.
pub fn german_genitives(mentions: &mut [Mention]) {
    let words: std::collections::BTreeSet<String> = mentions
        .iter()
        .flat_map(|m| m.words.iter().cloned())
        .collect();
    for m in mentions.iter_mut() {
        let Some(last) = m.words.last_mut() else {
            continue;
        };
        let plain = last
            .strip_suffix("es")
            .filter(|p| words.contains(*p))
            .or_else(|| last.strip_suffix(['s', '\'', '’']))
            .filter(|p| {
                p.chars().count() >= 3
                    && (words.contains(*p) || super::gazetteer::gazetteer(p).is_some())
            })
            .map(str::to_string);
        if let Some(plain) = plain {
            *last = plain;
        }
    }
}

/// Give every weakly typed mention the type that the same name gets with
/// stronger evidence elsewhere in the document.
fn settle_types(mentions: &mut [Mention], inflected: bool) {
    let mut best: BTreeMap<String, (Evidence, Kind)> = BTreeMap::new();
    for m in mentions.iter() {
        let k = name_key(&m.words, inflected);
        let e = best.entry(k).or_insert((m.evidence, m.kind));
        if m.evidence > e.0 {
            *e = (m.evidence, m.kind);
        }
    }
    for m in mentions.iter_mut() {
        if let Some((e, k)) = best.get(&name_key(&m.words, inflected)) {
            if *e > m.evidence {
                m.kind = *k;
                m.evidence = *e;
            }
        }
    }
}

/// The index of the person whose name `short` is part of, when exactly one
/// longer person name contains all its words (in stem form).
fn longer_person(
    short: &[String],
    people: &[(usize, Vec<String>)],
    inflected: bool,
) -> Option<usize> {
    let short_stems: Vec<String> = short.iter().map(|w| stem(w, inflected)).collect();
    let mut found = None;
    for (idx, long) in people {
        if long.len() <= short.len() {
            continue;
        }
        let long_stems: Vec<String> = long.iter().map(|w| stem(w, inflected)).collect();
        if short_stems.iter().all(|s| long_stems.contains(s)) {
            if found.is_some_and(|f| f != *idx) {
                return None; // ambiguous: two Smiths
            }
            found = Some(*idx);
        }
    }
    found
}

fn entity_type(kind: Kind) -> EntityType {
    match kind {
        Kind::Person => EntityType::Person,
        Kind::Org => EntityType::Organization,
        Kind::Place => EntityType::Place,
    }
}

struct Group {
    kind: Kind,
    mentions: Vec<Mention>,
}

/// Group `mentions` (reading order) into ranked entities. `tags` are the
/// page's own tags (lower case): a tagged entity ranks higher.
#[must_use]
pub fn group(mut mentions: Vec<Mention>, inflected: bool, tags: &[String]) -> Vec<Entity> {
    settle_types(&mut mentions, inflected);
    // People with the longest names first so that short forms find them.
    let mut groups: Vec<Group> = Vec::new();
    let mut by_key: BTreeMap<(Kind, String), usize> = BTreeMap::new();
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(mentions.get(i).map_or(0, |m| m.words.len())));
    let mut people: Vec<(usize, Vec<String>)> = Vec::new();
    for i in order {
        let Some(m) = mentions.get(i) else { continue };
        let key = (m.kind, name_key(&m.words, inflected));
        let target = by_key.get(&key).copied().or_else(|| {
            // A lone word typed only by its context ("In Trump's thinking") is
            // the surname of a person named in full elsewhere, when there is one
            // (not in inflected languages: "в Москве" would find "Москвин").
            // "led by Rodríguez" after "Delcy Rodríguez": a family name that
            // is also a town joins the person too.
            let surname = m.words.len() == 1
                && !inflected
                && m.words
                    .first()
                    .is_some_and(|w| super::lexicon::SURNAMES.contains(w));
            let person_like = m.kind == Kind::Person
                || m.evidence == Evidence::Default
                || surname
                || (m.evidence == Evidence::Context && m.words.len() == 1 && !inflected);
            person_like
                .then(|| longer_person(&m.words, &people, inflected))
                .flatten()
        });
        let g = match target {
            Some(g) => g,
            None => {
                groups.push(Group {
                    kind: m.kind,
                    mentions: Vec::new(),
                });
                let g = groups.len() - 1;
                if m.kind == Kind::Person && m.words.len() > 1 {
                    people.push((g, m.words.clone()));
                }
                g
            }
        };
        by_key.entry(key).or_insert(g);
        if let Some(group) = groups.get_mut(g) {
            group.mentions.push(m.clone());
        }
    }
    let mut scored: Vec<(f64, (usize, usize), Entity)> = groups
        .into_iter()
        .filter(|g| g.mentions.iter().any(|m| m.evidence > Evidence::Weak))
        .map(|mut g| {
            g.mentions.sort_by_key(|m| (m.block, m.start));
            to_entity(g, tags)
        })
        .collect();
    scored.sort_by(|a, b| {
        b.0.partial_cmp(&a.0)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.1.cmp(&b.1))
            .then(a.2.name.cmp(&b.2.name))
    });
    scored.into_iter().map(|(_, _, e)| e).collect()
}

/// The name without the German genitive ending that [`german_genitives`]
/// took off its key: "Washingtons" is shown as "Washington".
fn plain_name(name: &str, mentions: &[Mention]) -> String {
    let Some(m) = mentions.iter().find(|m| m.text == name) else {
        return name.to_string();
    };
    let last = m.words.last().map_or(0, |w| w.chars().count());
    let written = name.rsplit(' ').next().map_or(0, |w| w.chars().count());
    let cut = written.saturating_sub(last);
    if cut == 0 || cut > 2 || !name.to_lowercase().starts_with(&m.words.join(" ")) {
        return name.to_string();
    }
    let keep = name.chars().count() - cut;
    let ending: String = name.chars().skip(keep).collect();
    if !matches!(ending.as_str(), "s" | "es" | "'" | "’") {
        return name.to_string(); // "Ludwig XIV." keeps its point
    }
    name.chars().take(keep).collect()
}

/// One entity from its group, with its salience and first position.
fn to_entity(g: Group, tags: &[String]) -> (f64, (usize, usize), Entity) {
    // Fullest name: most words, then a plain form over a German genitive
    // ("Sicherheitsrat", not "Sicherheitsrats"), then most frequent, then
    // first written.
    let mut counts: BTreeMap<&str, (usize, bool, usize, usize)> = BTreeMap::new();
    for (n, m) in g.mentions.iter().enumerate() {
        let plain = m
            .text
            .to_lowercase()
            .ends_with(m.words.last().map_or("", |w| w.as_str()));
        let e = counts
            .entry(m.text.as_str())
            .or_insert((m.words.len(), plain, 0, n));
        e.2 += 1;
    }
    let name = counts
        .iter()
        .max_by(|a, b| {
            (a.1 .0, a.1 .1, a.1 .2, std::cmp::Reverse(a.1 .3)).cmp(&(
                b.1 .0,
                b.1 .1,
                b.1 .2,
                std::cmp::Reverse(b.1 .3),
            ))
        })
        .map_or(String::new(), |(k, _)| (*k).to_string());
    let name = plain_name(&name, &g.mentions);
    let mut aliases: Vec<(usize, String)> = counts
        .iter()
        .filter(|(k, _)| **k != name)
        .map(|(k, v)| (v.3, (*k).to_string()))
        .collect();
    aliases.sort();
    let first = g.mentions.first().map_or((0, 0), |m| (m.block, m.start));
    let tagged = counts
        .keys()
        .any(|k| tags.iter().any(|t| t == &k.to_lowercase()));
    let early = g.mentions.iter().filter(|m| m.block == 0).count();
    #[allow(clippy::cast_precision_loss)]
    let score = g.mentions.len() as f64
        + if tagged { 3.0 } else { 0.0 }
        + if early > 0 { 1.0 } else { 0.0 }
        + if g.kind == Kind::Person { 0.1 } else { 0.0 };
    let entity = Entity {
        name,
        kind: entity_type(g.kind),
        mentions: g.mentions.len(),
        aliases: aliases.into_iter().map(|(_, a)| a).collect(),
        spans: g.mentions.iter().map(|m| [m.start, m.end]).collect(),
        blocks: g.mentions.iter().map(|m| m.block).collect(),
    };
    (score, first, entity)
}
