//! Structure-aware fuzzing: the fuzzer's bytes pick a tree of elements the
//! Euronews rules and the generic extractor care about (article roots,
//! content columns, quotation widgets, ad slots, figures, tables, scripts),
//! with hostile URLs and text full of quotation marks, names and markup. The
//! rendered page goes through the same checks as the raw-bytes target.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

const TAGS: &[&str] = &[
    "div",
    "p",
    "article",
    "main",
    "section",
    "h1",
    "h2",
    "h3",
    "blockquote",
    "figure",
    "figcaption",
    "ul",
    "li",
    "table",
    "tr",
    "td",
    "span",
    "a",
    "img",
    "script",
    "style",
    "svg",
    "iframe",
    "time",
    "header",
    "footer",
    "aside",
    "template",
    "noscript",
    "br",
];

const CLASSES: &[&str] = &[
    "c-article-content",
    "c-article-redesign",
    "o-article__body",
    "js-article-content",
    "c-article-title",
    "c-article-summary",
    "c-article-byline",
    "c-ad",
    "js-adzone",
    "optidigital-ad",
    "c-social-share",
    "widget widget--type-quotation",
    "widget__quoteText",
    "widget__author",
    "c-most-read",
    "swiper-slide",
    "swiper-slide-active",
    "twitter-tweet",
];

const URLS: &[&str] = &[
    "https://static.euronews.com/a.jpg",
    "/b.jpg",
    "javascript:alert(1)",
    "data:text/html,x",
    "vbscript:x",
    " jav\tascript:x",
    "//cdn.example.org/c.png",
    "https://twitter.com/a/status/1",
];

const WORDS: &[&str] = &[
    "Angela Merkel",
    "said",
    "“",
    "”",
    "„",
    "«",
    "»",
    "\"",
    "—",
    ":",
    ",",
    ".",
    "a déclaré",
    "по словам",
    "Путин",
    "قال",
    "به گفته",
    "&lt;b&gt;",
    "{{x}}",
    "\u{202e}",
    "\u{200b}",
    "NATO",
    "in Paris",
    "the minister",
    "er sagte",
    "selon",
    "laut",
    " ",
    "\n",
    "EU",
];

/// One node of the generated tree.
#[derive(Arbitrary, Debug)]
enum Node {
    Text(Vec<u8>),
    Element {
        tag: u8,
        class: Option<u8>,
        url: Option<u8>,
        kids: Vec<Node>,
    },
}

fn pick<'a>(list: &[&'a str], i: u8) -> &'a str {
    list[usize::from(i) % list.len()]
}

/// Render iteratively-bounded: depth is capped so rendering stays cheap (the
/// raw-bytes target covers deep nesting).
fn render(node: &Node, depth: usize, out: &mut String) {
    match node {
        Node::Text(words) => {
            for &w in words {
                out.push_str(pick(WORDS, w));
                out.push(' ');
            }
        }
        Node::Element {
            tag,
            class,
            url,
            kids,
        } => {
            let tag = pick(TAGS, *tag);
            out.push('<');
            out.push_str(tag);
            if let Some(c) = class {
                out.push_str(&format!(" class=\"{}\"", pick(CLASSES, *c)));
            }
            if let Some(u) = url {
                let attr = if tag == "a" { "href" } else { "src" };
                out.push_str(&format!(" {attr}=\"{}\" data-url=\"/x\"", pick(URLS, *u)));
            }
            out.push('>');
            if depth < 64 {
                for k in kids {
                    render(k, depth + 1, out);
                }
            }
            out.push_str(&format!("</{tag}>"));
        }
    }
}

fuzz_target!(|page: (Vec<Node>, bool)| {
    let (nodes, article) = page;
    let mut html = String::from(
        "<!DOCTYPE html><html lang=\"en\"><head><title>Angela Merkel in Paris</title>\
         <meta property=\"og:type\" content=\"article\"></head><body>",
    );
    if article {
        html.push_str("<article class=\"c-article-redesign\"><div class=\"c-article-content\">");
    }
    for n in &nodes {
        render(n, 0, &mut html);
    }
    html.push_str("</body></html>");
    euronews_reader_fuzz::check_page(&html);
});
