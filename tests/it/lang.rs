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

#[test]
fn plural_forms_follow_cldr_for_whole_numbers() {
    use veiviser::lang::Lang::*;
    // (n, uk/ru form, en/nb form): one = 0, few = 1, many = 2; one = 0, other = 1.
    let cases = [
        (0, 2, 1),
        (1, 0, 0),
        (2, 1, 1),
        (4, 1, 1),
        (5, 2, 1),
        (11, 2, 1),
        (12, 2, 1),
        (14, 2, 1),
        (21, 0, 1),
        (22, 1, 1),
        (25, 2, 1),
        (101, 0, 1),
        (111, 2, 1),
        (112, 2, 1),
    ];
    for (n, slavic, germanic) in cases {
        assert_eq!(Uk.plural_form(n), slavic, "uk {n}");
        assert_eq!(Ru.plural_form(n), slavic, "ru {n}");
        assert_eq!(En.plural_form(n), germanic, "en {n}");
        assert_eq!(Nb.plural_form(n), germanic, "nb {n}");
    }
}

#[test]
fn counts_are_written_with_the_right_plural_in_every_language() {
    use veiviser::lang::Lang::*;
    use veiviser::texts::checklist::{Counted, counted};
    let words = |what, lang, ns: [usize; 5]| ns.map(|n| counted(what, n, lang));
    let ns = [1, 2, 5, 11, 21];
    assert_eq!(
        words(Counted::Checklists, Uk, ns),
        [
            "1 список",
            "2 списки",
            "5 списків",
            "11 списків",
            "21 список"
        ]
    );
    assert_eq!(
        words(Counted::Checklists, Ru, ns),
        [
            "1 список",
            "2 списка",
            "5 списков",
            "11 списков",
            "21 список"
        ]
    );
    assert_eq!(
        words(Counted::Checklists, En, ns),
        [
            "1 checklist",
            "2 checklists",
            "5 checklists",
            "11 checklists",
            "21 checklists"
        ]
    );
    for lang in veiviser::lang::Lang::ALL {
        for what in [Counted::Checklists, Counted::DoneTasks, Counted::Entries] {
            let [one, two, five, eleven, twenty_one] = words(what, lang, ns);
            for (n, s) in [
                (1, &one),
                (2, &two),
                (5, &five),
                (11, &eleven),
                (21, &twenty_one),
            ] {
                assert!(s.starts_with(&format!("{n} ")), "{}: {s}", lang.code());
                assert!(
                    !s.contains('|') && !s.contains("{n}"),
                    "{}: {s}",
                    lang.code()
                );
            }
            assert_ne!(
                one,
                two.replacen('2', "1", 1),
                "{} {what:?}: 1 and 2 alike",
                lang.code()
            );
            if matches!(lang, Uk | Ru) {
                // 21 takes the form of 1, 11 that of 5, and 2 a third one.
                assert_eq!(twenty_one.replacen("21", "1", 1), one, "{}", lang.code());
                assert_eq!(eleven.replacen("11", "5", 1), five, "{}", lang.code());
                assert_ne!(two.replacen('2', "5", 1), five, "{} {what:?}", lang.code());
            }
        }
    }
}
