//! Quote tests over `../shared` (never copied into the repository): the
//! seed article's quotes with their speakers and roles, and sanity floors
//! on the third-party gold sets, scored exactly as
//! `cargo run --release --example eval_quotes` scores them. Skipped with a
//! message when `../shared` is missing, unless `CI` or
//! `EURONEWS_REQUIRE_CORPUS` is set.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../examples/eval_quotes.rs"]
#[allow(dead_code)]
mod eval;

use euronews_reader::quotes;

mod common;
use common::shared;

/// Lines of the seed page that are page furniture, not article text.
const CLUTTER: &[&str] = &[
    "PUBLICITÉ",
    "Partager cet article",
    "Copier/coller",
    "À découvrir également",
    "Tous droits réservés",
    "Newsletter",
];

/// The article paragraphs of the seed page: prose blocks (a sentence or
/// more) that are not clutter, after the byline.
fn seed_paragraphs(text: &str) -> Vec<String> {
    let start = text.find("Par Euronews").unwrap_or(0);
    let end = text.rfind("Partager cet article").unwrap_or(text.len());
    text.get(start..end)
        .unwrap_or_default()
        .split("\n\n")
        .map(str::trim)
        .filter(|p| p.chars().count() > 60 && p.contains(' '))
        .filter(|p| !CLUTTER.iter().any(|c| p.contains(c)))
        .map(String::from)
        .collect()
}

#[test]
fn seed_quotes_have_speakers_and_roles() {
    let Some(dir) = shared("seed") else {
        return;
    };
    let text = std::fs::read_to_string(dir.join("000_13f860077e990a46.txt")).unwrap();
    let paras = seed_paragraphs(&text);
    let refs: Vec<&str> = paras.iter().map(String::as_str).collect();
    let found = quotes::find(&refs, "fr");
    for q in &found {
        println!("{:?} ({:?}): {}", q.speaker, q.role, q.text);
        let p = refs[q.block.unwrap()];
        let words: String = p.chars().skip(q.start).take(q.end - q.start).collect();
        assert_eq!(words, q.text, "offsets of {:?}", q.text);
    }
    let who = |name: &str| {
        found
            .iter()
            .find(|q| q.speaker.as_deref() == Some(name))
            .unwrap_or_else(|| panic!("no quote by {name}: {found:#?}"))
    };
    let s = who("Jens Stoltenberg");
    assert_eq!(s.role.as_deref(), Some("secrétaire général de l'Otan"));
    assert!(s.text.starts_with("Les Alliés condamnent"));
    let l = who("Sergei Lavrov");
    assert_eq!(
        l.role.as_deref(),
        Some("ministre russe des Affaires étrangères")
    );
    let g = who("Galina Polonskaya");
    assert_eq!(g.role.as_deref(), Some("Euronews"));
    let m = found
        .iter()
        .find(|q| q.text == "des unités combattantes de groupes terroristes")
        .expect("the Defence Ministry's partial quote");
    let speaker = m.speaker.as_deref().unwrap_or_default();
    assert!(
        speaker.contains("ministère russe de la Défense"),
        "{speaker}"
    );
    assert_eq!(found.len(), 4, "{found:#?}");
}

/// Floors (P, R, speaker) per gold file: below the figures the README
/// reports, so a regression fails loudly while tuning stays possible.
const FLOORS: &[(&str, f64, f64, f64)] = &[
    ("quotes-de-wikinews/de.dev.jsonl", 0.90, 0.88, 0.80),
    ("quotes-en-polnear/en.dev.jsonl", 0.95, 0.90, 0.87),
    ("quotes-ru-adaq/ru.test.jsonl", 0.87, 0.95, 0.80),
];

#[test]
fn gold_sets_stay_above_floors() {
    let Some(dir) = shared("gold") else {
        return;
    };
    let mut failures = Vec::new();
    for (file, lang) in eval::FILES {
        let sc = eval::score_file(&dir.join(file), lang, false)
            .unwrap_or_else(|| panic!("{file} unreadable"));
        let (p, r, s) = (sc.precision(), sc.recall(), sc.speaker());
        println!("{file}: P={p:.3} R={r:.3} speaker={s:.3}");
        if let Some((_, fp, fr, fs)) = FLOORS.iter().find(|f| f.0 == *file) {
            if p < *fp || r < *fr || s < *fs {
                failures.push(format!(
                    "{file}: P={p:.3} R={r:.3} speaker={s:.3} below floors {fp}/{fr}/{fs}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
