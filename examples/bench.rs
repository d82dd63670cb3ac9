//! Benchmark: our [`euronews_reader::extract`] side by side with `dom_smoothie`'s
//! Readability, in one run, on the same pages: the Euronews corpus (body F1
//! against the references) and the Zyte article-extraction benchmark (its
//! metric: 4-word shingles, precision and recall averaged over pages).
//! A tool, not part of `cargo test`; see `docs/benchmark.md`.
//!
//! ```text
//! cargo run --release --example bench [-- --corpus DIR] [--zyte DIR] [--iters N]
//!     [--warmup N] [--ds-text raw|formatted] [--no-mem] [--dump DIR]
//! ```
//!
//! Times cover parsing and extraction (file I/O excluded): `warmup` untimed
//! runs, then `iters` timed rounds; each round times both extractors and,
//! for reference, each one's HTML parse alone, in a rotating order. The
//! per-page figure is the median.
#![allow(clippy::cast_precision_loss)]

use dom_smoothie::{Config, Readability, TextMode};
use euronews_reader::metric::shingle_score;
use euronews_reader::model::{Article, BlockType};
use std::error::Error;
use std::fmt::Write as _;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

type Res<T> = Result<T, Box<dyn Error>>;

/// Command-line options.
struct Opts {
    corpus: PathBuf,
    zyte: PathBuf,
    iters: usize,
    warmup: usize,
    ds_text: TextMode,
    mem: bool,
    /// Write each extractor's scored text per page here, for error analysis.
    dump: Option<PathBuf>,
    /// Internal: run as the peak-RSS child for one extractor (`ours` or `dom_smoothie`).
    rss_child: Option<String>,
}

fn default_dir(env: &str, rel: &str) -> PathBuf {
    std::env::var_os(env).map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel),
        PathBuf::from,
    )
}

fn parse_opts() -> Res<Opts> {
    let mut o = Opts {
        corpus: default_dir("EURONEWS_CORPUS", "../shared/corpus/euronews"),
        zyte: default_dir("ZYTE_CORPUS", "../shared/corpus/generic/zyte"),
        iters: 20,
        warmup: 2,
        ds_text: TextMode::Formatted,
        mem: true,
        dump: None,
        rss_child: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--corpus" => o.corpus = val()?.into(),
            "--zyte" => o.zyte = val()?.into(),
            "--iters" => o.iters = val()?.parse::<usize>()?.max(1),
            "--warmup" => o.warmup = val()?.parse()?,
            "--ds-text" => {
                o.ds_text = match val()?.as_str() {
                    "raw" => TextMode::Raw,
                    "formatted" => TextMode::Formatted,
                    other => return Err(format!("--ds-text raw|formatted, not {other}").into()),
                }
            }
            "--no-mem" => o.mem = false,
            "--dump" => o.dump = Some(val()?.into()),
            "--rss-child" => o.rss_child = Some(val()?),
            "-h" | "--help" => {
                println!(
                    "cargo run --release --example bench [-- --corpus DIR] [--zyte DIR] \
                     [--iters N] [--warmup N] [--ds-text raw|formatted] [--no-mem] [--dump DIR]"
                );
                std::process::exit(0);
            }
            other => return Err(format!("unknown argument {other} (try --help)").into()),
        }
    }
    Ok(o)
}

/// One page to extract, with its reference text.
struct Page {
    id: String,
    url: String,
    html: String,
    /// Reference body: paragraphs (Euronews) or the annotated body (Zyte).
    truth: String,
    /// Euronews: reference paragraphs then headings; Zyte: same as `truth`.
    truth_h: String,
}

fn read_lossy(p: &Path) -> Res<String> {
    Ok(String::from_utf8_lossy(&std::fs::read(p)?).into_owned())
}

fn json_strings(v: &serde_json::Value, key: &str) -> Vec<String> {
    v[key]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// Article pages of the Euronews corpus (`not_article` pages have no body).
fn euronews_pages(dir: &Path) -> Res<Vec<Page>> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("source.html").is_file() && p.join("reference.json").is_file())
        .collect();
    dirs.sort();
    let mut out = Vec::new();
    for d in dirs {
        let r: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(d.join("reference.json"))?)?;
        if r["kind"].as_str() == Some("not_article") {
            continue;
        }
        let paragraphs = json_strings(&r, "paragraphs");
        let mut with_h = paragraphs.clone();
        with_h.extend(json_strings(&r, "headings"));
        out.push(Page {
            id: d
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned(),
            url: r["url"].as_str().unwrap_or_default().to_string(),
            html: read_lossy(&d.join("source.html"))?,
            truth: paragraphs.join("\n"),
            truth_h: with_h.join("\n"),
        });
    }
    Ok(out)
}

/// Zyte pages: `urls.tsv` (id TAB url), `html/<id>.html`, `truth/<id>.txt`.
fn zyte_pages(dir: &Path) -> Res<Vec<Page>> {
    let mut out = Vec::new();
    for line in std::fs::read_to_string(dir.join("urls.tsv"))?.lines() {
        let Some((id, url)) = line.split_once('\t') else {
            continue;
        };
        let truth = read_lossy(&dir.join("truth").join(format!("{id}.txt")))?;
        out.push(Page {
            id: id.to_string(),
            url: url.trim().to_string(),
            html: read_lossy(&dir.join("html").join(format!("{id}.html")))?,
            truth_h: truth.clone(),
            truth,
        });
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(out)
}

/// Our extraction alone, like dom_smoothie's (quotes and entities are timed
/// apart, in the analysis column: dom_smoothie has no equivalent).
fn run_ours(p: &Page) -> Article {
    let opts = euronews_reader::Options {
        analyze: false,
        ..Default::default()
    };
    euronews_reader::extract_with(&p.html, Some(&p.url), opts)
}

fn run_ds(p: &Page, mode: TextMode) -> Result<String, String> {
    let cfg = Config {
        text_mode: mode,
        ..Config::default()
    };
    let mut r =
        Readability::new(p.html.as_str(), Some(&p.url), Some(cfg)).map_err(|e| e.to_string())?;
    r.parse()
        .map(|a| a.text_content.to_string())
        .map_err(|e| e.to_string())
}

/// Texts of our blocks of the given types, in reading order, one per line;
/// lists and tables contribute their items.
fn ours_text(a: &Article, kinds: &[BlockType]) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for b in a.blocks.iter().filter(|b| kinds.contains(&b.kind)) {
        parts.extend(b.text.as_deref());
        parts.extend(b.items.iter().flatten().map(String::as_str));
    }
    parts.join("\n")
}

/// With `--dump DIR`, write both scored texts of a page to
/// `DIR/<corpus>/<id>.{ours,dom_smoothie}.txt`.
fn dump(o: &Opts, corpus: &str, id: &str, ours: &str, ds: &str) {
    let Some(dir) = &o.dump else {
        return;
    };
    let dir = dir.join(corpus);
    let res = std::fs::create_dir_all(&dir)
        .and_then(|()| std::fs::write(dir.join(format!("{id}.ours.txt")), ours))
        .and_then(|()| std::fs::write(dir.join(format!("{id}.dom_smoothie.txt")), ds));
    if let Err(e) = res {
        eprintln!("dump {id}: {e}");
    }
}

fn ms_since(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

fn median(v: &mut [f64]) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        f64::midpoint(v[n / 2 - 1], v[n / 2])
    }
}

fn mean(v: &[f64]) -> f64 {
    if v.is_empty() {
        0.0
    } else {
        v.iter().sum::<f64>() / v.len() as f64
    }
}

/// Both extractors on one page: median times and the outputs.
struct Run {
    ours_ms: f64,
    ds_ms: f64,
    /// Parsing alone (`scraper` for us, `dom_query` inside `Readability::new`).
    ours_parse_ms: f64,
    ds_parse_ms: f64,
    /// Our quote and entity analysis alone (`analyze::annotate`), not in `ours_ms`.
    ours_analysis_ms: f64,
    ours: Article,
    ds: Result<String, String>,
}

fn time_page(p: &Page, o: &Opts) -> Run {
    let article = run_ours(p);
    let jobs: [&dyn Fn(); 5] = [
        &|| drop(black_box(run_ours(black_box(p)))),
        &|| drop(black_box(run_ds(black_box(p), o.ds_text))),
        &|| drop(black_box(euronews_reader::dom::parse(black_box(&p.html)))),
        &|| {
            drop(black_box(Readability::new(
                black_box(p.html.as_str()),
                Some(&p.url),
                None,
            )));
        },
        &|| {
            let mut a = article.clone();
            euronews_reader::analyze::annotate(black_box(&mut a));
            drop(black_box(a));
        },
    ];
    for _ in 0..o.warmup {
        for j in &jobs {
            j();
        }
    }
    let mut times: [Vec<f64>; 5] = Default::default();
    for i in 0..o.iters {
        // Rotate the order so no job always runs first (or after the same one).
        for k in 0..jobs.len() {
            let j = (i + k) % jobs.len();
            let t = Instant::now();
            jobs[j]();
            times[j].push(ms_since(t));
        }
    }
    let [mut to, mut td, mut tpo, mut tpd, mut ta] = times;
    Run {
        ours_ms: median(&mut to),
        ds_ms: median(&mut td),
        ours_parse_ms: median(&mut tpo),
        ds_parse_ms: median(&mut tpd),
        ours_analysis_ms: median(&mut ta),
        ours: article,
        ds: run_ds(p, o.ds_text),
    }
}

/// True when `s` has at least one token (the Zyte tokenizer's `\w+`).
fn has_tokens(s: &str) -> bool {
    s.chars().any(|c| c.is_alphanumeric() || c == '_')
}

/// Per-page scores of one extractor over a corpus, with the aggregates.
#[derive(Default)]
struct Tally {
    ms: Vec<f64>,
    /// Parsing alone, per page.
    parse_ms: Vec<f64>,
    f1: Vec<f64>,
    /// Precision of pages with a non-empty prediction (the Zyte rule).
    p: Vec<f64>,
    r: Vec<f64>,
    empty: usize,
    errors: Vec<String>,
}

impl Tally {
    fn add(&mut self, ms: [f64; 2], pred: &str, truth: &str) -> (f64, f64, f64) {
        let s = shingle_score(pred, truth, 4);
        self.ms.push(ms[0]);
        self.parse_ms.push(ms[1]);
        self.f1.push(s.f1);
        self.r.push(s.recall);
        if has_tokens(pred) {
            self.p.push(s.precision);
        } else {
            self.empty += 1;
        }
        (s.precision, s.recall, s.f1)
    }

    /// Zyte aggregate: F1 of the mean precision and mean recall.
    fn zyte(&self) -> (f64, f64, f64) {
        let (p, r) = (mean(&self.p), mean(&self.r));
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

fn ratio_line(ours: &Tally, ds: &Tally) -> String {
    let (so, sd): (f64, f64) = (ours.ms.iter().sum(), ds.ms.iter().sum());
    let mut per_page: Vec<f64> = ours
        .ms
        .iter()
        .zip(&ds.ms)
        .filter(|(o, _)| **o > 0.0)
        .map(|(o, d)| d / o)
        .collect();
    format!(
        "Speed ratio (dom_smoothie time / ours): {:.2}x on total time ({so:.1} ms vs {sd:.1} ms), \
         median per-page ratio {:.2}x.",
        sd / so.max(f64::MIN_POSITIVE),
        median(&mut per_page)
    )
}

/// Mean and median rows under a per-page table: `cols` are the numeric
/// columns after `page` and `bytes`, each with its decimal places.
fn summary_rows(out: &mut String, cols: &[(&[f64], usize)]) {
    for name in ["mean", "median"] {
        let _ = write!(out, "| **{name}** | |");
        for (v, prec) in cols {
            let x = if name == "mean" {
                mean(v)
            } else {
                median(&mut v.to_vec())
            };
            let _ = write!(out, " {x:.prec$} |");
        }
        out.push('\n');
    }
}

fn euronews(pages: &[Page], o: &Opts) -> String {
    let (mut ours, mut ds) = (Tally::default(), Tally::default());
    let (mut ours_h, mut ds_h, mut analysis) = (Vec::new(), Vec::new(), Vec::new());
    let mut out = String::from(
        "| page | bytes | ours ms | ours F1 | dom_smoothie ms | dom_smoothie F1 \
         | ours F1 +h | dom_smoothie F1 +h | full-page parse ms | dom_smoothie parse ms | ours analysis ms |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    for p in pages {
        let run = time_page(p, o);
        let paras = ours_text(&run.ours, &[BlockType::Paragraph]);
        let with_h = ours_text(&run.ours, &[BlockType::Paragraph, BlockType::Heading]);
        let ds_text = run.ds.clone().unwrap_or_default();
        if let Err(e) = &run.ds {
            ds.errors.push(format!("{}: {e}", p.id));
        }
        let (_, _, fo) = ours.add([run.ours_ms, run.ours_parse_ms], &paras, &p.truth);
        let (_, _, fd) = ds.add([run.ds_ms, run.ds_parse_ms], &ds_text, &p.truth);
        dump(o, "euronews", &p.id, &with_h, &ds_text);
        let ours_f1_h = shingle_score(&with_h, &p.truth_h, 4).f1;
        let ds_f1_h = shingle_score(&ds_text, &p.truth_h, 4).f1;
        ours_h.push(ours_f1_h);
        ds_h.push(ds_f1_h);
        let _ = writeln!(
            out,
            "| {} | {} | {:.2} | {fo:.3} | {:.2} | {fd:.3} | {ours_f1_h:.3} | {ds_f1_h:.3} | {:.2} | {:.2} | {:.2} |",
            p.id,
            p.html.len(),
            run.ours_ms,
            run.ds_ms,
            run.ours_parse_ms,
            run.ds_parse_ms,
            run.ours_analysis_ms
        );
        analysis.push(run.ours_analysis_ms);
        eprintln!("euronews {} done", p.id);
    }
    summary_rows(
        &mut out,
        &[
            (&ours.ms, 2),
            (&ours.f1, 3),
            (&ds.ms, 2),
            (&ds.f1, 3),
            (&ours_h, 3),
            (&ds_h, 3),
            (&ours.parse_ms, 2),
            (&ds.parse_ms, 2),
            (&analysis, 2),
        ],
    );
    let _ = writeln!(out, "\n{}", ratio_line(&ours, &ds));
    errors_line(&mut out, &ours, &ds);
    out
}

fn errors_line(out: &mut String, ours: &Tally, ds: &Tally) {
    let _ = writeln!(
        out,
        "Empty output: ours {}, dom_smoothie {} (of which errors: {}{}).",
        ours.empty,
        ds.empty,
        ds.errors.len(),
        if ds.errors.is_empty() {
            String::new()
        } else {
            format!(": {}", ds.errors.join("; "))
        }
    );
}

fn zyte(pages: &[Page], o: &Opts) -> String {
    let (mut ours, mut ds, mut ours_s) = (Tally::default(), Tally::default(), Tally::default());
    let body = [
        BlockType::Paragraph,
        BlockType::Heading,
        BlockType::Quote,
        BlockType::List,
        BlockType::Table,
    ];
    let mut rows = String::from(
        "| page | bytes | ours ms | ours P | ours R | ours F1 | dom_smoothie ms | dom_smoothie P \
         | dom_smoothie R | dom_smoothie F1 | ours analysis ms |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    let mut analysis = Vec::new();
    for p in pages {
        let run = time_page(p, o);
        let text = ours_text(&run.ours, &body);
        let with_summary = match &run.ours.summary {
            Some(s) => format!("{s}\n{text}"),
            None => text.clone(),
        };
        let ds_text = run.ds.clone().unwrap_or_default();
        if let Err(e) = &run.ds {
            ds.errors.push(format!("{}: {e}", p.id));
        }
        dump(o, "zyte", &p.id, &text, &ds_text);
        let (po, ro, fo) = ours.add([run.ours_ms, run.ours_parse_ms], &text, &p.truth);
        let (pd, rd, fd) = ds.add([run.ds_ms, run.ds_parse_ms], &ds_text, &p.truth);
        ours_s.add([run.ours_ms, run.ours_parse_ms], &with_summary, &p.truth);
        let _ = writeln!(
            rows,
            "| {} | {} | {:.2} | {po:.3} | {ro:.3} | {fo:.3} | {:.2} | {pd:.3} | {rd:.3} | {fd:.3} | {:.2} |",
            &p.id[..p.id.len().min(12)],
            p.html.len(),
            run.ours_ms,
            run.ds_ms,
            run.ours_analysis_ms
        );
        analysis.push(run.ours_analysis_ms);
    }
    eprintln!("zyte: {} pages done", pages.len());
    let mut out = String::from(
        "| extractor | F1 | precision | recall | mean page F1 | median page F1 | pages F1 < 0.5 \
         | empty | mean ms | median ms | median parse ms |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    for (name, t) in [
        ("ours (body blocks)", &ours),
        ("ours (+ summary)", &ours_s),
        ("dom_smoothie", &ds),
    ] {
        let (p, r, f) = t.zyte();
        let low = t.f1.iter().filter(|f| **f < 0.5).count();
        let _ = writeln!(
            out,
            "| {name} | **{f:.3}** | {p:.3} | {r:.3} | {:.3} | {:.3} | {low} | {} | {:.2} | {:.2} | {:.2} |",
            mean(&t.f1),
            median(&mut t.f1.clone()),
            t.empty,
            mean(&t.ms),
            median(&mut t.ms.clone()),
            median(&mut t.parse_ms.clone())
        );
    }
    let _ = writeln!(
        out,
        "\nOur quote and entity analysis alone: mean {:.2} ms, median {:.2} ms per page.",
        mean(&analysis),
        median(&mut analysis)
    );
    let _ = writeln!(out, "{}", ratio_line(&ours, &ds));
    errors_line(&mut out, &ours, &ds);
    let _ = write!(out, "\nPer page (id truncated to 12 characters):\n\n{rows}");
    out
}

/// Current peak resident set (`VmHWM`) of this process, in kB.
fn vm_hwm_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Child mode: load every page, then extract each once with one extractor
/// and print the peak-RSS growth that extraction caused.
fn rss_child(which: &str, pages: &[Page], o: &Opts) {
    let before = vm_hwm_kb().unwrap_or(0);
    for p in pages {
        if which == "ours" {
            black_box(run_ours(p));
        } else {
            black_box(run_ds(p, o.ds_text)).ok();
        }
    }
    println!("{before} {}", vm_hwm_kb().unwrap_or(0));
}

/// Peak RSS of each extractor, each in its own child process.
fn memory(o: &Opts) -> Res<String> {
    let exe = std::env::current_exe()?;
    let mode = match o.ds_text {
        TextMode::Raw => "raw",
        _ => "formatted",
    };
    let mut out = String::from(
        "| extractor | peak RSS before extraction (pages loaded) | peak RSS after | growth |\n|---|---:|---:|---:|\n",
    );
    for which in ["ours", "dom_smoothie"] {
        let res = Command::new(&exe)
            .arg("--rss-child")
            .arg(which)
            .arg("--corpus")
            .arg(&o.corpus)
            .arg("--zyte")
            .arg(&o.zyte)
            .args(["--ds-text", mode])
            .output()?;
        let s = String::from_utf8_lossy(&res.stdout);
        let v: Vec<u64> = s
            .split_whitespace()
            .filter_map(|x| x.parse().ok())
            .collect();
        if let [b, a] = v[..] {
            let _ = writeln!(
                out,
                "| {which} | {:.1} MB | {:.1} MB | {:.1} MB |",
                b as f64 / 1024.0,
                a as f64 / 1024.0,
                a.saturating_sub(b) as f64 / 1024.0
            );
        }
    }
    Ok(out)
}

fn load(dir: &Path, what: &str, f: fn(&Path) -> Res<Vec<Page>>) -> Vec<Page> {
    if !dir.is_dir() {
        eprintln!("SKIPPED {what}: no corpus at {}", dir.display());
        return Vec::new();
    }
    f(dir).unwrap_or_else(|e| {
        eprintln!("SKIPPED {what}: {e}");
        Vec::new()
    })
}

fn main() -> Res<()> {
    let o = parse_opts()?;
    let en = load(&o.corpus, "Euronews", euronews_pages);
    let zy = load(&o.zyte, "Zyte", zyte_pages);
    if let Some(which) = &o.rss_child {
        let all: Vec<Page> = en.into_iter().chain(zy).collect();
        rss_child(which, &all, &o);
        return Ok(());
    }
    println!(
        "Benchmark: {} warm-up + {} timed iterations per page, median; dom_smoothie text mode {:?}; \
         {} build.\n",
        o.warmup,
        o.iters,
        o.ds_text,
        if cfg!(debug_assertions) {
            "DEBUG (numbers meaningless: use --release)"
        } else {
            "optimized"
        }
    );
    if !en.is_empty() {
        println!(
            "## Euronews ({} article pages, {})\n",
            en.len(),
            o.corpus.display()
        );
        println!("{}", euronews(&en, &o));
    }
    if !zy.is_empty() {
        println!(
            "## Zyte article-extraction benchmark ({} pages, {})\n",
            zy.len(),
            o.zyte.display()
        );
        println!("{}", zyte(&zy, &o));
    }
    if o.mem {
        println!("## Memory (rough: peak RSS of a child process extracting every page once)\n");
        println!("{}", memory(&o)?);
    }
    Ok(())
}
