//! Which letter a text is: each type's cues found in the text, weighed, and a verdict that
//! says "not sure" rather than guess.

use super::cues::{CUES, Cue};
use super::fold::{Word, within};
use crate::content::journey::ArticleId;

/// At least this score, and this far ahead of the next type, to name one type.
const SURE: i32 = 6;
const GAP: i32 = 3;
/// Below this, a type is not shown even as a possibility.
const MAYBE: i32 = 3;
/// How many possibilities an unsure answer shows.
const SHOWN: usize = 3;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Sure(ArticleId),
    /// The likeliest types, likeliest first.
    Unsure(Vec<ArticleId>),
    Unknown,
}

/// Each type's score for these words, highest first (ties in table order).
pub fn scores(words: &[Word]) -> Vec<(ArticleId, i32)> {
    let windows = Windows::new(words);
    let mut found: Vec<(&str, bool)> = Vec::new();
    let mut has = |cue: &'static str| match found.iter().find(|(c, _)| *c == cue) {
        Some((_, hit)) => *hit,
        None => {
            let hit = windows.contain(cue);
            found.push((cue, hit));
            hit
        }
    };
    let mut out: Vec<(ArticleId, i32)> = CUES
        .iter()
        .map(|(id, cues)| {
            let score = cues
                .iter()
                .filter(|(cue, _)| has(cue))
                .map(|(_, w): &Cue| w)
                .sum();
            (*id, score)
        })
        .collect();
    out.sort_by_key(|(_, s)| -s);
    out
}

pub fn verdict(scores: &[(ArticleId, i32)]) -> Verdict {
    let top = scores.first().map_or(0, |(_, s)| *s);
    let second = scores.get(1).map_or(0, |(_, s)| *s);
    if top >= SURE && top - second >= GAP {
        return Verdict::Sure(scores[0].0);
    }
    let likely: Vec<ArticleId> = scores
        .iter()
        .filter(|(_, s)| *s >= MAYBE)
        .take(SHOWN)
        .map(|(id, _)| *id)
        .collect();
    if likely.is_empty() {
        Verdict::Unknown
    } else {
        Verdict::Unsure(likely)
    }
}

/// Runs of one to four neighbouring words, joined: a cue written as one word ("pinkode") or as
/// two ("pin kode") matches either way.
struct Windows {
    joined: Vec<String>,
}

const LONGEST: usize = 4;

impl Windows {
    fn new(words: &[Word]) -> Windows {
        let mut joined = Vec::with_capacity(words.len() * LONGEST);
        for i in 0..words.len() {
            let mut s = String::new();
            for w in words.iter().skip(i).take(LONGEST) {
                s.push_str(&w.text);
                joined.push(s.clone());
            }
        }
        Windows { joined }
    }

    fn contain(&self, cue: &str) -> bool {
        let (cue, prefix) = match cue.strip_suffix('*') {
            Some(c) => (c, true),
            None => (cue, false),
        };
        let (cue, exact) = match cue.strip_suffix('=') {
            Some(c) => (c, true),
            None => (cue, false),
        };
        let cue: String = cue.split(' ').collect();
        // Short words must be exact: "tb", "une" and "udi" are too easy to hit by chance.
        let k = match cue.chars().count() {
            _ if exact => 0,
            0..=5 => 0,
            6..=9 => 1,
            _ => 2,
        };
        let first = cue.chars().next();
        self.joined.iter().any(|w| {
            if w.chars().next() != first {
                return false;
            }
            if prefix {
                let end = w
                    .char_indices()
                    .nth(cue.chars().count())
                    .map_or(w.len(), |(i, _)| i);
                within(&cue, &w[..end], k)
            } else {
                within(&cue, w, k)
            }
        })
    }
}
