//! Generates the i18n module from locales/*.json and stamps the build's version and date.
use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::error::Error;
use std::path::PathBuf;

// The base-path rules, shared with the app.
#[allow(dead_code)]
#[path = "src/base.rs"]
mod base;

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    // The e2e update test builds twice, differing only in this string.
    println!("cargo::rerun-if-env-changed=VEIVISER_VERSION");
    println!("cargo::rerun-if-env-changed=VEIVISER_BUILD_DATE");
    // Read by content/changes.rs (option_env!): the update-test build drops the newest entry.
    println!("cargo::rerun-if-env-changed=VEIVISER_CHANGES_DROP_NEWEST");

    let version = std::env::var("VEIVISER_VERSION")
        .unwrap_or_else(|_| std::env::var("CARGO_PKG_VERSION").unwrap_or_default());
    println!("cargo::rustc-env=VEIVISER_VERSION={version}");
    // The path the app is published under (src/base.rs): `/` unless an NGO hosts it elsewhere.
    println!("cargo::rerun-if-env-changed=VEIVISER_BASE");
    let base = std::env::var("VEIVISER_BASE").unwrap_or_else(|_| "/".into());
    if !base::is_valid(&base) {
        return Err(format!(
            "VEIVISER_BASE={base:?}: use a path that starts and ends with '/', such as /veiviser/"
        )
        .into());
    }
    println!("cargo::rustc-env=VEIVISER_BASE={base}");
    let date = std::env::var("VEIVISER_BUILD_DATE").unwrap_or_else(|_| "unknown".into());
    println!("cargo::rustc-env=VEIVISER_BUILD_DATE={date}");

    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR not set")?).join("i18n");
    let cfg = Config::new("uk")?
        .add_locale("ru")?
        .add_locale("en")?
        .add_locale("nb")?
        // Lets t_string! fill in values, for attributes and option labels.
        .parse_options(ParseOptions::default().interpolate_display(true));
    let infos = TranslationsInfos::parse(cfg)?;
    infos.emit_diagnostics();
    infos.rerun_if_locales_changed();
    infos.generate_i18n_module(out)?;
    Ok(())
}
