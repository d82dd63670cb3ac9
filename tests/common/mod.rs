//! Shared helpers for tests over `../shared/corpus` (never copied into the repo).
#![allow(dead_code)]

pub mod entities;

use std::path::PathBuf;

/// `../shared/<sub>` next to the crate, or `None` (with a message) when it is
/// missing and neither `CI` nor `EURONEWS_REQUIRE_CORPUS` requires it.
pub fn shared(sub: &str) -> Option<PathBuf> {
    present(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../shared")
            .join(sub),
    )
}

/// The Euronews corpus folder: `$EURONEWS_CORPUS` or `../shared/corpus/euronews`.
pub fn euronews_corpus() -> Option<PathBuf> {
    match std::env::var_os("EURONEWS_CORPUS") {
        Some(dir) => present(PathBuf::from(dir)),
        None => shared("corpus/euronews"),
    }
}

fn present(dir: PathBuf) -> Option<PathBuf> {
    if dir.is_dir() {
        return Some(dir);
    }
    let required =
        std::env::var_os("CI").is_some() || std::env::var_os("EURONEWS_REQUIRE_CORPUS").is_some();
    assert!(!required, "{} missing (required in CI)", dir.display());
    eprintln!(
        "SKIPPED: {} not found (shared test data; see README)",
        dir.display()
    );
    None
}

/// One corpus page: its folder name, HTML and reference.
pub struct Page {
    pub id: String,
    pub html: String,
    pub reference: serde_json::Value,
}

/// Every page of the corpus, sorted by id.
pub fn pages(dir: &std::path::Path) -> Vec<Page> {
    let mut ids: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("source.html").is_file())
        .collect();
    ids.sort();
    ids.into_iter()
        .map(|p| Page {
            id: p.file_name().unwrap().to_string_lossy().into_owned(),
            html: String::from_utf8_lossy(&std::fs::read(p.join("source.html")).unwrap())
                .into_owned(),
            reference: serde_json::from_str(
                &std::fs::read_to_string(p.join("reference.json")).unwrap(),
            )
            .unwrap(),
        })
        .collect()
}

/// Strings of a reference array field.
pub fn strings(v: &serde_json::Value, key: &str) -> Vec<String> {
    v[key]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}
