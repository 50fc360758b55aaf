//! What to check: the registry's sources with an address, narrowed by `--only`, with the
//! addresses and quotes of `--addresses` / `--quotes` put in their place (tests point the watcher
//! at a local server this way, so the real addresses are never fetched).

use crate::args::CheckOptions;
use crate::error::Fatal;
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
        Some(path) => string_map(path, "--addresses")?,
        None => BTreeMap::new(),
    };
    let quotes = match &opts.quotes {
        Some(path) => list_map(path, "--quotes")?,
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

fn read_json(path: &Path) -> Result<serde_json::Value, Fatal> {
    let text = std::fs::read_to_string(path).map_err(|e| Fatal::read(path, e))?;
    serde_json::from_str(&text).map_err(|e| Fatal::format(path, format!("not JSON: {e}")))
}

/// `{"id": "text"}`.
fn string_map(path: &Path, flag: &str) -> Result<BTreeMap<String, String>, Fatal> {
    let json = read_json(path)?;
    let object = json
        .as_object()
        .ok_or_else(|| Fatal::format(path, "expected an object {\"id\": \"address\"}"))?;
    let mut out = BTreeMap::new();
    for (id, v) in object {
        let text = v
            .as_str()
            .ok_or_else(|| Fatal::format(path, format!("{id}: expected a string")))?;
        out.insert(id.clone(), text.to_string());
    }
    known(out.keys(), flag)?;
    Ok(out)
}

/// `{"id": ["text", ...]}`; an empty list stands for no quotes.
fn list_map(path: &Path, flag: &str) -> Result<BTreeMap<String, Vec<String>>, Fatal> {
    let json = read_json(path)?;
    let object = json
        .as_object()
        .ok_or_else(|| Fatal::format(path, "expected an object {\"id\": [\"passage\"]}"))?;
    let mut out = BTreeMap::new();
    for (id, v) in object {
        let bad = || Fatal::format(path, format!("{id}: expected a list of strings"));
        let list = v.as_array().ok_or_else(bad)?;
        let texts = list
            .iter()
            .map(|q| q.as_str().map(str::to_string).ok_or_else(bad))
            .collect::<Result<Vec<_>, _>>()?;
        out.insert(id.clone(), texts);
    }
    known(out.keys(), flag)?;
    Ok(out)
}
