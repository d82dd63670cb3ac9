//! Entity evaluation on the third-party gold sets (never copied into the
//! repository): runs `analyze_text` on every line of `ner-uner/*.jsonl` and
//! `ner-news/*.jsonl` and prints, per file, precision, recall and F1 of
//! exact spans with their type (PER = person, ORG = organization,
//! LOC = place; `other_entities` are ignored), F1 per type, the F1 of
//! spans alone (type ignored) and the time per text.
//!
//!     cargo run --release --example eval_entities [-- GOLD_DIR] [--errors] [--only SUBSTR]
//!
//! GOLD_DIR defaults to `$EURONEWS_GOLD` or `../shared/gold`. `--errors`
//! prints each missed and each spurious entity; `--only` keeps the files
//! whose name contains SUBSTR.
//!
//! Figures at the last change of `src/entities` (entity P/R/F1 of exact span and
//! type; F1 per type; span F1 with the type ignored). Targets: F1 ≥ 0.75 on the
//! four UNER PUD files (reached for en .754, pt .764 and de .758; not for ru
//! .704). `--errors` also prints, per file, the error classes ("ORG->LOC" right
//! span and wrong type, "miss", "extra", "bound" for overlapping spans). Published
//! reference points: small statistical NER models about 0.80–0.90 on news in their
//! own test sets; gazetteer-only NER about 0.60.
//!
//! | file | P | R | F1 | PER F1 | ORG F1 | LOC F1 | span F1 |
//! |---|---|---|---|---|---|---|---|
//! | ner-news/el.elner4-test.jsonl | 0.491 | 0.593 | 0.537 | 0.488 | 0.506 | 0.626 | 0.721 |
//! | ner-news/es.conll2002-testb.jsonl | 0.571 | 0.651 | 0.608 | 0.617 | 0.584 | 0.629 | 0.766 |
//! | ner-news/fa.arman-test-fold1.jsonl | 0.416 | 0.228 | 0.294 | 0.193 | 0.100 | 0.482 | 0.374 |
//! | ner-news/fr.hipe2020-dev.jsonl | 0.365 | 0.437 | 0.398 | 0.265 | 0.086 | 0.640 | 0.471 |
//! | ner-news/hu.szeged-business.jsonl | 0.467 | 0.531 | 0.497 | 0.391 | 0.535 | 0.375 | 0.562 |
//! | ner-news/it.kind-wikinews-test.jsonl | 0.578 | 0.601 | 0.589 | 0.650 | 0.434 | 0.642 | 0.741 |
//! | ner-news/ru.factrueval-test.jsonl | 0.709 | 0.563 | 0.627 | 0.797 | 0.448 | 0.675 | 0.718 |
//! | ner-uner/de.pud-test.jsonl | 0.755 | 0.760 | 0.758 | 0.749 | 0.619 | 0.816 | 0.816 |
//! | ner-uner/en.pud-test.jsonl | 0.730 | 0.781 | 0.754 | 0.800 | 0.637 | 0.770 | 0.846 |
//! | ner-uner/pt.bosque-test.jsonl | 0.634 | 0.730 | 0.679 | 0.752 | 0.623 | 0.647 | 0.766 |
//! | ner-uner/pt.pud-test.jsonl | 0.714 | 0.821 | 0.764 | 0.750 | 0.652 | 0.831 | 0.859 |
//! | ner-uner/ru.pud-test.jsonl | 0.661 | 0.753 | 0.704 | 0.776 | 0.583 | 0.707 | 0.849 |
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use euronews_reader::analyze::analyze_text;
use euronews_reader::model::EntityType;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

type Span = (usize, usize, &'static str);

fn label(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "PER",
        EntityType::Organization => "ORG",
        EntityType::Place => "LOC",
    }
}

fn gold_label(t: &str) -> Option<&'static str> {
    match t {
        "PER" => Some("PER"),
        "ORG" => Some("ORG"),
        "LOC" => Some("LOC"),
        _ => None,
    }
}

#[derive(Default)]
struct Score {
    texts: usize,
    gold: usize,
    pred: usize,
    hit: usize,
    span_hit: usize,
    by_type: BTreeMap<&'static str, [usize; 3]>,
    /// Error classes: "PER->LOC" (right span, wrong type), "miss PER"
    /// (no overlapping prediction), "extra ORG" (no overlapping gold),
    /// "bound PER" (overlapping, other span).
    classes: BTreeMap<String, usize>,
    micros: u128,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn slice(text: &str, s: usize, e: usize) -> String {
    text.chars().skip(s).take(e - s).collect()
}

fn eval_file(path: &Path, errors: bool) -> Score {
    let mut score = Score::default();
    let body = std::fs::read_to_string(path).unwrap();
    for line in body.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = v["text"].as_str().unwrap_or("");
        let lang = v["lang"].as_str().unwrap_or("");
        let mut gold: Vec<Span> = v["entities"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|e| {
                        let t = gold_label(e["type"].as_str()?)?;
                        Some((
                            e["start"].as_u64()? as usize,
                            e["end"].as_u64()? as usize,
                            t,
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let t0 = Instant::now();
        let analysis = analyze_text(text, lang);
        score.micros += t0.elapsed().as_micros();
        let mut pred: Vec<Span> = analysis
            .entities
            .iter()
            .flat_map(|e| e.spans.iter().map(move |s| (s[0], s[1], label(e.kind))))
            .collect();
        gold.sort_unstable();
        pred.sort_unstable();
        score.texts += 1;
        score.gold += gold.len();
        score.pred += pred.len();
        for g in &gold {
            score.by_type.entry(g.2).or_default()[0] += 1;
        }
        for p in &pred {
            score.by_type.entry(p.2).or_default()[1] += 1;
        }
        let mut free = gold.clone();
        for p in &pred {
            if let Some(i) = free.iter().position(|g| (g.0, g.1) == (p.0, p.1)) {
                free.swap_remove(i);
                score.span_hit += 1;
            }
        }
        let mut unmatched = gold.clone();
        let mut spurious = Vec::new();
        for p in &pred {
            if let Some(i) = unmatched.iter().position(|g| g == p) {
                unmatched.swap_remove(i);
                score.hit += 1;
                score.by_type.entry(p.2).or_default()[2] += 1;
            } else {
                spurious.push(*p);
            }
        }
        classify_errors(&unmatched, &spurious, &mut score.classes);
        if errors && (!unmatched.is_empty() || !spurious.is_empty()) {
            println!("  | {}", text.replace('\n', " "));
            for g in &unmatched {
                println!("  -  {} {:?}", g.2, slice(text, g.0, g.1));
            }
            for p in &spurious {
                println!("  +  {} {:?}", p.2, slice(text, p.0, p.1));
            }
        }
    }
    score
}

fn classify_errors(missed: &[Span], extra: &[Span], classes: &mut BTreeMap<String, usize>) {
    let overlaps = |a: &Span, b: &Span| a.0 < b.1 && b.0 < a.1;
    for g in missed {
        let class = if let Some(p) = extra.iter().find(|p| (p.0, p.1) == (g.0, g.1)) {
            format!("{}->{}", g.2, p.2)
        } else if extra.iter().any(|p| overlaps(g, p)) {
            format!("bound {}", g.2)
        } else {
            format!("miss {}", g.2)
        };
        *classes.entry(class).or_default() += 1;
    }
    for p in extra {
        if !missed.iter().any(|g| overlaps(g, p)) {
            *classes.entry(format!("extra {}", p.2)).or_default() += 1;
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dir: Option<PathBuf> = None;
    let (mut errors, mut only) = (false, String::new());
    while let Some(a) = args.next() {
        match a.as_str() {
            "--errors" => errors = true,
            "--only" => only = args.next().unwrap_or_default(),
            _ => dir = Some(PathBuf::from(a)),
        }
    }
    let dir = dir
        .or_else(|| std::env::var_os("EURONEWS_GOLD").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("../shared/gold"));
    let mut files: Vec<PathBuf> = ["ner-uner", "ner-news"]
        .iter()
        .filter_map(|sub| std::fs::read_dir(dir.join(sub)).ok())
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .filter(|p| p.to_string_lossy().contains(&only))
        .collect();
    files.sort();
    if files.is_empty() {
        eprintln!(
            "eval_entities: no ner-uner/ or ner-news/ *.jsonl under {}",
            dir.display()
        );
        std::process::exit(2);
    }
    println!(
        "{:40} {:>5} {:>5} {:>5}  {:>5} {:>5} {:>5}   PER F1 ORG F1 LOC F1  span F1  µs/text",
        "file", "texts", "gold", "pred", "P", "R", "F1"
    );
    for f in &files {
        let name = f
            .strip_prefix(&dir)
            .unwrap_or(f)
            .to_string_lossy()
            .into_owned();
        if errors {
            println!("== {name}");
        }
        let s = eval_file(f, errors);
        let (p, r) = (ratio(s.hit, s.pred), ratio(s.hit, s.gold));
        let typed: Vec<String> = ["PER", "ORG", "LOC"]
            .iter()
            .map(|t| {
                let [g, pr, h] = s.by_type.get(t).copied().unwrap_or_default();
                format!("{:6.3}", f1(ratio(h, pr), ratio(h, g)))
            })
            .collect();
        println!(
            "{:40} {:5} {:5} {:5}  {:.3} {:.3} {:.3}   {}   {:.3}  {:7.1}",
            name,
            s.texts,
            s.gold,
            s.pred,
            p,
            r,
            f1(p, r),
            typed.join(" "),
            f1(ratio(s.span_hit, s.pred), ratio(s.span_hit, s.gold)),
            s.micros as f64 / s.texts.max(1) as f64
        );
        if errors {
            let mut classes: Vec<_> = s.classes.iter().collect();
            classes.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let list: Vec<String> = classes.iter().map(|(k, v)| format!("{k} {v}")).collect();
            println!("  errors: {}", list.join(", "));
        }
    }
}
