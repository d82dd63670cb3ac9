//! Russian entity rules on hand-written sentences: names with lower-case
//! words inside, inflected given names and places, sentence subjects.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use euronews_reader::entities::find;
mod common;

use common::entities::{expect, kind_of, names};
use euronews_reader::model::{Entity, EntityType};

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
}

#[test]
fn inflected_given_names_open_a_person_name_even_before_a_place() {
    let es = ru("Экспедиция, снаряженная Христофором Колумбом, отплыла на запад.");
    expect(&es, &["Христофором Колумбом"], Some(EntityType::Person));
    let es = ru("Наш корреспондент поговорил с Андреем Смоленском о погоде.");
    expect(&es, &["Андреем Смоленском"], Some(EntityType::Person));
}

#[test]
fn soft_adjectives_and_capitalised_nouns_in_russian_names() {
    let es = ru("Мы купили вино на виноградниках Нижней Австрии.");
    expect(&es, &["Нижней Австрии"], Some(EntityType::Place));
    let es = ru("Жалобу рассмотрел Верховный Суд, а позже Генрих Крамер ответил.");
    expect(&es, &["Верховный Суд"], Some(EntityType::Organization));
    expect(&es, &["Генрих Крамер"], Some(EntityType::Person));
}

#[test]
fn a_frequent_word_opening_a_sentence_is_no_given_name() {
    let es = ru("История Зелмарка началась давно.");
    expect(&es, &["История Зелмарка"], None);
}

#[test]
fn a_name_opening_a_sentence_before_a_short_verb_is_a_person() {
    expect(
        &ru("Тальборн был женат дважды."),
        &["Тальборн"],
        Some(EntityType::Person),
    );
    expect(&ru("Сера является важным элементом."), &["Сера"], None);
}

#[test]
fn short_places_in_russian_cases_are_found_by_their_ending() {
    let es = ru("Мы говорили о торговле с Кубой и Лаосом, а также с Азией.");
    expect(&es, &["Кубой", "Лаосом", "Азией"], Some(EntityType::Place));
}

#[test]
fn latin_titles_of_works_in_russian_text_are_no_names() {
    let es = ru("Песня «Down by the Old River» вошла в альбом (Songs of Grey Morning) группы «Stealers Wheel».");
    for w in ["Old River", "River", "Songs", "Grey Morning", "Down"] {
        expect(&es, &[w], None);
    }
    assert!(kind_of(&es, "Stealers Wheel").is_some(), "{:?}", names(&es));
}

#[test]
fn an_ordinary_noun_opening_a_sentence_is_no_name() {
    for text in [
        "Присяга обязывает офицеров служить честно.",
        "Сбор был назначен на утро.",
        "Режиссер сказал, что съемки закончены.",
    ] {
        let es = ru(text);
        assert!(es.is_empty(), "{text}: {:?}", names(&es));
    }
}

#[test]
fn russian_acronyms_of_ordinary_nouns_are_no_organisations() {
    let es = ru("Рост ВВП замедлился, а анализ ДНК показал иное.");
    expect(&es, &["ВВП", "ДНК"], None);
}

#[test]
fn a_quotation_after_a_speech_verb_opens_no_name() {
    let es = ru("Режиссер сказал: «Клоун смешит детей».");
    expect(&es, &["Клоун"], None);
}

#[test]
fn hollywood_and_wall_street_are_places() {
    let es = ru("Кино изменилось, и Голливуд забыл о зрителях, а банкиры ушли с Уолл-стрит.");
    expect(&es, &["Голливуд", "Уолл-стрит"], Some(EntityType::Place));
}

#[test]
fn latin_script_names_in_russian_text_are_organisations_unless_a_given_name_opens_them() {
    let es =
        ru("Основательница сайта Hack Forums закрыла раздел, а группа Sigur Rós выпустила альбом.");
    expect(
        &es,
        &["Hack Forums", "Sigur Rós"],
        Some(EntityType::Organization),
    );
    let es = ru("Новый аромат представил дизайнер Tom Ford в Милане.");
    expect(&es, &["Tom Ford"], Some(EntityType::Person));
}

#[test]
fn a_capitalised_adjective_and_noun_inside_a_sentence_name_a_place() {
    let es = ru("В штате Северная Каролина и у берегов Нижней Калифорнии прошли выборы.");
    expect(
        &es,
        &["Северная Каролина", "Нижней Калифорнии"],
        Some(EntityType::Place),
    );
    let es = ru("Город входит в состав Китайской Народной Республики.");
    expect(
        &es,
        &["Китайской Народной Республики"],
        Some(EntityType::Place),
    );
    let es = ru("Флот не смог высадиться на Британские острова.");
    expect(&es, &["Британские острова"], Some(EntityType::Place));
}

#[test]
fn an_adjective_opening_a_sentence_names_no_place() {
    let es = ru("Трехлетний Саша пошел в детский сад.");
    expect(&es, &["Трехлетний Саша"], None);
    expect(&es, &["Саша"], Some(EntityType::Person));
    let es = ru("Христианские церкви используют вербы вместо пальм.");
    assert!(es.is_empty(), "{:?}", names(&es));
}

#[test]
fn a_capitalised_adjective_of_a_lower_case_noun_is_no_name_alone() {
    let es = ru("Спортсмен выступал на Олимпийских играх во время Тридцатилетней войны.");
    assert!(es.is_empty(), "{:?}", names(&es));
    let es = ru("Яхта пересекла остров в Индийском океане.");
    expect(&es, &["Индийском океане"], Some(EntityType::Place));
    let es = ru("Толстой написал роман о войне.");
    expect(&es, &["Толстой"], Some(EntityType::Person));
}

#[test]
fn an_ordinary_noun_opening_a_sentence_stays_out_of_the_name_after_it() {
    let es = ru("Пианист Михаил Плетнев дал концерт в Казани.");
    expect(&es, &["Михаил Плетнев"], Some(EntityType::Person));
    expect(&es, &["Пианист Михаил Плетнев"], None);
    let es = ru("Фон Бойст оправдал увеличение расходов.");
    expect(&es, &["Фон Бойст"], Some(EntityType::Person));
}

#[test]
fn a_title_before_a_particle_keeps_the_particle_in_the_family_name() {
    let es = ru("Генерал де Валуа был немедленно освобожден от должности.");
    expect(&es, &["де Валуа"], Some(EntityType::Person));
}

#[test]
fn a_lone_unknown_word_in_quotation_marks_is_an_organisation() {
    let es = ru("Акции компании «Зентрикс» выросли, сообщила газета «Ведомости».");
    expect(&es, &["Зентрикс"], Some(EntityType::Organization));
    let es = ru("Фильм «Война и мир» вышел в прокат.");
    expect(&es, &["Война и мир", "Война"], None);
}

#[test]
fn a_surname_frequent_in_the_news_is_no_ordinary_word() {
    // "путин" is among the most frequent Russian words only because Путин is.
    let es = ru("Вчера Путин приехал в Москву, а Медведев остался в Сочи.");
    expect(&es, &["Путин", "Медведев"], Some(EntityType::Person));
}
