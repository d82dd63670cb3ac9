//! Who has been named so far: people mentioned (full names and known
//! surnames), speakers of reported and quoted speech, and the roles they
//! were given. Answers "the last person named before here" (pronouns),
//! "the last speaker" (quotes with no attribution, pro-drop verbs) and
//! "the full name of this surname". Positions are `(paragraph, char)`.

use super::gender::{self, Gender};
use std::collections::{BTreeMap, BTreeSet};

/// A position in the article: paragraph index, then character offset.
pub(crate) type Pos = (usize, usize);

/// How far back a look-up walks (bounds the cost on hostile input).
const LOOKBACK: usize = 64;
/// Sentences back a pronoun looks for a subject before it settles for a
/// name inside a prepositional phrase.
const SENTENCES: usize = 3;

/// One mention of someone.
#[derive(Debug, Clone)]
struct Mention {
    pos: Pos,
    name: String,
    person: bool,
    speaker: bool,
    /// Named inside a prepositional phrase or as a possessor ("the figure
    /// of Abraham Lincoln", "Trump's statement"): less likely to be what
    /// a later pronoun points to.
    oblique: bool,
    gender: Option<Gender>,
}

/// Everything named so far, in article order.
#[derive(Debug, Default)]
pub(crate) struct Memory {
    mentions: BTreeMap<(Pos, usize), Mention>,
    /// Surname (lower-case) → full names with where they were used.
    full: BTreeMap<String, Vec<(Pos, String)>>,
    /// Name → the first role given to it.
    roles: BTreeMap<String, String>,
    /// Name → its gender, once known.
    genders: BTreeMap<String, Gender>,
    /// Where each sentence starts.
    sentences: BTreeSet<Pos>,
}

/// Lower-cased last word of a name, the key of surnames.
fn surname_key(name: &str) -> String {
    name.split_whitespace()
        .last()
        .unwrap_or_default()
        .to_lowercase()
}

/// Crude stem for inflected languages: Путина and Путину both key to путин.
fn stem(w: &str) -> String {
    let n = w.chars().count();
    if n > 5 {
        w.chars().take(n - 2).collect()
    } else {
        w.to_string()
    }
}

impl Memory {
    /// Record a mention. Mentions must arrive in article order.
    pub(crate) fn mention(&mut self, pos: Pos, name: &str, person: bool, speaker: bool) {
        self.mention_as(pos, name, person, speaker, false);
    }

    /// Record that a sentence starts at `pos`.
    pub(crate) fn sentence(&mut self, pos: Pos) {
        self.sentences.insert(pos);
    }

    /// The start of the sentence holding `pos`.
    fn sentence_of(&self, pos: Pos) -> Pos {
        self.sentences
            .range(..=pos)
            .next_back()
            .copied()
            .unwrap_or((pos.0, 0))
    }

    /// Record a mention, `oblique` when it is named inside a prepositional
    /// phrase or as a possessor.
    pub(crate) fn mention_as(
        &mut self,
        pos: Pos,
        name: &str,
        person: bool,
        speaker: bool,
        oblique: bool,
    ) {
        if name.is_empty() {
            return;
        }
        let gender = self.gender_of(name);
        if person && name.split_whitespace().count() >= 2 {
            let list = self.full.entry(surname_key(name)).or_default();
            if list.len() < LOOKBACK {
                list.push((pos, name.to_string()));
            }
        }
        let seq = self.mentions.len();
        self.mentions.insert(
            (pos, seq),
            Mention {
                pos,
                name: name.to_string(),
                person,
                speaker,
                oblique,
                gender,
            },
        );
    }

    /// Remember `role` for `name` unless it already has one.
    pub(crate) fn role(&mut self, name: &str, role: &str) {
        if !role.is_empty() {
            self.roles
                .entry(name.to_string())
                .or_insert_with(|| role.to_string());
        }
    }

    /// Remember that `name` is of gender `g` (the first word wins).
    pub(crate) fn set_gender(&mut self, name: &str, g: Option<Gender>) {
        if let Some(g) = g {
            self.genders.entry(name.to_string()).or_insert(g);
        }
    }

    /// The gender of `name`: remembered, else read from its words.
    pub(crate) fn gender_of(&self, name: &str) -> Option<Gender> {
        self.genders.get(name).copied().or_else(|| {
            let low = name.to_lowercase();
            let words: Vec<&str> = low.split_whitespace().collect();
            gender::of_words(&words)
        })
    }

    /// Whether `name` was last mentioned as a person.
    pub(crate) fn is_person(&self, name: &str) -> bool {
        self.mentions
            .values()
            .rev()
            .take(LOOKBACK)
            .find(|m| m.name == name)
            .is_some_and(|m| m.person)
    }

    /// The role remembered for `name`.
    pub(crate) fn role_of(&self, name: &str) -> Option<String> {
        self.roles.get(name).cloned()
    }

    /// Whether `word` is the surname of someone named in full.
    pub(crate) fn is_surname(&self, word: &str) -> bool {
        self.full.contains_key(&word.to_lowercase())
    }

    /// The full name for a one-word `name` (the last full name with that
    /// surname before `pos`, else the first after it); with `inflected`,
    /// stems are compared too. Longer names come back unchanged.
    pub(crate) fn expand(&self, name: &str, pos: Pos, inflected: bool) -> String {
        if name.split_whitespace().count() != 1 {
            return name.to_string();
        }
        let key = name.to_lowercase();
        let list = self.full.get(&key).or_else(|| {
            if !inflected {
                return None;
            }
            let s = stem(&key);
            self.full
                .range(s.clone()..)
                .take_while(|(k, _)| k.starts_with(&s))
                .find(|(k, _)| stem(k) == s)
                .map(|(_, v)| v)
        });
        let Some(list) = list else {
            return name.to_string();
        };
        list.iter()
            .rev()
            .find(|(p, _)| *p < pos)
            .or_else(|| list.first())
            .map_or_else(|| name.to_string(), |(_, n)| n.clone())
    }

    /// The last person named before `pos` (speakers of reported speech
    /// included), within `paras` paragraphs, of gender `g` when known.
    pub(crate) fn last_person(&self, pos: Pos, paras: usize, g: Option<Gender>) -> Option<String> {
        self.last(pos, paras, |m| {
            m.person && (g.is_none() || m.gender.is_none() || m.gender == g)
        })
    }

    /// The person a third-person pronoun at `pos` points to, within
    /// `paras` paragraphs, of gender `g` when known: walking back sentence
    /// by sentence, the first sentence naming a compatible person as a
    /// subject (not inside a prepositional phrase or as a possessor) gives
    /// its speaker, else the first such person it names (subjects come
    /// first); a person named only obliquely is the fallback.
    pub(crate) fn antecedent(&self, pos: Pos, paras: usize, g: Option<Gender>) -> Option<String> {
        let ok = |m: &Mention| m.person && (g.is_none() || m.gender.is_none() || m.gender == g);
        let mut fallback: Option<&Mention> = None;
        let mut group: Option<Pos> = None;
        let mut groups = 0;
        let mut best: Option<&Mention> = None;
        for m in self
            .mentions
            .range(..(pos, 0))
            .rev()
            .map(|(_, m)| m)
            .take(LOOKBACK)
            .take_while(|m| m.pos.0 + paras >= pos.0)
        {
            let s = self.sentence_of(m.pos);
            if group != Some(s) {
                if best.is_some() {
                    break;
                }
                group = Some(s);
                groups += 1;
                if groups > SENTENCES && fallback.is_some() {
                    break;
                }
            }
            if !ok(m) {
                continue;
            }
            if m.oblique {
                fallback = fallback.or(Some(m));
                continue;
            }
            // Walking backwards: the speaker nearest the pronoun stays,
            // else the earlier person (the subject) wins.
            if !best.is_some_and(|b| b.speaker) {
                best = Some(m);
            }
        }
        best.or(fallback).map(|m| m.name.clone())
    }

    /// The last speaker before `pos` within `paras` paragraphs.
    pub(crate) fn last_speaker(&self, pos: Pos, paras: usize) -> Option<String> {
        self.last(pos, paras, |m| m.speaker)
    }

    fn last(&self, pos: Pos, paras: usize, keep: impl Fn(&Mention) -> bool) -> Option<String> {
        self.mentions
            .range(..(pos, 0))
            .rev()
            .map(|(_, m)| m)
            .take(LOOKBACK)
            .take_while(|m| m.pos.0 + paras >= pos.0)
            .find(|m| keep(m))
            .map(|m| m.name.clone())
    }
}
