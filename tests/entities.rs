//! Entity tests: hand-written sentences, the seed article of
//! `../shared/seed/` (its people, organisations and places, short forms
//! grouped under full names) and sanity floors on the third-party gold sets
//! of `../shared/gold/` (the evaluation proper is
//! `cargo run --release --example eval_entities`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use euronews_reader::analyze::analyze_text;
use euronews_reader::entities::find;
use euronews_reader::model::{Entity, EntityType};

mod common;
use common::shared;

fn get<'a>(es: &'a [Entity], name: &str) -> Option<&'a Entity> {
    es.iter().find(|e| e.name == name)
}

fn has(es: &[Entity], name: &str, kind: EntityType) -> bool {
    get(es, name).is_some_and(|e| e.kind == kind)
}

fn names(es: &[Entity]) -> Vec<String> {
    es.iter()
        .map(|e| format!("{:?} {}", e.kind, e.name))
        .collect()
}

#[test]
fn english_people_places_and_organisations() {
    let es = find(
        &[
            "Angela Merkel met Emmanuel Macron in Berlin on Monday, the White House said. \
           Merkel later flew to Moscow.",
        ],
        "en",
        &[],
    );
    assert!(
        has(&es, "Angela Merkel", EntityType::Person),
        "{:?}",
        names(&es)
    );
    assert!(
        has(&es, "Emmanuel Macron", EntityType::Person),
        "{:?}",
        names(&es)
    );
    assert!(has(&es, "Berlin", EntityType::Place), "{:?}", names(&es));
    assert!(has(&es, "Moscow", EntityType::Place), "{:?}", names(&es));
    assert!(
        has(&es, "White House", EntityType::Organization),
        "{:?}",
        names(&es)
    );
    assert!(get(&es, "Monday").is_none(), "{:?}", names(&es));
    let merkel = get(&es, "Angela Merkel").unwrap();
    assert_eq!(merkel.mentions, 2);
    assert_eq!(merkel.aliases, ["Merkel"]);
}

#[test]
fn german_nouns_are_not_names() {
    let es = find(
        &[
            "Die Regierung in Moskau teilte mit, dass Bundeskanzler Olaf Scholz die \
           Verkehrspolizei der Stadt besuchen werde.",
        ],
        "de",
        &[],
    );
    assert!(has(&es, "Moskau", EntityType::Place), "{:?}", names(&es));
    assert!(
        has(&es, "Olaf Scholz", EntityType::Person),
        "{:?}",
        names(&es)
    );
    for noun in [
        "Regierung",
        "Verkehrspolizei",
        "Stadt",
        "Die",
        "Bundeskanzler",
    ] {
        assert!(get(&es, noun).is_none(), "{noun}: {:?}", names(&es));
    }
}

#[test]
fn russian_inflected_forms_group_and_are_typed() {
    let es = find(
        &[
            "Владимир Путин прилетел в Москву.",
            "Слова Путина передал Кремль, сообщила Республиканская партия.",
        ],
        "ru",
        &[],
    );
    let putin = get(&es, "Владимир Путин").expect("Путин");
    assert_eq!(putin.kind, EntityType::Person);
    assert_eq!(putin.mentions, 2, "{:?}", names(&es));
    assert!(has(&es, "Москву", EntityType::Place), "{:?}", names(&es));
    assert!(
        has(&es, "Кремль", EntityType::Organization),
        "{:?}",
        names(&es)
    );
}

#[test]
fn spans_are_unicode_scalar_offsets_with_blocks() {
    let paras = ["Éric est là.", "À Ankara, l'Otan s'est réunie."];
    let es = find(&paras, "fr", &[]);
    for e in &es {
        assert_eq!(e.spans.len(), e.blocks.len());
        assert_eq!(e.spans.len(), e.mentions);
        for (s, b) in e.spans.iter().zip(&e.blocks) {
            let text: String = paras[*b].chars().skip(s[0]).take(s[1] - s[0]).collect();
            assert!(
                e.name == text || e.aliases.contains(&text),
                "{text} vs {}",
                e.name
            );
        }
    }
    let otan = get(&es, "Otan").expect("Otan");
    assert_eq!((otan.spans[0], otan.blocks[0]), ([12, 16], 1));
    assert!(has(&es, "Ankara", EntityType::Place));
}

#[test]
fn analyze_text_shifts_offsets_into_the_input() {
    let text = "Intro.\n\nÀ Paris, Emmanuel Macron parle.";
    let a = analyze_text(text, "fr");
    let macron = a
        .entities
        .iter()
        .find(|e| e.name == "Emmanuel Macron")
        .unwrap();
    let s = macron.spans[0];
    let got: String = text.chars().skip(s[0]).take(s[1] - s[0]).collect();
    assert_eq!(got, "Emmanuel Macron");
}

#[test]
fn tags_find_names_in_caseless_scripts() {
    let es = find(
        &["قال بشار الأسد إن الحرب في سوريا لم تنته"],
        "ar",
        &["بشار الأسد".to_string()],
    );
    assert!(
        get(&es, "سوريا").is_some_and(|e| e.kind == EntityType::Place),
        "{:?}",
        names(&es)
    );
    let tags_only = find(
        &["Le texte cite Jean Dupont."],
        "fr",
        &["Jean Dupont".to_string()],
    );
    assert!(has(&tags_only, "Jean Dupont", EntityType::Person));
}

#[test]
fn output_is_deterministic_and_ranked() {
    let paras = [
        "Recep Tayyip Erdogan a parlé à Vladimir Poutine. Erdogan est à Ankara.",
        "Poutine a répondu depuis Moscou. Erdogan a insisté.",
    ];
    let a = find(&paras, "fr", &[]);
    let b = find(&paras, "fr", &[]);
    assert_eq!(a, b);
    assert_eq!(a[0].name, "Recep Tayyip Erdogan");
    assert_eq!(a[0].mentions, 3);
    assert_eq!(get(&a, "Vladimir Poutine").unwrap().aliases, ["Poutine"]);
}

/// The seed article's title, standfirst, byline and body, without the clutter.
fn seed_paragraphs(text: &str) -> Vec<String> {
    const CLUTTER: &[&str] = &[
        "Newsletter",
        "Loader",
        "Suivez-nous",
        "PUBLICITÉ",
        "Tous droits réservés",
        "Publié le",
        "Partager cet article",
        "Copier/coller",
    ];
    let mut out: Vec<String> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.starts_with("À découvrir également") {
            break;
        }
        if line.is_empty() || CLUTTER.iter().any(|c| line.starts_with(c)) {
            continue;
        }
        if !out.iter().any(|p| p == line) {
            out.push(line.to_string());
        }
    }
    out
}

#[test]
fn seed_article_entities() {
    let Some(dir) = shared("seed") else { return };
    let text = std::fs::read_to_string(dir.join("000_13f860077e990a46.txt")).unwrap();
    let paras = seed_paragraphs(&text);
    let refs: Vec<&str> = paras.iter().map(String::as_str).collect();
    let es = find(&refs, "fr", &[]);
    let want = [
        ("Vladimir Poutine", EntityType::Person),
        ("Recep Tayyip Erdogan", EntityType::Person),
        ("Jens Stoltenberg", EntityType::Person),
        ("Sergei Lavrov", EntityType::Person),
        ("Galina Polonskaya", EntityType::Person),
        ("Otan", EntityType::Organization),
        ("Nations unies", EntityType::Organization),
        ("Kremlin", EntityType::Organization),
        ("ministère russe de la Défense", EntityType::Organization),
        ("Euronews", EntityType::Organization),
        ("AFP", EntityType::Organization),
        ("Idleb", EntityType::Place),
        ("Syrie", EntityType::Place),
        ("Turquie", EntityType::Place),
        ("Russie", EntityType::Place),
        ("Moscou", EntityType::Place),
        ("Ankara", EntityType::Place),
    ];
    let mut missing = Vec::new();
    for (name, kind) in want {
        if !has(&es, name, kind) {
            missing.push(format!("{kind:?} {name}"));
        }
    }
    assert!(
        missing.is_empty(),
        "missing {missing:?}\ngot {:?}",
        names(&es)
    );
    for (full, short) in [
        ("Vladimir Poutine", "Poutine"),
        ("Recep Tayyip Erdogan", "Erdogan"),
    ] {
        let e = get(&es, full).unwrap();
        assert!(
            e.aliases.iter().any(|a| a == short),
            "{full}: {:?}",
            e.aliases
        );
        assert!(get(&es, short).is_none(), "{short} stands alone");
    }
    let people: Vec<&str> = es
        .iter()
        .filter(|e| e.kind == EntityType::Person)
        .map(|e| e.name.as_str())
        .collect();
    assert!(people.len() <= 6, "spurious people: {people:?}");
}

/// Exact-span, exact-type F1 of `analyze_text` over one gold file.
fn gold_f1(path: &std::path::Path) -> f64 {
    let (mut gold, mut pred, mut hit) = (0usize, 0usize, 0usize);
    for line in std::fs::read_to_string(path).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = v["text"].as_str().unwrap();
        let mut want: Vec<(u64, u64, String)> = v["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                let t = match e["type"].as_str().unwrap() {
                    "PER" => "Person",
                    "ORG" => "Organization",
                    _ => "Place",
                };
                (
                    e["start"].as_u64().unwrap(),
                    e["end"].as_u64().unwrap(),
                    t.to_string(),
                )
            })
            .collect();
        gold += want.len();
        for e in analyze_text(text, v["lang"].as_str().unwrap()).entities {
            for s in &e.spans {
                pred += 1;
                let key = (s[0] as u64, s[1] as u64, format!("{:?}", e.kind));
                if let Some(i) = want.iter().position(|w| *w == key) {
                    want.swap_remove(i);
                    hit += 1;
                }
            }
        }
    }
    let (p, r) = (
        hit as f64 / pred.max(1) as f64,
        hit as f64 / gold.max(1) as f64,
    );
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

#[test]
fn gold_sanity_floors() {
    let Some(dir) = shared("gold") else { return };
    // Floors well under the figures of the evaluation (see the README): they
    // catch a broken gazetteer or tokenizer, not small regressions.
    let floors = [
        ("ner-uner/en.pud-test.jsonl", 0.74),
        ("ner-uner/de.pud-test.jsonl", 0.665),
        ("ner-uner/pt.pud-test.jsonl", 0.75),
        ("ner-uner/ru.pud-test.jsonl", 0.61),
    ];
    let mut low = Vec::new();
    for (file, floor) in floors {
        let f1 = gold_f1(&dir.join(file));
        println!("{file}: entity F1 {f1:.3} (floor {floor})");
        if f1 < floor {
            low.push(format!("{file}: {f1:.3} < {floor}"));
        }
    }
    assert!(low.is_empty(), "{low:?}");
}
