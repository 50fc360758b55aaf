//! `--saved DIR`: pages a maintainer fetched some other way (a browser's "Save page", curl
//! behind a proxy), read from files. `DIR/index.tsv` has one line per page,
//! `address<TAB>file`, the file relative to DIR; blank lines and lines starting with `#` are
//! skipped. No network at all.

use crate::error::Fatal;
use crate::extract::{Kind, main_text};
use crate::retrieved::Retrieved;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub struct Saved {
    dir: PathBuf,
    files: HashMap<String, String>,
}

impl Saved {
    /// Reads the index; a missing directory or index, or a line without a tab, stops the run.
    pub fn open(dir: &Path) -> Result<Saved, Fatal> {
        let index = dir.join("index.tsv");
        let text = std::fs::read_to_string(&index).map_err(|e| Fatal::read(&index, e))?;
        let mut files = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let bad =
                || Fatal::format(&index, format!("line {}: expected address<TAB>file", n + 1));
            let (address, file) = line.split_once('\t').ok_or_else(bad)?;
            let (address, file) = (address.trim(), file.trim());
            if address.is_empty() || file.is_empty() {
                return Err(bad());
            }
            files.insert(address.to_string(), file.to_string());
        }
        Ok(Saved {
            dir: dir.to_path_buf(),
            files,
        })
    }

    pub fn get(&self, address: &str) -> Retrieved {
        let Some(file) = self.files.get(address) else {
            return Retrieved::Gone("not in index.tsv".to_string());
        };
        let path = self.dir.join(file);
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                return Retrieved::Unreachable(format!("cannot read {}: {e}", path.display()));
            }
        };
        let body = String::from_utf8_lossy(&bytes);
        let extension = path.extension().and_then(|e| e.to_str());
        let kind = Kind::detect(extension, &body);
        Retrieved::Text {
            text: main_text(kind, &body),
            reused: false,
        }
    }
}
