//! Corpus tests over every page of `../shared/corpus/euronews/`: page kind,
//! title and body F1 (4-word shingles) against the third-party reference.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use euronews_reader::metric::shingle_score;
use euronews_reader::model::{BlockType, Kind};

/// Texts of the blocks of one type, in reading order.
fn texts(a: &euronews_reader::Article, kind: BlockType) -> Vec<String> {
    a.blocks
        .iter()
        .filter(|b| b.kind == kind)
        .filter_map(|b| b.text.clone())
        .collect()
}

#[test]
fn every_page_has_the_reference_kind_title_and_body() {
    let Some(dir) = common::euronews_corpus() else {
        return;
    };
    let mut failures = Vec::new();
    for page in common::pages(&dir) {
        let url = page.reference["url"].as_str();
        let a = euronews_reader::extract(&page.html, url);
        let want_kind = page.reference["kind"].as_str().unwrap_or_default();
        if want_kind == "not_article" {
            println!("{:32} not_article -> {:?}", page.id, a.kind);
            if a.kind != Kind::NotArticle {
                failures.push(format!("{}: kind {:?}, want not_article", page.id, a.kind));
            }
            continue;
        }
        // References list headings apart from paragraphs (with no position),
        // so the body is scored on paragraphs and headings are checked as a set.
        // Known fault (reference.json `truth`): fundus misses h3 subheadings,
        // so our extra level-3 headings on 2024/2026 pages are not counted against us.
        let truth = common::strings(&page.reference, "paragraphs");
        let s = shingle_score(
            &texts(&a, BlockType::Paragraph).join("\n"),
            &truth.join("\n"),
            4,
        );
        let headings = texts(&a, BlockType::Heading);
        for h in common::strings(&page.reference, "headings") {
            if !headings.contains(&h) {
                failures.push(format!("{}: reference heading {h:?} missing", page.id));
            }
        }
        println!(
            "{:32} P={:.3} R={:.3} F1={:.3}",
            page.id, s.precision, s.recall, s.f1
        );
        if a.kind == Kind::NotArticle {
            failures.push(format!("{}: not_article, want {want_kind}", page.id));
        }
        if s.f1 < 0.99 {
            failures.push(format!("{}: body F1 {:.3} < 0.99", page.id, s.f1));
        }
        if a.title.as_deref() != page.reference["title"].as_str() {
            failures.push(format!(
                "{}: title {:?}, want {:?}",
                page.id, a.title, page.reference["title"]
            ));
        }
        if a.lang.as_deref() != page.reference["lang"].as_str() {
            failures.push(format!(
                "{}: lang {:?}, want {:?}",
                page.id, a.lang, page.reference["lang"]
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "corpus failures:\n{}",
        failures.join("\n")
    );
}
