//! Search ranking against a table of real queries: typos, Cyrillic, Latin transliteration,
//! official names in any script, and the other-languages fallback.

use std::sync::OnceLock;
use veiviser::lang::Lang;
use veiviser::search::{self, DocKind, Index};

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(search::build)
}

fn top(query: &str, lang: Lang, n: usize) -> Vec<&'static str> {
    index()
        .search(query, lang, false, n)
        .into_iter()
        .map(|h| h.id)
        .collect()
}

#[track_caller]
fn expect(query: &str, lang: Lang, id: &str, within: usize) {
    let hits = top(query, lang, within);
    assert!(
        hits.contains(&id),
        "{query:?} in {}: expected {id} in the top {within}, got {hits:?}",
        lang.code()
    );
}

#[test]
fn exact_words_in_each_language() {
    expect("туберкульоз", Lang::Uk, "tb-test", 1);
    expect("туберкулёз", Lang::Ru, "tb-test", 1);
    expect("tuberculosis", Lang::En, "tb-test", 1);
    expect("tuberkulosetest", Lang::Nb, "tb-test", 1);
    expect("oppholdskort", Lang::Nb, "residence-card", 1);
    expect("bosetting", Lang::Nb, "settlement", 1);
    expect("поселення", Lang::Uk, "settlement", 1);
    expect("расселение", Lang::Ru, "settlement", 1);
}

#[test]
fn typos_are_tolerated() {
    expect("tuberculosys", Lang::En, "tb-test", 1);
    expect("residense card", Lang::En, "residence-card", 1);
    expect("туберкулез", Lang::Uk, "tb-test", 1);
    expect("oppholdskortet", Lang::Nb, "residence-card", 2);
    expect(
        "introduksjonsprogramet",
        Lang::Nb,
        "introduction-programme",
        2,
    );
}

#[test]
fn latin_transliteration_finds_cyrillic_text() {
    expect("poselennya", Lang::Uk, "settlement", 1);
    expect("rasselenie", Lang::Ru, "settlement", 1);
    expect("tuberkuloz", Lang::Uk, "tb-test", 1);
    expect("d-nomer", Lang::Uk, "d-number", 2);
}

#[test]
fn official_names_in_any_script() {
    expect("Buypass", Lang::Uk, "eid", 1);
    expect("байпас", Lang::Uk, "eid", 1);
    expect("BankID", Lang::Ru, "eid", 2);
    expect("банкайди", Lang::Ru, "eid", 2);
    expect("IMDi", Lang::En, "settlement", 2);
    expect("імді", Lang::Uk, "settlement", 2);
    assert!(
        top("UDI", Lang::Nb, 20).len() >= 5,
        "UDI is named on many pages"
    );
    assert_eq!(
        top("уді", Lang::Uk, 20),
        top("UDI", Lang::Uk, 20),
        "either script finds the same pages"
    );
    expect("NAV", Lang::En, "return", 3);
}

#[test]
fn phrase_cards_are_found() {
    let hits = index().search("activation code", Lang::En, false, 3);
    assert!(
        hits.iter()
            .any(|h| h.kind == DocKind::Phrase && h.id == "activation_code"),
        "{hits:?}"
    );
    let hits = index().search("aktiveringskoden", Lang::Uk, false, 5);
    assert!(
        hits.iter().any(|h| h.id == "activation_code"),
        "the Norwegian side is searchable too"
    );
}

#[test]
fn other_languages_when_nothing_matches() {
    assert!(top("bosettingsdatoen", Lang::En, 5).is_empty());
    let other = index().search("bosettingsdatoen", Lang::En, true, 5);
    let first = other.first().expect("found in another language");
    assert_ne!(first.lang, Lang::En);
    assert!(other.iter().any(|h| h.id == "settlement"), "{other:?}");
}

#[test]
fn snippets_mark_the_match_in_the_original_text() {
    let hit = index().search("fingerprints", Lang::En, false, 1).remove(0);
    let s = hit.snippet.expect("a body match has a snippet");
    assert_eq!(s.mark, "fingerprints");
    let hit = index().search("vidbytky", Lang::Uk, false, 1).remove(0);
    assert!(
        hit.snippet
            .unwrap()
            .mark
            .to_lowercase()
            .starts_with("відбит")
    );
}

#[test]
fn nonsense_and_empty_queries_find_nothing() {
    assert!(top("", Lang::Uk, 5).is_empty());
    assert!(top("   !!! ", Lang::Uk, 5).is_empty());
    assert!(top("qqqqzzzz", Lang::En, 5).is_empty());
}
