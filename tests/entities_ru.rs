//! Russian entity rules on hand-written sentences: names with lower-case
//! words inside, inflected given names and places, sentence subjects.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use euronews_reader::entities::find;
use euronews_reader::model::{Entity, EntityType};

fn kind_of(es: &[Entity], name: &str) -> Option<EntityType> {
    es.iter().find(|e| e.name == name).map(|e| e.kind)
}

/// Every word of `words` is found with type `want` (`None`: not an entity).
fn expect(es: &[Entity], words: &[&str], want: Option<EntityType>) {
    for w in words {
        assert_eq!(kind_of(es, w), want, "{w}: {:?}", names(es));
    }
}

fn names(es: &[Entity]) -> Vec<String> {
    es.iter()
        .map(|e| format!("{:?} {}", e.kind, e.name))
        .collect()
}

fn ru(text: &str) -> Vec<Entity> {
    find(&[text], "ru", &[])
}

#[test]
fn empires_kingdoms_and_principalities_are_organisations() {
    let es = ru("Послы Австрийской империи и Неаполитанского королевства прибыли ко двору.");
    expect(
        &es,
        &["Австрийской империи", "Неаполитанского королевства"],
        Some(EntityType::Organization),
    );
}

#[test]
fn a_sentence_opening_word_stays_out_of_a_name_with_lower_case_words() {
    let es = ru("Члены Королевского общества любителей птиц собрались в Лондоне.");
    expect(
        &es,
        &["Королевского общества любителей птиц"],
        Some(EntityType::Organization),
    );
    let es = ru("Море Курильских островов стало его названием.");
    expect(&es, &["Море Курильских островов"], Some(EntityType::Place));
}

#[test]
fn inflected_given_names_open_a_person_name_even_before_a_place() {
    let es = ru("Экспедиция, снаряженная Христофором Колумбом, отплыла на запад.");
    expect(&es, &["Христофором Колумбом"], Some(EntityType::Person));
    let es = ru("Наш корреспондент поговорил с Андреем Смоленском о погоде.");
    expect(&es, &["Андреем Смоленском"], Some(EntityType::Person));
}
