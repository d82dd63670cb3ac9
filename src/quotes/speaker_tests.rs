//! Speaker rules found on the gold sets' error classes, each on a
//! hand-made sentence (our own text, not gold data).

use super::find;

/// The speaker of every quote found, in order.
fn speakers(paras: &[&str], lang: &str) -> Vec<String> {
    find(paras, lang)
        .into_iter()
        .map(|q| q.speaker.unwrap_or_default())
        .collect()
}

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
