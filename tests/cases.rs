//! Hand-made edge cases, one folder per case under `tests/cases/<name>/`:
//! `source.html` and `expected.json` holding the fields that must match
//! (`paragraphs`, `headings` and `tables` are compared with the blocks).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use euronews_reader::model::BlockType;
use serde_json::Value;
use std::path::PathBuf;

fn texts(a: &euronews_reader::Article, kind: BlockType) -> Value {
    let v: Vec<Value> = a
        .blocks
        .iter()
        .filter(|b| b.kind == kind)
        .map(|b| match kind {
            BlockType::Table => Value::from(b.items.clone().unwrap_or_default()),
            _ => Value::from(b.text.clone().unwrap_or_default()),
        })
        .collect();
    Value::from(v)
}

#[test]
fn every_case_matches_its_expected_fields() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 8, "cases missing in {}", root.display());
    let mut failures = Vec::new();
    for dir in dirs {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let html = std::fs::read_to_string(dir.join("source.html")).unwrap();
        let expected: Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap())
                .unwrap();
        let article = euronews_reader::extract(&html, None);
        let got = serde_json::to_value(&article).unwrap();
        for (key, want) in expected.as_object().unwrap() {
            let have = match key.as_str() {
                "paragraphs" => texts(&article, BlockType::Paragraph),
                "headings" => texts(&article, BlockType::Heading),
                "tables" => texts(&article, BlockType::Table),
                k => got[k].clone(),
            };
            if &have != want {
                failures.push(format!("{name}: {key} = {have}, want {want}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "case failures:\n{}",
        failures.join("\n")
    );
}
