//! The only module that touches wasm-bindgen: thin exports over the pure core.
//! Every value crosses as plain JSON-compatible objects so extension messaging
//! (JSON in Chrome) carries them unchanged.

use serde::Serialize;
use wasm_bindgen::prelude::*;

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&serializer)
        .map_err(|e| JsError::new(&format!("serialisation failed: {e}")))
}

fn url_arg(url: &str) -> Option<&str> {
    (!url.is_empty()).then_some(url)
}

/// Extract the article of a page: `html` is the whole document, `url` its
/// address (empty when unknown). Returns an `Article` object.
#[wasm_bindgen]
pub fn extract(html: &str, url: &str) -> Result<JsValue, JsError> {
    to_js(&crate::extract(html, url_arg(url)))
}

/// Plan for the live page: `{article, remove, css}` where `remove` lists the CSS
/// selectors of clutter nodes the content script deletes and `css` hides what
/// loads later. With `analyze` false the article has no quotes or entities
/// yet (the content script's fast path; the popup adds them with `annotate`).
#[wasm_bindgen(js_name = pagePlan)]
pub fn page_plan(html: &str, url: &str, analyze: Option<bool>) -> Result<JsValue, JsError> {
    let opts = crate::Options {
        analyze: analyze.unwrap_or(true),
        ..crate::Options::default()
    };
    to_js(&crate::extract::plan_with(html, url_arg(url), opts))
}

/// Add quotes and entities to an `Article` object produced by `pagePlan`.
#[wasm_bindgen]
pub fn annotate(article: JsValue) -> Result<JsValue, JsError> {
    let mut article: crate::Article = serde_wasm_bindgen::from_value(article)
        .map_err(|e| JsError::new(&format!("not an article: {e}")))?;
    crate::analyze::annotate(&mut article);
    to_js(&article)
}

/// The core's version, for the popup's footer and the tests.
#[wasm_bindgen]
#[must_use]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

fn from_js(article: JsValue) -> Result<crate::Article, JsError> {
    serde_wasm_bindgen::from_value(article)
        .map_err(|e| JsError::new(&format!("not an article: {e}")))
}

/// The reader view of an `Article` object as Markdown (the export).
#[wasm_bindgen]
pub fn markdown(article: JsValue) -> Result<String, JsError> {
    Ok(crate::render::markdown(&from_js(article)?))
}

/// The plain text of an `Article` object (title, summary, prose).
#[wasm_bindgen(js_name = plainText)]
pub fn plain_text(article: JsValue) -> Result<String, JsError> {
    Ok(crate::render::text(&from_js(article)?))
}
