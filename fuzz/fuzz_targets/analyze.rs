//! Fuzz `analyze` (quotes and entities over plain text) in every edition's
//! language: no panic, offsets inside the input.
#![no_main]

use libfuzzer_sys::fuzz_target;

const LANGS: &[&str] = &[
    "en", "fr", "de", "it", "es", "pt", "ru", "tr", "el", "hu", "pl", "ar", "fa", "uk", "xx",
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let lang = LANGS[usize::from(pick) % LANGS.len()];
    let text = String::from_utf8_lossy(rest);
    let n = text.chars().count();
    let out = euronews_reader::analyze::analyze_text(&text, lang);
    for q in &out.quotes {
        assert!(
            q.start < q.end && q.end <= n,
            "quote offsets outside the input"
        );
    }
    for e in &out.entities {
        for s in &e.spans {
            assert!(s[0] < s[1] && s[1] <= n, "entity span outside the input");
        }
    }
});
