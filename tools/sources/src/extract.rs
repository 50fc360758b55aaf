//! A page's main text: what a reader sees as the page's content, without menus, headers,
//! footers, scripts, cookie banners and feedback widgets, so a quote that only survives in a menu
//! or a script does not count and a new menu is not a change. One paragraph (block) a line.

use scraper::{ElementRef, Html, Selector};

/// Whether a body is HTML or plain text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Html,
    Plain,
}

impl Kind {
    /// From the Content-Type (or a file's extension) when it says, else from the body itself.
    pub fn detect(declared: Option<&str>, body: &str) -> Kind {
        let declared = declared.unwrap_or("").to_ascii_lowercase();
        if declared.contains("html") {
            return Kind::Html;
        }
        if declared.starts_with("text/plain") || declared == "txt" || declared == "text" {
            return Kind::Plain;
        }
        let start = body.trim_start_matches('\u{feff}').trim_start();
        if start.starts_with('<') {
            Kind::Html
        } else {
            Kind::Plain
        }
    }
}

/// The page's main text, one paragraph a line, each with its whitespace collapsed; plain text
/// is used as it is, a line a paragraph.
pub fn main_text(kind: Kind, body: &str) -> String {
    match kind {
        Kind::Plain => lines(body),
        Kind::Html => lines(&html_text(body)),
    }
}

/// Each non-blank line with its whitespace collapsed.
fn lines(text: &str) -> String {
    let lines: Vec<String> = text
        .lines()
        .map(collapse)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("\n")
}

/// Words in an element's class or id that mark the page's frame, not its content.
const FRAME_NAMES: &[&str] = &[
    "cookie",
    "consent",
    "breadcrumb",
    "feedback",
    "skip",
    "share",
    "social",
];

/// Landmark roles that are never the content.
const FRAME_ROLES: &[&str] = &["navigation", "banner", "contentinfo", "search"];

/// Whether an element is the page's frame: hidden, a frame landmark, or named so.
fn is_frame(el: &ElementRef<'_>) -> bool {
    let v = el.value();
    if v.attr("hidden").is_some() || v.attr("aria-hidden") == Some("true") {
        return true;
    }
    if v.attr("role")
        .is_some_and(|r| FRAME_ROLES.contains(&r.trim()))
    {
        return true;
    }
    ["class", "id"].iter().any(|a| {
        v.attr(a).is_some_and(|names| {
            let names = names.to_ascii_lowercase();
            FRAME_NAMES.iter().any(|f| names.contains(f))
        })
    })
}

/// Never content: dropped with everything inside them.
const SKIP: &[&str] = &[
    "script", "style", "nav", "header", "footer", "noscript", "template", "head",
];

/// Elements that separate words: a space before and after, so `<p>a</p><p>b</p>` is "a b".
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "details",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

fn html_text(body: &str) -> String {
    let doc = Html::parse_document(body);
    let roots = content_roots(&doc);
    let mut out = String::new();
    for root in roots {
        walk(root, &mut out);
        out.push('\n');
    }
    out
}

/// `main` when the page has one, else its outermost `article`s, else the body.
fn content_roots(doc: &Html) -> Vec<ElementRef<'_>> {
    let all = |css: &str| -> Vec<ElementRef<'_>> {
        match Selector::parse(css) {
            Ok(sel) => doc.select(&sel).collect(),
            Err(_) => Vec::new(),
        }
    };
    if let Some(main) = all("main").into_iter().next() {
        return vec![main];
    }
    let articles: Vec<ElementRef<'_>> = all("article")
        .into_iter()
        .filter(|a| {
            !a.ancestors()
                .filter_map(ElementRef::wrap)
                .any(|e| e.value().name() == "article")
        })
        .collect();
    if !articles.is_empty() {
        return articles;
    }
    let body = all("body");
    if body.is_empty() {
        vec![doc.root_element()]
    } else {
        body
    }
}

enum Visit<'a> {
    Element(ElementRef<'a>),
    Text(&'a str),
    Space,
}

/// Depth-first, with a stack of its own: a deeply nested page cannot overflow the call stack.
fn walk(root: ElementRef<'_>, out: &mut String) {
    let mut stack = vec![Visit::Element(root)];
    while let Some(visit) = stack.pop() {
        match visit {
            // A line break in the page's source is a space; blocks end lines.
            Visit::Text(t) => out.extend(t.chars().map(|c| if c == '\n' { ' ' } else { c })),
            Visit::Space => out.push('\n'),
            Visit::Element(el) => {
                let name = el.value().name();
                if SKIP.contains(&name) || is_frame(&el) {
                    continue;
                }
                let block = BLOCKS.contains(&name);
                if block {
                    out.push('\n');
                    stack.push(Visit::Space);
                }
                let children: Vec<_> = el.children().collect();
                for child in children.into_iter().rev() {
                    if let Some(e) = ElementRef::wrap(child) {
                        stack.push(Visit::Element(e));
                    } else if let Some(t) = child.value().as_text() {
                        stack.push(Visit::Text(t));
                    }
                }
            }
        }
    }
}

/// Every run of whitespace (any Unicode space) as one space, trimmed.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn main_wins_and_menus_and_scripts_are_dropped() {
        let page = "<html><head><title>T</title></head><body><nav>Menu</nav>\
            <header>Top</header><main><h1>Title</h1><p>One <b>bold</b>word.</p>\
            <script>var x = 1;</script><p>Two</p></main><footer>End</footer></body></html>";
        assert_eq!(main_text(Kind::Html, page), "Title\nOne boldword.\nTwo");
    }

    #[test]
    fn articles_then_body() {
        let page = "<body><div>Intro</div><article><p>A</p><article>B</article></article>\
            <article>C</article></body>";
        assert_eq!(main_text(Kind::Html, page), "A\nB\nC");
        assert_eq!(
            main_text(Kind::Html, "<body><p>x</p><nav>n</nav><p>y</p></body>"),
            "x\ny"
        );
    }

    #[test]
    fn detection() {
        assert_eq!(
            Kind::detect(Some("text/html; charset=utf-8"), "x"),
            Kind::Html
        );
        assert_eq!(Kind::detect(Some("text/plain"), "<p>"), Kind::Plain);
        assert_eq!(Kind::detect(None, "  <!DOCTYPE html>"), Kind::Html);
        assert_eq!(Kind::detect(None, "Just text"), Kind::Plain);
        assert_eq!(main_text(Kind::Plain, " a\u{a0} b\n\n c\n"), "a b\nc");
    }

    #[test]
    fn cookie_banners_feedback_and_hidden_parts_are_frame() {
        let page = "<main><div class=\"cookie-banner\"><p>We use cookies</p></div>\
            <p>Rule one\n applies.</p><div id=\"page-feedback\">Helpful?</div>\
            <p hidden>Old</p><div role=\"navigation\">Menu</div></main>";
        assert_eq!(main_text(Kind::Html, page), "Rule one applies.");
    }
}
