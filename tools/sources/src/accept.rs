//! `sources accept`: records each page's baseline once a maintainer has read it and the guide
//! agrees with it: the fingerprints of its paragraphs in the repository, its text in the local
//! cache only. A page that cannot be read is not accepted, and the run exits 1.

use crate::args::AcceptOptions;
use crate::baseline::{Baseline, Baselines};
use crate::clock::today;
use crate::error::Fatal;
use crate::paragraphs;
use crate::reader::Reader;
use crate::retrieved::Retrieved;
use crate::targets;

pub fn run(opts: &AcceptOptions) -> Result<bool, Fatal> {
    let plan = targets::plan(&opts.check)?;
    let mut baselines = Baselines::load(&opts.check.baselines)?;
    let mut reader = Reader::open(&opts.check)?;
    let mut failed = false;
    for target in &plan.targets {
        match reader.get(&target.address) {
            Retrieved::Text { text, .. } => {
                let prints: Vec<String> = paragraphs::paragraphs(&text)
                    .iter()
                    .map(|p| paragraphs::fingerprint(p))
                    .collect();
                println!("accepted {} ({} paragraphs)", target.id, prints.len());
                baselines.put(
                    target.id,
                    Baseline {
                        address: target.address.clone(),
                        accepted: today(),
                        paragraphs: prints,
                    },
                );
                reader.cache_mut().put_accepted(target.id, text);
            }
            other => {
                failed = true;
                println!("not accepted {}: {}", target.id, describe(&other));
            }
        }
    }
    baselines.save()?;
    reader.cache().save();
    if opts.all && !plan.without_address.is_empty() {
        println!(
            "no address, not accepted: {}",
            plan.without_address.join(", ")
        );
    }
    Ok(failed)
}

fn describe(r: &Retrieved) -> String {
    match r {
        Retrieved::Text { .. } => "read".into(),
        Retrieved::Moved { code, to } => format!("moved ({code} → {to}): update its address"),
        Retrieved::Gone(why) => format!("gone ({why})"),
        Retrieved::Unreachable(why) => format!("unreachable ({why})"),
    }
}
