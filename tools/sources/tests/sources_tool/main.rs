//! The source watcher (`tools/sources`), run as a program against a fixture HTTP server in this
//! test and against saved pages: every status, the guide's pages named for a drifted source,
//! the exit codes, conditional GET, reviewed baselines (`accept`, then `check`), and
//! `review --json`. The real addresses are never fetched:
//! `--addresses` points each source at the fixture, and `--quotes` gives the passages to look for.
//!
//! One test program in several files: the fixture server, running the tool, then the cases.

mod baseline;
mod check;
mod fixture;
mod review;
mod run;
mod saved;
