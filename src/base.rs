//! The path the app is published under: `/` by default, or e.g. `/veiviser/` when an NGO hosts
//! it on its own site. Set at build time (`VEIVISER_BASE`, checked by build.rs). The app works
//! with paths inside the base (`/uk/step/eid`); the address bar, links and the service worker
//! use the document's path (`/veiviser/uk/step/eid`). Pure: tested natively.

/// This build's base: starts and ends with `/` (build.rs sets and checks it).
pub const BASE: &str = match option_env!("VEIVISER_BASE") {
    Some(base) => base,
    None => "/",
};

/// The document path of an app path: `join("/veiviser/", "/uk/")` is `/veiviser/uk/`.
pub fn join(base: &str, app_path: &str) -> String {
    format!("{}{}", base.trim_end_matches('/'), ensure_slash(app_path))
}

/// The app path of a document path, or None when it lies outside the base:
/// `strip("/veiviser/", "/veiviser/uk/")` is `/uk/`, and `/veiviser` itself is `/`.
pub fn strip<'a>(base: &str, doc_path: &'a str) -> Option<&'a str> {
    let prefix = base.trim_end_matches('/');
    let rest = doc_path.strip_prefix(prefix)?;
    match rest {
        "" => Some("/"),
        _ if rest.starts_with('/') => Some(rest),
        // `/veiviserx` is another site's path.
        _ => None,
    }
}

/// `join` with this build's base: what an `href` or the history gets.
pub fn link(app_path: &str) -> String {
    join(BASE, app_path)
}

/// `strip` with this build's base.
pub fn app_path(doc_path: &str) -> Option<&str> {
    strip(BASE, doc_path)
}

/// Whether `base` is usable: starts and ends with `/`, no empty or dot segment, and only
/// characters a URL path takes unescaped. build.rs refuses anything else.
pub fn is_valid(base: &str) -> bool {
    let inner = base.trim_matches('/');
    if inner.is_empty() {
        return base == "/";
    }
    base.len() == inner.len() + 2
        && base.starts_with('/')
        && base.ends_with('/')
        && (inner.split('/').all(|s| {
            !s.is_empty()
                && s != "."
                && s != ".."
                && s.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b))
        }))
}

fn ensure_slash(path: &str) -> std::borrow::Cow<'_, str> {
    if path.starts_with('/') {
        path.into()
    } else {
        format!("/{path}").into()
    }
}
