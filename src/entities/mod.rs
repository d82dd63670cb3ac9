//! Named entities: people, organisations, places. (Being written; see issue 4.)

use crate::model::Entity;

/// Find the entities of `paragraphs` (article order) written in `lang`;
/// `tags` are the page's own topic tags (empty for plain text). Each entity
/// lists every mention in `spans` with, in `blocks`, the paragraph index of
/// each span; offsets are Unicode scalar values into that paragraph.
#[must_use]
pub fn find(paragraphs: &[&str], lang: &str, tags: &[String]) -> Vec<Entity> {
    let _ = (paragraphs, lang, tags);
    Vec::new()
}
