//! euronews-reader core: `extract(html, url) -> Article`, plain Rust with no
//! browser dependency. Stages: [`dom`] parses, [`meta`] reads metadata,
//! [`sites`] holds Euronews's rules as data, [`body`] builds blocks,
//! [`generic`] handles designs we have never seen, [`clutter`] decides what
//! the live page loses, [`render`] prints text and Markdown. The wasm glue
//! (`wasm.rs`) and the CLI are thin shells around [`extract`] and [`plan`].
#![forbid(unsafe_code)]

pub mod analyze;
pub mod body;
pub mod byline;
pub mod clutter;
pub mod dom;
pub mod entities;
pub mod extract;
pub mod generic;
pub mod guard;
pub mod locale;
pub mod meta;
pub mod metric;
pub mod model;
pub mod quotes;
pub mod render;
pub mod selector;
pub mod sites;
mod tags;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use clutter::PagePlan;
pub use model::Article;

/// Extract the article of one page. `url` is the page's address when known
/// (the canonical link and og:url are used otherwise). Never fails: a page
/// that is not an article comes back with `kind: not_article`.
#[must_use]
pub fn extract(html: &str, url: Option<&str>) -> Article {
    extract::plan(html, url).article
}

pub use extract::Options;

/// [`extract`] with options (for example without quotes and entities).
#[must_use]
pub fn extract_with(html: &str, url: Option<&str>, opts: Options) -> Article {
    extract::plan_with(html, url, opts).article
}

/// Extract the article and decide which clutter the live page should lose.
#[must_use]
pub fn plan(html: &str, url: Option<&str>) -> PagePlan {
    extract::plan(html, url)
}

/// The stylesheet hiding Euronews clutter, for the extension's static
/// content-script CSS (written by `build.sh` from `euronews-reader clutter-css`).
#[must_use]
pub fn clutter_css() -> String {
    clutter::stylesheet(sites::euronews::CLUTTER)
}
