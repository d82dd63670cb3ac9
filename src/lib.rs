//! euronews-reader core: `extract(html, url) -> Article`, plain Rust with no
//! browser dependency. The wasm glue (`wasm.rs`) and the CLI are thin shells
//! around [`extract`] and [`plan`].

pub mod clutter;
pub mod model;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use clutter::PagePlan;
pub use model::Article;

/// Extract the article of one page. `url` is the page's address when known
/// (the canonical link and og:url are used otherwise). Never fails: a page
/// that is not an article comes back with `kind: not_article`.
#[must_use]
pub fn extract(html: &str, url: Option<&str>) -> Article {
    plan(html, url).article
}

/// Extract the article and decide which clutter the live page should lose.
#[must_use]
pub fn plan(html: &str, url: Option<&str>) -> PagePlan {
    clutter::stub_plan(html, url)
}
