//! Checks on the entities of hand-written sentences.

use euronews_reader::model::{Entity, EntityType};

/// The type of the entity named `name`, if one is.
pub fn kind_of(es: &[Entity], name: &str) -> Option<EntityType> {
    es.iter().find(|e| e.name == name).map(|e| e.kind)
}

/// Every word of `words` is found with type `want` (`None`: not an entity).
pub fn expect(es: &[Entity], words: &[&str], want: Option<EntityType>) {
    for w in words {
        assert_eq!(kind_of(es, w), want, "{w}: {:?}", names(es));
    }
}

/// "Type name" of every entity, for failure messages.
pub fn names(es: &[Entity]) -> Vec<String> {
    es.iter()
        .map(|e| format!("{:?} {}", e.kind, e.name))
        .collect()
}
