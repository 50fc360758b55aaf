//! Why the tool could not run at all (exit code 2). A page that cannot be fetched is not one of
//! these: it is a status in the report.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub enum Fatal {
    /// The command line makes no sense.
    Usage(String),
    /// A source id that is not in the registry.
    UnknownSource { id: String, given_in: String },
    /// A file the tool needs cannot be read.
    Read {
        path: PathBuf,
        error: std::io::Error,
    },
    /// A file the tool was told to write cannot be written.
    Write {
        path: PathBuf,
        error: std::io::Error,
    },
    /// A file was read but its content is not what it should be.
    Format { path: PathBuf, problem: String },
}

impl Fatal {
    pub fn usage(message: impl Into<String>) -> Fatal {
        Fatal::Usage(message.into())
    }

    pub fn read(path: &Path, error: std::io::Error) -> Fatal {
        Fatal::Read {
            path: path.to_path_buf(),
            error,
        }
    }

    pub fn format(path: &Path, problem: impl Into<String>) -> Fatal {
        Fatal::Format {
            path: path.to_path_buf(),
            problem: problem.into(),
        }
    }

    /// Whether the usage text helps.
    pub fn is_usage(&self) -> bool {
        matches!(self, Fatal::Usage(_))
    }
}

impl fmt::Display for Fatal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fatal::Usage(m) => f.write_str(m),
            Fatal::UnknownSource { id, given_in } => {
                write!(f, "{given_in}: no source with the id {id:?}")
            }
            Fatal::Read { path, error } => write!(f, "cannot read {}: {error}", path.display()),
            Fatal::Write { path, error } => write!(f, "cannot write {}: {error}", path.display()),
            Fatal::Format { path, problem } => write!(f, "{}: {problem}", path.display()),
        }
    }
}

impl std::error::Error for Fatal {}
