//! Hand-written sentences per language (our own text, not gold data):
//! each attribution form the module reads, with speaker and role.

use super::find;

/// `(speaker, role, text)` of every quote found, its offsets checked.
pub(super) fn run(paras: &[&str], lang: &str) -> Vec<(Option<String>, Option<String>, String)> {
    let out = find(paras, lang);
    for q in &out {
        let p = paras[q.block.unwrap_or(0)];
        let words: String = p.chars().skip(q.start).take(q.end - q.start).collect();
        assert_eq!(words, q.text, "offsets");
    }
    out.into_iter()
        .map(|q| (q.speaker, q.role, q.text))
        .collect()
}

/// The speaker of every quote found, in order ("" when none).
pub(super) fn speakers(paras: &[&str], lang: &str) -> Vec<String> {
    run(paras, lang)
        .into_iter()
        .map(|(s, _, _)| s.unwrap_or_default())
        .collect()
}

#[test]
fn english_forms() {
    let p = [
        "Maria Lopez, the city's mayor, opened the bridge on Tuesday.",
        "\u{201c}This bridge joins two halves of our town,\u{201d} Lopez said.",
        "\u{201c}We waited ten years for it,\u{201d} she added. \u{201c}Now we can walk across.\u{201d}",
        "According to Tom Baker, a local engineer, the steel came from Sweden.",
        "Baker said: \"It will stand for a century.\"",
    ];
    let got = run(&p, "en");
    assert_eq!(got.len(), 4, "{got:?}");
    assert_eq!(got[0].0.as_deref(), Some("Maria Lopez"));
    assert_eq!(got[0].1.as_deref(), Some("city's mayor"));
    assert_eq!(got[1].0.as_deref(), Some("Maria Lopez"));
    assert_eq!(got[2].0.as_deref(), Some("Maria Lopez"));
    assert_eq!(got[3].0.as_deref(), Some("Tom Baker"));
}

#[test]
fn english_inverted_and_partial() {
    let p = ["\u{201c}Prices will fall,\u{201d} said Anna Berg, an analyst at the bank. The minister called the plan \u{201c}a reckless gamble with savings\u{201d} on Monday."];
    let got = run(&p, "en");
    assert_eq!(got[0].0.as_deref(), Some("Anna Berg"));
    assert_eq!(got[0].1.as_deref(), Some("analyst at the bank"));
    assert_eq!(
        got.len(),
        1,
        "no speech verb for the partial quote: {got:?}"
    );
}

#[test]
fn scare_quotes_and_titles_are_not_quotes() {
    let p = ["The so-called \u{201c}green wave\u{201d} reached the film \u{201c}Blue Sky Rising\u{201d} last year."];
    assert!(run(&p, "en").is_empty());
}

#[test]
fn french_forms() {
    let p = [
        "Claire Martin, ministre de la Santé : « Nous ouvrirons trois hôpitaux. »",
        "« Le calendrier est tenu », a-t-elle ajouté.",
        "« Rien n'est décidé », a déclaré le porte-parole du gouvernement.",
    ];
    let got = run(&p, "fr");
    assert_eq!(got[0].0.as_deref(), Some("Claire Martin"));
    assert_eq!(got[0].1.as_deref(), Some("ministre de la Santé"));
    assert_eq!(got[1].0.as_deref(), Some("Claire Martin"));
    assert_eq!(got[2].0.as_deref(), Some("le porte-parole du gouvernement"));
}

#[test]
fn german_forms() {
    let p = [
        "Bundesministerin Petra Hahn stellte den Plan am Montag vor.",
        "„Wir beginnen im Herbst“, sagte Hahn. Dazu erklärte der Sprecher der Stadt: „Die Kosten tragen wir gemeinsam.“",
        "Laut Jonas Weber sei das Projekt »ein großer Schritt«.",
    ];
    let got = run(&p, "de");
    assert_eq!(got[0].0.as_deref(), Some("Petra Hahn"));
    assert_eq!(got[1].0.as_deref(), Some("der Sprecher der Stadt"));
    assert_eq!(got[2].0.as_deref(), Some("Jonas Weber"));
}

#[test]
fn russian_forms() {
    let p = [
        "«Мы продолжим переговоры», — заявил министр иностранных дел Иван Петров.",
        "По словам Анны Соколовой, «решение уже принято».",
        "— Работа идёт по плану, — сказал он.",
    ];
    let got = run(&p, "ru");
    assert_eq!(got[0].0.as_deref(), Some("Иван Петров"));
    assert_eq!(got[0].1.as_deref(), Some("министр иностранных дел"));
    assert_eq!(got[1].0.as_deref(), Some("Анны Соколовой"));
    assert_eq!(got[2].0.as_deref(), Some("Иван Петров"));
}

#[test]
fn basic_languages() {
    let it = ["«Il porto riaprirà domani», ha detto il sindaco Marco Neri."];
    assert_eq!(speakers(&it, "it"), ["Marco Neri"]);
    let es = ["«Las obras terminarán en mayo», dijo la alcaldesa Lucía Gómez."];
    assert_eq!(speakers(&es, "es"), ["Lucía Gómez"]);
    let pt = ["\u{201c}A ponte abre amanhã\u{201d}, disse o ministro João Lima."];
    assert_eq!(speakers(&pt, "pt"), ["João Lima"]);
    let pl = ["„Zaczynamy w czerwcu” – powiedział minister Jan Nowak."];
    assert_eq!(speakers(&pl, "pl"), ["Jan Nowak"]);
    let hu = ["„A híd jövőre elkészül” – mondta Kovács Péter polgármester."];
    assert_eq!(run(&hu, "hu").len(), 1);
    let tr = ["Bakan Ali Demir, \u{201c}Köprü yarın açılacak\u{201d} dedi."];
    assert_eq!(speakers(&tr, "tr"), ["Ali Demir"]);
    let el = ["«Η γέφυρα ανοίγει αύριο», δήλωσε ο Νίκος Παππάς."];
    assert_eq!(speakers(&el, "el"), ["Νίκος Παππάς"]);
    let ar = ["وقال الوزير: «سيفتح الجسر غدا»."];
    assert_eq!(run(&ar, "ar").len(), 1);
    let fa = ["وزیر گفت: «پل فردا باز می‌شود»."];
    assert_eq!(run(&fa, "fa").len(), 1);
}

#[test]
fn quote_running_over_paragraphs_keeps_its_speaker() {
    let p = [
        "Paul Stone said: \u{201c}The first part of the plan is done.",
        "\u{201c}The second part starts next year.\u{201d}",
    ];
    let got = run(&p, "en");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|q| q.0.as_deref() == Some("Paul Stone")));
}

#[test]
fn hostile_input_stays_fast_and_safe() {
    let marks = "\u{201c}\"«„‚‘’»".repeat(20_000);
    let long = "He said: \u{201c}".to_string() + &"word ".repeat(50_000);
    let start = std::time::Instant::now();
    let _ = find(&[marks.as_str(), long.as_str(), "", "\u{201d}"], "en");
    let _ = find(&["\u{feff}\u{200c}—", "- - -"], "ru");
    assert!(start.elapsed().as_secs() < 5);
}

#[test]
fn pronoun_prefers_the_subject() {
    // The man named inside a prepositional phrase is not the antecedent,
    // nor is a country that "said" something.
    let p = [
        "Governor Tom Baker walked past the statue of Abraham Lincoln on Monday.",
        "North Korea said it would test again.",
        "\u{201c}We will not be moved,\u{201d} he said.",
    ];
    assert_eq!(speakers(&p, "en"), ["Tom Baker"]);
}

#[test]
fn german_quoting_forms() {
    let p = [
        "Die Zeitung zitiert den Minister Hans Krüger mit den Worten: \u{201e}Wir bleiben.\u{201c}",
        "Der Zeitung sagte Anna Schmidt: \u{201e}Das ist gut.\u{201c}",
        "Die Polizei in Berlin schloss sich dem mit den Worten an: \u{201e}Das reicht nicht.\u{201c}",
    ];
    assert_eq!(
        speakers(&p, "de"),
        ["Hans Krüger", "Anna Schmidt", "Die Polizei"]
    );
}

#[test]
fn nested_quote_keeps_the_outer_attribution() {
    let p = ["\u{201c}They heard \u{2018}vote for us\u{2019} too often,\u{201d} said Nora Quist."];
    let got = run(&p, "en");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0.as_deref(), Some("Nora Quist"));
}

#[test]
fn stray_straight_quote_does_not_swallow_the_next_paragraph() {
    let p = [
        "Olga Berner met the reporter in March.",
        "\"Greta thought the fine was unfair. She paid it anyway.",
        "\u{201c}I never wanted a fight,\u{201d} she said later.",
    ];
    let got = run(&p, "en");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, "I never wanted a fight");
    assert_eq!(got[0].0.as_deref(), Some("Greta"));
}

#[test]
fn english_subject_forms() {
    let p = [
        "\u{201c}The figures were hidden,\u{201d} the report says.",
        "\u{201c}They lied to us,\u{201d} said 9/11 widow Ruth Kellerman.",
        "Pat Dorsey, who runs the shelter, said the city ignored Lena Marx's warning.",
        "\u{201c}Nobody listened,\u{201d} she said.",
    ];
    let got = run(&p, "en");
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0].0.as_deref(), Some("the report"));
    assert_eq!(got[1].0.as_deref(), Some("Ruth Kellerman"));
    assert_eq!(got[1].1.as_deref(), Some("widow"));
    // A unisex first name tells no gender; the subject wins over a name
    // inside the reported clause.
    assert_eq!(got[2].0.as_deref(), Some("Pat Dorsey"));
}

#[test]
fn first_names_and_relatives_are_people() {
    let p = [
        "Jo-Anne Pirelli, a history teacher at the school, described the scene.",
        "\"We ran,\" she said.",
        "Police shot Marcus Vell on Tuesday. Tanisha Vell can be heard on the video.",
        "\"Stop,\" she says.",
    ];
    assert_eq!(speakers(&p, "en"), ["Jo-Anne Pirelli", "Tanisha Vell"]);
}

#[test]
fn quote_ending_a_sentence_begun_before_it() {
    let p = ["Otto Brandl nennt das Projekt \u{201e}ein Vorbild f\u{fc}r alle Gemeinden.\u{201c} Ein Sprecher des Ministeriums sagte, dass es teuer sei."];
    let got = run(&p, "de");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0.as_deref(), Some("Otto Brandl"));
}

#[test]
fn surname_that_is_also_a_first_name_tells_no_gender() {
    let p = [
        "Officers stopped Darnell Grant on Monday. Shaquana Grant filmed them.",
        "\"Leave him alone,\" she says.",
    ];
    assert_eq!(speakers(&p, "en"), ["Shaquana Grant"]);
}

#[test]
fn unknown_names_as_subjects_and_pronoun_chains() {
    let p = [
        "Thura Min Zaw visited the ministry on Monday with Prime Minister Marek Hollis.",
        "\"Trade must grow,\" Hollis said. He called the visit historic.",
        "She has criticised Hollis and Greta Lund, the trade envoy, over the delays.",
        "\"Patience ends,\" she said.",
    ];
    let got = speakers(&p, "en");
    assert_eq!(got, ["Marek Hollis", "Thura Min Zaw"]);
}

#[test]
fn german_inverted_and_document_sources() {
    let p = [
        "\u{201e}Er f\u{fc}hrt mit harter Hand\u{201c}, so beschrieb ihn der Betriebsrat Jonas Kehl.",
        "So hei\u{df}t es in dem Bescheid der Stadt: \u{201e}Die Frist ist abgelaufen.\u{201c}",
        "\u{201e}Nordlicht\u{201c}, so hei\u{df}t ein neues Projekt der Stadtwerke.",
    ];
    let got = run(&p, "de");
    assert_eq!(got.len(), 2, "a name is no quote: {got:?}");
    assert_eq!(got[0].0.as_deref(), Some("Jonas Kehl"));
    assert_eq!(got[1].0.as_deref(), Some("dem Bescheid der Stadt"));
}

#[test]
fn german_sentence_after_a_quote_and_a_lost_space() {
    let p = [
        "Mara Lindqvist leitet das Forum. Sie sagte: \u{201e}Wir bleiben hier.\u{201c} Er nannte das Schreiben \u{201e}eine Zumutung\u{201c} und ging.",
        "Das Boot verschwand.Der Brite Hale kam sp\u{e4}ter. Im Interview erkl\u{e4}rte er: \u{201e}Das Meer war ruhig.\u{201c}",
    ];
    let got = run(&p, "de");
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0].0.as_deref(), Some("Mara Lindqvist"));
    // "Er" opens a new sentence after the quote: not "das Schreiben".
    assert_ne!(got[1].0.as_deref(), Some("das Schreiben"));
    assert_eq!(got[2].0.as_deref(), Some("Hale"));
}

#[test]
fn russian_impersonal_relative_and_prepositional_forms() {
    let p = [
        "Как сообщили в Министерстве образования, \"бюджет будет исполнен\".",
        "Однажды Борис Пастернак удивил гостей фразой, которой назвал свою жизнь: \"Я жил у воды\".",
        "\"Все готово\", - с улыбкой сказал механик.",
    ];
    let got = speakers(&p, "ru");
    assert_eq!(got.len(), 3, "{got:?}");
    // The ministry, not nobody ("образования" is read as its role).
    assert!(got[0].starts_with("Министерстве"), "{got:?}");
    assert_eq!(got[1], "Борис Пастернак");
    assert_eq!(got[2], "механик");
}

#[test]
fn quoted_punctuation_is_not_a_quote() {
    let p =
        ["\u{201c}>\u{201d}, said John Smith. \u{201c}Fine words here,\u{201d} said Anna Smith."];
    let got = run(&p, "en");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, "Fine words here");
}
