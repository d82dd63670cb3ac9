//! The generic extractor over the Zyte article-extraction benchmark pages in
//! `../shared/corpus/generic/zyte` (never copied into the repo): no panics on
//! any page, and the benchmark's aggregate F1 (4-word shingles; precision
//! averaged over pages with output, recall over all pages) above a floor.
//! Skipped with a message when the corpus is missing, unless `CI` or
//! `EURONEWS_REQUIRE_CORPUS` is set. `ZYTE_DUMP=DIR` writes each page's
//! scored text to `DIR/<id>.txt` for error analysis.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use euronews_reader::metric::shingle_score;
use euronews_reader::model::{Article, BlockType};
use std::path::PathBuf;

/// Just under the figure reached when the floor was set (0.980).
const F1_FLOOR: f64 = 0.975;

fn corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("ZYTE_CORPUS").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/generic/zyte"),
        PathBuf::from,
    );
    if dir.join("urls.tsv").is_file() {
        return Some(dir);
    }
    let required =
        std::env::var_os("CI").is_some() || std::env::var_os("EURONEWS_REQUIRE_CORPUS").is_some();
    assert!(
        !required,
        "Zyte corpus missing at {} (required in CI)",
        dir.display()
    );
    eprintln!(
        "SKIPPED: Zyte corpus not found at {} (set ZYTE_CORPUS to run this test)",
        dir.display()
    );
    None
}

/// The scored text, as the benchmark builds it: paragraphs, headings, quotes
/// and list and table items, in reading order.
fn body_text(a: &Article) -> String {
    let kinds = [
        BlockType::Paragraph,
        BlockType::Heading,
        BlockType::Quote,
        BlockType::List,
        BlockType::Table,
    ];
    let mut parts: Vec<&str> = Vec::new();
    for b in a.blocks.iter().filter(|b| kinds.contains(&b.kind)) {
        parts.extend(b.text.as_deref());
        parts.extend(b.items.iter().flatten().map(String::as_str));
    }
    parts.join("\n")
}

fn read(p: &std::path::Path) -> String {
    String::from_utf8_lossy(&std::fs::read(p).unwrap()).into_owned()
}

#[test]
fn zyte_aggregate_f1() {
    let Some(dir) = corpus() else {
        return;
    };
    let opts = euronews_reader::Options {
        analyze: false,
        ..Default::default()
    };
    let dump = std::env::var_os("ZYTE_DUMP").map(PathBuf::from);
    let mut lines: Vec<(String, String)> = read(&dir.join("urls.tsv"))
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(id, url)| (id.to_string(), url.trim().to_string()))
        .collect();
    lines.sort();
    assert!(!lines.is_empty(), "no pages in urls.tsv");
    let (mut ps, mut rs, mut empty) = (Vec::new(), Vec::new(), 0);
    for (id, url) in &lines {
        let html = read(&dir.join("html").join(format!("{id}.html")));
        let truth = read(&dir.join("truth").join(format!("{id}.txt")));
        let a = euronews_reader::extract_with(&html, Some(url), opts);
        let pred = body_text(&a);
        if let Some(d) = &dump {
            std::fs::create_dir_all(d).unwrap();
            std::fs::write(d.join(format!("{id}.txt")), &pred).unwrap();
        }
        let s = shingle_score(&pred, &truth, 4);
        let short = id.get(..12).unwrap_or(id);
        println!(
            "{short}  P {:.3}  R {:.3}  F1 {:.3}  {:?}",
            s.precision, s.recall, s.f1, a.kind
        );
        if pred.chars().any(|c| c.is_alphanumeric() || c == '_') {
            ps.push(s.precision);
        } else {
            empty += 1;
        }
        rs.push(s.recall);
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
    let (p, r) = (mean(&ps), mean(&rs));
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!(
        "Zyte: {} pages, F1 {f1:.3} (P {p:.3}, R {r:.3}), empty {empty}",
        lines.len()
    );
    assert!(f1 >= F1_FLOOR, "Zyte F1 {f1:.3} below the floor {F1_FLOOR}");
}
