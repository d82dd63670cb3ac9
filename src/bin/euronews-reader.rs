//! `euronews-reader`: the native CLI over the same core the extension runs.
//!
//! ```text
//! euronews-reader extract PAGE.html [--url URL] [--format json|text|markdown]
//! euronews-reader extract --batch IN_DIR OUT_DIR [--format json|text|markdown]
//! euronews-reader analyze --lang LANG [TEXT_FILE|-]
//! euronews-reader clutter-css
//! ```
//! Exit status 0 on success, 2 on bad usage or unreadable input.

use euronews_reader::{extract, render, Article};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage: euronews-reader extract PAGE.html [--url URL] [--format json|text|markdown]\n       euronews-reader extract --batch IN_DIR OUT_DIR [--format json|text|markdown]\n       euronews-reader analyze --lang LANG [TEXT_FILE|-]\n       euronews-reader clutter-css";

#[derive(Clone, Copy)]
enum Format {
    Json,
    Text,
    Markdown,
}

impl Format {
    fn parse(s: &str) -> Result<Self, String> {
        match s {
            "json" => Ok(Self::Json),
            "text" => Ok(Self::Text),
            "markdown" | "md" => Ok(Self::Markdown),
            other => Err(format!("unknown format '{other}' (json, text or markdown)")),
        }
    }

    fn ext(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Text => "txt",
            Self::Markdown => "md",
        }
    }

    fn render(self, a: &Article) -> Result<String, String> {
        match self {
            Self::Json => serde_json::to_string_pretty(a)
                .map(|s| s + "\n")
                .map_err(|e| e.to_string()),
            Self::Text => Ok(render::text(a)),
            Self::Markdown => Ok(render::markdown(a)),
        }
    }
}

struct ExtractArgs {
    inputs: Vec<String>,
    url: Option<String>,
    format: Format,
    batch: bool,
}

fn parse_extract(args: &[String]) -> Result<ExtractArgs, String> {
    let mut out = ExtractArgs {
        inputs: Vec::new(),
        url: None,
        format: Format::Json,
        batch: false,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--url" => out.url = Some(it.next().ok_or("--url needs a value")?.clone()),
            "--format" => out.format = Format::parse(it.next().ok_or("--format needs a value")?)?,
            "--batch" => out.batch = true,
            s if s.starts_with("--") => return Err(format!("unknown option '{s}'")),
            s => out.inputs.push(s.to_string()),
        }
    }
    let want = if out.batch { 2 } else { 1 };
    if out.inputs.len() != want {
        return Err(USAGE.to_string());
    }
    Ok(out)
}

fn read_page(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn run_single(a: &ExtractArgs) -> Result<(), String> {
    let html = read_page(Path::new(&a.inputs[0]))?;
    let article = extract(&html, a.url.as_deref());
    print!("{}", a.format.render(&article)?);
    Ok(())
}

fn run_batch(a: &ExtractArgs) -> Result<(), String> {
    let (in_dir, out_dir) = (PathBuf::from(&a.inputs[0]), PathBuf::from(&a.inputs[1]));
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&in_dir)
        .map_err(|e| format!("cannot read {}: {e}", in_dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("html"))
        })
        .collect();
    pages.sort();
    std::fs::create_dir_all(&out_dir)
        .map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
    let mut timings = String::new();
    for page in &pages {
        let name = page
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (ms, bytes, status) = match read_page(page) {
            Ok(html) => {
                let start = Instant::now();
                let article = extract(&html, a.url.as_deref());
                let ms = start.elapsed().as_secs_f64() * 1000.0;
                let out = out_dir.join(format!("{name}.{}", a.format.ext()));
                let status = match a
                    .format
                    .render(&article)
                    .and_then(|s| std::fs::write(&out, s).map_err(|e| e.to_string()))
                {
                    Ok(()) => "ok",
                    Err(_) => "error",
                };
                (ms, html.len(), status)
            }
            Err(_) => (0.0, 0, "error"),
        };
        let _ = writeln!(timings, "{name}\t{ms:.3}\t{bytes}\t{status}");
    }
    let tsv = out_dir.join("timings.tsv");
    std::fs::write(&tsv, timings).map_err(|e| format!("cannot write {}: {e}", tsv.display()))
}

/// `analyze --lang LANG [FILE|-]`: quotes and entities of plain text.
fn run_analyze(args: &[String]) -> Result<(), String> {
    let mut lang = None;
    let mut input = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--lang" => lang = Some(it.next().ok_or("--lang needs a value")?.clone()),
            s if s.starts_with("--") => return Err(format!("unknown option '{s}'")),
            s => input = Some(s.to_string()),
        }
    }
    let lang = lang.ok_or("analyze needs --lang LANG")?;
    let text = match input.as_deref() {
        None | Some("-") => {
            let mut buf = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf)
                .map_err(|e| format!("cannot read stdin: {e}"))?;
            String::from_utf8_lossy(&buf).into_owned()
        }
        Some(path) => read_page(Path::new(path))?,
    };
    let analysis = euronews_reader::analyze::analyze_text(&text, &lang);
    let json = serde_json::to_string_pretty(&analysis).map_err(|e| e.to_string())?;
    println!("{json}");
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("extract") => parse_extract(&args[1..]).and_then(|a| {
            if a.batch {
                run_batch(&a)
            } else {
                run_single(&a)
            }
        }),
        Some("analyze") => run_analyze(&args[1..]),
        Some("clutter-css") => {
            print!("{}", euronews_reader::clutter_css());
            Ok(())
        }
        Some("--help" | "-h") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!(
                "euronews-reader: {}",
                msg.lines().next().unwrap_or_default()
            );
            if msg.starts_with("usage:") {
                eprintln!("{}", msg.lines().skip(1).collect::<Vec<_>>().join("\n"));
            }
            ExitCode::from(2)
        }
    }
}
