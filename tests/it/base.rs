//! The base path: an app path and its document path, both ways, at the root and under a prefix.

use veiviser::base::{BASE, is_valid, join, strip};

#[test]
fn join_and_strip_are_inverse_at_the_root_and_under_a_prefix() {
    for base in ["/", "/veiviser/", "/org/help/veiviser/"] {
        for app in ["/", "/uk/", "/uk/step/eid", "/en/search?q=udi"] {
            let doc = join(base, app);
            assert!(doc.starts_with(base.trim_end_matches('/')), "{doc}");
            assert_eq!(strip(base, &doc), Some(app), "{base} {app}");
        }
    }
    assert_eq!(join("/veiviser/", "/uk/step/eid"), "/veiviser/uk/step/eid");
    assert_eq!(join("/", "/uk/"), "/uk/");
    assert_eq!(join("/veiviser/", "uk/"), "/veiviser/uk/");
}

#[test]
fn paths_outside_the_base_are_not_the_apps() {
    assert_eq!(strip("/veiviser/", "/veiviser"), Some("/"));
    assert_eq!(strip("/veiviser/", "/veiviserx/uk/"), None);
    assert_eq!(strip("/veiviser/", "/uk/step/eid"), None);
    assert_eq!(strip("/veiviser/", "/"), None);
    assert_eq!(strip("/", "/anything"), Some("/anything"));
}

#[test]
fn only_clean_bases_are_accepted() {
    for ok in ["/", "/veiviser/", "/a/b-c/d_e.f~/"] {
        assert!(is_valid(ok), "{ok}");
    }
    for bad in [
        "",
        "veiviser/",
        "/veiviser",
        "//",
        "/a//b/",
        "/../",
        "/./",
        "/a b/",
        "/a?b/",
        "/æ/",
    ] {
        assert!(!is_valid(bad), "{bad}");
    }
    assert!(is_valid(BASE), "this build's base");
}
