//! Deterministic speed comparison: run ONE extractor once over every Euronews
//! corpus article, so that `valgrind --tool=callgrind` counts its instructions
//! (repeatable on a noisy machine, unlike wall time). See docs/benchmark.md.
//!
//! ```sh
//! cargo build --release --example instructions
//! for x in none ours dom_smoothie; do
//!   valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/examples/instructions $x 2>&1 | grep refs
//! done
//! ```
//! Subtract `none` (reading the pages) from the other two.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

fn main() {
    let which = std::env::args().nth(1).unwrap_or_else(|| "ours".into());
    let dir =
        std::env::var("EURONEWS_CORPUS").unwrap_or_else(|_| "../shared/corpus/euronews".into());
    let mut ids: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus")
        .map(|e| e.unwrap().path())
        .collect();
    ids.sort();
    let mut pages = Vec::new();
    for p in ids {
        let reference: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(p.join("reference.json")).unwrap())
                .unwrap();
        if reference["kind"] == "article" {
            let url = reference["url"].as_str().unwrap().to_string();
            pages.push((std::fs::read_to_string(p.join("source.html")).unwrap(), url));
        }
    }
    for (html, url) in &pages {
        match which.as_str() {
            "ours" => {
                let opts = euronews_reader::Options {
                    analyze: false,
                    ..Default::default()
                };
                black_box(euronews_reader::extract_with(html, Some(url), opts));
            }
            "analysis" => {
                black_box(euronews_reader::extract(html, Some(url)));
            }
            "dom_smoothie" => {
                let mut r = dom_smoothie::Readability::new(html.as_str(), Some(url), None).unwrap();
                black_box(r.parse().ok());
            }
            _ => {}
        }
    }
    eprintln!("{} pages", pages.len());
}
