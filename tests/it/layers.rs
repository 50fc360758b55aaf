//! The direction of dependencies between the crate's modules, read from their source: the model
//! (`content`, `checklist`) knows nothing above it, `storage` knows the model, the texts know the
//! model, and only the UI knows the browser's state. A `use` that points the wrong way fails here.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Each module and the modules of this crate it may use. `lib` stands for the crate root's
/// macros (`public_id!`); `tr!` and `tv!` count as `i18n`.
const LAYERS: &[(&str, &[&str])] = &[
    ("base", &[]),
    ("chars", &[]),
    ("date", &[]),
    ("lang", &[]),
    ("build_info", &[]),
    ("content", &["date", "lang", "lib"]),
    ("checklist", &["content", "date", "lang", "lib"]),
    ("storage", &["checklist", "content", "date", "lang"]),
    ("route", &["base", "content", "lang"]),
    ("i18n", &["base", "content", "lang"]),
    (
        "texts",
        &["checklist", "content", "date", "i18n", "lang", "storage"],
    ),
    ("search", &["chars", "content", "lang", "texts"]),
    ("letters", &["chars", "content", "date"]),
    (
        "speech",
        &["chars", "content", "date", "i18n", "lang", "texts"],
    ),
];

/// The UI's layers, by what each may not use: the browser's state (`platform`) is below the
/// components, which are below the pages.
const UI: &[(&str, &[&str])] = &[
    ("platform", &["state", "components", "pages", "app"]),
    ("state", &["components", "pages", "app"]),
    ("components", &["pages", "app"]),
    ("pages", &["app"]),
];

/// Modules that may not mention the UI framework or the browser at all.
const PURE: &[&str] = &[
    "base",
    "chars",
    "date",
    "lang",
    "content",
    "checklist",
    "storage",
    "search",
    "letters",
];

/// Every `.rs` file under `dir`, at any depth (shared with `safety`).
pub fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The source files of a top-level module: `src/<name>.rs` or everything under `src/<name>/`.
fn module_files(name: &str) -> Vec<PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    if src.join(name).is_dir() {
        rust_files(&src.join(name), &mut files);
    } else {
        files.push(src.join(format!("{name}.rs")));
    }
    files
}

fn without_comments(text: &str) -> String {
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The crate's modules a source text refers to: `crate::x`, `crate::{x, y}`, `crate::tr!`.
fn used_modules(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (i, _) in text.match_indices("crate::") {
        let rest = &text[i + "crate::".len()..];
        let names: Vec<&str> = match rest.strip_prefix('{') {
            Some(group) => group.split('}').next().unwrap_or("").split(',').collect(),
            None => vec![rest],
        };
        for name in names {
            let name: String = name
                .trim()
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let module = match name.as_str() {
                "tr" | "tv" => "i18n".to_string(),
                "public_id" => "lib".to_string(),
                _ => name,
            };
            if !module.is_empty() {
                out.insert(module);
            }
        }
    }
    out
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    for (module, allowed) in LAYERS {
        let files = module_files(module);
        assert!(!files.is_empty(), "{module} has no source");
        for file in files {
            let text = without_comments(&std::fs::read_to_string(&file).unwrap());
            for used in used_modules(&text) {
                assert!(
                    used == *module || allowed.contains(&used.as_str()),
                    "{} uses crate::{used}, above {module}",
                    file.display()
                );
            }
        }
    }
}

#[test]
fn the_ui_points_down() {
    for (module, above) in UI {
        for file in module_files(module) {
            let text = without_comments(&std::fs::read_to_string(&file).unwrap());
            for used in used_modules(&text) {
                assert!(
                    !above.contains(&used.as_str()),
                    "{} uses crate::{used}, above {module}",
                    file.display()
                );
            }
        }
    }
}

#[test]
fn the_model_knows_nothing_of_the_ui_or_the_browser() {
    for module in PURE {
        for file in module_files(module) {
            let text = without_comments(&std::fs::read_to_string(&file).unwrap());
            for needle in ["leptos", "web_sys", "js_sys", "wasm_bindgen"] {
                assert!(!text.contains(needle), "{} uses {needle}", file.display());
            }
        }
    }
}

#[test]
fn the_reader_of_use_lines_sees_what_it_must() {
    let used =
        used_modules("use crate::content::journey;\nuse crate::{tr, tv};\ncrate::public_id!(X);");
    let expected: BTreeSet<String> = ["content", "i18n", "lib"].map(String::from).into();
    assert_eq!(used, expected);
    assert!(used_modules("let x = 1; // crate::pages").contains("pages"));
    assert!(!used_modules(&without_comments("let x = 1; // crate::pages")).contains("pages"));
}

/// The crate's top-level modules that sit outside the layers above: the root, the entry point,
/// the router and the maintainers' tool.
const OUTSIDE: &[&str] = &["lib", "main", "app", "bin"];

#[test]
fn every_module_has_a_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in std::fs::read_dir(&src).unwrap() {
        let name = entry
            .unwrap()
            .file_name()
            .to_string_lossy()
            .replace(".rs", "");
        let placed = LAYERS.iter().any(|(m, _)| *m == name)
            || UI.iter().any(|(m, _)| *m == name)
            || OUTSIDE.contains(&name.as_str());
        assert!(
            placed,
            "src/{name} is in no layer: add it to LAYERS, UI or OUTSIDE"
        );
    }
}
