//! Checks shared by the fuzz targets: for one page under three addresses
//! (none, a Euronews article, another site), `extract` gives the same output
//! twice, every quote and entity offset falls inside its block and points at
//! the quoted words, and `plan` does not panic.

/// The addresses each input is extracted under.
pub const ADDRESSES: [Option<&str>; 3] = [
    None,
    Some("https://www.euronews.com/2025/01/01/x"),
    Some("https://news.example.org/a/b-c-d"),
];

/// Run every check on `html`; panics (the fuzzer's crash) when one fails.
pub fn check_page(html: &str) {
    for url in ADDRESSES {
        let a = euronews_reader::extract(html, url);
        assert_eq!(a, euronews_reader::extract(html, url), "not deterministic");
        let block = |i: usize| -> Vec<char> {
            a.blocks
                .get(i)
                .and_then(|b| b.text.as_deref())
                .unwrap_or("")
                .chars()
                .collect()
        };
        for q in &a.quotes {
            let text = q.block.map(block).unwrap_or_default();
            let words: Option<String> = text.get(q.start..q.end).map(|s| s.iter().collect());
            assert!(q.start < q.end, "empty quote");
            assert_eq!(words.as_deref(), Some(q.text.as_str()), "quote offsets");
        }
        for e in &a.entities {
            assert_eq!(e.spans.len(), e.blocks.len(), "entity spans and blocks");
            for (s, b) in e.spans.iter().zip(&e.blocks) {
                assert!(
                    s[0] < s[1] && s[1] <= block(*b).len(),
                    "entity span outside the block"
                );
            }
        }
        for u in a.blocks.iter().flat_map(|b| [&b.src, &b.href]).flatten() {
            assert!(
                u.starts_with("https://") || u.starts_with("http://"),
                "non-http(s) URL {u}"
            );
        }
        let _ = euronews_reader::plan(html, url);
    }
}
