//! States that act: a country or city name used for its government, army or
//! team is an organisation in that mention ("Russia announced", "Russia's
//! actions", "Китай продемонстрирует", "премьер-министр Турции",
//! "долларов США") and a place elsewhere ("in Russia"). Input: the tokens
//! of a paragraph and the span of a place name found in the gazetteer;
//! output: whether this mention names the state as an actor. Only the words
//! right around the mention are read (no scan of the paragraph).

use super::classify::lw;
use super::detect::Lang;
use super::rules;
use super::tokens::{Case, Token};

/// Whether `word` is in the space-separated `list`.
fn listed(list: &str, word: &str) -> bool {
    !word.is_empty() && list.split(' ').any(|w| w == word)
}

/// Whether the place name `toks[a..b]` stands for a state acting.
#[must_use]
pub fn state_actor(toks: &[Token<'_>], a: usize, b: usize, lang: &Lang<'_>) -> bool {
    let next = toks.get(b);
    let prev = a.checked_sub(1).map(|k| lw(toks, k)).unwrap_or_default();
    if by_agent(toks, a, lang) {
        return true;
    }
    let after_preposition = rules::is_place_preposition(lang.code, &prev)
        || listed(PREPOSITIONS, &prev)
        || a.checked_sub(2).is_some_and(|k| {
            listed("the der die den dem des o a os as", &prev)
                && (rules::is_place_preposition(lang.code, &lw(toks, k))
                    || listed(PREPOSITIONS, &lw(toks, k)))
        });
    if after_preposition {
        return false;
    }
    if let Some(n) = next {
        let w = lw(toks, b);
        // "Russia's actions", "Australia’s position": the state's doings,
        // not its geography ("China's capital", "Russia's north").
        let possessive = n.before.starts_with("'s") || n.before.starts_with("’s");
        if possessive && n.case == Case::Lower && listed(DOINGS, &w) {
            return true;
        }
        // "Russia announced", "Россия объявила", "Russland hatte": the name
        // as the subject of a verb.
        // In English only a name standing alone ("the Danube increased" is
        // a river's doing) and no "will"/"has": too often geography.
        // Portuguese and Spanish news keep the land's type for the state.
        let bare = !matches!(lang.code, "pt" | "es")
            && (lang.code != "en" || prev != "the" || b > a + 1)
            && !listed("of des der dem den", &prev); // "des Kaukasus wird"
        if bare && n.before.is_empty() && n.case == Case::Lower && verb(lang.code, &w) {
            return true;
        }
    }
    role_before(lang.code, &prev)
}

/// "claimed by Albania", "enlisted by Venice": the agent of a passive verb.
fn by_agent(toks: &[Token<'_>], a: usize, lang: &Lang<'_>) -> bool {
    if lang.code != "en" {
        return false;
    }
    let mut k = a;
    if k > 0 && lw(toks, k - 1) == "the" {
        k -= 1;
    }
    k >= 2 && lw(toks, k - 1) == "by" && lw(toks, k - 2).ends_with("ed")
}

/// Prepositions of place and direction that the place-preposition rule does
/// not list, after which a name is the place.
const PREPOSITIONS: &str = "at from to of into across near within throughout around between \
    von zu nach über für über aus de em para por desde до из с со по под над к о об при у";

/// Nouns after a possessive that name what a state does or who acts for
/// it ("Russia's actions", "Shenzhen's traffic police").
const DOINGS: &str = "actions action position policy policies decision decisions response \
    stance role intervention move moves plan plans efforts strategy military army navy forces \
    police traffic government authorities leadership officials ambassador president team side \
    squad claims demands refusal support threat threats offer bid";

/// Verbs, in the forms that follow a subject (third person).
pub(super) fn verb(lang: &str, w: &str) -> bool {
    match lang {
        "en" => {
            listed(
                "believes says wants plans claims considers announces intends refuses \
                 agrees supports insists threatens accuses demands rejects denies",
                w,
            ) || w.ends_with("ed") && w.chars().count() > 4 && !w.ends_with("based")
        }
        "de" => listed(
            "hat hatte hätte will wollte kann konnte muss musste soll sollte erklärte \
             kündigte forderte drohte lehnte beschloss",
            w,
        ),
        "ru" | "uk" => {
            let n = w.chars().count();
            n >= 5
                && [
                    "ла", "ло", "ли", "ал", "ял", "ил", "ел", "ет", "ит", "ют", "ят", "ут",
                ]
                .iter()
                .any(|e| w.ends_with(e))
                && !w.ends_with("ели")
                && !w.ends_with("ыли")
                || listed("будет будут", w)
        }
        "pt" | "es" => {
            listed(
                "é foi era está tem teve disse diz vai será es fue está tiene dijo dice va",
                w,
            ) || ["ou", "eu", "iu", "ó", "ió"].iter().any(|e| w.ends_with(e))
                && w.chars().count() > 3
        }
        _ => false,
    }
}

/// A head word before a state in the genitive: "премьер-министр Турции",
/// "долларов США", "правительство Германии".
fn role_before(lang: &str, prev: &str) -> bool {
    if !matches!(lang, "ru" | "uk") {
        return false;
    }
    [
        "президент",
        "премьер",
        "правительств",
        "министр",
        "парламент",
        "арми",
        "позици",
        "действи",
        "власт",
        "законодательств",
        "колони",
        "посольств",
        "руководств",
        "сборн",
        "доллар",
        "политик",
    ]
    .iter()
    .any(|s| prev.starts_with(s))
}
