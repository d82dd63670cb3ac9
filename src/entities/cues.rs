//! Context words that type a name by what stands around it, as data:
//! definite articles (no person after them in news prose), words after which
//! a lone unknown word is a place, words for treaties and agreements named
//! after places, and the US states that follow a town.

use super::rules::has;

/// Definite articles of `lang` (lower case), as written before a name: "the",
/// "der", "o", "a" (Portuguese and Hungarian), "la".
#[must_use]
pub fn is_definite_article(lang: &str, word: &str) -> bool {
    let list = match lang {
        "en" => "the",
        "de" => "der die das dem den des",
        "pt" => "a o os as",
        "es" => "el la los las",
        "it" => "il lo la i gli le l",
        "fr" => "le la les l",
        "hu" => "a az",
        _ => "",
    };
    has(list, word)
}

/// Words after which a lone unknown capitalised word is more often a place
/// than a person: "of", "to" (English), "de" (Spanish), "di" (Italian),
/// "της" (Greek feminine genitive: της Σαμαρείας).
#[must_use]
pub fn is_place_genitive(lang: &str, word: &str) -> bool {
    let list = match lang {
        "en" => "of to at from past via",
        "es" => "de",
        "it" => "di",
        "el" => "της",
        _ => "",
    };
    has(list, word)
}

/// Words for treaties, battles and agreements that take a place's name:
/// "Treaty of London", "acordo de Paris", "Paris agreement". The place there
/// names the event or the document, not a place of the story.
#[must_use]
pub fn is_named_event(word: &str) -> bool {
    has(
        "treaty convention battle siege peace agreement accord accords protocol targets \
         talks tratado acordo convenção batalha cerco objetivos metas acuerdo convención \
         batalla accordo trattato convenzione battaglia traité bataille vertrag abkommen \
         schlacht",
        word,
    )
}

/// The states of the United States (lower case), written after a town in
/// American news: "Denver, Colorado", "Plano, Texas".
#[must_use]
pub fn is_us_state(key: &str) -> bool {
    const STATES: &str = "alabama|alaska|arizona|arkansas|california|colorado|connecticut|\
        delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|\
        maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|\
        nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|\
        oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|\
        utah|vermont|virginia|washington|west virginia|wisconsin|wyoming";
    !key.is_empty() && STATES.split('|').any(|s| s == key)
}
