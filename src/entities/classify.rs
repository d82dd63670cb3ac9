//! Runs of capitalised words and their type. Input: the tokens of a
//! paragraph and a start position; output: where the run ends and what it
//! names (person, organisation, place) with the evidence used, or nothing
//! when the run is an ordinary word that happens to be capitalised.

use super::cues;
use super::detect::{Evidence, Kind, Lang};
use super::evidence;
use super::german;
use super::lexicon::{self, GIVEN, ORGS, PLACES, SURNAMES};
use super::rules;
use super::russian;
use super::tokens::{Case, Token};
use super::words::{self, Doc};

pub(super) use super::run::joins;
pub use super::run::{run_end, RunEnd};

/// The gazetteer match at token `k`, from the paragraph's cache.
pub(super) fn at(gaz: &[Option<(usize, Kind)>], k: usize) -> Option<(usize, Kind)> {
    gaz.get(k).copied().flatten()
}

pub(super) fn lw(toks: &[Token<'_>], k: usize) -> String {
    toks.get(k)
        .map(|t| words::lower(t.text))
        .unwrap_or_default()
}

/// Whether a capitalised word may be (part of) a name.
#[must_use]
pub fn nameish(t: &Token<'_>, lang: &Lang<'_>, doc: &Doc) -> bool {
    if !t.is_cap() || t.text.chars().count() < 2 {
        return false;
    }
    let w = words::lower(t.text);
    // "Mar" is March in English and the sea in Romance languages.
    let sea = w == "mar" && lang.code != "en";
    if rules::is_time_word(&w) && !sea || lexicon::demonym(lang.code, &w) {
        return false;
    }
    if lang.code == "de" && t.case == Case::Title {
        // German capitalises every noun: only words the lexicon lacks, and
        // the international ones (Obama, Film) that an article may still
        // show to be nouns.
        if lang.stop.is_some_and(|s| s.contains(&w)) {
            return false;
        }
        if matches!(w.as_str(), "westen" | "osten" | "norden" | "süden") {
            return false;
        }
        if let Some(noun) = german::hyphen_noun(lang, &w) {
            // "CNN-Reporter", "Trump-Imitator": a noun; "Rudyard-See" a place.
            return german::tail(noun);
        }
        let genitive = w.strip_suffix('s').unwrap_or(&w);
        let gazetteer = PLACES.contains(&w)
            || ORGS.contains(&w)
            || lexicon::INTL_DE.contains(&w)
            || lexicon::INTL_DE.contains(genitive); // "Obamas"
        return gazetteer
            || !words::common(lang, &w)
                && !words::german_compound(lang, &w)
                && !german::inflected_noun(lang, &w)
                && !german::opening_adjective(t, lang);
    }
    if t.text.contains('.') && !PLACES.contains(&w) && !ORGS.contains(&w) {
        return false; // "G.D.P."
    }
    if t.text
        .split(['-', '‑'])
        .skip(1)
        .any(|p| p.starts_with(char::is_lowercase))
    {
        return false; // "Mettons-nous", "Anti-corruption"
    }
    if matches!(lang.code, "ru" | "uk" | "bg") && words::slavic_plain_adjective(&w) {
        return false; // "Северная", "Британские": adjectives, not names
    }
    if t.initial && words::common(lang, &w) && !doc.cap_seen(&w) {
        return false; // "Mas", "De": ordinary words that are also surnames
    }
    // "COVID-19", "Demo-2": a disease or a mission with its number.
    let numbered = t
        .text
        .rsplit_once('-')
        .is_some_and(|(_, n)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    if words::roman_numeral(t.text) || words::roman_ordinal(t.text) || numbered {
        return false;
    }
    if words::known_name(&w) && (w.chars().count() > 3 || t.case == Case::Upper) {
        return true;
    }
    !t.initial || !words::common(lang, &w) || doc.cap_seen(&w)
}

/// A name opening a sentence whose first word the lexicon knows as an
/// ordinary word: "Владимир Путин прилетел", "Джон Гонт умер".
#[must_use]
pub fn given_before_name(
    gaz: &[Option<(usize, Kind)>],
    toks: &[Token<'_>],
    i: usize,
    lang: &Lang<'_>,
    doc: &Doc,
) -> bool {
    let (Some(t), Some(n)) = (toks.get(i), toks.get(i + 1)) else {
        return false;
    };
    let w = words::lower(t.text);
    if t.case != Case::Title || n.case != Case::Title || !n.before.is_empty() || n.initial {
        return false;
    }
    if w.chars().count() >= 4 && words::given(lang.code, &w) {
        return true;
    }
    // Any frequent word but the most frequent ones, before a word the
    // lexicon lacks that is no known place: "Майкл Фэллон", not "Naturally
    // China", "Но Путин" nor "Слова Путина". Russian given names are listed
    // in their own spelling, so there a frequent word is only a word
    // ("История Каркассона", "Правительство Графтона").
    !matches!(lang.code, "de" | "ru")
        && t.initial
        && !lang.stop.is_some_and(|s| s.contains(&w))
        && !lexicon::demonym(lang.code, &w)
        && !rules::is_title(lang.code, &w)
        && nameish(n, lang, doc)
        && !words::common(lang, &words::lower(n.text))
        && at(gaz, i + 1).is_none()
        && toks
            .get(i + 2)
            .is_none_or(|m| !m.is_cap() || !m.before.is_empty())
}

/// A capitalised nationality word right before a name: "British Ministry
/// of Defence", "Canadian Blood Services".
#[must_use]
pub fn demonym_before_name(toks: &[Token<'_>], i: usize, lang: &Lang<'_>, doc: &Doc) -> bool {
    let (Some(t), Some(n)) = (toks.get(i), toks.get(i + 1)) else {
        return false;
    };
    t.is_cap()
        && lexicon::demonym(lang.code, &words::lower(t.text))
        && n.before.is_empty()
        && !n.initial
        && nameish(n, lang, doc)
}

/// A single-word place that is also a person's name, in a person's context:
/// "Washington said", "President Jordan".
#[must_use]
pub fn person_not_place(
    toks: &[Token<'_>],
    i: usize,
    len: usize,
    lang: &Lang<'_>,
    doc: &Doc,
) -> bool {
    let Some(t) = toks.get(i) else {
        return false;
    };
    let w = words::lower(t.text);
    let given = words::given(lang.code, &w);
    if len != 1 || !(given || SURNAMES.contains(&w)) || ORGS.contains(&w) {
        return false;
    }
    let next = toks.get(i + 1);
    let next_name =
        next.is_some_and(|n| n.before.is_empty() && !n.initial && nameish(n, lang, doc) && given);
    let next_verb = next.is_some_and(|n| rules::is_speech_verb(&words::lower(n.text)));
    let title = i > 0 && rules::is_title(lang.code, &lw(toks, i - 1));
    next_name || next_verb || title
}

/// The first token of `[a, b)` after the titles that open it ("President").
fn skip_titles(toks: &[Token<'_>], a: usize, b: usize, lang: &Lang<'_>) -> usize {
    (a..b)
        .find(|&k| !rules::is_title(lang.code, &lw(toks, k)))
        .unwrap_or(b)
}

/// Type a run of capitalised words `toks[a..b]`; `None` when it is no name.
#[must_use]
pub fn classify(
    toks: &[Token<'_>],
    a: usize,
    b: usize,
    lang: &Lang<'_>,
    doc: &Doc,
) -> Option<(usize, usize, Kind, Evidence)> {
    let mut a = a;
    let mut b = b;
    let mut person_cue = a > 0 && rules::is_title(lang.code, &lw(toks, a - 1));
    let titled = skip_titles(toks, a, b, lang);
    person_cue |= titled > a;
    a = titled;
    if b > a + 1 && lang.code == "ru" && russian::opening_adjective(toks, a) {
        person_cue = true;
        a += 1; // "Трехлетний Саша": an adjective opens the sentence
    } else if b > a + 1 && lang.code == "ru" && russian::opening_noun(toks, a) {
        a += 1; // "Историк Дэвид Крауч": a noun opens the sentence
    }
    // "Turkish Minister President Erdogan" ("British Ministry" stays whole);
    // "US President Donald Trump", "US Secretary of State Marco Rubio": the
    // nationality or the country and the role stay out of the name.
    let demonym = b > a + 1 && lexicon::demonym(lang.code, &lw(toks, a)) && {
        let (fw, last) = (lw(toks, a + 1), lw(toks, b - 1));
        !(rules::is_org_tail(&last)
            || rules::is_org_head(&fw)
            || rules::is_place_tail(&last)
            || rules::is_place_head(&fw))
    };
    let country =
        b > a + 1 && PLACES.contains(&lw(toks, a)) && rules::is_title(lang.code, &lw(toks, a + 1));
    if demonym || country {
        let titled = skip_titles(toks, a + 1, b, lang);
        person_cue |= titled > a + 1;
        a = titled;
    }
    if a >= 2
        && b > a + 1
        && lw(toks, a - 1) == "of"
        && rules::is_title(lang.code, &lw(toks, a - 2))
        && GIVEN.contains(&lw(toks, a + 1))
    {
        person_cue = true;
        a += 1; // "Secretary of State Marco Rubio": the office stays out
    }
    while b > a && rules::is_time_word(&lw(toks, b - 1)) {
        b -= 1;
    }
    let first = toks.get(a)?;
    let len = b.checked_sub(a).filter(|l| *l > 0)?;
    if len == 1 && first.text.chars().count() < 2 {
        return None;
    }
    let (fw, last) = (lw(toks, a), lw(toks, b - 1));
    if rules::is_event_word(&fw) || rules::is_event_word(&last) {
        return None; // "Olympic Games", "Revolução Industrial": events
    }
    if evidence::quoted(toks, a, b) {
        if len == 1 && lang.code == "ru" && russian::quoted_name(&fw, lang) {
            return Some((a, b, Kind::Org, Evidence::Default));
        }
        return None; // “Stranger Things”: the title of a work
    }
    if len >= 2
        && !first.initial
        && matches!(first.text, "The" | "A" | "An")
        && !rules::is_org_tail(&last)
        && !rules::is_place_tail(&last)
    {
        return None; // "sales of The Power of Now", "musical play The Wiz": works
    }
    if len == 1 && !first.initial && rules::is_institution(&fw) {
        return Some((a, b, Kind::Org, Evidence::Context)); // "o Governo", "el Ejército"
    }
    if len >= 2 && (rules::is_org_tail(&last) || rules::is_org_head(&fw)) {
        return Some((a, b, Kind::Org, Evidence::Context));
    }
    if len >= 2 && (rules::is_place_tail(&last) || rules::is_place_head(&fw)) {
        return Some((a, b, Kind::Place, Evidence::Context));
    }
    if len == 1 && lang.code == "de" {
        if let Some(noun) = german::hyphen_noun(lang, &fw) {
            let kind = if rules::is_place_tail(noun) {
                Kind::Place
            } else {
                Kind::Org
            };
            return Some((a, b, kind, Evidence::Context)); // "Sahel-Zone", "Curie-Institut"
        }
    }
    if len == 1 && first.case == Case::Upper && !first.text.contains('.') {
        // "NATO" is in the gazetteer; "TV", "DNA" are ordinary words.
        // Russian ones inflect like nouns: "ВВП", "ДНК", "СМИ".
        let ordinary = words::common(lang, &fw) || lang.code == "ru" && words::russian_noun(&fw);
        return (!ordinary).then_some((a, b, Kind::Org, Evidence::Context));
    }
    if len == 1 && lang.code == "de" && a > 0 && words::german_determiner(&lw(toks, a - 1)) {
        return Some((a, b, Kind::Person, Evidence::Weak)); // "das Auto", "im Winter"
    }
    if person_cue {
        return Some((a, b, Kind::Person, Evidence::Context));
    }
    if len == 1
        && first.initial
        && lang.code == "ru"
        && words::russian_noun(&fw)
        && !doc.cap_seen(&fw)
    {
        // "Режиссер сказал", "Присяга обязывает": a noun opens the sentence.
        return Some((a, b, Kind::Person, Evidence::Weak));
    }
    if len >= 2 && words::given(lang.code, &fw) {
        return Some((a, b, Kind::Person, Evidence::Gazetteer));
    }
    if a > 0 && cues::is_definite_article(lang.code, &lw(toks, a - 1)) {
        if let Some(typed) = after_article(toks, a, b, lang, doc) {
            return Some(typed);
        }
    }
    let next_verb = toks
        .get(b)
        .is_some_and(|t| rules::is_speech_verb(&words::lower(t.text)));
    // "said Putin", not "said: «Clowns...»": a quote opens after punctuation.
    let prev_verb = a > 0
        && rules::is_speech_verb(&lw(toks, a - 1))
        && toks.get(a).is_some_and(|t| t.before.is_empty());
    if next_verb || prev_verb {
        return Some((a, b, Kind::Person, Evidence::Context));
    }
    let lone_weak =
        len == 1 && evidence::single_evidence(toks, a, lang, doc) != Some(Evidence::Default);
    if russian::latin_in_cyrillic(toks, a, b, lang) && !lone_weak {
        // "Hack Forums", "Sigur Rós", "Siri": Russian news spells people's
        // names in Cyrillic and keeps the Latin script for brands, bands
        // and media.
        return Some((a, b, Kind::Org, Evidence::Default));
    }
    if SURNAMES.contains(&last) || (len >= 2 && GIVEN.contains(&last)) {
        return Some((a, b, Kind::Person, Evidence::Context));
    }
    if len == 1 && german::international(&fw, lang) {
        // "pro Person", "in Clubs", "Obama": a name only beside a stronger mention.
        return Some((a, b, Kind::Person, Evidence::Weak));
    }
    if len == 1 && lang.code == "ru" && russian::adjective_of_noun(toks, a, lang) {
        // "в Тихом океане", "Тридцатилетней войны": the adjective of a
        // lower-case noun, no name on its own.
        return Some((a, b, Kind::Person, Evidence::Weak));
    }
    if !GIVEN.contains(&fw) && evidence::after_place_preposition(toks, a, lang) {
        return Some((a, b, Kind::Place, Evidence::Context));
    }
    if a > 0
        && rules::is_place_noun_before(
            lang.code,
            &lw(toks, a - 1),
            a.checked_sub(2).and_then(|k| toks.get(k)).map(|t| t.text),
        )
    {
        return Some((a, b, Kind::Place, Evidence::Context));
    }
    if len == 1 {
        let evidence = evidence::single_evidence(toks, a, lang, doc)?;
        if evidence == Evidence::Weak {
            return Some((a, b, Kind::Person, Evidence::Weak));
        }
    }
    let named_last = if words::roman_numeral(toks.get(b - 1).map_or("", |t| t.text)) {
        lw(toks, b.saturating_sub(2))
    } else {
        last.clone()
    };
    // "Ed Hirs": a short first word is a given name's short form.
    let common_first = words::common(lang, &fw)
        && (fw.chars().count() > 2 || lang.stop.is_some_and(|s| s.contains(&fw)));
    if len >= 2 && lang.code != "de" && (words::common(lang, &named_last) || common_first) {
        // "Hack Forums", "Yum Brands", "Ottoman Empire": a name ending in an
        // ordinary word is an organisation's more often than a person's.
        return Some((a, b, Kind::Org, Evidence::Default));
    }
    if len == 1 && evidence::brand_like(first.text) {
        return Some((a, b, Kind::Org, Evidence::Default)); // "SaskTel", "PayPal"
    }
    // "the capture of Kadesh", "returned to Kirriemuir", "cerca de Tolosa":
    // a lone unknown word after these names a place more often than a
    // person, unless it is a given name or owns something ("of Negan's").
    let of = a > 0
        && cues::is_place_genitive(lang.code, &lw(toks, a - 1))
        && !GIVEN.contains(&fw)
        && !toks
            .get(b)
            .is_some_and(|n| n.before.starts_with(['\'', '’']));
    if len == 1 && (of || evidence::place_like(&fw, lang)) {
        return Some((a, b, Kind::Place, Evidence::Default));
    }
    Some((a, b, Kind::Person, Evidence::Default))
}

/// A run right after a definite article ("the Humblebums", "a Hitachi", "der
/// Kassationshof", "a Lazio"): news prose seldom puts an article before a
/// person's name, so an unknown run there is a place when its shape or a
/// preposition says so and an organisation otherwise. `None` leaves known
/// family names and English lone words to the other rules.
fn after_article(
    toks: &[Token<'_>],
    a: usize,
    b: usize,
    lang: &Lang<'_>,
    doc: &Doc,
) -> Option<(usize, usize, Kind, Evidence)> {
    let last = lw(toks, b - 1);
    if SURNAMES.contains(&last) || GIVEN.contains(&last) {
        return None;
    }
    let single = b == a + 1;
    if single
        && (lang.code == "en"
            || german::international(&last, lang)
            || evidence::single_evidence(toks, a, lang, doc)? == Evidence::Weak)
    {
        return None; // "the Sahara", "der Renaissance"
    }
    let place = evidence::after_place_preposition(toks, a, lang)
        || single && evidence::place_like(&last, lang);
    let kind = if place { Kind::Place } else { Kind::Org };
    Some((a, b, kind, Evidence::Default))
}
