//! Named entities: people, organisations and places of an article's
//! paragraphs, without any statistical model. Stages:
//! [`tokens`] splits words and marks sentence starts; [`detect`] finds
//! mentions through the embedded gazetteers ([`lexicon`], built by
//! `tools/gazetteers/build.py`, matched by [`gazetteer`]), runs of
//! capitalised words ([`run`] finds where they end, [`classify`] types them, with
//! the context words of [`cues`]; German in [`german`], Russian in
//! [`russian`])
//! and language patterns ([`patterns`]: Russian names with lower-case words,
//! German adjective + noun names, caseless scripts), weighing lone words with
//! [`evidence`], [`rules`] and [`words`]; [`group`] gathers the mentions of
//! one entity under its fullest name and ranks the entities. The page's own
//! tags add mentions that the rules miss, which is the other path for
//! scripts without letter case.

pub mod actor;
pub mod classify;
pub mod cues;
pub mod detect;
pub mod evidence;
pub mod gazetteer;
pub mod german;
pub mod group;
pub mod lexicon;
pub mod patterns;
pub mod rules;
pub mod run;
pub mod russian;
pub mod tokens;
pub mod words;

use crate::model::Entity;
use detect::{Evidence, Kind, Lang, Mention};

/// Find the entities of `paragraphs` (article order) written in `lang`;
/// `tags` are the page's own topic tags (empty for plain text). Each entity
/// lists every mention in `spans` with, in `blocks`, the paragraph index of
/// each span; offsets are Unicode scalar values into that paragraph.
#[must_use]
pub fn find(paragraphs: &[&str], lang: &str, tags: &[String]) -> Vec<Entity> {
    let code = lang
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let lang = Lang {
        code: &code,
        lex: lexicon::lexicon(&code),
        stop: lexicon::stopwords(&code),
    };
    let doc = words::Doc::new(paragraphs);
    let mut mentions: Vec<Mention> = Vec::new();
    for (block, text) in paragraphs.iter().enumerate() {
        mentions.extend(detect::detect(text, block, &lang, &doc));
    }
    add_tag_mentions(paragraphs, tags, &mut mentions);
    mentions.sort_by_key(|m| (m.block, m.start));
    if code == "de" {
        group::german_genitives(&mut mentions);
    }
    let tags: Vec<String> = tags.iter().map(|t| t.trim().to_lowercase()).collect();
    group::group(mentions, inflected(&code), &tags)
}

/// Languages whose names change their endings (Москва, Москве).
fn inflected(code: &str) -> bool {
    matches!(
        code,
        "ru" | "uk" | "bg" | "el" | "hu" | "pl" | "tr" | "fi" | "cs" | "ro"
    )
}

/// The type a tag names: a gazetteer entry, a given name, or a name already
/// found in the text.
fn tag_kind(tag: &str, mentions: &[Mention]) -> Option<Kind> {
    let key = words::key(tag);
    if lexicon::ORGS.contains(&key) {
        return Some(Kind::Org);
    }
    if lexicon::PLACES.contains(&key) {
        return Some(Kind::Place);
    }
    if let Some(m) = mentions.iter().find(|m| words::key(&m.text) == key) {
        return Some(m.kind);
    }
    let mut parts = key.split(' ');
    let first = parts.next().unwrap_or("");
    (parts.next().is_some() && lexicon::GIVEN.contains(first)).then_some(Kind::Person)
}

/// Mentions of the page's tags that the rules did not find: every place
/// where a tag's exact text stands as whole words and no mention overlaps.
fn add_tag_mentions(paragraphs: &[&str], tags: &[String], mentions: &mut Vec<Mention>) {
    for tag in tags {
        let tag = tag.trim();
        if tag.chars().count() < 2 {
            continue;
        }
        let Some(kind) = tag_kind(tag, mentions) else {
            continue;
        };
        let words: Vec<String> = tag.split_whitespace().map(words::lower).collect();
        for (block, text) in paragraphs.iter().enumerate() {
            for (byte, _) in text.match_indices(tag) {
                let before = text.get(..byte).and_then(|s| s.chars().next_back());
                let after = text.get(byte + tag.len()..).and_then(|s| s.chars().next());
                if before.is_some_and(char::is_alphanumeric)
                    || after.is_some_and(char::is_alphanumeric)
                {
                    continue;
                }
                let start = text.get(..byte).map_or(0, |s| s.chars().count());
                let end = start + tag.chars().count();
                let overlaps = mentions
                    .iter()
                    .any(|m| m.block == block && m.start < end && start < m.end);
                if !overlaps {
                    mentions.push(Mention {
                        block,
                        start,
                        end,
                        text: tag.to_string(),
                        words: words.clone(),
                        kind,
                        evidence: Evidence::Gazetteer,
                    });
                }
            }
        }
    }
}
