//! Plain-text and Markdown forms of an [`Article`], as the CLI prints them
//! (`--format text|markdown`, see `../shared/contract/README.md`).

use crate::model::{Article, BlockType};

/// Title, summary and prose blocks (paragraphs, headings, quotations) in
/// reading order, one blank line apart; captions and clutter excluded.
#[must_use]
pub fn text(a: &Article) -> String {
    let mut parts: Vec<&str> = Vec::new();
    parts.extend(a.title.as_deref());
    parts.extend(a.summary.as_deref());
    for b in &a.blocks {
        if matches!(
            b.kind,
            BlockType::Paragraph | BlockType::Heading | BlockType::Quote
        ) {
            parts.extend(b.text.as_deref());
        }
    }
    let mut out = parts.join("\n\n");
    out.push('\n');
    out
}

/// Escape characters Markdown would read as markup at the start of a line or inline.
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>')
            || (i == 0 && matches!(c, '#' | '-' | '+'))
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The reader view as Markdown.
#[must_use]
pub fn markdown(a: &Article) -> String {
    let mut out = String::new();
    if let Some(t) = &a.title {
        out.push_str(&format!("# {}\n\n", md_escape(t)));
    }
    let mut byline: Vec<String> = a.authors.clone();
    byline.extend(a.agencies.iter().cloned());
    let mut meta = Vec::new();
    if !byline.is_empty() {
        meta.push(byline.join(", "));
    }
    if let Some(p) = &a.published {
        meta.push(p.clone());
    }
    if !meta.is_empty() {
        out.push_str(&format!("*{}*\n\n", md_escape(&meta.join(" · "))));
    }
    if let Some(s) = &a.summary {
        out.push_str(&format!("**{}**\n\n", md_escape(s)));
    }
    for b in &a.blocks {
        let text = b.text.as_deref().map(md_escape).unwrap_or_default();
        match b.kind {
            BlockType::Paragraph => out.push_str(&format!("{text}\n\n")),
            BlockType::Heading => {
                let hashes = "#".repeat(usize::from(b.level.unwrap_or(2)));
                out.push_str(&format!("{hashes} {text}\n\n"));
            }
            BlockType::Quote => {
                out.push_str(&format!("> {text}\n"));
                let who: Vec<&str> = [b.speaker.as_deref(), b.role.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect();
                if !who.is_empty() {
                    out.push_str(&format!(">\n> — {}\n", md_escape(&who.join(", "))));
                }
                out.push('\n');
            }
            BlockType::Image => {
                if let Some(src) = &b.src {
                    let alt = md_escape(b.alt.as_deref().unwrap_or_default());
                    out.push_str(&format!("![{alt}](<{src}>)\n"));
                    let cap: Vec<&str> = [b.caption.as_deref(), b.credit.as_deref()]
                        .into_iter()
                        .flatten()
                        .collect();
                    if !cap.is_empty() {
                        out.push_str(&format!("*{}*\n", md_escape(&cap.join(" — "))));
                    }
                    out.push('\n');
                }
            }
            BlockType::Embed => {
                if let Some(href) = &b.href {
                    let label = b.provider.as_deref().unwrap_or("embed");
                    out.push_str(&format!("[{label}](<{href}>)\n\n"));
                }
            }
            BlockType::List | BlockType::Table => {
                for item in b.items.iter().flatten() {
                    out.push_str(&format!("- {}\n", md_escape(item)));
                }
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Block;

    #[test]
    fn text_and_markdown() {
        let mut a = crate::extract("<html><body></body></html>", None);
        a.title = Some("T".into());
        a.blocks = vec![
            Block::paragraph("*p*".into()),
            Block::heading(3, "H".into()),
        ];
        assert_eq!(text(&a), "T\n\n*p*\n\nH\n");
        let md = markdown(&a);
        assert!(md.starts_with("# T\n\n"));
        assert!(md.contains("\\*p\\*\n\n### H\n"));
    }
}
