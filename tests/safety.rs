//! Source-level guarantees: no content string ever reaches the DOM as HTML.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

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
