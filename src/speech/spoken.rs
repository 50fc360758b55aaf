//! How numbers are said: a phone number in its groups, a date as a date, and a pause at the end
//! of every line. The speech engine gets plain words; nothing here knows the browser.

use super::words::{self, Case};
use crate::chars::{is_word_char, lower};
use crate::lang::Lang;

/// "+47 23 35 15 00" → "pluss 47, 23, 35, 15, 0 0": a pause between the groups a listener
/// writes down. Pairs are said as numbers, as Norwegians say them; other groups, and any
/// group that starts with 0, digit by digit ("1 1 3", "0 2 8 0 0").
pub fn phone(display: &str, plus: &str) -> String {
    display
        .split([' ', '\u{202f}', '\u{a0}'])
        .filter(|g| !g.is_empty())
        .map(|group| {
            let (sign, digits) = match group.strip_prefix('+') {
                Some(rest) => (format!("{plus} "), rest),
                None => (String::new(), group),
            };
            let as_pair = digits.len() == 2 && !digits.starts_with('0');
            let said = if as_pair || !sign.is_empty() {
                digits.to_string()
            } else {
                spell(digits)
            };
            sign + &said
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn spell(digits: &str) -> String {
    let chars: Vec<String> = digits.chars().map(String::from).collect();
    chars.join(" ")
}

/// Dates written with the month's name ("24 лютого 2022 року", "24. februar 2022") are said
/// with the day as an ordinal word in the right case, and for Ukrainian and Russian the year
/// too. `months` are the twelve month names as the language writes them in a date.
pub fn dates(text: &str, lang: Lang, months: &[&str]) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let parts: Vec<(&str, &str, &str)> = words.iter().map(|w| split_word(w)).collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (i, (w, &(pre, core, post))) in words.iter().zip(&parts).enumerate() {
        let next = parts.get(i + 1).map(|p| p.1);
        let before = i.checked_sub(1).map(|p| parts[p].1);
        let said = day_word(core, post, next, before, lang, months)
            .or_else(|| Some((year_word(core, next, lang)?, post)));
        let starts_sentence = i == 0 || words[i - 1].ends_with(['.', '!', '?']);
        out.push(match said {
            Some((word, post)) if starts_sentence => format!("{pre}{}{post}", capitalised(&word)),
            Some((word, post)) => format!("{pre}{word}{post}"),
            None => w.to_string(),
        });
    }
    out.join(" ")
}

/// The day of a "D month" or "D. month" date, and what follows it.
fn day_word<'a>(
    core: &str,
    post: &'a str,
    next: Option<&str>,
    before: Option<&str>,
    lang: Lang,
    months: &[&str],
) -> Option<(String, &'a str)> {
    let next = next?;
    let next = lowered(next);
    if !months.iter().any(|m| lowered(m) == next) {
        return None;
    }
    // Norwegian writes the day as "24.": the dot is the ordinal mark, not the end of a sentence.
    let post = match lang {
        Lang::Nb => post.strip_prefix('.')?,
        _ => post,
    };
    let day: u8 = core.parse().ok().filter(|_| core.len() <= 2)?;
    // The day is the object of these words: "на 24 лютого" → "на двадцять четверте лютого",
    // "називає 1 липня" → "перше липня". After anything else it is genitive ("з першого").
    const ACCUSATIVE_AFTER: [&str; 11] = [
        "на",
        "називає",
        "називають",
        "назвав",
        "назвала",
        "датою",
        "называет",
        "называют",
        "назвал",
        "назвала",
        "датой",
    ];
    let before = before.map(lowered).unwrap_or_default();
    let case = if ACCUSATIVE_AFTER.contains(&before.as_str()) {
        Case::Accusative
    } else {
        Case::Genitive
    };
    Some((words::day(lang, day, case)?, post))
}

/// "2024" before "року" or "года" (or "2023–2024" before "років" or "годов"): the year as a
/// genitive ordinal.
fn year_word(core: &str, next: Option<&str>, lang: Lang) -> Option<String> {
    let year = |y: &str| match y.len() {
        4 => words::year_genitive(lang, y.parse().ok()?),
        _ => None,
    };
    match (next?, core.split_once(['–', '-'])) {
        ("року" | "года" | "р" | "г", None) => year(core),
        ("років" | "годов", Some((from, to))) => {
            Some(format!("{} – {}", year(from)?, year(to)?))
        }
        _ => None,
    }
}

/// Lower case without std's Unicode tables (see `search::normalize`: they cost kilobytes).
fn lowered(word: &str) -> String {
    word.chars().map(lower).collect()
}

/// The ordinal words start with a small letter of Latin-1 or Cyrillic: its capital.
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let u = u32::from(first);
    let upper = match u {
        0x61..=0x7A | 0xE0..=0xFE if u != 0xF7 => u - 0x20,
        0x430..=0x44F => u - 0x20,
        0x450..=0x45F => u - 0x50,
        0x491 => 0x490,
        _ => u,
    };
    char::from_u32(upper).into_iter().chain(chars).collect()
}

/// Splits "(24," into "(", "24" and ",": what is around a word, and the word.
fn split_word(w: &str) -> (&str, &str, &str) {
    let word_char = |c: char| is_word_char(c) || c == '\'' || c == '’';
    let start = w.find(word_char).unwrap_or(w.len());
    let end = w
        .char_indices()
        .rev()
        .find(|(_, c)| word_char(*c))
        .map_or(start, |(i, c)| i + c.len_utf8());
    (&w[..start], &w[start..end.max(start)], &w[end.max(start)..])
}

/// Ends a line with a full stop when it has no closing mark, so the engine lowers its voice
/// and pauses before the next line, as a reader does between list items.
pub fn with_pause(text: &str) -> String {
    let t = text.trim();
    match t.chars().last() {
        None => String::new(),
        Some('.' | '!' | '?' | ':' | ';' | '…') => t.to_string(),
        Some(_) => format!("{t}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const UK_MONTHS: [&str; 12] = [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ];
    const NB_MONTHS: [&str; 12] = [
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ];
    const EN_MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];

    #[test]
    fn phone_numbers_are_said_in_their_groups() {
        assert_eq!(
            phone("+47 23 35 15 00", "pluss"),
            "pluss 47, 23, 35, 15, 0 0"
        );
        assert_eq!(phone("+47 800 30 300", "plus"), "plus 47, 8 0 0, 30, 3 0 0");
        assert_eq!(phone("113", "plus"), "1 1 3");
        assert_eq!(phone("02800", "плюс"), "0 2 8 0 0");
        // The seeds write some numbers with narrow no-break spaces.
        assert_eq!(
            phone("+47\u{202f}116\u{202f}117", "плюс"),
            "плюс 47, 1 1 6, 1 1 7"
        );
    }

    #[test]
    fn ukrainian_dates_take_the_case_of_the_sentence() {
        assert_eq!(
            dates("З 15 лютого 2024 року нові заявники", Lang::Uk, &UK_MONTHS),
            "З п'ятнадцятого лютого дві тисячі двадцять четвертого року нові заявники"
        );
        assert_eq!(
            dates("якщо на 24 лютого 2022 року ви", Lang::Uk, &UK_MONTHS),
            "якщо на двадцять четверте лютого дві тисячі двадцять другого року ви"
        );
        assert_eq!(
            dates("(з 1 березня 2024 року).", Lang::Uk, &UK_MONTHS),
            "(з першого березня дві тисячі двадцять четвертого року)."
        );
        // A year alone before "року" is a date too; a number of days is not.
        assert_eq!(
            dates("з 2022 року, до 90 днів", Lang::Uk, &UK_MONTHS),
            "з дві тисячі двадцять другого року, до 90 днів"
        );
        assert_eq!(
            dates("IMDi називає 1 липня 2026 року.", Lang::Uk, &UK_MONTHS),
            "IMDi називає перше липня дві тисячі двадцять шостого року."
        );
        assert_eq!(
            dates("сесії 2023–2024 років", Lang::Uk, &UK_MONTHS),
            "сесії дві тисячі двадцять третього – дві тисячі двадцять четвертого років"
        );
        // A sentence that starts with a date still starts with a capital.
        assert_eq!(
            dates("років. 16 лютого 2024 року уряд", Lang::Uk, &UK_MONTHS),
            "років. Шістнадцятого лютого дві тисячі двадцять четвертого року уряд"
        );
    }

    #[test]
    fn english_and_norwegian_days_become_ordinals() {
        assert_eq!(
            dates("Since 1 January 2024, everyone", Lang::En, &EN_MONTHS),
            "Since 1st January 2024, everyone"
        );
        assert_eq!(
            dates("Fra 15. februar 2024 kan", Lang::Nb, &NB_MONTHS),
            "Fra femtende februar 2024 kan"
        );
        // "mai" after a number of days is no date in Norwegian without the ordinal dot.
        assert_eq!(dates("om 3 mai", Lang::Nb, &NB_MONTHS), "om 3 mai");
        assert_eq!(dates("15 people", Lang::En, &EN_MONTHS), "15 people");
    }

    #[test]
    fn capitals_agree_with_std_for_the_letters_ordinals_start_with() {
        let small = ('a'..='z')
            .chain('à'..='þ')
            .chain('а'..='я')
            .chain('ѐ'..='џ');
        for c in small.chain(['ґ']).filter(|c| *c != '÷') {
            assert_eq!(
                capitalised(&c.to_string()),
                c.to_uppercase().to_string(),
                "{c:?}"
            );
        }
        assert_eq!(capitalised("åttende"), "Åttende");
        assert_eq!(capitalised("її"), "Її");
    }

    #[test]
    fn every_line_ends_with_a_pause() {
        assert_eq!(with_pause(" Bring your passport "), "Bring your passport.");
        assert_eq!(with_pause("Where?"), "Where?");
        assert_eq!(with_pause("Call:"), "Call:");
        assert_eq!(with_pause(""), "");
    }
}
