//! `sources check`: each source's page, fetched or read from a saved copy, compared with its
//! reviewed baseline paragraph by paragraph and searched for its quotes; then the report.
//! Returns whether anything drifted (exit code 1).

use crate::args::CheckOptions;
use crate::baseline::Baselines;
use crate::citations;
use crate::clock::today;
use crate::error::Fatal;
use crate::reader::Reader;
use crate::report::Report;
use crate::status::{self, Checked};
use crate::targets;
use crate::{report_json, report_md};
use std::io::IsTerminal;
use std::path::Path;

pub fn run(opts: &CheckOptions) -> Result<bool, Fatal> {
    let plan = targets::plan(opts)?;
    let baselines = Baselines::load(&opts.baselines)?;
    let mut reader = Reader::open(opts)?;
    let progress = std::io::stderr().is_terminal();
    let total = plan.targets.len();
    let mut checked = Vec::with_capacity(total);
    for (i, target) in plan.targets.into_iter().enumerate() {
        if progress {
            eprintln!("[{}/{total}] {} {}", i + 1, target.id, target.address);
        }
        // The page as accepted, to show what a change removed.
        let accepted = reader.cache().accepted(target.id).map(str::to_string);
        let retrieved = reader.get(&target.address);
        let baseline = baselines.get(target.id);
        let (status, reused) = status::judge(&target, retrieved, baseline, accepted.as_deref());
        checked.push(Checked {
            target,
            status,
            reused,
            baselined: baseline.is_some(),
        });
    }
    // Saved copies change nothing the cache holds.
    if let Reader::Network(_) = &reader {
        reader.cache().save();
    }
    let report = Report {
        checked,
        without_address: plan.without_address,
        citations: citations::all(),
        saved: opts.saved.is_some(),
        day: today(),
    };
    write(&report, opts)?;
    Ok(report.drifted())
}

/// Prints and writes the report as the options ask.
fn write(report: &Report, opts: &CheckOptions) -> Result<(), Fatal> {
    let md = report_md::markdown(report);
    let js = report_json::to_string(report);
    if let Some(path) = &opts.out_md {
        write_file(path, &md)?;
    }
    if let Some(path) = &opts.out_json {
        write_file(path, &js)?;
    }
    if opts.json {
        print!("{js}");
    } else if opts.out_md.is_some() || opts.out_json.is_some() {
        println!("{}", report.summary());
    } else {
        print!("{md}");
    }
    Ok(())
}

fn write_file(path: &Path, text: &str) -> Result<(), Fatal> {
    let result = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| std::fs::write(path, text));
    result.map_err(|error| Fatal::Write {
        path: path.to_path_buf(),
        error,
    })
}
