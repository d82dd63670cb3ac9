//! Fuzz `extract` and `plan` on raw bytes (lossily decoded, as the CLI and the
//! extension hand pages to the core), with and without a Euronews address so
//! both the Euronews prescan path and the generic path run. Properties checked
//! beyond "no panic": the same input gives the same output, and every quote
//! and entity offset falls inside its block.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    for url in [
        None,
        Some("https://www.euronews.com/2025/01/01/x"),
        Some("https://news.example.org/a/b-c-d"),
    ] {
        let a = euronews_reader::extract(&html, url);
        assert_eq!(a, euronews_reader::extract(&html, url), "not deterministic");
        for q in &a.quotes {
            let block = q
                .block
                .and_then(|b| a.blocks.get(b))
                .and_then(|b| b.text.as_deref())
                .unwrap_or("");
            assert!(
                q.start < q.end && q.end <= block.chars().count(),
                "quote offsets outside the block"
            );
        }
        for e in &a.entities {
            for (s, b) in e.spans.iter().zip(&e.blocks) {
                let block = a
                    .blocks
                    .get(*b)
                    .and_then(|b| b.text.as_deref())
                    .unwrap_or("");
                assert!(
                    s[0] < s[1] && s[1] <= block.chars().count(),
                    "entity span outside the block"
                );
            }
        }
        let _ = euronews_reader::plan(&html, url);
    }
});
