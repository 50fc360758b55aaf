//! What a letter states that a person may act on: its dates (with a time where one follows),
//! a DUF number, an amount, and a period ("innen tre uker"). Read from the raw text, so the
//! dots and colons inside numbers count.

use super::fold::fold_char;
use crate::chars::is_word_char;
use crate::date::Date;

#[derive(Clone, Debug, PartialEq, Eq)]
enum Tok {
    Num(String),
    Word(String),
    Punct(char),
}

#[derive(Clone, Debug)]
struct Token {
    tok: Tok,
    start: usize,
    end: usize,
}

fn lex(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let extend = |out: &mut Vec<Token>, digit: bool| {
            if let Some(last) = out.last_mut().filter(|t| t.end == i) {
                match (&mut last.tok, digit) {
                    (Tok::Num(s), true) => {
                        s.push(c);
                        last.end = end;
                        return true;
                    }
                    (Tok::Word(s), false) => {
                        fold_char(c, s);
                        last.end = end;
                        return true;
                    }
                    _ => {}
                }
            }
            false
        };
        if c.is_ascii_digit() {
            if !extend(&mut out, true) {
                out.push(Token {
                    tok: Tok::Num(c.into()),
                    start: i,
                    end,
                });
            }
        } else if is_word_char(c) {
            if !extend(&mut out, false) {
                let mut word = String::new();
                fold_char(c, &mut word);
                out.push(Token {
                    tok: Tok::Word(word),
                    start: i,
                    end,
                });
            }
        } else if !c.is_whitespace() {
            out.push(Token {
                tok: Tok::Punct(c),
                start: i,
                end,
            });
        }
    }
    out
}

/// A date found in the text, with the time that follows it, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FoundDate {
    pub date: Date,
    pub time: Option<(u8, u8)>,
    /// Byte offset in the text.
    pub at: usize,
}

/// An amount in kroner: whole kroner and øre.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Amount {
    pub kroner: u64,
    pub ore: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Days,
    Weeks,
    Months,
}

/// A period the letter gives for acting, counted from the day it was received.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub n: u32,
    pub unit: Unit,
    /// Where the letter says it (byte range), to quote its own words.
    pub span: (usize, usize),
}

impl Period {
    /// The last day, counting from `received`.
    pub fn ends(self, received: Date) -> Date {
        match self.unit {
            Unit::Days => received.add_days(i64::from(self.n)),
            Unit::Weeks => received.add_days(7 * i64::from(self.n)),
            Unit::Months => received.add_months(self.n),
        }
    }
}

const MONTHS: &[(&str, u8)] = &[
    ("januar", 1),
    ("january", 1),
    ("jan", 1),
    ("februar", 2),
    ("february", 2),
    ("feb", 2),
    ("mars", 3),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("mai", 5),
    ("may", 5),
    ("juni", 6),
    ("june", 6),
    ("jun", 6),
    ("juli", 7),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("oktober", 10),
    ("october", 10),
    ("okt", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("desember", 12),
    ("december", 12),
    ("des", 12),
    ("dec", 12),
];

const NUMBERS: &[(&str, u32)] = &[
    ("en", 1),
    ("ett", 1),
    ("ei", 1),
    ("one", 1),
    ("a", 1),
    ("to", 2),
    ("two", 2),
    ("tre", 3),
    ("three", 3),
    ("fire", 4),
    ("four", 4),
    ("fem", 5),
    ("five", 5),
    ("seks", 6),
    ("six", 6),
    ("sju", 7),
    ("syv", 7),
    ("seven", 7),
    ("atte", 8),
    ("eight", 8),
    ("ni", 9),
    ("nine", 9),
    ("ti", 10),
    ("ten", 10),
    ("fjorten", 14),
    ("fourteen", 14),
    ("tjueen", 21),
    ("twentyone", 21),
];

fn unit(word: &str) -> Option<Unit> {
    match word {
        "dag" | "dager" | "dagers" | "day" | "days" => Some(Unit::Days),
        "uke" | "uker" | "ukers" | "week" | "weeks" => Some(Unit::Weeks),
        "maned" | "maneder" | "maneders" | "maaned" | "maaneder" | "month" | "months" => {
            Some(Unit::Months)
        }
        _ => None,
    }
}

/// What the text states.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    pub dates: Vec<FoundDate>,
    pub duf: Option<String>,
    pub amount: Option<Amount>,
    pub period: Option<Period>,
}

pub fn extract(text: &str) -> Found {
    let t = lex(text);
    let mut found = Found::default();
    let mut i = 0;
    while i < t.len() {
        if let Some((date, next)) = date_at(&t, i) {
            let time = time_after(&t, next);
            found.dates.push(FoundDate {
                date,
                time,
                at: t[i].start,
            });
            i = next;
            continue;
        }
        if found.duf.is_none() {
            found.duf = duf_at(&t, i);
        }
        if found.amount.is_none() {
            found.amount = amount_at(&t, i);
        }
        if found.period.is_none() {
            found.period = period_at(&t, i);
        }
        i += 1;
    }
    found
}

fn num(t: &[Token], i: usize) -> Option<&str> {
    match t.get(i).map(|t| &t.tok) {
        Some(Tok::Num(s)) => Some(s),
        _ => None,
    }
}

fn word(t: &[Token], i: usize) -> Option<&str> {
    match t.get(i).map(|t| &t.tok) {
        Some(Tok::Word(s)) => Some(s),
        _ => None,
    }
}

fn punct(t: &[Token], i: usize) -> Option<char> {
    match t.get(i).map(|t| &t.tok) {
        Some(Tok::Punct(c)) => Some(*c),
        _ => None,
    }
}

/// Whether tokens i and i + 1 touch (no space between).
fn touch(t: &[Token], i: usize) -> bool {
    matches!((t.get(i), t.get(i + 1)), (Some(a), Some(b)) if a.end == b.start)
}

fn year(s: &str) -> Option<i32> {
    match s.len() {
        4 => s.parse().ok(),
        2 => s.parse::<i32>().ok().map(|y| 2000 + y),
        _ => None,
    }
}

/// A date starting at token i, and the index after it.
fn date_at(t: &[Token], i: usize) -> Option<(Date, usize)> {
    let a = num(t, i)?;
    // 12.03.2027, 12/03/27, 12-03-2027
    if let (Some(sep), Some(m), Some(y)) = (punct(t, i + 1), num(t, i + 2), num(t, i + 4)) {
        let joined = (i..i + 4).all(|j| touch(t, j));
        if joined && matches!(sep, '.' | '/' | '-') && punct(t, i + 3) == Some(sep) && a.len() <= 2
        {
            let d = Date::new(year(y)?, m.parse().ok()?, a.parse().ok()?)?;
            return Some((d, i + 5));
        }
        // 2027-03-12
        if joined && sep == '-' && punct(t, i + 3) == Some('-') && a.len() == 4 {
            let d = Date::new(a.parse().ok()?, m.parse().ok()?, y.parse().ok()?)?;
            return Some((d, i + 5));
        }
    }
    // 12. mars 2027, 12 March 2027
    let mut j = i + 1;
    if punct(t, j) == Some('.') {
        j += 1;
    }
    let month = word(t, j)
        .and_then(|w| MONTHS.iter().find(|(m, _)| *m == w))?
        .1;
    j += 1;
    if punct(t, j) == Some('.') {
        j += 1;
    }
    let y = num(t, j).filter(|y| y.len() == 4)?;
    let d = Date::new(y.parse().ok()?, month, a.parse().ok()?)?;
    Some((d, j + 1))
}

/// "kl. 09:30", "klokken 10.00", "at 13:15" within a few tokens after a date.
fn time_after(t: &[Token], from: usize) -> Option<(u8, u8)> {
    for i in from..(from + 6).min(t.len()) {
        if date_at(t, i).is_some() || matches!(punct(t, i), Some('\n' | ';')) {
            return None;
        }
        let (Some(h), Some(sep), Some(m)) = (num(t, i), punct(t, i + 1), num(t, i + 2)) else {
            continue;
        };
        let next_is_date =
            punct(t, i + 3) == Some('.') && touch(t, i + 2) && num(t, i + 4).is_some();
        if matches!(sep, ':' | '.')
            && touch(t, i)
            && touch(t, i + 1)
            && m.len() == 2
            && !next_is_date
        {
            let (h, m): (u8, u8) = (h.parse().ok()?, m.parse().ok()?);
            if h <= 23 && m <= 59 {
                return Some((h, m));
            }
        }
    }
    None
}

/// "DUF-nummer: 2022 123456 01", "DUF 202212345601": 12 digits after the label.
fn duf_at(t: &[Token], i: usize) -> Option<String> {
    if word(t, i) != Some("duf") && !word(t, i).is_some_and(|w| w.starts_with("dufn")) {
        return None;
    }
    let mut j = i + 1;
    while j < t.len() && j <= i + 4 && num(t, j).is_none() {
        j += 1;
    }
    let mut digits = String::new();
    while let Some(n) = num(t, j) {
        digits.push_str(n);
        if digits.len() >= 12 {
            break;
        }
        j += 1;
    }
    (digits.len() == 12).then_some(digits)
}

/// "kr 1 250", "NOK 3 000,50", "450,- kr", "1 250 kroner".
fn amount_at(t: &[Token], i: usize) -> Option<Amount> {
    let currency = |w: Option<&str>| matches!(w, Some("kr" | "nok" | "kroner"));
    if currency(word(t, i)) {
        let j = if punct(t, i + 1) == Some('.') {
            i + 2
        } else {
            i + 1
        };
        return number(t, j).map(|(a, _)| a);
    }
    let (a, next) = number(t, i)?;
    // The number must not be part of a date, a time or another number before it.
    if i > 0 && (touch(t, i - 1) || num(t, i - 1).is_some()) {
        return None;
    }
    let mut j = next;
    if punct(t, j) == Some(',') && punct(t, j + 1) == Some('-') {
        j += 2;
    }
    currency(word(t, j)).then_some(a)
}

/// A number with spaces between thousands and an optional ",50" or ",-".
fn number(t: &[Token], i: usize) -> Option<(Amount, usize)> {
    let first = num(t, i).filter(|n| n.len() <= 3 || i == 0 || !touch(t, i - 1))?;
    let mut kroner = first.to_string();
    let mut j = i + 1;
    while let Some(n) = num(t, j).filter(|n| n.len() == 3 && kroner.len() <= 3 * 4) {
        let spaced = !touch(t, j - 1);
        let dotted = punct(t, j - 1) == Some('.');
        if !spaced && !dotted {
            break;
        }
        kroner.push_str(n);
        j += 1;
    }
    let mut ore = 0;
    if punct(t, j) == Some(',')
        && touch(t, j)
        && let Some(d) = num(t, j + 1).filter(|d| d.len() <= 2)
    {
        ore = d.parse::<u8>().ok()? * if d.len() == 1 { 10 } else { 1 };
        j += 2;
    }
    Some((
        Amount {
            kroner: kroner.parse().ok()?,
            ore,
        },
        j,
    ))
}

/// "innen tre uker", "fristen er 21 dager", "within three weeks".
fn period_at(t: &[Token], i: usize) -> Option<Period> {
    let trigger = word(t, i).is_some_and(|w| {
        matches!(w, "innen" | "within" | "senest")
            || w.starts_with("frist")
            || w.starts_with("klagefrist")
    });
    if !trigger {
        return None;
    }
    // "Fristen for å sende uttalelse er tre uker": the number may come several words later.
    for j in i + 1..(i + 8).min(t.len()) {
        let n = match &t[j].tok {
            Tok::Num(s) => s.parse().ok(),
            Tok::Word(w) => NUMBERS.iter().find(|(n, _)| n == w).map(|(_, v)| *v),
            Tok::Punct(_) => None,
        };
        if let (Some(n), Some(unit)) = (n, word(t, j + 1).and_then(unit)) {
            let span = (t[i].start, t[j + 1].end);
            return Some(Period { n, unit, span });
        }
    }
    None
}
