//! Grammatical gender of people and pronouns, so "she said" is not given to
//! the last man named. Read from honorifics (Mr, Frau, Mme, г-жа), feminine
//! role words (spokeswoman, Kanzlerin, directrice) and the first name: the
//! given-name gazetteer of [`crate::entities`] says a word is a first name,
//! and names ending in -a are feminine across Europe but for a short list
//! of men's names; a short list of women's names covers the rest.

use super::lexicon::List;
use std::sync::OnceLock;

/// Masculine or feminine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    /// He, er, il, он.
    Male,
    /// She, sie, elle, она.
    Female,
}

/// Women's first names that do not end in -a.
const FEMALE: &str = "hillary melanie stephanie ava megan liz abby ann anne annie alice \
    alison allison amy beth betsy betty beverly carol caroline catherine cathy charlotte \
    chelsea christine claire cindy dorothy elizabeth ellen emily emma esther grace heather \
    helen hélène ingrid iris isabel isabelle jane janet jennifer jill joan joy judith judy \
    julie karen kate kathleen kathy kelly kim kristen laurie lauren leslie linda lindsey \
    lucy madeleine margaret marie marion mary maureen meg michelle miriam molly nancy \
    nicole patricia peggy rachel rebecca ruth sally sarah sharon shirley sophie stacey sue \
    susan suzanne tammy tiffany ursule valerie véronique vivian whitney yvonne zoe élisabeth \
    brigitte christiane gisèle heidemarie ilse ingeborg irmgard karin renate sabine \
    ségolène marine nathalie élise agnès aurélie camille chantal claudine colette \
    danielle dominique françoise hélène jacqueline josiane laurence martine mireille \
    monique murielle pascale sylvie valérie sandrine céline delphine emmanuelle florence \
    géraldine isabelle yasmin carmen mercedes pilar inés beatriz raquel rocío dolores \
    carmel ayşe hatice emine zeynep elif esin gül ebru meryem sevgi nur aslı";

/// Men's first names that end in -a.
const MALE_IN_A: &str = "nikita luca andrea joshua ilya ilia sasha kosta mustafa musa \
    isa yahya zakaria attila gianluca jonah noah micah elijah jeremiah zachariah ezra \
    ata hamza osama usama bora juha mika aba costa akira dana jacinda";

/// First names given to both women and men: they tell no gender.
const UNISEX: &str = "terry jordan taylor alex chris robin jamie casey sam pat lee jo \
    ashley morgan sydney kim jean dana andrea nicola kelly tracy stacy shannon jessie jackie \
    billie toni lynn carey avery riley quinn drew blair dominique claude camille";

/// A word list parsed once (sorted, for binary search).
fn list(cell: &'static OnceLock<List>, src: &'static str) -> &'static List {
    cell.get_or_init(|| List::new(src))
}

/// Whether `w` is a woman's first name not ending in -a.
fn female_name(w: &str) -> bool {
    static L: OnceLock<List> = OnceLock::new();
    list(&L, FEMALE).has_exact(w)
}

/// Whether `w` is a first name given to both women and men.
fn unisex(w: &str) -> bool {
    static L: OnceLock<List> = OnceLock::new();
    list(&L, UNISEX).has_exact(w)
}

/// Whether `w` is a man's first name ending in -a.
fn male_in_a(w: &str) -> bool {
    static L: OnceLock<List> = OnceLock::new();
    list(&L, MALE_IN_A).has_exact(w)
}

/// Honorifics of women and of men.
fn honorific_gender(w: &str) -> Option<Gender> {
    match w {
        "mrs" | "ms" | "miss" | "frau" | "mme" | "mlle" | "madame" | "г-жа" | "госпожа" | "sra"
        | "signora" | "doña" | "dona" | "pani" | "bayan" | "κα" | "dame" => Some(Gender::Female),
        "mr" | "herr" | "m" | "monsieur" | "г-н" | "господин" | "sr" | "signor" | "don" | "pan"
        | "bay" | "κ" | "sir" => Some(Gender::Male),
        _ => None,
    }
}

/// The gender a role word marks, if any.
fn role_gender(w: &str) -> Option<Gender> {
    let female = [
        "woman",
        "frau",
        "erin",
        "entin",
        "lerin",
        "herin",
        "sprecherin",
        "ministerin",
    ];
    if female.iter().any(|s| w.ends_with(s))
        || matches!(w, "kanzlerin" | "directrice" | "présidente")
    {
        return Some(Gender::Female);
    }
    w.ends_with("man").then_some(Gender::Male)
}

/// The gender of a person from the words of their mention, lower-cased
/// (honorific, role, first name, surname).
pub(crate) fn of_words(words: &[&str]) -> Option<Gender> {
    for w in words {
        if let Some(g) = honorific_gender(w).or_else(|| role_gender(w)) {
            return Some(g);
        }
    }
    // Slavic feminine surnames (Соколова, Соколовой, Nowakowska).
    let feminine = [
        "ова", "ева", "ёва", "ина", "ская", "овой", "евой", "иной", "ской", "ová", "ska",
    ];
    if words
        .iter()
        .skip(1)
        .any(|w| w.chars().count() > 4 && feminine.iter().any(|f| w.ends_with(f)))
    {
        return Some(Gender::Female);
    }
    // The last of several words is the surname, even when it is also a
    // first name elsewhere ("Rakeyia Scott", "Elizabeth Warren").
    let given = words.len().saturating_sub(1).max(1);
    let first = words.iter().take(given).find(|w| is_given(w))?;
    let first = first.split('-').next().unwrap_or(first);
    if unisex(first) {
        return None;
    }
    if female_name(first) {
        return Some(Gender::Female);
    }
    if first.ends_with('a') && !male_in_a(first) {
        return Some(Gender::Female);
    }
    Some(Gender::Male)
}

/// Whether `w` (lower-case) is a first name.
pub(crate) fn is_given(w: &str) -> bool {
    let given = |w: &str| female_name(w) || crate::entities::lexicon::GIVEN.contains(w);
    // "Jo-Renee", "Jean-Pierre": a hyphenated first name.
    given(w) || w.split_once('-').is_some_and(|(a, b)| given(a) && given(b))
}

/// The gender of a subject pronoun, lower-cased.
pub(crate) fn of_pronoun(w: &str) -> Option<Gender> {
    match w {
        "he" | "er" | "il" | "он" | "він" | "lui" | "egli" | "él" | "ele" | "αυτός" | "on" => {
            Some(Gender::Male)
        }
        "she" | "sie" | "elle" | "она" | "вона" | "lei" | "ella" | "ela" | "αυτή" | "ona" => {
            Some(Gender::Female)
        }
        _ => None,
    }
}
