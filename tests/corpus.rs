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

/// Collapse whitespace: references keep the raw spacing of JSON-LD strings
/// (ar-2020-nasa-spacex ends its summary with a space, it-2020-nasa-spacex has
/// a double space), which no reader displays.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn metadata_equals_the_reference() {
    let Some(dir) = common::euronews_corpus() else {
        return;
    };
    let mut failures = Vec::new();
    for page in common::pages(&dir) {
        let r = &page.reference;
        if r["kind"] == "not_article" {
            continue;
        }
        let a = euronews_reader::extract(&page.html, r["url"].as_str());
        let field = |name: &str, got: Option<String>, want: Option<String>| {
            (got != want).then(|| format!("{}: {name} {got:?}, want {want:?}", page.id))
        };
        // Reference dates are "YYYY-MM-DD hh:mm:ss[+hh:mm]"; ours are RFC 3339.
        let want_date = r["published"].as_str().map(|d| d.replacen(' ', "T", 1));
        failures.extend(field("published", a.published.clone(), want_date));
        failures.extend(field(
            "summary",
            a.summary.as_deref().map(squash),
            r["summary"].as_str().map(squash),
        ));
        failures.extend(field(
            "authors",
            Some(a.authors.join("|")),
            Some(common::strings(r, "authors").join("|")),
        ));
        failures.extend(field(
            "topics",
            Some(a.topics.join("|")),
            Some(common::strings(r, "topics").join("|")),
        ));
        println!(
            "{:32} published={:?} authors={:?} agencies={:?}",
            page.id, a.published, a.authors, a.agencies
        );
    }
    assert!(
        failures.is_empty(),
        "metadata failures:\n{}",
        failures.join("\n")
    );
}

/// Page chrome seen on the corpus pages (ad labels, share and embed widgets,
/// related-list headings), in every edition present.
const CLUTTER_TEXT: &[&str] = &[
    "ADVERTISEMENT",
    "PUBLICITÉ",
    "WERBUNG",
    "PUBBLICITÀ",
    "PUBLICIDAD",
    "Share this article",
    "Partager cet article",
    "Diesen Artikel teilen",
    "Condividi questo articolo",
    "Comparte esta noticia",
    "Κοινοποιήστε το άρθρο",
    "شارك في هذا المقال",
    "lien embed",
    "embed link",
    "Link zum Einbetten",
    "codice embed",
    "link embed",
    "You might also like",
    "À découvrir également",
    "Das könnte Sie auch interessieren",
    "Notizie correlate",
    "Noticias relacionadas",
    "Σχετικές ειδήσεις",
    "Most read",
    "Les plus lus",
    "Meistgesehen",
    "Top stories",
    "Zum selben Thema",
    "Now playing",
    "En lecture",
];

#[test]
fn no_clutter_text_reaches_the_reader() {
    let Some(dir) = common::euronews_corpus() else {
        return;
    };
    let related =
        scraper::Selector::parse(".widget__related_listItem, .c-article-you-might-also-like__item")
            .unwrap();
    let mut failures = Vec::new();
    for page in common::pages(&dir) {
        let a = euronews_reader::extract(&page.html, page.reference["url"].as_str());
        if a.kind == euronews_reader::model::Kind::NotArticle {
            continue;
        }
        let text = euronews_reader::render::markdown(&a).to_lowercase();
        for label in CLUTTER_TEXT {
            if text.contains(&label.to_lowercase()) {
                failures.push(format!("{}: clutter text {label:?} in the reader", page.id));
            }
        }
        let doc = scraper::Html::parse_document(&page.html);
        for item in doc.select(&related) {
            let t = squash(&item.text().collect::<String>());
            if t.len() > 20 && text.contains(&t.to_lowercase()) {
                failures.push(format!(
                    "{}: related-list item {t:?} in the reader",
                    page.id
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "clutter in extracted text:\n{}",
        failures.join("\n")
    );
}

/// The live page hides or deletes whatever a clutter rule matches: no rule may
/// match the headline, the lead image and caption, or a reference paragraph,
/// nor any of their ancestors.
#[test]
fn clutter_rules_never_touch_the_article() {
    let Some(dir) = common::euronews_corpus() else {
        return;
    };
    let rules: Vec<_> = euronews_reader::sites::euronews::CLUTTER
        .iter()
        .map(|r| (r, scraper::Selector::parse(r.selector).unwrap()))
        .collect();
    let parts =
        scraper::Selector::parse("h1, p, .c-article-image-video img, .c-article-caption__text")
            .unwrap();
    let mut failures = Vec::new();
    for page in common::pages(&dir) {
        let reference: Vec<String> = common::strings(&page.reference, "paragraphs")
            .iter()
            .map(|p| squash(p))
            .collect();
        let title = page.reference["title"].as_str().map(squash);
        let doc = scraper::Html::parse_document(&page.html);
        for part in doc.select(&parts) {
            let text = squash(&part.text().collect::<String>());
            let is_article = match part.value().name() {
                "p" => reference.contains(&text),
                "h1" => title.as_deref() == Some(text.as_str()),
                _ => page.reference["kind"] == "article",
            };
            if !is_article {
                continue;
            }
            let chain =
                std::iter::once(part).chain(part.ancestors().filter_map(scraper::ElementRef::wrap));
            for el in chain {
                for (rule, sel) in &rules {
                    if sel.matches(&el) {
                        failures.push(format!(
                            "{}: rule {:?} hides <{}> {:.40}",
                            page.id,
                            rule.selector,
                            part.value().name(),
                            text
                        ));
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "clutter rules touching the article:\n{}",
        failures.join("\n")
    );
}

/// The prescan (clutter counted on raw tags, article sliced before parsing)
/// must agree with a full parse: same counts, same article.
#[test]
fn prescan_agrees_with_a_full_parse() {
    let Some(dir) = common::euronews_corpus() else {
        return;
    };
    let mut failures = Vec::new();
    for page in common::pages(&dir) {
        let url = page.reference["url"].as_str();
        let fast = euronews_reader::extract(&page.html, url);
        let doc = scraper::Html::parse_document(&page.html);
        let counted =
            euronews_reader::clutter::Matcher::new(euronews_reader::sites::euronews::CLUTTER)
                .count(&doc);
        if fast.clutter != counted {
            failures.push(format!(
                "{}: prescan clutter {:?}, full parse {:?}",
                page.id, fast.clutter, counted
            ));
        }
        let opts = euronews_reader::Options {
            slice: false,
            ..Default::default()
        };
        let slow = euronews_reader::extract_with(&page.html, url, opts);
        if fast != slow {
            failures.push(format!("{}: sliced and full extraction differ", page.id));
        }
    }
    assert!(
        failures.is_empty(),
        "prescan disagreements:\n{}",
        failures.join("\n")
    );
}
