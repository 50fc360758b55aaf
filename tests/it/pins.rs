//! Each tool version is pinned in one place; every other file that names it must agree. The pins:
//! the Rust toolchain in rust-toolchain.toml, trunk in scripts/setup.sh (`TRUNK_VERSION`),
//! wasm-bindgen in Cargo.lock (Cargo.toml asks for it exactly) and wasm-opt as npm's binaryen in
//! package.json (npm ci installs it from package-lock.json). Trunk.toml repeats wasm-bindgen's
//! and wasm-opt's, and the README trunk's and binaryen's: they are checked here.
//! scripts/setup.sh installs from the pins and checks Trunk.toml too, before it builds.

use std::path::Path;

fn read(file: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn json(file: &str) -> serde_json::Value {
    serde_json::from_str(&read(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The quoted value of `name = "..."` on a line of its own (Trunk.toml, rust-toolchain.toml).
fn toml_string(text: &str, name: &str) -> Option<String> {
    let prefix = format!("{name} = \"");
    text.lines()
        .find_map(|l| l.strip_prefix(&prefix)?.strip_suffix('"'))
        .map(str::to_string)
}

/// What follows each `marker` in `text`, up to the first character that is not a digit or a dot.
fn versions_after(text: &str, marker: &str) -> Vec<String> {
    text.match_indices(marker)
        .map(|(at, _)| {
            let rest = &text[at + marker.len()..];
            let end = rest
                .find(|c: char| !c.is_ascii_digit() && c != '.')
                .unwrap_or(rest.len());
            rest[..end].trim_end_matches('.').to_string()
        })
        .filter(|v| v.starts_with(|c: char| c.is_ascii_digit()))
        .collect()
}

/// package.json's binaryen: an exact version, the one the lockfile installs.
fn binaryen() -> String {
    let pinned = json("package.json")["devDependencies"]["binaryen"]
        .as_str()
        .expect("package.json devDependencies.binaryen")
        .to_string();
    assert!(
        pinned.split('.').count() == 3 && pinned.split('.').all(|p| p.parse::<u32>().is_ok()),
        "package.json pins binaryen to an exact version, not {pinned:?}"
    );
    let locked = json("package-lock.json")["packages"]["node_modules/binaryen"]["version"]
        .as_str()
        .expect("package-lock.json has binaryen")
        .to_string();
    assert_eq!(
        locked, pinned,
        "package-lock.json's binaryen: run npm install"
    );
    pinned
}

#[test]
fn wasm_opt_is_package_jsons_binaryen_everywhere() {
    let binaryen = binaryen();
    let major = binaryen.split('.').next().unwrap();
    assert_eq!(
        toml_string(&read("Trunk.toml"), "wasm_opt"),
        Some(format!("version_{major}")),
        "Trunk.toml [tools] wasm_opt must name package.json's binaryen {binaryen}"
    );
    let readme = versions_after(&read("README.md"), "binaryen@");
    assert!(!readme.is_empty(), "the README names binaryen@<version>");
    for v in readme {
        assert_eq!(
            v, major,
            "the README says binaryen@{v}; package.json pins {binaryen}"
        );
    }
}

/// Cargo.lock's version of a package (the only one of that name).
fn locked(name: &str) -> String {
    let lock = read("Cargo.lock");
    let mut found = lock.split("[[package]]").filter_map(|block| {
        let mut lines = block.lines().map(str::trim);
        (lines.find(|l| l.starts_with("name = "))? == format!("name = \"{name}\""))
            .then(|| toml_string(block, "version"))
            .flatten()
    });
    let version = found
        .next()
        .unwrap_or_else(|| panic!("{name} in Cargo.lock"));
    assert_eq!(found.next(), None, "one {name} in Cargo.lock");
    version
}

#[test]
fn wasm_bindgen_is_cargo_locks_everywhere() {
    let locked = locked("wasm-bindgen");
    assert_eq!(
        toml_string(&read("Trunk.toml"), "wasm_bindgen"),
        Some(locked.clone()),
        "Trunk.toml [tools] wasm_bindgen must equal Cargo.lock's wasm-bindgen"
    );
    // An exact requirement, so that `cargo update` cannot move it away from wasm-bindgen-cli.
    let manifest = read("Cargo.toml");
    assert_eq!(
        toml_string(&manifest, "wasm-bindgen"),
        Some(format!("={locked}")),
        "Cargo.toml asks for wasm-bindgen ={locked} exactly"
    );
}

#[test]
fn trunk_is_setup_shs_everywhere() {
    let setup = read("scripts/setup.sh");
    let pinned = setup
        .lines()
        .find_map(|l| l.strip_prefix("TRUNK_VERSION="))
        .expect("TRUNK_VERSION= in scripts/setup.sh");
    let readme = versions_after(&read("README.md"), "trunk ");
    assert!(!readme.is_empty(), "the README names trunk's version");
    for v in readme {
        assert_eq!(
            v, pinned,
            "the README says trunk {v}; scripts/setup.sh installs {pinned}"
        );
    }
}

#[test]
fn the_toolchain_is_at_least_the_packages_rust_version() {
    let channel = toml_string(&read("rust-toolchain.toml"), "channel").expect("a channel");
    let parse = |v: &str| -> Vec<u32> { v.split('.').map(|p| p.parse().unwrap()).collect() };
    let minimum = env!("CARGO_PKG_RUST_VERSION");
    assert!(!minimum.is_empty(), "Cargo.toml sets rust-version");
    assert!(
        parse(&channel) >= parse(minimum),
        "rust-toolchain.toml's {channel} is older than Cargo.toml's rust-version {minimum}"
    );
}

#[test]
fn the_version_finder_reads_what_follows_the_marker() {
    assert_eq!(
        versions_after("trunk 0.21.14, trunk builds; `binaryen@132`.", "trunk "),
        ["0.21.14"]
    );
    assert_eq!(versions_after("binaryen@132.", "binaryen@"), ["132"]);
    assert_eq!(
        toml_string("a = \"1\"\nb = \"2\"", "b").as_deref(),
        Some("2")
    );
}
