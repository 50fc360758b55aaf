//! Fetching a source's page over HTTPS: one request at a time (so never two at once to one
//! host), time limits, a user agent that says who asks, redirects reported rather than followed,
//! and conditional GET against the cache.

use crate::cache::{Cache, Entry};
use crate::extract::{Kind, main_text};
use crate::retrieved::Retrieved;
use std::time::Duration;
use ureq::Agent;
use ureq::http::header::{CONTENT_TYPE, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED};
use ureq::http::{HeaderMap, StatusCode};

/// Official pages are far smaller; a larger body is not a page to read.
const MAX_BODY: u64 = 16 * 1024 * 1024;

const USER_AGENT: &str = concat!(
    "Veiviser-source-watcher/",
    env!("CARGO_PKG_VERSION"),
    " (+the Veiviser project's source watcher; checks the official pages its guide cites)"
);

pub struct Fetcher {
    agent: Agent,
    cache: Cache,
}

impl Fetcher {
    pub fn new(timeout: Duration, cache: Cache) -> Fetcher {
        let config = Agent::config_builder()
            .timeout_connect(Some(timeout))
            .timeout_global(Some(timeout))
            // A moved page is news for the maintainer, not something to follow silently.
            .max_redirects(0)
            .http_status_as_error(false)
            .user_agent(USER_AGENT)
            .accept("text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.5")
            .build();
        Fetcher {
            agent: config.into(),
            cache,
        }
    }

    pub fn get(&mut self, address: &str) -> Retrieved {
        let cached = self.cache.get(address).cloned();
        let mut request = self.agent.get(address);
        if let Some(entry) = &cached {
            if let Some(etag) = &entry.etag {
                request = request.header(IF_NONE_MATCH, etag);
            }
            if let Some(date) = &entry.last_modified {
                request = request.header(IF_MODIFIED_SINCE, date);
            }
        }
        let mut response = match request.call() {
            Ok(r) => r,
            Err(e) => return Retrieved::Unreachable(e.to_string()),
        };
        let status = response.status();
        let headers = response.headers().clone();
        match status.as_u16() {
            200..=299 => {}
            304 => {
                return match cached {
                    Some(entry) => Retrieved::Text {
                        text: entry.text,
                        reused: true,
                    },
                    None => Retrieved::Unreachable("304 Not Modified, but no cached copy".into()),
                };
            }
            301 | 302 | 303 | 307 | 308 => {
                self.cache.forget(address);
                return Retrieved::Moved {
                    code: status.as_u16(),
                    to: location(address, &headers),
                };
            }
            404 | 410 => {
                self.cache.forget(address);
                return Retrieved::Gone(describe(status));
            }
            _ => return Retrieved::Unreachable(describe(status)),
        }
        let body = match response
            .body_mut()
            .with_config()
            .limit(MAX_BODY)
            .read_to_vec()
        {
            Ok(b) => b,
            Err(e) => return Retrieved::Unreachable(format!("reading the page: {e}")),
        };
        let body = String::from_utf8_lossy(&body);
        let kind = Kind::detect(header(&headers, CONTENT_TYPE).as_deref(), &body);
        let text = main_text(kind, &body);
        let etag = header(&headers, ETAG);
        let last_modified = header(&headers, LAST_MODIFIED);
        if etag.is_some() || last_modified.is_some() {
            let entry = Entry {
                etag,
                last_modified,
                text: text.clone(),
            };
            self.cache.put(address, entry);
        } else {
            // Nothing to revalidate with next time.
            self.cache.forget(address);
        }
        Retrieved::Text {
            text,
            reused: false,
        }
    }

    pub fn cache(&self) -> &Cache {
        &self.cache
    }

    pub fn cache_mut(&mut self) -> &mut Cache {
        &mut self.cache
    }
}

fn header(headers: &HeaderMap, name: ureq::http::HeaderName) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

fn describe(status: StatusCode) -> String {
    match status.canonical_reason() {
        Some(reason) => format!("HTTP {} {reason}", status.as_u16()),
        None => format!("HTTP {}", status.as_u16()),
    }
}

/// The new address, made absolute against the old one.
fn location(address: &str, headers: &HeaderMap) -> String {
    let Some(to) = header(headers, ureq::http::header::LOCATION) else {
        return "(no Location header)".to_string();
    };
    url::Url::parse(address)
        .and_then(|base| base.join(&to))
        .map(|u| u.to_string())
        .unwrap_or(to)
}
