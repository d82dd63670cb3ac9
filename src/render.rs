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

/// A link or image destination for `<…>`: the characters that could end it
/// early or escape its end (`<`, `>`, `\`, whitespace) percent-encoded, so a
/// page's URL can never close our link and open one of its own (an image
/// source ending in `>)[x](javascript:…)`).
fn md_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    let mut buf = [0u8; 4];
    for c in url.chars() {
        if matches!(c, '<' | '>' | '\\') || c.is_whitespace() || c.is_control() {
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else {
            out.push(c);
        }
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
                    out.push_str(&format!("![{alt}](<{}>)\n", md_url(src)));
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
                    // The provider comes from the page's URL: escaped like text.
                    let label = md_escape(b.provider.as_deref().unwrap_or("embed"));
                    out.push_str(&format!("[{label}](<{}>)\n\n", md_url(href)));
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

    #[test]
    fn page_urls_cannot_close_markdown_links() {
        let mut a = crate::extract("<html><body></body></html>", None);
        let mut image = Block::new(BlockType::Image);
        image.src = Some("https://i.example/a.jpg>)[x](javascript:alert(1))".into());
        let mut embed = Block::new(BlockType::Embed);
        embed.href = Some("https://x.[y](javascript&colon;alert(1)).example/1".into());
        embed.provider = Some("[y](javascript&colon;alert(1))".into());
        a.blocks = vec![image, embed];
        let md = markdown(&a);
        assert!(
            md.contains("![](<https://i.example/a.jpg%3E)[x](javascript:alert(1))>)"),
            "{md}"
        );
        assert!(
            md.contains("[\\[y\\](javascript&colon;alert(1))](<https://x."),
            "{md}"
        );
    }
}
