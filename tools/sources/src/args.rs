//! The command line, parsed by hand: a handful of flags does not need a parser crate.

use crate::error::Fatal;
use std::path::PathBuf;
use std::time::Duration;
use veiviser::date::Date;

pub const USAGE: &str = "\
Usage:
  sources check [options]    fetch every source's page; compare it with its reviewed baseline,
                             paragraph by paragraph, and look for its quotes
  sources accept ID... [options]
  sources accept --all [options]
                             record the page's baseline, once you have read it and the guide
                             agrees with it (fingerprints only: no text of the page is stored)
  sources review [options]   list the sources, those without a baseline first, then oldest
  sources help

check options:
  --saved DIR         read the pages from DIR/index.tsv (address<TAB>file) instead of the
                      network; an address with no line is reported as gone
  --timeout SECS      connect and total time limit per page (default 20)
  --cache PATH        ETag/Last-Modified and page texts for conditional GET
                      (default target/sources-cache.json)
  --only ID,ID        check only these sources
  --baselines PATH    the reviewed baselines (default tools/sources/baselines.json)
  --addresses FILE    JSON {\"id\": \"address\"}: check these addresses instead (for tests)
  --quotes FILE       JSON {\"id\": [\"passage\", ...]}: use these quotes instead (for tests)
  --json              print the report as JSON instead of Markdown
  --out-md PATH       write the Markdown report to PATH
  --out-json PATH     write the JSON report to PATH
                      (with either, stdout gets one summary line unless --json)

accept options: --saved, --timeout, --cache, --addresses and --baselines, as for check

review options:
  --today YYYY-MM-DD  the day to count from (default: the system clock, UTC)
  --baselines PATH    as for check
  --json              print JSON instead of Markdown

Exit codes: 0 nothing drifted, 1 a source changed, moved or went away (check) or a page could
not be accepted (accept), 2 the tool could not run.
";

#[derive(Debug)]
pub enum Command {
    Help,
    Check(CheckOptions),
    Accept(AcceptOptions),
    Review(ReviewOptions),
}

/// `accept`: the sources to accept (`only`, or every one with `all`), read as `check` reads.
#[derive(Debug)]
pub struct AcceptOptions {
    pub check: CheckOptions,
    pub all: bool,
}

#[derive(Debug)]
pub struct CheckOptions {
    pub saved: Option<PathBuf>,
    pub timeout: Duration,
    pub cache: PathBuf,
    pub only: Option<Vec<String>>,
    pub baselines: PathBuf,
    pub addresses: Option<PathBuf>,
    pub quotes: Option<PathBuf>,
    pub json: bool,
    pub out_md: Option<PathBuf>,
    pub out_json: Option<PathBuf>,
}

#[derive(Debug)]
pub struct ReviewOptions {
    pub today: Option<Date>,
    pub baselines: PathBuf,
    pub json: bool,
}

pub fn parse(argv: &[String]) -> Result<Command, Fatal> {
    let Some((command, rest)) = argv.split_first() else {
        return Err(Fatal::usage("no command given"));
    };
    // Only `accept` takes ids before its options.
    let ids: Vec<String> = if command == "accept" {
        rest.iter()
            .take_while(|a| !a.starts_with("--"))
            .cloned()
            .collect()
    } else {
        Vec::new()
    };
    let flags = split_flags(&rest[ids.len()..])?;
    if flags.iter().any(|(name, _)| name == "--help") {
        return Ok(Command::Help);
    }
    match command.as_str() {
        "help" | "--help" | "-h" => Ok(Command::Help),
        "check" => check_options(flags).map(Command::Check),
        "accept" => accept_options(ids, flags).map(Command::Accept),
        "review" => review_options(flags).map(Command::Review),
        other => Err(Fatal::usage(format!("unknown command {other:?}"))),
    }
}

/// `--name value` or `--name=value`; a switch has no value.
fn split_flags(rest: &[String]) -> Result<Vec<(String, Option<String>)>, Fatal> {
    const SWITCHES: &[&str] = &["--json", "--help", "--all"];
    let mut out = Vec::new();
    let mut it = rest.iter();
    while let Some(arg) = it.next() {
        if !arg.starts_with("--") {
            return Err(Fatal::usage(format!("unexpected argument {arg:?}")));
        }
        if let Some((name, value)) = arg.split_once('=') {
            out.push((name.to_string(), Some(value.to_string())));
        } else if SWITCHES.contains(&arg.as_str()) {
            out.push((arg.clone(), None));
        } else {
            let value = it
                .next()
                .ok_or_else(|| Fatal::usage(format!("{arg} needs a value")))?;
            out.push((arg.clone(), Some(value.clone())));
        }
    }
    Ok(out)
}

fn value(name: &str, value: Option<String>) -> Result<String, Fatal> {
    match value {
        Some(v) if !v.is_empty() => Ok(v),
        _ => Err(Fatal::usage(format!("{name} needs a value"))),
    }
}

fn check_options(flags: Vec<(String, Option<String>)>) -> Result<CheckOptions, Fatal> {
    let mut o = CheckOptions {
        saved: None,
        timeout: Duration::from_secs(20),
        cache: PathBuf::from("target/sources-cache.json"),
        only: None,
        baselines: PathBuf::from(crate::baseline::DEFAULT_PATH),
        addresses: None,
        quotes: None,
        json: false,
        out_md: None,
        out_json: None,
    };
    for (name, v) in flags {
        match name.as_str() {
            "--json" => o.json = true,
            "--saved" => o.saved = Some(value(&name, v)?.into()),
            "--cache" => o.cache = value(&name, v)?.into(),
            "--baselines" => o.baselines = value(&name, v)?.into(),
            "--addresses" => o.addresses = Some(value(&name, v)?.into()),
            "--quotes" => o.quotes = Some(value(&name, v)?.into()),
            "--out-md" => o.out_md = Some(value(&name, v)?.into()),
            "--out-json" => o.out_json = Some(value(&name, v)?.into()),
            "--timeout" => o.timeout = timeout(&value(&name, v)?)?,
            "--only" => {
                let ids: Vec<String> = value(&name, v)?
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect();
                if ids.is_empty() {
                    return Err(Fatal::usage("--only needs at least one source id"));
                }
                o.only = Some(ids);
            }
            _ => return Err(Fatal::usage(format!("check: unknown option {name}"))),
        }
    }
    Ok(o)
}

fn accept_options(
    ids: Vec<String>,
    flags: Vec<(String, Option<String>)>,
) -> Result<AcceptOptions, Fatal> {
    const ALLOWED: &[&str] = &[
        "--saved",
        "--timeout",
        "--cache",
        "--addresses",
        "--baselines",
    ];
    let all = flags.iter().any(|(name, _)| name == "--all");
    let rest: Vec<_> = flags.into_iter().filter(|(n, _)| n != "--all").collect();
    if let Some((name, _)) = rest.iter().find(|(n, _)| !ALLOWED.contains(&n.as_str())) {
        return Err(Fatal::usage(format!("accept: unknown option {name}")));
    }
    match (all, ids.is_empty()) {
        (true, false) => return Err(Fatal::usage("accept: give source ids or --all, not both")),
        (false, true) => return Err(Fatal::usage("accept: which sources? Give ids or --all")),
        _ => {}
    }
    let mut check = check_options(rest)?;
    if !all {
        check.only = Some(ids);
    }
    Ok(AcceptOptions { check, all })
}

fn timeout(text: &str) -> Result<Duration, Fatal> {
    match text.parse::<f64>() {
        Ok(secs) if secs > 0.0 && secs <= 3600.0 => Ok(Duration::from_secs_f64(secs)),
        _ => Err(Fatal::usage(format!(
            "--timeout {text:?}: give seconds, more than 0 and at most 3600"
        ))),
    }
}

fn review_options(flags: Vec<(String, Option<String>)>) -> Result<ReviewOptions, Fatal> {
    let mut o = ReviewOptions {
        today: None,
        baselines: PathBuf::from(crate::baseline::DEFAULT_PATH),
        json: false,
    };
    for (name, v) in flags {
        match name.as_str() {
            "--json" => o.json = true,
            "--baselines" => o.baselines = value(&name, v)?.into(),
            "--today" => {
                let text = value(&name, v)?;
                let day = Date::parse(&text).ok_or_else(|| {
                    Fatal::usage(format!("--today {text:?}: give a date as YYYY-MM-DD"))
                })?;
                o.today = Some(day);
            }
            _ => return Err(Fatal::usage(format!("review: unknown option {name}"))),
        }
    }
    Ok(o)
}
