//! Source-level guarantees: no content string ever reaches the DOM as HTML, the browser is
//! reached only through `platform/`, and the UI does not reach into `app.rs`.

use crate::layers::rust_files;
use std::path::Path;

#[test]
fn nothing_is_rendered_as_raw_html() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 20);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for needle in [
            "inner_html",
            "innerHTML",
            "outer_html",
            "insert_adjacent_html",
        ] {
            assert!(!text.contains(needle), "{} uses {needle}", file.display());
        }
    }
}

fn files_under(dir: &str) -> Vec<(String, String)> {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), &mut files);
    files
        .into_iter()
        .map(|f| {
            let text = std::fs::read_to_string(&f).unwrap();
            (f.display().to_string(), text)
        })
        .collect()
}

#[test]
fn only_platform_talks_to_the_browser() {
    let files = files_under("src");
    assert!(files.len() > 20);
    for (name, text) in files {
        let allowed = name.contains("/src/platform/") || name.ends_with("/src/main.rs");
        if allowed {
            continue;
        }
        for needle in ["web_sys", "js_sys", "wasm_bindgen", "gloo_storage"] {
            assert!(
                !text.contains(needle),
                "{name} uses {needle}: move it to platform/"
            );
        }
    }
}

#[test]
fn components_and_pages_do_not_reach_into_the_app() {
    let files = [files_under("src/components"), files_under("src/pages")].concat();
    assert!(files.len() > 20);
    for (name, text) in files {
        assert!(
            !text.contains("crate::app"),
            "{name} uses crate::app: get state with use_app_state() or use_checklist()"
        );
    }
}
