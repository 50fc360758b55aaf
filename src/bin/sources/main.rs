//! The source watcher (README, "Keeping the guide true"): `sources check` fetches every official
//! page the guide cites, compares its text with the reviewed baseline paragraph by paragraph and
//! looks for the passages the guide relies on; `sources accept` records a page's baseline once
//! a maintainer has read it; `sources review` lists the sources by age, baseline and live check. A maintainer's tool, native only: on wasm32 it is an empty
//! program, so the app's build never sees its dependencies.

#[cfg(not(target_arch = "wasm32"))]
mod accept;
#[cfg(not(target_arch = "wasm32"))]
mod args;
#[cfg(not(target_arch = "wasm32"))]
mod baseline;
#[cfg(not(target_arch = "wasm32"))]
mod cache;
#[cfg(not(target_arch = "wasm32"))]
mod check;
#[cfg(not(target_arch = "wasm32"))]
mod citations;
#[cfg(not(target_arch = "wasm32"))]
mod error;
#[cfg(not(target_arch = "wasm32"))]
mod extract;
#[cfg(not(target_arch = "wasm32"))]
mod fetch;
#[cfg(not(target_arch = "wasm32"))]
mod matching;
#[cfg(not(target_arch = "wasm32"))]
mod report;
#[cfg(not(target_arch = "wasm32"))]
mod review;
#[cfg(not(target_arch = "wasm32"))]
mod saved;
#[cfg(not(target_arch = "wasm32"))]
mod targets;

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use args::Command;
    use std::process::ExitCode;

    let argv: Vec<String> = std::env::args().skip(1).collect();
    let result = match args::parse(&argv) {
        Ok(Command::Help) => {
            print!("{}", args::USAGE);
            Ok(false)
        }
        Ok(Command::Check(opts)) => check::run(&opts),
        Ok(Command::Review(opts)) => review::run(&opts).map(|()| false),
        Ok(Command::Accept(opts)) => accept::run(&opts),
        Err(e) => Err(e),
    };
    match result {
        Ok(false) => ExitCode::SUCCESS,
        // Something drifted: the report says what.
        Ok(true) => ExitCode::from(1),
        Err(e) => {
            eprintln!("sources: {e}");
            if e.is_usage() {
                eprint!("\n{}", args::USAGE);
            }
            ExitCode::from(2)
        }
    }
}
