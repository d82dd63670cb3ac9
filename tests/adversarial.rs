//! Hostile and huge pages, generated in the test (nothing stored): for each, no
//! panic, a clear result, and the time it took printed (`--nocapture`), not
//! asserted: speed is measured, not timed in tests.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use euronews_reader::model::{BlockType, Kind};
use std::time::Instant;

const HEAD: &str = r#"<!doctype html><html lang="en"><head><meta property="og:type" content="article"><link rel="canonical" href="https://www.euronews.com/2025/01/01/x"></head><body>"#;

fn article(body: &str) -> String {
    format!(
        r#"{HEAD}<div class="o-article"><h1 class="c-article-title">T</h1><div class="c-article-content">{body}</div></div></body></html>"#
    )
}

fn run(name: &str, html: &str) -> euronews_reader::Article {
    let start = Instant::now();
    let a = euronews_reader::extract(html, None);
    println!(
        "{name:32} {:>10} bytes {:>9.1} ms  kind {:?}, {} blocks",
        html.len(),
        start.elapsed().as_secs_f64() * 1e3,
        a.kind,
        a.blocks.len()
    );
    a
}

fn paragraphs(a: &euronews_reader::Article) -> usize {
    a.blocks
        .iter()
        .filter(|b| b.kind == BlockType::Paragraph)
        .count()
}

#[test]
fn ten_megabyte_page() {
    let p =
        "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p>";
    let html = article(&p.repeat(10_000_000 / p.len()));
    let a = run("10 MB page", &html);
    assert_eq!(a.kind, Kind::Article);
    assert!(paragraphs(&a) > 100_000);
}

#[test]
fn nesting_100_000_deep() {
    let html = article(
        &("<div>".repeat(100_000) + "<p>deep paragraph text</p>" + &"</div>".repeat(100_000)),
    );
    let a = run("nesting 100 000 deep", &html);
    assert_eq!(a.kind, Kind::Article);
    assert!(a
        .blocks
        .iter()
        .any(|b| b.text.as_deref() == Some("deep paragraph text")));
}

#[test]
fn half_a_million_nodes() {
    let html = article(&"<span>a</span><i>b</i>".repeat(250_000));
    let a = run("500 000 nodes", &html);
    assert!(matches!(a.kind, Kind::Article | Kind::NotArticle));
}

#[test]
fn one_megabyte_text_node() {
    let html = article(&format!("<p>{}</p>", "word ".repeat(200_000)));
    let a = run("1 MB text node", &html);
    assert_eq!(paragraphs(&a), 1);
}

#[test]
fn nul_bytes_bidi_overrides_and_zero_width() {
    let html = article("<p>a\u{0}b \u{202E}evil\u{202C} c\u{200B}d\u{FEFF}e</p><p>\u{0}\u{0}</p>");
    let a = run("NUL, bidi, zero-width", &html);
    let text = a
        .blocks
        .iter()
        .filter_map(|b| b.text.clone())
        .collect::<Vec<_>>()
        .join("|");
    assert!(
        !text.contains('\u{200B}') && !text.contains('\u{FEFF}'),
        "{text:?}"
    );
    assert!(text.contains("evil"));
}

#[test]
fn huge_attributes() {
    let big = "x".repeat(5_000_000);
    let html = article(&format!(
        "<p class=\"{big}\" data-x='{big}'>kept</p><img src=\"https://i.example/{big}.jpg\">"
    ));
    let a = run("huge attributes", &html);
    assert!(a.blocks.iter().any(|b| b.text.as_deref() == Some("kept")));
}

#[test]
fn thousands_of_fake_ad_slots() {
    let slots = "<div class=\"c-ad\"><div class=\"js-adzone\" id=\"adzone-x\"></div><span>ADVERTISEMENT</span></div>".repeat(20_000);
    let html = article(&format!("<p>real text</p>{slots}<p>more text</p>"));
    let a = run("20 000 fake ad slots", &html);
    assert_eq!(paragraphs(&a), 2);
    assert!(a.clutter.removed >= 20_000);
    assert!(!euronews_reader::render::text(&a).contains("ADVERTISEMENT"));
}

#[test]
fn broken_and_mislabelled_encodings() {
    // Latin-1 bytes declared as UTF-8, and invalid UTF-8 sequences: the CLI and
    // the extension hand the core a lossily decoded string.
    let bytes: Vec<u8> = article("<p>caf\u{E9}</p>")
        .into_bytes()
        .into_iter()
        .chain([0xE9, 0xFF, 0xC3])
        .collect();
    let lossy = String::from_utf8_lossy(&bytes);
    let a = run("broken encoding", &lossy);
    assert_eq!(a.kind, Kind::Article);
}

#[test]
fn unclosed_everything_and_garbage() {
    let html = "<html><body><div class=o-article><h1>x<div class=c-article-content><p>one<p>two<table><tr><td>three<script>while(1){}".to_string()
        + &"<<<>>>&&&;;;<!-- unterminated".repeat(1000);
    let a = run("unclosed and garbage", &html);
    assert!(matches!(a.kind, Kind::Article | Kind::NotArticle));
}

#[test]
fn same_input_same_output() {
    let html = article("<p>« Texte », a dit Jean Dupont à Paris.</p><p>Le Kremlin et l'Otan.</p>");
    assert_eq!(
        euronews_reader::extract(&html, None),
        euronews_reader::extract(&html, None)
    );
}
