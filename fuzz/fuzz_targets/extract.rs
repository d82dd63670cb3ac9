//! Fuzz `extract` and `plan` on raw bytes (lossily decoded, as the CLI and the
//! extension hand pages to the core), with and without a Euronews address so
//! both the Euronews prescan path and the generic path run; the checks are in
//! `src/lib.rs` (determinism, offsets, http(s)-only URLs).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    euronews_reader_fuzz::check_page(&String::from_utf8_lossy(data));
});
