use veiviser::lang::{Lang, PathLang, detect, resolve_path, with_lang};

#[test]
fn stored_choice_wins_over_browser() {
    assert_eq!(detect(Some("ru"), &["en-US", "uk"]), Lang::Ru);
}

#[test]
fn unknown_stored_value_is_ignored() {
    assert_eq!(detect(Some("de"), &["en-GB"]), Lang::En);
    assert_eq!(detect(Some(""), &["nb"]), Lang::Nb);
}

#[test]
fn browser_languages_are_taken_in_order() {
    assert_eq!(detect(None, &["de-DE", "ru-RU", "uk"]), Lang::Ru);
    assert_eq!(detect(None, &["uk-UA"]), Lang::Uk);
    assert_eq!(detect(None, &["EN"]), Lang::En);
}

#[test]
fn every_norwegian_tag_maps_to_bokmal() {
    for tag in ["nb", "nb-NO", "nn", "nn-NO", "no", "no-NO", "nb_NO"] {
        assert_eq!(detect(None, &[tag]), Lang::Nb, "{tag}");
    }
}

#[test]
fn nothing_known_falls_back_to_ukrainian() {
    let none: [&str; 0] = [];
    assert_eq!(detect(None, &none), Lang::Uk);
    assert_eq!(detect(None, &["de", "fr-FR", ""]), Lang::Uk);
}

#[test]
fn known_prefix_is_accepted() {
    assert_eq!(resolve_path("/uk/", Lang::En), PathLang::Ok(Lang::Uk));
    assert_eq!(resolve_path("/nb/about", Lang::En), PathLang::Ok(Lang::Nb));
    assert_eq!(resolve_path("/ru", Lang::En), PathLang::Ok(Lang::Ru));
}

#[test]
fn unknown_prefix_keeps_the_rest_of_the_path() {
    let r = |p| resolve_path(p, Lang::Ru);
    assert_eq!(r("/de/about"), PathLang::Redirect("/ru/about".into()));
    assert_eq!(
        r("/xx/step/tb-test"),
        PathLang::Redirect("/ru/step/tb-test".into())
    );
    assert_eq!(r("/de"), PathLang::Redirect("/ru/".into()));
}

#[test]
fn a_tag_we_can_read_maps_to_its_language() {
    let r = |p| resolve_path(p, Lang::Uk);
    assert_eq!(r("/en-US/about"), PathLang::Redirect("/en/about".into()));
    assert_eq!(r("/no/about"), PathLang::Redirect("/nb/about".into()));
    assert_eq!(r("/UK/"), PathLang::Redirect("/uk/".into()));
}

#[test]
fn a_path_without_prefix_gets_one() {
    let r = |p| resolve_path(p, Lang::En);
    assert_eq!(r("/about"), PathLang::Redirect("/en/about".into()));
    assert_eq!(
        r("/step/registration"),
        PathLang::Redirect("/en/step/registration".into())
    );
    assert_eq!(r("/"), PathLang::Redirect("/en/".into()));
}

#[test]
fn switching_language_keeps_the_page() {
    assert_eq!(with_lang("/uk/about", Lang::Nb), "/nb/about");
    assert_eq!(with_lang("/uk/", Lang::Ru), "/ru/");
    assert_eq!(with_lang("/uk", Lang::En), "/en/");
    assert_eq!(
        with_lang("/uk/step/d-number", Lang::En),
        "/en/step/d-number"
    );
}

#[test]
fn codes_round_trip_and_endonyms_are_native() {
    for l in Lang::ALL {
        assert_eq!(Lang::from_code(l.code()), Some(l));
    }
    assert_eq!(Lang::Uk.endonym(), "Українська");
    assert_eq!(Lang::Nb.endonym(), "Norsk bokmål");
}
