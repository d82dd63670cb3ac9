//! How much a lone capitalised word or a short run is worth as a name:
//! the lexicon, the sentence start, the shape of the word (places in -ia,
//! brands in CamelCase, English adjectives in -ian) and the words around it
//! (prepositions of place, quotation marks).

use super::actor;
use super::classify::lw;
use super::detect::{Evidence, Lang};
use super::lexicon::GIVEN;
use super::rules;
use super::tokens::{Case, Token};
use super::words::{self, Doc};

/// A lone unknown name shaped like a place's: "Moravia", "Тессалия",
/// "Фракии", "Kurdistan", "Yekaterinburg" (given names such as "Maria" are
/// known and never get here as places).
pub fn place_like(w: &str, lang: &Lang<'_>) -> bool {
    let n = w.chars().count();
    if n < 5 || words::known_person(w) {
        return false;
    }
    let stem_given = matches!(lang.code, "ru" | "uk" | "bg" | "el" | "pl")
        && w.char_indices()
            .nth(n - 2)
            .is_some_and(|(b, _)| GIVEN.completes(w.get(..b).unwrap_or(""), 3));
    if stem_given {
        return false; // "Марии", "Юлией"
    }
    [
        "ia", "ía", "ien", "ija", "ия", "ии", "ию", "ией", "ея", "стан", "stan", "land", "grad",
        "град", "burg", "bourg", "ville", "polis", "поль", "abad", "shire", "ίας", "ία",
    ]
    .iter()
    .any(|e| w.ends_with(e))
}

/// The evidence a lone capitalised word has: none for a word opening a
/// sentence before a comma ("Moreover,") or a product ("Mate 9"); weak for
/// an ordinary word the lexicon knows or a German noun after its article.
pub fn single_evidence(
    toks: &[Token<'_>],
    a: usize,
    lang: &Lang<'_>,
    doc: &Doc,
) -> Option<Evidence> {
    let t = toks.get(a)?;
    let w = words::lower(t.text);
    if doc.cap_seen_twice(&w) && !t.initial {
        return Some(Evidence::Default);
    }
    let next = toks.get(a + 1);
    if next.is_some_and(|n| n.case == Case::Other && n.before.is_empty()) {
        return None;
    }
    let prev = a.checked_sub(1).map(|k| lw(toks, k)).unwrap_or_default();
    if lang.code == "en" && english_common_use(toks, a, lang, &w) {
        return Some(Evidence::Weak);
    }
    // "2900 Kilowatt", "42 Mio.": a German noun counted, not a name (a year
    // may stand before a name: "1955 begann Mishima").
    let counted = a.checked_sub(1).and_then(|k| toks.get(k)).is_some_and(|p| {
        p.text
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
            && p.text.starts_with(|c: char| c.is_ascii_digit())
            && !(p.text.len() == 4 && (p.text.starts_with("1") || p.text.starts_with("20")))
    });
    let weak = if lang.code == "de" {
        counted
            || words::german_determiner(&prev)
            || words::german_adjective(lang, &prev)
            || listed_with_noun(toks, a, lang)
            || german_class_noun_before(toks, a, lang)
    } else if t.initial {
        // "Theoretically," "Finalement," "Naturalmente,": adverbs open sentences.
        let comma = next.is_some_and(|n| n.before.starts_with(','));
        let adverb = ["ly", "ment", "mente", "weise"]
            .iter()
            .any(|e| w.ends_with(e));
        if comma && adverb && !doc.cap_seen(&w) {
            return None;
        }
        // A lone unknown word opening a sentence is more often an ordinary
        // word the lexicon lacks ("Супергерои", "Investments") than a name;
        // a name comes back through a stronger mention elsewhere.
        if lang.code == "en" {
            words::common(lang, &w) && !doc.cap_seen(&w)
        } else {
            !subject_name(toks, a, lang, &w)
        }
    } else {
        // Inside a sentence a capitalised given or family name ("Richard",
        // "Clinton") is a person even when the lexicon knows the word.
        let person = words::known_person(&w);
        // "the Sahara", "the Reformation", "the Emperors": a person's name
        // seldom follows the article; a place comes back through a gazetteer
        // or a preposition.
        let article = lang.code == "en" && prev == "the" && !person;
        words::common(lang, &w) && !person
            || article
            || matches!(lang.code, "ru" | "uk" | "bg") && words::slavic_adjective(&w)
            || lang.code == "en" && english_adjective(&w) && !GIVEN.contains(&w)
    };
    Some(if weak {
        Evidence::Weak
    } else {
        Evidence::Default
    })
}

/// English words for peoples, languages and styles: "Phoenician",
/// "Icelandic", "Ottomans", "Mesoamerican".
fn english_adjective(w: &str) -> bool {
    [
        "ian", "ean", "ese", "ish", "ic", "ians", "ans", "eans", "ites", "ics",
    ]
    .iter()
    .any(|e| w.ends_with(e))
        && w.chars().count() > 4
}

/// Whether the run `toks[a..b]` stands alone between quotation marks.
pub fn quoted(toks: &[Token<'_>], a: usize, b: usize) -> bool {
    let opens = toks
        .get(a)
        .is_some_and(|t| t.before.ends_with(['“', '"', '«', '„', '‘']));
    let closes = toks
        .get(b)
        .is_some_and(|t| t.before.starts_with(['”', '"', '»', '“', '’']));
    opens && closes
}

/// A name with a capital inside after three or more small letters:
/// "SaskTel", "YouTube", "PayPal" (not "McCain", "LaBrocca", "DiCaprio").
pub fn brand_like(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    let mut lower_run = 0;
    for (n, c) in chars.iter().enumerate() {
        if c.is_lowercase() {
            lower_run += 1;
        } else if c.is_uppercase() && n > 0 {
            if lower_run >= 3 {
                return true;
            }
            lower_run = 0;
        } else {
            lower_run = 0;
        }
    }
    false
}

/// A preposition of place right before token `a`, or before its article:
/// "in Shenzhen", "em a França" (a treebank's split "na França").
pub fn after_place_preposition(toks: &[Token<'_>], a: usize, lang: &Lang<'_>) -> bool {
    let prev = a.checked_sub(1).map(|k| lw(toks, k)).unwrap_or_default();
    if rules::is_place_preposition(lang.code, &prev) {
        return true;
    }
    let article = matches!(
        prev.as_str(),
        "the" | "o" | "a" | "os" | "as" | "le" | "la" | "les" | "el" | "los" | "las" | "il" | "lo"
    );
    article
        && a.checked_sub(2)
            .is_some_and(|k| rules::is_place_preposition(lang.code, &lw(toks, k)))
}

/// A lone word opening a sentence outside English that is still a name: a
/// known given or family name, or a word the lexicon lacks right before a
/// verb ("Сигал попал", "Платон считал", "Trudeau convidou"). German is
/// left out: its nouns open sentences before verbs just as well.
fn subject_name(toks: &[Token<'_>], a: usize, lang: &Lang<'_>, w: &str) -> bool {
    if russian_subject(toks, a, lang, w) {
        return true;
    }
    if lang.code == "de" || words::common(lang, w) {
        return false;
    }
    if words::known_person(w) {
        return true;
    }
    // Plural nouns and adjectives open Russian sentences before verbs too:
    // "Исследователи говорят", "Тарифы будут", "Ненасытный аппетит".
    let slavic_plain = matches!(lang.code, "ru" | "uk" | "bg")
        && [
            "ы", "ый", "ий", "ой", "ая", "ое", "ие", "ые", "ки", "ли", "ти", "ции",
        ]
        .iter()
        .any(|e| w.ends_with(e));
    !slavic_plain
        && toks.get(a + 1).is_some_and(|n| {
            n.before.is_empty()
                && n.case == Case::Lower
                && actor::verb(lang.code, &words::lower(n.text))
        })
}

/// Russian verbs too short or too irregular for [`actor::verb`] that follow
/// a person opening a sentence: "Олдрин был женат", "Дюран является".
const RU_SUBJECT_VERBS: &str = "был была было стал стала является являлся являлась родился \
    родилась умер умерла жил жила известен известна";

/// Russian: a word opening a sentence before one of [`RU_SUBJECT_VERBS`]
/// is a person when it is a known given or family name ("Джордж был", even
/// though the lexicon knows "Джордж") or a word the lexicon lacks that has
/// no ending of a plural noun, an adjective or a vowel ("Олдрин был", not
/// "Исследователи были", "Новая была", "Сера является").
fn russian_subject(toks: &[Token<'_>], a: usize, lang: &Lang<'_>, w: &str) -> bool {
    if lang.code != "ru" {
        return false;
    }
    let verb = toks.get(a + 1).is_some_and(|n| {
        n.before.is_empty()
            && n.case == Case::Lower
            && super::rules::has(RU_SUBJECT_VERBS, &words::lower(n.text))
    });
    let known = words::known_person(w);
    let plain = [
        "ы", "и", "ая", "ое", "ие", "ые", "ий", "ый", "ой", "ость", "ение", "ание",
    ]
    .iter()
    .any(|e| w.ends_with(e));
    // Unknown words in a vowel or a soft sign are as often ordinary nouns
    // ("Сера является", "Железо было"): only known names there.
    let vowel = w.ends_with(['а', 'я', 'о', 'е', 'ь']);
    verb && (known || !words::common(lang, w) && !plain && !vowel)
}

/// German: a capitalised word in a list ("Kabeljau, Seezunge, Scholle und
/// Pollack") with a member that the lexicon knows, and that is therefore a
/// noun: the other members are nouns too. Members are single capitalised
/// words joined by commas, "und", "oder" or "sowie".
fn listed_with_noun(toks: &[Token<'_>], a: usize, lang: &Lang<'_>) -> bool {
    let member = |k: usize| {
        toks.get(k)
            .filter(|t| t.case == Case::Title)
            .map(|t| words::lower(t.text))
    };
    let joiner = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(words::lower(t.text).as_str(), "und" | "oder" | "sowie"))
    };
    let noun = |w: &str| words::common(lang, w) && !super::lexicon::PLACES.contains(w);
    // Walk each way over "member sep member sep ...", at most six members.
    for dir in [-1isize, 1] {
        let mut k = a;
        for _ in 0..6 {
            let step = |i: usize, d: isize| i.checked_add_signed(d);
            // The separator: a comma before the next member, or a joiner word.
            let next = if dir < 0 {
                if toks.get(k).is_some_and(|t| t.before == ",") {
                    step(k, -1)
                } else if step(k, -1).is_some_and(joiner)
                    && toks.get(k).is_some_and(|t| t.before.is_empty())
                {
                    step(k, -2)
                } else {
                    None
                }
            } else if step(k, 1).is_some_and(|n| toks.get(n).is_some_and(|t| t.before == ",")) {
                step(k, 1)
            } else if step(k, 1).is_some_and(joiner) {
                step(k, 2)
            } else {
                None
            };
            let Some(n) = next else { break };
            let Some(w) = member(n) else { break };
            if noun(&w) {
                return true;
            }
            k = n;
        }
    }
    false
}

/// English modals and irregular past forms that follow a subject ("Plato
/// thought", "Jokowi sought", "Peniston took").
pub(super) const IRREGULAR: &str =
    "may might must can could shall should will would did thought sought \
    took made gave went came saw told knew found got left began became brought bought felt kept \
    held stood wrote won met ran led heard lost paid sent spent built caught taught fought chose \
    drew drove fell flew grew hid lay meant rode rose sang sat slept spoke stole struck threw \
    understood wore became withdrew overcame undertook forgave forbade";

/// English shapes of a capitalised word used as an ordinary one: an
/// abstract noun ("Romanization", "Judaism"), a plural
/// before a plural verb ("Forts were", "Superheroes are": a person is one),
/// an adverb ("Concurrently in"), or a modifier right before a lower-case
/// noun the lexicon knows ("Corsican artillery", "Anglican minister", "Nazi
/// regime"; not "Kipling hard" nor a verb in -ed or -s). Known given and
/// family names are left to the other rules.
fn english_common_use(toks: &[Token<'_>], a: usize, lang: &Lang<'_>, w: &str) -> bool {
    if words::known_person(w) {
        return false;
    }
    // "Romanization", "Judaism", "Vindication": abstract nouns.
    let abstract_noun = w.chars().count() > 7
        && [
            "ism", "ization", "isation", "tion", "ment", "ness", "ship", "hood",
        ]
        .iter()
        .any(|e| w.ends_with(e));
    if abstract_noun {
        return true;
    }
    let Some(n) = toks
        .get(a + 1)
        .filter(|n| n.before.is_empty() && n.case == Case::Lower)
    else {
        return false;
    };
    let next = words::lower(n.text);
    // "Restoring pre-sanctions production": a verb opens the sentence.
    let gerund = toks.get(a).is_some_and(|t| t.initial)
        && w.ends_with("ing")
        && w.chars().count() > 6
        && !rules::is_speech_verb(&next)
        && !actor::verb(lang.code, &next);
    if gerund {
        return true;
    }
    let plural = w.ends_with('s') && matches!(next.as_str(), "are" | "were" | "have");
    let adverb = w.ends_with("ly") && w.chars().count() > 6;
    let noun = words::common(lang, &next)
        && !lang.stop.is_some_and(|s| s.contains(&next))
        && !next.ends_with("ed")
        && !next.ends_with('s')
        && !next.ends_with("ly")
        && !actor::verb(lang.code, &next)
        && !IRREGULAR.split(' ').any(|v| v == next);
    plural || adverb || noun
}

/// English and German: a known given or family name opening a sentence
/// before a verb ("George was appalled", "Reagan believed", "Nicolai
/// arbeitete"), or a given name before a comma ("Charles, despite..."), is a
/// person even when the lexicon knows the word.
pub fn subject_name_at_start(toks: &[Token<'_>], i: usize, lang: &Lang<'_>) -> bool {
    let Some(t) = toks.get(i) else {
        return false;
    };
    let w = words::lower(t.text);
    let en = lang.code == "en";
    if !(en || lang.code == "de") || !t.initial || t.case != Case::Title || w.chars().count() < 4 {
        return false;
    }
    if !words::known_person(&w) || lang.stop.is_some_and(|s| s.contains(&w)) {
        return false;
    }
    toks.get(i + 1).is_some_and(|n| {
        let v = words::lower(n.text);
        let verb = matches!(
            v.as_str(),
            "was"
                | "is"
                | "has"
                | "had"
                | "said"
                | "says"
                | "war"
                | "ist"
                | "hat"
                | "wurde"
                | "wird"
                | "sagt"
                | "schrieb"
                | "hielt"
                | "begann"
                | "kam"
                | "ging"
        ) || actor::verb(lang.code, &v)
            || en && IRREGULAR.split(' ').any(|x| x == v)
            || !en && v.ends_with("te") && v.chars().count() > 4;
        // "Charles, despite his harsh actions, had been seen": an aside.
        n.before == "," && GIVEN.contains(&w)
            || n.before.is_empty() && n.case == Case::Lower && verb
    })
}

/// German: a capitalised word right after a noun that names its class
/// ("das Protein Hämoglobin", "des Elements Iridium", "eine Scheibe
/// Polonium") is that thing, not a person. Nouns for people ("Regisseur",
/// "Historikerin") and titles are left out: a name follows them.
fn german_class_noun_before(toks: &[Token<'_>], a: usize, lang: &Lang<'_>) -> bool {
    let Some(p) = a.checked_sub(1).and_then(|k| toks.get(k)) else {
        return false;
    };
    let w = words::lower(p.text);
    let person_noun = ["er", "in", "ist", "or", "ent", "eur", "ant", "e"]
        .iter()
        .any(|e| w.ends_with(e));
    // "Als Millican starb": a capitalised function word opens the sentence.
    let function_word = lang.stop.is_some_and(|s| s.contains(&w));
    p.case == Case::Title
        && !function_word
        && toks.get(a).is_some_and(|t| t.before.is_empty())
        && words::common(lang, &w)
        && !person_noun
        && !rules::is_title(lang.code, &w)
        && !super::lexicon::PLACES.contains(&w)
}
