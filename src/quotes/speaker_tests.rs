//! Speaker rules found on the gold sets' error classes, each on a
//! hand-made sentence (our own text, not gold data).

use super::tests::{run, speakers};

#[test]
fn capitalised_role_word_before_apposition_is_a_surname() {
    let p = [
        "Sheriff, a former teacher from Ohio, mocked the bill on Friday, writing, \u{201c}Nobody read it. Shameful.\u{201d}",
        "She then defended the post, saying, \u{201c}I meant every word.\u{201d}",
    ];
    assert_eq!(speakers(&p, "en"), ["Sheriff", "Sheriff"]);
}

#[test]
fn relative_clause_inside_an_apposition_keeps_the_subject() {
    let p = [
        "The bill passed last year.",
        "\u{201c}We were never asked, and we will not forget it,\u{201d} Ann Lee, head of the nurses union, which represents twelve thousand workers, told reporters.",
    ];
    assert_eq!(speakers(&p, "en"), ["Ann Lee"]);
}

#[test]
fn noun_after_a_possessive_is_no_speech_verb() {
    // "Berg's remark" names no speaker: the subject that answered does.
    let p = ["Mr. Holt answered calmly, treating Ms. Berg's remark as a joke: \u{201c}That made my day.\u{201d}"];
    assert_eq!(speakers(&p, "en"), ["Holt"]);
}

#[test]
fn subject_before_a_participle_phrase() {
    let p = ["Marchers walking through the old town chanted \u{201c}What law?\u{201d} until dawn."];
    assert_eq!(speakers(&p, "en"), ["Marchers"]);
}

#[test]
fn dash_set_quote_after_a_name() {
    let p = ["Several mayors backed the plan, including the former governor Paul Reyes -- \"It is the best idea in years\" -- and a local priest."];
    assert_eq!(speakers(&p, "en"), ["Paul Reyes"]);
}

#[test]
fn dash_set_quote_in_a_participle_clause_and_a_later_participle() {
    let p = ["Mr. Holt barely clarified the matter, treating the remark first as a joke -- \"That makes me laugh\" -- and, when pressed after the vote, asserting, \"Of course, I paid for it.\""];
    assert_eq!(speakers(&p, "en"), ["Holt", "Holt"]);
}

#[test]
fn german_nominal_source_phrases() {
    let p = ["Der 52-Jährige gab an, es gehe ihm nur um das Haus. Nach Aussagen der Nachbarin des Angeklagten handelte es sich um \u{201e}einen ganz gewöhnlichen Streit unter Brüdern\u{201c}. Der Mann sei \u{201e}nie laut geworden\u{201c}."];
    assert_eq!(
        speakers(&p, "de"),
        [
            "der Nachbarin des Angeklagten",
            "der Nachbarin des Angeklagten"
        ]
    );
}

#[test]
fn german_auxiliary_before_the_subject() {
    let p = [
        "Vor kurzem war die Entscheidung gefallen, das Werk zu schließen. \u{201e}Wir müssen die Kosten senken\u{201c}, hatte Bahn-Chef Müller in einem Interview erklärt.",
        "\u{201e}Das ist ein guter Tag\u{201c}, hat die Bürgermeisterin am Montag gesagt.",
    ];
    assert_eq!(speakers(&p, "de"), ["Müller", "die Bürgermeisterin"]);
}

#[test]
fn comma_inside_a_closing_inner_quote_is_a_soft_end() {
    let p = ["The film was shown in March.\n\u{201c}They keep calling us \u{2018}troublemakers, nothing more,\u{2019}\u{201d} Rosa Diaz, the director of the Harbor Project and who also appears in the film, told the local paper."];
    assert_eq!(speakers(&p, "en"), ["Rosa Diaz"]);
}

#[test]
fn first_person_narrator_and_possessive_noun() {
    // "I smiled and said": the first verb's subject; "my answer" is a
    // noun, not a speech verb with "change my" as its subject.
    let p = ["Years ago, when my uncle raised the subject at dinner, I smiled and said, \"I don't care about football.\" He looked so hurt that I had to change my answer: \"Of course I care. I was only joking.\""];
    assert_eq!(speakers(&p, "en"), ["I", "I"]);
}

#[test]
fn speech_noun_after_a_and_a_name() {
    // "a Maria Lopez tweet" is a noun phrase, not "a Maria Lopez" tweeting.
    let p = [
        "Ana Ruiz is describing as \u{201c}reckless\u{201d} a Maria Lopez tweet about the harbour.",
    ];
    assert_eq!(speakers(&p, "en"), ["Ana Ruiz"]);
}

#[test]
fn first_person_quote_after_a_sentence_about_an_organisation() {
    let p = [
        "Nach Angaben der Feuerwehr war das Feuer \u{201e}völlig außer Kontrolle\u{201c}.",
        "Umweltpolitik: Die Partei will am Ausbau der Windkraft festhalten. \u{201e}Wir brauchen jedes Windrad, das wir bauen können. Der Klimaschutz duldet keinen Aufschub.\u{201c}",
    ];
    assert_eq!(speakers(&p, "de"), ["der Feuerwehr", "Die Partei"]);
    // Not in the first person, and after a sentence about a thing: the
    // previous speaker continues as before.
    let q = [
        "Nach Angaben der Feuerwehr war das Feuer \u{201e}völlig außer Kontrolle\u{201c}.",
        "Das Feuer griff auf den Wald über. \u{201e}Der Wind drehte mehrmals und trieb die Flammen nach Osten, bis es regnete.\u{201c}",
    ];
    assert_eq!(speakers(&q, "de"), ["der Feuerwehr", "der Feuerwehr"]);
}

#[test]
fn a_verb_phrase_after_a_name_is_no_role() {
    let p = [
        "The minister of health, Anna Berg, will meet the unions to discuss pay on Monday.",
        "Later, the city's mayor, Tom Reed, opened the bridge.",
        "\u{201c}We will listen,\u{201d} said Berg. \u{201c}It is open,\u{201d} said Reed.",
    ];
    let roles: Vec<Option<String>> = run(&p, "en").into_iter().map(|(_, r, _)| r).collect();
    assert_eq!(roles, [None, None]);
}

/// `(speaker, role)` of the one quote of paragraph `p` in German.
fn german(p: &str) -> (Option<String>, Option<String>) {
    let out = run(&[p], "de");
    assert_eq!(out.len(), 1, "{out:?}");
    let (s, r, _) = out.into_iter().next().unwrap();
    (s, r)
}

#[test]
fn german_relative_clause_about_a_document() {
    let said = |s: &str| (Some(s.to_string()), None);
    assert_eq!(
        german("Er verwies auf Berichte der Nachrichtenagenturen, in denen es am Montag auch hieß, die Lage sei „völlig außer Kontrolle“."),
        said("Nachrichtenagenturen")
    );
    assert_eq!(
        german(
            "Die Stadt veröffentlichte eine Erklärung, in der es heißt: „Wir haben alles getan.“"
        ),
        said("eine Erklärung")
    );
    // Past a separable particle ("griff … auf").
    assert_eq!(
        german("Anna Berg sprach. Sie griff damit den Ton vieler Zeitungen auf, in denen es am Montag auch heißt, dass der Plan nur ein „Luftschloss“ sei, das bald zerfalle."),
        said("Zeitungen")
    );
    // "Darin heißt es": the document of the sentence before.
    assert_eq!(
        german("Die Behörde gab am Montag eine kurze Stellungnahme ab. Darin heißt es: „Wir bedauern den Fehler zutiefst.“"),
        said("eine kurze Stellungnahme")
    );
}

#[test]
fn german_relative_pronoun_subject_and_attributive_participle() {
    // The quoted noun is no one's name; the relative clause's antecedent spoke.
    assert_eq!(
        german(
            "Der Kanzler lobte die Pläne der Gewerkschaft, die von einem „großen Schritt“ sprach."
        ),
        (Some("Gewerkschaft".into()), None)
    );
    // "mit einem skandierten „…“": the noun before "mit".
    assert_eq!(
        german("Unterstützt wurde sie von einer Gruppe älterer Männer mit einem lautstark skandierten „Nie wieder Krieg“."),
        (Some("Männer".into()), None)
    );
}

#[test]
fn german_denied_claim_is_its_source_s() {
    assert_eq!(
        german("Die Ministerin Eva Roth hat Berichte der Wochenzeitung Die Post zurückgewiesen, sie sei vom Kanzler „längst ausgewählt“ worden."),
        (Some("Berichte der Wochenzeitung Die Post".into()), None)
    );
    assert_eq!(
        german(
            "Der Minister wies am Montag Meldungen des Senders zurück, er habe „alles gewusst“."
        ),
        (Some("Meldungen des Senders".into()), None)
    );
    // The denier's own word.
    assert_eq!(
        german("Anna Berg wies alle Vorwürfe als „haltlos“ zurück."),
        (Some("Anna Berg".into()), None)
    );
}

#[test]
fn german_subject_after_an_adverb_and_the_verb() {
    let p = [
        "Die Botschafterin Eva Roth sprach im Rat.",
        "Zugleich verteidigte sie die Souveränität des Landes und betonte, „kein Staat sollte Gewalt androhen“.",
    ];
    assert_eq!(speakers(&p, "de"), ["Eva Roth"]);
}

#[test]
fn german_clause_after_a_comma_is_no_apposition() {
    // Twelve words running into a dash are reported speech, not a role.
    let out = run(&["Dagegen warnte der französische Gesandte, jede Verletzung des Rechts durch die fünf ständigen Mitglieder des Rates – darunter die USA – untergrabe „die Grundlagen der Ordnung“."], "de");
    assert_eq!(out.len(), 1);
    let role = out[0].1.clone().unwrap_or_default();
    assert!(!role.contains("Verletzung"), "{out:?}");
}

#[test]
fn german_bare_role_word_opening_a_sentence_is_the_role() {
    let out = run(
        &[
            "Botschafter Samuel Moncada rief den Rat auf, etwas zu tun.",
            "„Das ist falsch“, sagte Moncada.",
        ],
        "de",
    );
    assert_eq!(out[0].0.as_deref(), Some("Samuel Moncada"));
    assert_eq!(out[0].1.as_deref(), Some("Botschafter"));
    let out = run(&["Professorin Anna Weber sagte: „Das reicht nicht.“"], "de");
    assert_eq!(out[0].0.as_deref(), Some("Anna Weber"));
}

#[test]
fn caseless_role_keeps_the_organisation_it_names() {
    let out = run(
        &["وقال رئيس الناسا جيم برايدنستاين، خلال مؤتمر صحافي: \"كل شيء جاهز\"."],
        "ar",
    );
    assert_eq!(out[0].0.as_deref(), Some("جيم برايدنستاين"));
    assert_eq!(out[0].1.as_deref(), Some("رئيس الناسا"));
    // A name with the article stays whole after a role word alone.
    let out = run(&["وقال الرئيس بشار الأسد: \"كل شيء جاهز\"."], "ar");
    assert_eq!(out[0].0.as_deref(), Some("بشار الأسد"));
}

#[test]
fn attribution_between_dashes_inside_the_quotation_marks() {
    let p = ["Ora sono pronti. \"Nessuno ci obbliga a fare test ogni giorno - spiega Doug Hurley - Siamo stati testati due volte.\""];
    assert_eq!(speakers(&p, "it"), ["Doug Hurley"]);
    let p = ["«Estamos listos – dijo la ministra Ana Ruiz – y saldremos mañana»."];
    assert_eq!(speakers(&p, "es"), ["Ana Ruiz"]);
}
