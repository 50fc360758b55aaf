use veiviser::content::Kind;
use veiviser::route::Route;

#[test]
fn every_page_has_its_path() {
    let table = [
        ("/uk/", Route::Home),
        ("/uk", Route::Home),
        ("/ru/about", Route::About),
        ("/en/accessibility", Route::Accessibility),
        ("/nb/progress", Route::Progress),
        ("/uk/settings", Route::Settings),
        ("/uk/questions", Route::Questions),
        ("/uk/search", Route::Search),
        ("/uk/phrases", Route::Phrases),
        ("/uk/share", Route::Share),
        ("/uk/share/sheet", Route::ShareSheet),
        ("/en/share/poster/", Route::Poster),
        ("/nb/changes", Route::Changes),
        ("/uk/share/other", Route::NotFound),
        (
            "/uk/step/tb-test",
            Route::Article(Kind::Step, "tb-test".into()),
        ),
        (
            "/en/topic/return",
            Route::Article(Kind::Topic, "return".into()),
        ),
    ];
    for (path, route) in table {
        assert_eq!(Route::of_path(path), route, "{path}");
    }
}

#[test]
fn a_trailing_slash_changes_nothing() {
    assert_eq!(Route::of_path("/uk/about/"), Route::About);
    assert_eq!(
        Route::of_path("/uk/step/eid/"),
        Route::Article(Kind::Step, "eid".into())
    );
}

#[test]
fn anything_else_is_not_found() {
    for path in [
        "/uk/nope",
        "/uk/step",
        "/uk/step/",
        "/uk/step/eid/more",
        "/uk/page/eid",
        "/uk/about/more",
        "/uk/ABOUT",
    ] {
        assert_eq!(Route::of_path(path), Route::NotFound, "{path}");
    }
}

#[test]
fn an_unknown_article_id_still_reaches_the_article_page() {
    assert_eq!(
        Route::of_path("/uk/step/no-such-step"),
        Route::Article(Kind::Step, "no-such-step".into())
    );
}

#[test]
fn every_tab_marks_its_own_pages_and_nothing_else() {
    use veiviser::route::Tab;
    for tab in Tab::ALL {
        assert_eq!(
            Route::of_path(&format!("/uk/{}", tab.path())).tab(),
            Some(tab)
        );
    }
    assert_eq!(Route::of_path("/nb/step/eid").tab(), Some(Tab::Journey));
    assert_eq!(Route::of_path("/nb/topic/help").tab(), Some(Tab::Journey));
    assert_eq!(Route::of_path("/ru/questions").tab(), Some(Tab::Checklist));
    for path in [
        "/en/about",
        "/en/settings",
        "/en/share",
        "/en/accessibility",
        "/en/nope",
    ] {
        assert_eq!(Route::of_path(path).tab(), None, "{path}");
    }
}
