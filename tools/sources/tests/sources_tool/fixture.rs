//! The fixture server: one page per case, and what each request asked for.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

pub const EID_QUOTE: &str = "Select “Buypass ID” and then “Buypass ID on mobile”.";
pub const CARD_QUOTE: &str = "Your residence card will be sent to you by post.";
pub const DECISION_QUOTE: &str = "You will receive the decision in your digital mailbox.";

/// The quote with other spaces, quotation marks and case, in a `main` after a menu.
pub const UNCHANGED_HTML: &str = "<!DOCTYPE html><html><head><title>eID</title>\
    <style>p { color: red }</style></head><body><nav>Select MinID</nav>\
    <main><h1>Electronic ID</h1><p>SELECT «Buypass&nbsp;ID»\n   and\u{202f}then \
    \"Buypass ID on mobile\".</p></main><footer>Contact</footer></body></html>";

/// The quote reworded; the old wording survives only in a script, which does not count.
pub const REWORDED_HTML: &str = "<html><body><main><p>Welcome to the site.</p>\
    <p>The residence card is now sent to you by mail.</p><p>Other news about other things.</p>\
    <script>var old = \"Your residence card will be sent to you by post.\";</script>\
    </main></body></html>";

pub const PLAIN_TEXT: &str =
    "Decisions\n\nyou will receive the DECISION\nin your digital mailbox.\n";

/// A rule page as a maintainer accepted it, in a page's frame: a menu, a header, a date line,
/// a feedback widget and a footer around three paragraphs of rules.
pub const RULE_HTML: &str = "<html><body><nav>Meny</nav><header>UDI</header><main>\
    <h1>Collective protection for people from Ukraine</h1>\
    <p>You must apply for settlement within six months of the decision.</p>\
    <p>Children under eighteen are registered together with their parents.</p>\
    <p>You cannot appeal a refusal to extend collective protection after the first of July.</p>\
    <p>Sist oppdatert: 12.03.2026</p>\
    <div class=\"feedback\">Fant du det du lette etter? Ja Nei</div>\
    </main><footer>Kontakt oss</footer></body></html>";

/// `RULE_HTML`'s words in a new frame: another menu, a cookie banner, a new date line, other
/// spaces and line breaks. The same rules.
pub const RULE_NEW_FRAME: &str = "<html><body><nav>Meny Ny side Søk</nav><main>\
    <div id=\"cookie-consent\"><p>Vi bruker informasjonskapsler for å forbedre siden.</p></div>\
    <h1>Collective   protection for people\n from Ukraine</h1>\
    <p>You must apply for settlement\n    within six months of the decision.</p>\
    <p>Children under eighteen are registered together with their parents.</p>\
    <p>You cannot appeal a refusal to extend collective protection after the first of July.</p>\
    <p>Sist oppdatert: 01.12.2026</p><p>Del siden</p>\
    </main><footer>Kontakt oss, personvern</footer></body></html>";

/// One rule changed: six months became three.
pub fn rule_changed() -> String {
    RULE_HTML.replace("within six months", "within three months")
}

/// A paragraph added after the first rule.
pub fn rule_added() -> String {
    RULE_HTML.replace(
        "decision.</p>",
        "decision.</p><p>People over sixty-seven may keep their place in reception longer.</p>",
    )
}

/// The paragraph about children removed.
pub fn rule_removed() -> String {
    RULE_HTML.replace(
        "<p>Children under eighteen are registered together with their parents.</p>",
        "",
    )
}

/// Seconds the slow page waits, past the two-second `--timeout` of the tests.
pub const SLOW_SECS: u64 = 5;

#[derive(Clone, Debug)]
pub struct Seen {
    pub path: String,
    pub if_none_match: Option<String>,
    pub user_agent: Option<String>,
}

pub struct Fixture {
    base: String,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Fixture {
    pub fn start() -> Fixture {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&seen);
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let log = Arc::clone(&log);
                // One thread a connection: the slow page must not hold up the others.
                thread::spawn(move || serve(stream, &log));
            }
        });
        Fixture { base, seen }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

pub fn serve(mut stream: TcpStream, log: &Mutex<Vec<Seen>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 65_536 {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    let head = String::from_utf8_lossy(&head).to_string();
    let mut lines = head.lines();
    let path = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .unwrap_or("/")
        .to_string();
    let header = |name: &str| {
        head.lines()
            .skip(1)
            .filter_map(|l| l.split_once(':'))
            .find(|(k, _)| k.trim().eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim().to_string())
    };
    let seen = Seen {
        path: path.clone(),
        if_none_match: header("if-none-match"),
        user_agent: header("user-agent"),
    };
    log.lock().unwrap().push(seen.clone());

    let html = "text/html; charset=utf-8";
    let (status, extra, body): (&str, Vec<String>, String) = match path.as_str() {
        "/unchanged" => ("200 OK", vec![ctype(html)], UNCHANGED_HTML.into()),
        "/reworded" => ("200 OK", vec![ctype(html)], REWORDED_HTML.into()),
        "/plain" => (
            "200 OK",
            vec![ctype("text/plain; charset=utf-8")],
            PLAIN_TEXT.into(),
        ),
        "/moved" => (
            "301 Moved Permanently",
            vec!["Location: /new-home/".into()],
            String::new(),
        ),
        "/gone" => (
            "404 Not Found",
            vec![ctype(html)],
            "<p>No such page</p>".into(),
        ),
        "/broken" => ("500 Internal Server Error", vec![], "oops".into()),
        "/rule" => ("200 OK", vec![ctype(html)], RULE_HTML.into()),
        "/rule-new-frame" => ("200 OK", vec![ctype(html)], RULE_NEW_FRAME.into()),
        "/rule-changed" => ("200 OK", vec![ctype(html)], rule_changed()),
        "/rule-added" => ("200 OK", vec![ctype(html)], rule_added()),
        "/rule-removed" => ("200 OK", vec![ctype(html)], rule_removed()),
        "/slow" => {
            thread::sleep(Duration::from_secs(SLOW_SECS));
            ("200 OK", vec![ctype(html)], UNCHANGED_HTML.into())
        }
        "/etag" if seen.if_none_match.as_deref() == Some("\"v1\"") => (
            "304 Not Modified",
            vec!["ETag: \"v1\"".into()],
            String::new(),
        ),
        "/etag" => (
            "200 OK",
            vec![ctype(html), "ETag: \"v1\"".into()],
            UNCHANGED_HTML.into(),
        ),
        _ => ("404 Not Found", vec![], String::new()),
    };
    let mut response = format!("HTTP/1.1 {status}\r\nConnection: close\r\n");
    for h in extra {
        response.push_str(&h);
        response.push_str("\r\n");
    }
    if !status.starts_with("304") {
        response.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    response.push_str("\r\n");
    response.push_str(&body);
    let _ = stream.write_all(response.as_bytes());
}

pub fn ctype(t: &str) -> String {
    format!("Content-Type: {t}")
}
