//! An offline search index over plain documents: typo-tolerant, script- and diacritic-blind,
//! with a highlighted snippet for each hit.

use super::normalize::{distance, words};
use crate::chars::is_word_char;
use crate::lang::Lang;
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocKind {
    Step,
    Topic,
    Letter,
    Phrase,
}

/// What the index is built from.
pub struct Entry {
    pub kind: DocKind,
    pub id: &'static str,
    pub lang: Lang,
    pub title: String,
    /// The summary and the section headings: what the page is about, weighed above its body.
    pub key: String,
    pub body: String,
    /// Where each section starts in `body`, with its heading's place among the page's blocks.
    pub sections: Vec<(usize, usize)>,
}

struct Token {
    word: String,
    span: Range<usize>,
}

struct Doc {
    entry: Entry,
    title: Vec<Word>,
    key: Vec<Word>,
    /// Each distinct body word once: scoring compares against these.
    vocab: Vec<Word>,
    /// Every body word with its place in the text, for the snippet.
    body: Vec<Token>,
}

/// A folded word and its stem.
struct Word {
    word: String,
    stem: String,
}

impl Word {
    fn new(word: String) -> Word {
        Word {
            stem: stem(&word),
            word,
        }
    }
}

fn distinct(tokens: &[Token]) -> Vec<Word> {
    let mut words: Vec<String> = tokens.iter().map(|t| t.word.clone()).collect();
    words.sort_unstable();
    words.dedup();
    words.into_iter().map(Word::new).collect()
}

/// Endings of Ukrainian and Russian words (and a few of Norwegian and English), in the folded
/// Latin skeleton: "дітям", "діти" and "дитина" meet at "dit".
const ENDINGS: &[&str] = &[
    "jami", "ami", "ovi", "evi", "ogo", "ego", "omu", "emu", "oju", "eju", "ija", "ijah", "jam",
    "jah", "ach", "ah", "am", "ov", "ev", "ej", "ij", "oj", "ih", "im", "om", "em", "ju", "ja",
    "ennja", "ene", "en", "et", "er", "ing", "ed", "es", "a", "e", "i", "o", "u", "s",
];

/// A light stem: the word less the longest known ending that leaves at least three letters.
fn stem(word: &str) -> String {
    if word.chars().count() < 5 || word.chars().any(|c| c.is_ascii_digit()) {
        return word.to_string();
    }
    ENDINGS
        .iter()
        .filter_map(|e| word.strip_suffix(e))
        .filter(|rest| rest.chars().count() >= 3)
        .min_by_key(|rest| rest.len())
        .unwrap_or(word)
        .to_string()
}

/// Words that say nothing of the subject, in the four languages (folded): a question's "what",
/// "to", "на", "треба" must not decide which page comes first.
const STOP: &[&str] = &[
    // uk
    "shcho", "na", "v", "u", "z", "iz", "i", "ta", "do", "dlja", "jak", "ne", "tse", "mene", "meni",
    "ja", "vi", "mi", "pro", "pislja", "chi", "abo", "koli", "de", "treba", "mozhna", "sobou",
    "soboju", "jaki", "jakij", "jaka", "meni", // ru
    "chto", "s", "k", "po", "kak", "eto", "mne", "my", "o", "ob", "pri", "ili", "kogda", "gde",
    "nuzhno", "nado", "li", "mozhno", "moj", "moja", "dlja", // en
    "the", "a", "an", "to", "of", "in", "on", "for", "what", "how", "do", "my", "is", "are",
    "with", "and", "or", "when", "where", "can", "need", "get", "was", "does", "me", // nb
    "og", "pa", "til", "av", "med", "hva", "hvordan", "jeg", "er", "en", "et", "det", "som", "nar",
    "hvor", "kan", "ma", "ta", "hvem", "far", "min", "mitt",
];

/// Part of a document's text around a match: `before`, the matched word, `after`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippet {
    pub before: String,
    pub mark: String,
    pub after: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub kind: DocKind,
    pub id: &'static str,
    pub lang: Lang,
    pub title: String,
    pub snippet: Option<Snippet>,
    /// The place among the page's blocks of the heading of the section the match is in.
    pub section: Option<usize>,
    pub score: u32,
}

/// Official names people may type in Cyrillic, as their Latin skeleton.
const ALIASES: &[(&str, &str)] = &[
    ("baipas", "buypass"),
    ("baipass", "buypass"),
    ("bankaidi", "bankid"),
    ("bankid", "bankid"),
    ("minaidi", "minid"),
    ("mainaidi", "minid"),
    ("nav", "nav"),
];

fn tokens(text: &str) -> Vec<Token> {
    let is_word = |c: char| is_word_char(c) || matches!(c, '\'' | '’' | 'ʼ');
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (is_word(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if let Some(word) = words(&text[s..i]).into_iter().next() {
                    out.push(Token { word, span: s..i });
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// How well a query word matches a document word (0: not at all).
fn quality(q: &Word, w: &Word) -> u32 {
    let (q_stem, w_stem) = (&q.stem, &w.stem);
    let (q, w) = (q.word.as_str(), w.word.as_str());
    if q == w {
        return 10;
    }
    if q_stem == w_stem && q_stem.chars().count() >= 3 {
        return 8;
    }
    let len = q.chars().count();
    if len >= 3 && w.starts_with(q) {
        return 7;
    }
    let max = match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    };
    match distance(q, w, max) {
        Some(d) if max > 0 => 6 - d as u32,
        _ => 0,
    }
}

pub struct Index {
    docs: Vec<Doc>,
}

impl Index {
    pub fn new(entries: impl IntoIterator<Item = Entry>) -> Index {
        let docs = entries
            .into_iter()
            .map(|entry| {
                let body = tokens(&entry.body);
                Doc {
                    title: distinct(&tokens(&entry.title)),
                    key: distinct(&tokens(&entry.key)),
                    vocab: distinct(&body),
                    body,
                    entry,
                }
            })
            .collect();
        Index { docs }
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Hits in `lang`, best first. With `other_languages`, hits in every other language instead.
    pub fn search(&self, query: &str, lang: Lang, other_languages: bool, limit: usize) -> Vec<Hit> {
        let all: Vec<String> = words(query)
            .into_iter()
            .filter(|w| w.chars().count() >= 2 || w.chars().all(|c| c.is_ascii_digit()))
            .map(|w| {
                ALIASES
                    .iter()
                    .find(|(a, _)| *a == w)
                    .map_or(w, |(_, to)| to.to_string())
            })
            .collect();
        // Stop-words out, unless the query is nothing else.
        let content: Vec<String> = all
            .iter()
            .filter(|w| !STOP.contains(&w.as_str()))
            .cloned()
            .collect();
        let query: Vec<Word> = if content.is_empty() { all } else { content }
            .into_iter()
            .map(Word::new)
            .collect();
        if query.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<Hit> = self
            .docs
            .iter()
            .filter(|d| (d.entry.lang == lang) != other_languages)
            .filter_map(|d| score(d, &query))
            .collect();
        // Best first; on a tie, guidance before phrase cards.
        hits.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then((a.kind == DocKind::Phrase).cmp(&(b.kind == DocKind::Phrase)))
        });
        // A weak fuzzy hit far below the best is noise, not an answer.
        let best = hits.first().map_or(0, |h| h.score);
        hits.retain(|h| h.score * 4 >= best);
        hits.truncate(limit);
        hits
    }
}

fn score(doc: &Doc, query: &[Word]) -> Option<Hit> {
    let mut total = 0;
    let mut matched = 0;
    let mut first_body_match: Option<&Token> = None;
    // The body words that answered each query word: the section holding most of them is where
    // the page opens.
    let mut answered: Vec<&str> = Vec::new();
    for q in query {
        let best_title = doc.title.iter().map(|w| quality(q, w)).max().unwrap_or(0);
        let best_key = doc.key.iter().map(|w| quality(q, w)).max().unwrap_or(0);
        let best_body = doc
            .vocab
            .iter()
            .map(|w| (quality(q, w), w))
            .max_by_key(|(s, _)| *s);
        let body_score = best_body.map_or(0, |(s, _)| s);
        if best_title == 0 && best_key == 0 && body_score == 0 {
            continue;
        }
        matched += 1;
        // A title match counts most, except on phrase cards: both sides are the same sentence.
        total += if doc.entry.kind == DocKind::Phrase {
            best_title.max(body_score)
        } else {
            best_title * 3 + best_key * 2 + body_score
        };
        if let Some((s, word)) = best_body
            && s > 0
        {
            answered.push(&word.word);
            if let Some(t) = doc.body.iter().find(|t| t.word == word.word)
                && first_body_match.is_none_or(|f| t.span.start < f.span.start)
            {
                first_body_match = Some(t);
            }
        }
    }
    // Most of the query must be found somewhere.
    if matched * 2 < query.len() || matched == 0 {
        return None;
    }
    // A letter's page answers a question about that letter; a general question goes to the
    // step or topic first, with the letter after it.
    if doc.entry.kind == DocKind::Letter {
        total /= 2;
    }
    let body = &doc.entry.body;
    let snippet = first_body_match.map(|t| {
        let start = floor_char(body, t.span.start.saturating_sub(60));
        let end = ceil_char(body, (t.span.end + 80).min(body.len()));
        Snippet {
            before: format!(
                "{}{}",
                if start > 0 { "…" } else { "" },
                &body[start..t.span.start]
            ),
            mark: body[t.span.clone()].to_string(),
            after: format!(
                "{}{}",
                &body[t.span.end..end],
                if end < body.len() { "…" } else { "" }
            ),
        }
    });
    Some(Hit {
        kind: doc.entry.kind,
        id: doc.entry.id,
        lang: doc.entry.lang,
        title: doc.entry.title.clone(),
        snippet,
        section: best_section(doc, &answered),
        score: total,
    })
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The section in which most of the answering words stand (the first on a tie), as its
/// heading's place among the page's blocks; None before the first heading or on a phrase card.
/// One pass over the body: each answering word is counted once per section.
fn best_section(doc: &Doc, answered: &[&str]) -> Option<usize> {
    let sections = &doc.entry.sections;
    // found[i][w]: whether word w stands in section i.
    let mut found = vec![vec![false; answered.len()]; sections.len()];
    for t in &doc.body {
        let Some(w) = answered.iter().position(|a| *a == t.word) else {
            continue;
        };
        // The last section that starts at or before the word.
        if let Some(i) = sections
            .iter()
            .rposition(|(start, _)| *start <= t.span.start)
        {
            found[i][w] = true;
        }
    }
    let mut best: Option<(usize, usize)> = None;
    for (words, &(_, at)) in found.iter().zip(sections) {
        let n = words.iter().filter(|f| **f).count();
        if n > 0 && best.is_none_or(|(m, _)| n > m) {
            best = Some((n, at));
        }
    }
    best.map(|(_, at)| at)
}
