//! Where the guide cites each source: every page, language and block (the summary counts as a
//! block of its own), so a report can say what to re-read when a source drifts.

use veiviser::content::journey;
use veiviser::content::markup::{Block, Content, Inline, inlines, parse};
use veiviser::lang::Lang;
use veiviser::texts::article::article_text;

/// Which part of a page's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Summary,
    /// The n-th block of the body, from 1, as `markup::parse` splits it (headings count).
    Block(usize),
}

#[derive(Clone, Debug)]
pub struct Citation {
    pub page: &'static str,
    pub lang: Lang,
    pub part: Part,
    /// The block's first words, to find it in locales/{lang}.json.
    pub words: String,
    pub sources: Vec<&'static str>,
}

const FIRST_WORDS: usize = 8;

/// Every citing place of the guide, page by page (journey order), language by language.
pub fn all() -> Vec<Citation> {
    let mut out = Vec::new();
    for page in journey::all() {
        for lang in Lang::ALL {
            let text = article_text(page, lang);
            let (lead, sources) = text.lead();
            out.push(Citation {
                page: page.id.as_str(),
                lang,
                part: Part::Summary,
                words: first_words(&plain(lead)),
                sources,
            });
            for (i, block) in parse(text.body).into_iter().enumerate() {
                if block.sources.is_empty() {
                    continue;
                }
                out.push(Citation {
                    page: page.id.as_str(),
                    lang,
                    part: Part::Block(i + 1),
                    words: first_words(&block_text(&block)),
                    sources: block.sources,
                });
            }
        }
    }
    out
}

/// The places that cite `id`.
pub fn of<'a>(all: &'a [Citation], id: &str) -> Vec<&'a Citation> {
    all.iter().filter(|c| c.sources.contains(&id)).collect()
}

/// The pages that cite `id`, each once, in journey order.
pub fn pages_of(all: &[Citation], id: &str) -> Vec<&'static str> {
    let mut pages: Vec<&'static str> = Vec::new();
    for c in of(all, id) {
        if !pages.contains(&c.page) {
            pages.push(c.page);
        }
    }
    pages
}

/// A block's text as locales/*.json writes it (references kept as `[tel:id]`, list items
/// joined with "; "), so the first words can be searched for there.
fn block_text(block: &Block<'_>) -> String {
    match &block.content {
        Content::Heading(h) => h.to_string(),
        Content::Para(runs) | Content::Note(runs) => runs_text(runs),
        Content::List(items) => items
            .iter()
            .map(|runs| runs_text(runs))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

fn plain(text: &str) -> String {
    runs_text(&inlines(text))
}

fn runs_text(runs: &[Inline<'_>]) -> String {
    runs.iter()
        .map(|run| match run {
            Inline::Text(s) | Inline::Norwegian(s) => s.to_string(),
            Inline::Tel(id) => format!("[tel:{id}]"),
            Inline::Link(id) => format!("[link:{id}]"),
            Inline::Addr(id) => format!("[addr:{id}]"),
            Inline::Mail(id) => format!("[mail:{id}]"),
        })
        .collect()
}

fn first_words(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = words
        .iter()
        .take(FIRST_WORDS)
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    if words.len() > FIRST_WORDS {
        out.push('…');
    }
    out
}

impl Part {
    pub fn describe(self) -> String {
        match self {
            Part::Summary => "summary".to_string(),
            Part::Block(n) => format!("block {n}"),
        }
    }
}
