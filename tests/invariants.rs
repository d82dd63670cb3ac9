//! Invariants of the output on every corpus page and hand-made case: quote and
//! entity offsets fall inside their block and point at the quoted words or
//! the mention; block text comes from the page; links and images are http(s).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::PathBuf;

fn pages() -> Vec<(String, String, Option<String>)> {
    let mut out = Vec::new();
    if let Some(dir) = common::euronews_corpus() {
        for p in common::pages(&dir) {
            let url = p.reference["url"].as_str().map(String::from);
            out.push((p.id, p.html, url));
        }
    }
    let cases = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    for e in std::fs::read_dir(cases).unwrap() {
        let dir = e.unwrap().path();
        let html = std::fs::read_to_string(dir.join("source.html")).unwrap();
        out.push((
            dir.file_name().unwrap().to_string_lossy().into_owned(),
            html,
            None,
        ));
    }
    out
}

fn chars(s: &str, start: usize, end: usize) -> String {
    s.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

#[test]
fn offsets_text_and_urls_hold() {
    let mut failures = Vec::new();
    for (id, html, url) in pages() {
        let a = euronews_reader::extract(&html, url.as_deref());
        let block_text = |i: usize| a.blocks.get(i).and_then(|b| b.text.clone());
        for q in &a.quotes {
            let Some(text) = q.block.and_then(block_text) else {
                failures.push(format!("{id}: quote {:?} has no block text", q.text));
                continue;
            };
            let n = text.chars().count();
            if q.start >= q.end || q.end > n {
                failures.push(format!(
                    "{id}: quote offsets {}..{} outside block of {n}",
                    q.start, q.end
                ));
            } else if chars(&text, q.start, q.end) != q.text {
                failures.push(format!(
                    "{id}: quote text {:?} is not block[{}..{}]",
                    q.text, q.start, q.end
                ));
            }
        }
        for e in &a.entities {
            if e.spans.len() != e.blocks.len() || e.mentions == 0 {
                failures.push(format!(
                    "{id}: entity {} spans/blocks/mentions disagree",
                    e.name
                ));
            }
            for (span, b) in e.spans.iter().zip(&e.blocks) {
                let Some(text) = block_text(*b) else {
                    failures.push(format!(
                        "{id}: entity {} span in block {b} without text",
                        e.name
                    ));
                    continue;
                };
                if span[0] >= span[1] || span[1] > text.chars().count() {
                    failures.push(format!(
                        "{id}: entity {} span {span:?} outside its block",
                        e.name
                    ));
                }
            }
        }
        // Block text comes from the page: every word of it is in the page's
        // decoded text (entities resolved) or its attributes (alt text).
        let page: String = scraper::Html::parse_document(&html)
            .root_element()
            .text()
            .collect();
        for b in &a.blocks {
            for word in b
                .text
                .iter()
                .flat_map(|t| t.split_whitespace())
                .filter(|w| w.len() > 3 && w.chars().all(char::is_alphanumeric))
            {
                if !page.contains(word) && !html.contains(word) {
                    failures.push(format!("{id}: word {word:?} is not in the page"));
                }
            }
            for u in [&b.src, &b.href].into_iter().flatten() {
                if !(u.starts_with("https://") || u.starts_with("http://")) {
                    failures.push(format!("{id}: non-http(s) URL {u:?}"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "invariants broken:\n{}",
        failures.join("\n")
    );
}
