//! What to check: the registry's sources with an address, narrowed by `--only`, with the
//! addresses and quotes of `--addresses` / `--quotes` put in their place (tests point the watcher
//! at a local server this way, so the real addresses are never fetched).

use crate::args::CheckOptions;
use crate::error::Fatal;
use crate::json::Loose;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use std::path::Path;
use veiviser::content::sources;

/// One page to fetch and the passages to look for on it.
#[derive(Clone, Debug)]
pub struct Target {
    pub id: &'static str,
    pub address: String,
    /// Empty: the registry has no passage seen verbatim (`Quotes::None`).
    pub quotes: Vec<String>,
}

/// The sources to check, and those left out because they have no address.
pub struct Plan {
    pub targets: Vec<Target>,
    pub without_address: Vec<&'static str>,
}

pub fn plan(opts: &CheckOptions) -> Result<Plan, Fatal> {
    let addresses = match &opts.addresses {
        Some(path) => read_map(path, "--addresses", r#"{"id": "address"}"#, "a string")?,
        None => BTreeMap::new(),
    };
    let quotes = match &opts.quotes {
        Some(path) => read_map(
            path,
            "--quotes",
            r#"{"id": ["passage"]}"#,
            "a list of strings",
        )?,
        None => BTreeMap::new(),
    };
    if let Some(only) = &opts.only {
        known(only.iter(), "--only")?;
    }
    let mut plan = Plan {
        targets: Vec::new(),
        without_address: Vec::new(),
    };
    for source in sources::all() {
        let id = source.id.as_str();
        if opts
            .only
            .as_ref()
            .is_some_and(|only| !only.iter().any(|o| o == id))
        {
            continue;
        }
        let address = addresses
            .get(id)
            .cloned()
            .or_else(|| source.url.map(str::to_string));
        let Some(address) = address else {
            plan.without_address.push(id);
            continue;
        };
        let quotes = quotes.get(id).cloned().unwrap_or_else(|| {
            let seen = source.quotes.passages();
            seen.iter().map(|q| q.to_string()).collect()
        });
        plan.targets.push(Target {
            id,
            address,
            quotes,
        });
    }
    Ok(plan)
}

fn known<'a>(ids: impl Iterator<Item = &'a String>, given_in: &str) -> Result<(), Fatal> {
    for id in ids {
        if sources::find(id).is_none() {
            return Err(Fatal::UnknownSource {
                id: id.clone(),
                given_in: given_in.to_string(),
            });
        }
    }
    Ok(())
}

/// `{"id": T, ...}`, every id known: `shape` is what the file should be, `what` each value. Each
/// value is read loose so the message can name the first (by id) that is not a `T`.
fn read_map<T: DeserializeOwned>(
    path: &Path,
    flag: &str,
    shape: &str,
    what: &str,
) -> Result<BTreeMap<String, T>, Fatal> {
    let text = std::fs::read_to_string(path).map_err(|e| Fatal::read(path, e))?;
    // Loose at the top too: only a file that is not JSON at all fails here.
    let json: Loose<BTreeMap<String, Loose<T>>> =
        serde_json::from_str(&text).map_err(|e| Fatal::format(path, format!("not JSON: {e}")))?;
    let members = json
        .fits()
        .ok_or_else(|| Fatal::format(path, format!("expected an object {shape}")))?;
    let out = members
        .into_iter()
        .map(|(id, v)| match v.fits() {
            Some(v) => Ok((id, v)),
            None => Err(Fatal::format(path, format!("{id}: expected {what}"))),
        })
        .collect::<Result<BTreeMap<_, _>, _>>()?;
    known(out.keys(), flag)?;
    Ok(out)
}
