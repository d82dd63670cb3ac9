//! Euronews, as data: editions, the three designs seen in the corpus (2020
//! `o-article`, 2024 `c-article-redesign-*`, 2026 `optidigital-*` ad slots)
//! and their clutter. Every rule names a corpus page that needs it.

use crate::clutter::{Action, ClutterKind, Rule};

/// Is this host a Euronews edition (`www`, `fr`, `arabic`, ...)?
#[must_use]
pub fn is_euronews_host(host: &str) -> bool {
    host == "euronews.com" || host.ends_with(".euronews.com")
}

/// Where the page's own article starts, in order of preference: on swipe
/// pages (2024, 2026) neighbouring articles are loaded into other
/// `.swiper-slide`s, so the active slide is taken first.
pub const ARTICLE_ROOTS: &[&str] = &[
    ".swiper-slide-active", // en-2024-sweden-police-leaks, en-2026-venezuela-oil
    ".jsArticleFirst",      // same pages, before the swiper script runs
    "article.o-article-newsy", // 2024/2026 without swiper
    ".o-article",           // fr-2020-nasa-spacex
    "#article-wrapper",     // fr-2020-nasa-spacex
    // Main columns (headline, byline, body; no sidebar): the prescan slices the
    // page down to the narrowest of these inside the chosen root.
    ".o-article-newsy__main", // en-2026-venezuela-oil
    ".o-article__main",       // fr-2020-nasa-spacex
];

/// Swipe slides carry their article's path (en-2024-sweden-police-leaks).
pub const SLIDE_WITH_URL: &str = ".swiper-slide[data-url]";

/// The article body container, inside the article root (all three designs).
pub const CONTENT: &[&str] = &[
    ".c-article-content",
    ".js-article-content",
    ".article__content",
];

/// The headline, inside the article root.
pub const TITLE: &[&str] = &[
    "h1.c-article-redesign-title", // en-2024-sweden-police-leaks
    "h1.c-article-title",          // fr-2020-nasa-spacex
    "h1",
];

/// The standfirst (2024 and 2026 designs; 2020 pages carry it in meta only).
pub const SUMMARY: &[&str] = &[".c-article-summary"]; // fr-2024-article

/// The byline ("By Euronews with Agencies", "Weitere Quellen • AP").
pub const CONTRIBUTORS: &str = ".c-article-contributors"; // de-2026-article

/// The lead image or video poster above the body, with its caption.
pub const LEAD_IMAGE: &str = ".c-article-image-video img, .c-article-media img"; // en-2026-venezuela-oil
/// Caption text of the lead image.
pub const LEAD_CAPTION: &str = ".c-article-caption__text"; // en-2024-sweden-police-leaks
/// Parts of the lead caption that belong to the credit line.
pub const LEAD_CAPTION_SKIP: &[&str] = &[
    "c-article-caption__copyright",
    "c-article-caption__credit",
    "u-color-white",
];
/// Credit of the lead image.
pub const LEAD_CREDIT: &str = ".c-article-caption__credit"; // en-2024-sweden-police-leaks

/// Clutter on Euronews pages. `Remove` rules are deleted from the live page by
/// the content script (ad slots, whose scripts fill them late); `Hide` rules
/// are only hidden by the injected stylesheet. All are skipped by extraction.
pub const CLUTTER: &[Rule] = &[
    // --- ads ---
    Rule::new(".js-adzone", ClutterKind::Ad, Action::Remove, "every design: fr-2020-nasa-spacex #adzone-mpu_1, en-2024 .c-ad__adzone"),
    Rule::new("[id^=\"adzone-\"]", ClutterKind::Ad, Action::Remove, "2020: fr-2020-nasa-spacex #adzone-outstream"),
    Rule::new(".enw-MPU", ClutterKind::Ad, Action::Remove, "2020: fr-2020-nasa-spacex in-body MPU wrapper"),
    Rule::new(".c-ad", ClutterKind::Ad, Action::Remove, "2024/2026: en-2024-sweden-police-leaks slot with its ADVERTISEMENT placeholder"),
    Rule::new(".c-advertising-sticky-floor", ClutterKind::Ad, Action::Remove, "2020/2024: fr-2020-nasa-spacex sticky floor ad"),
    Rule::new("[class*=\"optidigital-\"]", ClutterKind::Ad, Action::Remove, "2026: en-2026-venezuela-oil optidigital-halfpage-1"),
    Rule::new(".base-leaderboard", ClutterKind::Ad, Action::Remove, "2020/2024: fr-2020-nasa-spacex top leaderboard"),
    Rule::new(".c-ad-wallpaper-side, .c-ad-wallpaper-top, .c-ad-leaderboard", ClutterKind::Ad, Action::Remove, "2024/2026: en-2026-venezuela-oil wallpaper ads"),
    Rule::new(".connatix-container, [data-ad-name]", ClutterKind::Ad, Action::Remove, "2026: en-2026-venezuela-oil Connatix outstream player in the body"),
    Rule::new(".advertising", ClutterKind::Ad, Action::Remove, "every design: generic ad container class (fr-2020-nasa-spacex)"),
    // --- share and comment bars ---
    Rule::new(".c-social-share, .js-social-share", ClutterKind::Share, Action::Hide, "fr-2020-nasa-spacex share bar with the copy-embed widget"),
    Rule::new(".c-article-partage-commentaire, .c-article-partage-commentaire-popup, .c-article-partage-commentaire-popup-overlay", ClutterKind::Share, Action::Hide, "en-2024-sweden-police-leaks share/comment bar"),
    Rule::new(".js-sticky-social-widget, .js-footer-social-widget", ClutterKind::Share, Action::Hide, "fr-2020-nasa-spacex sticky share widget"),
    // --- related and most-read lists ---
    Rule::new(".widget--type-related", ClutterKind::Related, Action::Hide, "every design: in-body related list (ar-2020-nasa-spacex, en-2024-sweden-police-leaks)"),
    Rule::new(".c-article-widget__related, .c-article-you-might-also-like", ClutterKind::Related, Action::Hide, "fr-2020-nasa-spacex, en-2026-venezuela-oil 'you might also like'"),
    Rule::new(".c-most-read, .c-most-viewed", ClutterKind::Related, Action::Hide, "en-2024-sweden-police-leaks most read"),
    Rule::new(".tp-article-outbrain, .OUTBRAIN, [data-widget-id^=\"AR_\"]", ClutterKind::Related, Action::Hide, "en-2024-sweden-police-leaks Outbrain slot"),
    Rule::new(".tp-outbrain", ClutterKind::Related, Action::Hide, "en-2026-venezuela-oil Outbrain feed below the article"),
    // --- newsletter boxes ---
    Rule::new("[class*=\"mailmunch\"]", ClutterKind::Newsletter, Action::Hide, "fr-2020-nasa-spacex mailmunch form"),
    // --- comments ---
    Rule::new(".js-vuukle-container, .tp-vuukle, [id^=\"vuukle-\"]", ClutterKind::Comments, Action::Hide, "en-2024-sweden-police-leaks Vuukle comments and newsfeed"),
    // --- sponsored and partner content ---
    Rule::new(".c-block-sponsored-content, .c-splitcard--sponsored, #sponsored-block-articles-listing, .c-card-sponsor", ClutterKind::Sponsored, Action::Hide, "en-2020-home sponsored blocks"),
    // --- overlays that block reading ---
    // Never `[class*=poool]`: the article body itself carries `poool-content` (fr-2024-article).
    Rule::new(".poool-widget, .c-poool-modal, #poool-fullscreen-widget", ClutterKind::Overlay, Action::Hide, "fr-2024-article Poool paywall/engagement widget"),
    Rule::new("#didomi-host, #onetrust-consent-sdk, .qc-cmp2-container, [id^=\"sp_message_container\"]", ClutterKind::Overlay, Action::Hide, "no corpus page: consent managers load after the snapshot; common CMP containers"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom;

    #[test]
    fn every_selector_compiles() {
        for sel in ARTICLE_ROOTS
            .iter()
            .chain(CONTENT)
            .chain(TITLE)
            .chain(SUMMARY)
        {
            assert!(dom::selector(sel).is_some(), "{sel}");
        }
        for sel in [CONTRIBUTORS, LEAD_IMAGE, LEAD_CAPTION, LEAD_CREDIT] {
            assert!(dom::selector(sel).is_some(), "{sel}");
        }
        for rule in CLUTTER {
            assert!(dom::selector(rule.selector).is_some(), "{}", rule.selector);
            assert!(
                crate::selector::SimpleSelector::parse(rule.selector).is_some(),
                "{}",
                rule.selector
            );
            assert!(!rule.why.is_empty());
        }
    }

    #[test]
    fn hosts() {
        assert!(is_euronews_host("arabic.euronews.com"));
        assert!(!is_euronews_host("euronews.com.evil.example"));
    }
}
