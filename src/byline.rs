//! Bylines: split "Euronews avec AFP", "By Euronews with Agencies" or
//! "Weitere Quellen • AP" into authors and news agencies.

use crate::dom;

/// News agencies Euronews credits, as written in bylines.
const AGENCIES: &[&str] = &[
    "AFP", "AP", "Reuters", "dpa", "DPA", "EFE", "ANSA", "Lusa", "EBU", "APTN", "Anadolu", "TASS",
    "KNA", "EPA",
];

/// Words meaning "agencies" without naming one: dropped, never an author.
const GENERIC_AGENCY_WORDS: &[&str] = &[
    "agencies",
    "agences",
    "agenturen",
    "agenzie",
    "agencias",
    "agências",
    "агентства",
    "ajanslar",
    "πρακτορεία",
    "ügynökségek",
    "agencje",
    "وكالات",
    "خبرگزاری‌ها",
];

/// Connectors between an author and agencies, per language edition.
const WITH: &[&str] = &[
    " with ", " avec ", " mit ", " con ", " com ", " med ", " с ", " и ", " ile ", " z ", " és ",
    " με ", " و ", " + ",
];

/// Byline prefixes ("By", "Par", "Von", ...).
const PREFIXES: &[&str] = &[
    "By ",
    "Par ",
    "Von ",
    "Di ",
    "Por ",
    "De ",
    "Από ",
    "Автор ",
    "Przez ",
    "Írta ",
    "Tarafından ",
    "Weitere Quellen",
    "Additional sources",
    "Sources additionnelles",
    "Altre fonti",
];

fn is_agency(s: &str) -> bool {
    AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(s))
}

fn is_generic(s: &str) -> bool {
    GENERIC_AGENCY_WORDS
        .iter()
        .any(|g| g.eq_ignore_ascii_case(s))
}

/// Split one byline string into (authors, agencies).
#[must_use]
pub fn split(raw: &str) -> (Vec<String>, Vec<String>) {
    let mut authors = Vec::new();
    let mut agencies = Vec::new();
    let mut text = dom::clean_text(raw);
    for p in PREFIXES {
        if let Some(rest) = text.strip_prefix(p) {
            text = rest.trim_start_matches([' ', ':', '•', '-']).to_string();
            break;
        }
    }
    let mut parts = vec![text.clone()];
    for w in WITH {
        parts = parts
            .iter()
            .flat_map(|p| p.split(w).map(str::to_string).collect::<Vec<_>>())
            .collect();
    }
    for part in parts.iter().flat_map(|p| p.split([',', '•', '/', '&'])) {
        let name = part.trim().trim_matches(['.', ';']);
        if name.is_empty() || is_generic(name) {
            continue;
        }
        let target = if is_agency(name) {
            &mut agencies
        } else {
            &mut authors
        };
        if !target.iter().any(|n: &String| n == name) {
            target.push(name.to_string());
        }
    }
    (authors, agencies)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_bylines() {
        assert_eq!(
            split("Euronews avec AFP"),
            (vec!["Euronews".into()], vec!["AFP".into()])
        );
        assert_eq!(
            split("By Euronews with Agencies"),
            (vec!["Euronews".into()], vec![])
        );
        assert_eq!(split("Weitere Quellen • AP"), (vec![], vec!["AP".into()]));
        assert_eq!(
            split("Von Malek Fouda"),
            (vec!["Malek Fouda".into()], vec![])
        );
    }
}
