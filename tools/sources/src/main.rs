//! The source watcher (docs/keeping-true.md): `sources check` fetches every official page the
//! guide cites, compares its text with the reviewed baseline paragraph by paragraph and looks
//! for the passages the guide relies on; `sources accept` records a page's baseline once a
//! maintainer has read it; `sources review` lists the sources by age, baseline and live check.
//! A maintainer's tool, native only, in a package of its own so the app never sees its
//! dependencies. Run it from the repository root: `cargo run --release -p sources -- check`.

mod accept;
mod args;
mod baseline;
mod cache;
mod check;
mod citations;
mod clock;
mod error;
mod extract;
mod fetch;
mod json;
mod matching;
mod paragraphs;
mod reader;
mod report;
mod report_json;
mod report_md;
mod retrieved;
mod review;
mod saved;
mod status;
mod targets;

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
