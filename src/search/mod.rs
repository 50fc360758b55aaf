//! Offline search over the guidance and the phrase cards, in every language.

mod index;
pub mod normalize;

pub use index::{DocKind, Entry, Hit, Index, Snippet};

use crate::content::markup::{Content, Inline, parse};
use crate::content::{journey, phrases, registry};
use crate::lang::Lang;
use crate::texts::article::article_text;

/// A body as plain text: registry references become the number or the site's name. Also where
/// each section starts in that text, with its heading's place among the blocks.
fn plain(body: &str, lang: Lang) -> (String, Vec<(usize, usize)>) {
    let mut out = String::new();
    let mut sections = Vec::new();
    for (at, block) in parse(body).into_iter().enumerate() {
        if let Content::Heading(h) = block.content {
            sections.push((out.len(), at));
            out.push_str(h);
        }
        for run in block.inlines() {
            match run {
                Inline::Text(t) | Inline::Norwegian(t) => out.push_str(t),
                Inline::Tel(id) => out.push_str(registry::contact(id).map_or("", |c| c.display)),
                Inline::Link(id) => out.push_str(registry::link(id).map_or("", |l| l.label(lang))),
                Inline::Addr(id) => out.push_str(registry::address(id).map_or("", |a| a.text)),
                Inline::Mail(id) => out.push_str(registry::email(id).map_or("", |e| e.address)),
            }
            if matches!(block.content, Content::List(_)) {
                out.push(' ');
            }
        }
        out.push_str(" \n");
    }
    (out, sections)
}

/// Every step, topic, letter and phrase card in every language.
pub fn entries() -> Vec<Entry> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        for page in journey::all() {
            let t = article_text(page, lang);
            let kind = match page.kind {
                journey::Kind::Step => DocKind::Step,
                journey::Kind::Topic => DocKind::Topic,
                journey::Kind::Letter => DocKind::Letter,
            };
            let lead = t.lead().0;
            let (text, sections) = plain(t.body, lang);
            let body = format!("{lead}\n{text}");
            let sections = sections
                .into_iter()
                .map(|(start, at)| (start + lead.len() + 1, at))
                .collect();
            let headings = parse(t.body).into_iter().filter_map(|b| match b.content {
                Content::Heading(h) => Some(h),
                _ => None,
            });
            let key = std::iter::once(t.lead().0)
                .chain(headings)
                .collect::<Vec<_>>()
                .join("\n");
            out.push(Entry {
                kind,
                id: page.id.as_str(),
                lang,
                title: t.title.to_string(),
                key,
                body,
                sections,
            });
        }
        for phrase in phrases::all() {
            out.push(Entry {
                kind: DocKind::Phrase,
                id: phrase.as_str(),
                lang,
                title: phrase.text(lang).to_string(),
                key: String::new(),
                body: phrase.text(Lang::Nb).to_string(),
                sections: Vec::new(),
            });
        }
    }
    out
}

pub fn build() -> Index {
    Index::new(entries())
}
