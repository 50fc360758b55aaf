//! Ordinal numbers as words, for dates read aloud. Ukrainian and Russian need the case that the
//! date takes in the sentence, which a speech engine often gets wrong from digits alone.

use crate::lang::Lang;

/// The grammatical case of a day or year in a Ukrainian or Russian date: "з 1 січня" takes the
/// genitive ("першого"), "на 24 лютого" the accusative, which for the neuter is the nominative
/// form ("двадцять четверте").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    Genitive,
    Accusative,
}

struct Table {
    /// 1..=19, genitive.
    units_gen: [&'static str; 19],
    /// 1..=19, neuter nominative (= accusative).
    units_acc: [&'static str; 19],
    /// 20, 30, ..., 90 as cardinals, for compounds ("двадцять" + "першого").
    tens: [&'static str; 8],
    tens_gen: [&'static str; 8],
    tens_acc: [&'static str; 8],
    two_thousand: &'static str,
    year_2000_gen: &'static str,
}

const UK: Table = Table {
    units_gen: [
        "першого",
        "другого",
        "третього",
        "четвертого",
        "п'ятого",
        "шостого",
        "сьомого",
        "восьмого",
        "дев'ятого",
        "десятого",
        "одинадцятого",
        "дванадцятого",
        "тринадцятого",
        "чотирнадцятого",
        "п'ятнадцятого",
        "шістнадцятого",
        "сімнадцятого",
        "вісімнадцятого",
        "дев'ятнадцятого",
    ],
    units_acc: [
        "перше",
        "друге",
        "третє",
        "четверте",
        "п'яте",
        "шосте",
        "сьоме",
        "восьме",
        "дев'яте",
        "десяте",
        "одинадцяте",
        "дванадцяте",
        "тринадцяте",
        "чотирнадцяте",
        "п'ятнадцяте",
        "шістнадцяте",
        "сімнадцяте",
        "вісімнадцяте",
        "дев'ятнадцяте",
    ],
    tens: [
        "двадцять",
        "тридцять",
        "сорок",
        "п'ятдесят",
        "шістдесят",
        "сімдесят",
        "вісімдесят",
        "дев'яносто",
    ],
    tens_gen: [
        "двадцятого",
        "тридцятого",
        "сорокового",
        "п'ятдесятого",
        "шістдесятого",
        "сімдесятого",
        "вісімдесятого",
        "дев'яностого",
    ],
    tens_acc: [
        "двадцяте",
        "тридцяте",
        "сорокове",
        "п'ятдесяте",
        "шістдесяте",
        "сімдесяте",
        "вісімдесяте",
        "дев'яносте",
    ],
    two_thousand: "дві тисячі",
    year_2000_gen: "двохтисячного",
};

const RU: Table = Table {
    units_gen: [
        "первого",
        "второго",
        "третьего",
        "четвёртого",
        "пятого",
        "шестого",
        "седьмого",
        "восьмого",
        "девятого",
        "десятого",
        "одиннадцатого",
        "двенадцатого",
        "тринадцатого",
        "четырнадцатого",
        "пятнадцатого",
        "шестнадцатого",
        "семнадцатого",
        "восемнадцатого",
        "девятнадцатого",
    ],
    units_acc: [
        "первое",
        "второе",
        "третье",
        "четвёртое",
        "пятое",
        "шестое",
        "седьмое",
        "восьмое",
        "девятое",
        "десятое",
        "одиннадцатое",
        "двенадцатое",
        "тринадцатое",
        "четырнадцатое",
        "пятнадцатое",
        "шестнадцатое",
        "семнадцатое",
        "восемнадцатое",
        "девятнадцатое",
    ],
    tens: [
        "двадцать",
        "тридцать",
        "сорок",
        "пятьдесят",
        "шестьдесят",
        "семьдесят",
        "восемьдесят",
        "девяносто",
    ],
    tens_gen: [
        "двадцатого",
        "тридцатого",
        "сорокового",
        "пятидесятого",
        "шестидесятого",
        "семидесятого",
        "восьмидесятого",
        "девяностого",
    ],
    tens_acc: [
        "двадцатое",
        "тридцатое",
        "сороковое",
        "пятидесятое",
        "шестидесятое",
        "семидесятое",
        "восьмидесятое",
        "девяностое",
    ],
    two_thousand: "две тысячи",
    year_2000_gen: "двухтысячного",
};

/// Norwegian ordinals 1..=19 and the tens, for days of the month ("tjuefjerde").
const NB_UNITS: [&str; 19] = [
    "første",
    "andre",
    "tredje",
    "fjerde",
    "femte",
    "sjette",
    "sjuende",
    "åttende",
    "niende",
    "tiende",
    "ellevte",
    "tolvte",
    "trettende",
    "fjortende",
    "femtende",
    "sekstende",
    "syttende",
    "attende",
    "nittende",
];

fn table(lang: Lang) -> Option<&'static Table> {
    match lang {
        Lang::Uk => Some(&UK),
        Lang::Ru => Some(&RU),
        Lang::En | Lang::Nb => None,
    }
}

/// 1..=99 as an ordinal in Ukrainian or Russian.
fn slavic(t: &Table, n: u16, case: Case) -> Option<String> {
    let (units, tens_ord) = match case {
        Case::Genitive => (&t.units_gen, &t.tens_gen),
        Case::Accusative => (&t.units_acc, &t.tens_acc),
    };
    let n = usize::from(n);
    Some(match n {
        1..=19 => units[n - 1].to_string(),
        20..=99 if n % 10 == 0 => tens_ord[n / 10 - 2].to_string(),
        20..=99 => format!("{} {}", t.tens[n / 10 - 2], units[n % 10 - 1]),
        _ => return None,
    })
}

/// A day of the month (1..=31) as an ordinal word in the language, where it needs one:
/// "першого", "24th", "tjuefjerde". `None` leaves the digits to the speech engine.
pub fn day(lang: Lang, day: u8, case: Case) -> Option<String> {
    if !(1..=31).contains(&day) {
        return None;
    }
    if let Some(t) = table(lang) {
        return slavic(t, u16::from(day), case);
    }
    Some(match lang {
        Lang::Nb => match day {
            1..=19 => NB_UNITS[usize::from(day) - 1].to_string(),
            20 => "tjuende".into(),
            30 => "trettiende".into(),
            _ => {
                let ten = if day < 30 { "tjue" } else { "tretti" };
                format!("{ten}{}", NB_UNITS[usize::from(day % 10) - 1])
            }
        },
        _ => {
            let suffix = match (day % 10, day) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{day}{suffix}")
        }
    })
}

/// A year of this century as a genitive ordinal, for "2024 року" / "2024 года": "дві тисячі
/// двадцять четвертого". Other languages read years well from digits.
pub fn year_genitive(lang: Lang, year: u16) -> Option<String> {
    let t = table(lang)?;
    match year {
        2000 => Some(t.year_2000_gen.to_string()),
        2001..=2099 => Some(format!(
            "{} {}",
            t.two_thousand,
            slavic(t, year - 2000, Case::Genitive)?
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ukrainian_and_russian_days_in_both_cases() {
        assert_eq!(day(Lang::Uk, 1, Case::Genitive).unwrap(), "першого");
        assert_eq!(
            day(Lang::Uk, 24, Case::Genitive).unwrap(),
            "двадцять четвертого"
        );
        assert_eq!(
            day(Lang::Uk, 24, Case::Accusative).unwrap(),
            "двадцять четверте"
        );
        assert_eq!(day(Lang::Uk, 30, Case::Genitive).unwrap(), "тридцятого");
        assert_eq!(day(Lang::Ru, 15, Case::Genitive).unwrap(), "пятнадцатого");
        assert_eq!(
            day(Lang::Ru, 24, Case::Accusative).unwrap(),
            "двадцать четвёртое"
        );
        assert_eq!(
            day(Lang::Ru, 31, Case::Genitive).unwrap(),
            "тридцать первого"
        );
    }

    #[test]
    fn english_and_norwegian_days() {
        let en: Vec<_> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31]
            .map(|d| day(Lang::En, d, Case::Genitive).unwrap())
            .into();
        assert_eq!(
            en,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "31st"
            ]
        );
        assert_eq!(day(Lang::Nb, 1, Case::Genitive).unwrap(), "første");
        assert_eq!(day(Lang::Nb, 20, Case::Genitive).unwrap(), "tjuende");
        assert_eq!(day(Lang::Nb, 24, Case::Genitive).unwrap(), "tjuefjerde");
        assert_eq!(day(Lang::Nb, 31, Case::Genitive).unwrap(), "trettiførste");
        assert_eq!(day(Lang::Nb, 0, Case::Genitive), None);
        assert_eq!(day(Lang::Nb, 32, Case::Genitive), None);
    }

    #[test]
    fn years_as_genitive_ordinals() {
        assert_eq!(
            year_genitive(Lang::Uk, 2024).unwrap(),
            "дві тисячі двадцять четвертого"
        );
        assert_eq!(
            year_genitive(Lang::Ru, 2022).unwrap(),
            "две тысячи двадцать второго"
        );
        assert_eq!(
            year_genitive(Lang::Ru, 2020).unwrap(),
            "две тысячи двадцатого"
        );
        assert_eq!(year_genitive(Lang::Uk, 2000).unwrap(), "двохтисячного");
        assert_eq!(year_genitive(Lang::Uk, 1999), None);
        assert_eq!(year_genitive(Lang::En, 2024), None);
    }

    #[test]
    fn every_day_has_a_word_in_every_language() {
        for lang in Lang::ALL {
            for d in 1..=31 {
                for case in [Case::Genitive, Case::Accusative] {
                    assert!(day(lang, d, case).is_some_and(|w| !w.is_empty()));
                }
            }
        }
    }
}
