//! "Which letter is this?": the recogniser on letters written for the tests, the facts it
//! finds in them, the deadline arithmetic, and kept letters in the stored format.

use serde_json::Value;
use veiviser::checklist::{AppData, Change, KeptLetter, MAX_LETTER, MAX_LETTERS, Refusal};
use veiviser::content::journey::{self, Kind, LETTERS};
use veiviser::date::Date;
use veiviser::letters::{self, Period, Unit, Verdict};
use veiviser::storage::envelope;

fn load(file: &str) -> Vec<Value> {
    let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    serde_json::from_str::<Value>(&text)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// The verdict as the data files name it: a letter's public id, "unsure", or "none".
fn named(v: &Verdict) -> String {
    match v {
        Verdict::Sure(id) => id.as_str().to_string(),
        Verdict::Unsure(_) => "unsure".into(),
        Verdict::Unknown => "none".into(),
    }
}

#[test]
fn every_letter_type_has_three_test_letters_and_each_is_recognised() {
    let samples = load("letters.json");
    for page in LETTERS {
        let n = samples
            .iter()
            .filter(|s| s["type"] == page.id.as_str())
            .count();
        assert!(n >= 3, "{}: {n} test letters", page.id);
    }
    assert!(samples.len() >= 30);
    let mut wrong = Vec::new();
    for s in &samples {
        let want = s["type"].as_str().unwrap();
        let reading = letters::read(s["text"].as_str().unwrap());
        let got = named(&reading.verdict);
        let ok = match want {
            // Not a letter of the journey: never a confident type.
            "none" => got == "none" || got == "unsure",
            id => got == id,
        };
        if !ok {
            wrong.push(format!("{want} → {got} {:?}", &reading.scores[..3]));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn held_out_letters_are_never_named_wrongly_with_confidence() {
    let samples = load("letters-holdout.json");
    let (mut right, mut unsure_with_answer) = (0, 0);
    for s in &samples {
        let want = s["type"].as_str().unwrap();
        let reading = letters::read(s["text"].as_str().unwrap());
        match &reading.verdict {
            Verdict::Sure(id) => {
                assert_eq!(id.as_str(), want, "confidently wrong: {:?}", reading.scores);
                right += 1;
            }
            Verdict::Unsure(ids) => {
                // An unsure answer must offer the right letter among its few.
                if want != "none" {
                    assert!(ids.iter().any(|id| id.as_str() == want), "{want}: {ids:?}");
                    unsure_with_answer += 1;
                }
            }
            Verdict::Unknown => assert_eq!(want, "none", "a letter of the journey not recognised"),
        }
    }
    let letters = samples.iter().filter(|s| s["type"] != "none").count();
    println!(
        "held out: {right} of {letters} letters named, {unsure_with_answer} offered among the likeliest"
    );
    // The figure of this build: 27 of 28 named, the 28th offered first among three. Never lower.
    assert!(right >= 27, "{right}");
}

fn expected_dates(s: &Value) -> Vec<String> {
    let Some(dates) = s["expect"]["dates"].as_array() else {
        return Vec::new();
    };
    dates
        .iter()
        .map(|d| match d["time"].as_str() {
            Some(t) => format!("{} {t}", d["date"].as_str().unwrap()),
            None => d["date"].as_str().unwrap().to_string(),
        })
        .collect()
}

#[test]
fn dates_times_duf_numbers_amounts_and_periods_are_found() {
    for s in load("letters.json") {
        let text = s["text"].as_str().unwrap();
        let found = letters::read(text).found;
        let dates: Vec<String> = found
            .dates
            .iter()
            .map(|d| match d.time {
                Some((h, m)) => format!("{} {h:02}:{m:02}", d.date),
                None => d.date.to_string(),
            })
            .collect();
        let head: String = text.chars().take(60).collect();
        assert_eq!(dates, expected_dates(&s), "{head}");
        assert_eq!(found.duf.as_deref(), s["expect"]["duf"].as_str(), "{head}");
        let amount = found.amount.map(|a| match a.ore {
            0 => a.kroner.to_string(),
            o => format!("{}.{o:02}", a.kroner),
        });
        assert_eq!(amount.as_deref(), s["expect"]["amount"].as_str(), "{head}");
        let period = found.period.map(|p| {
            let unit = match p.unit {
                Unit::Days => "d",
                Unit::Weeks => "w",
                Unit::Months => "m",
            };
            format!("{}{unit}", p.n)
        });
        assert_eq!(period.as_deref(), s["expect"]["period"].as_str(), "{head}");
        // The period quotes the letter's own words.
        if let Some(p) = found.period {
            let words = &text[p.span.0..p.span.1];
            assert!(words.chars().count() < 80, "{words}");
        }
    }
}

#[test]
fn formats_of_dates_and_times() {
    let found = letters::read(
        "Oppmøte 3.4.2027 kl 9.05. Ny time: 12. mars 2027 klokken 13:15, eller 2027-05-01. \
         Kvittering 01/02/27 og 31.02.2027 (ingen slik dato).",
    )
    .found;
    let got: Vec<_> = found.dates.iter().map(|d| (d.date, d.time)).collect();
    assert_eq!(
        got,
        [
            (Date::ymd(2027, 4, 3), Some((9, 5))),
            (Date::ymd(2027, 3, 12), Some((13, 15))),
            (Date::ymd(2027, 5, 1), None),
            (Date::ymd(2027, 2, 1), None),
        ]
    );
    let found = letters::read("DUF-nr. 2022 1234 5678 og NOK 3 000,5 og 12 345 kroner").found;
    assert_eq!(found.duf.as_deref(), Some("202212345678"));
    let a = found.amount.unwrap();
    assert_eq!((a.kroner, a.ore), (3000, 50));
}

#[test]
fn a_period_counts_from_the_day_the_letter_came() {
    let p = |n, unit| Period {
        n,
        unit,
        span: (0, 0),
    };
    let received = Date::ymd(2027, 1, 31);
    assert_eq!(p(3, Unit::Weeks).ends(received), Date::ymd(2027, 2, 21));
    assert_eq!(p(21, Unit::Days).ends(received), Date::ymd(2027, 2, 21));
    // A month on from 31 January is the last day of February: no rule adds weekends or holidays.
    assert_eq!(p(1, Unit::Months).ends(received), Date::ymd(2027, 2, 28));
    let found = letters::read("Du kan klage innen tre uker etter at du fikk brevet.").found;
    let period = found.period.unwrap();
    assert_eq!((period.n, period.unit), (3, Unit::Weeks));
}

#[test]
fn texts_that_are_not_letters_are_not_named() {
    for text in [
        "",
        "hei",
        "Kjøp 2 for 1 på brød i dag!",
        "Møte i borettslaget 12.03.2027 kl. 18:00",
    ] {
        assert!(
            !matches!(letters::read(text).verdict, Verdict::Sure(_)),
            "{text}"
        );
    }
}

#[test]
fn every_letter_page_is_a_page_of_its_step() {
    for page in LETTERS {
        assert_eq!(journey::find(Kind::Letter, page.id.as_str()), Some(page));
        assert!(page.part_of.is_some());
    }
}

#[test]
fn kept_letters_are_stored_read_back_and_limited() {
    let mut d = AppData::default();
    let letter = |text: &str| KeptLetter {
        saved: Date::ymd(2026, 12, 7),
        text: text.into(),
    };
    // Without a kept letter the format writes exactly what version 3 wrote, but the version.
    let before = envelope::encode(&d);
    assert!(!before.contains("letters"));
    d.apply(Change::KeepLetter(letter(
        "VEDTAK\nDu har fått innvilget \"kollektiv beskyttelse\"",
    )))
    .unwrap();
    let stored = envelope::encode(&d);
    assert!(
        stored.contains(r#""letters":[{"saved":"2026-12-07","text":"VEDTAK\nDu har"#),
        "{stored}"
    );
    assert_eq!(envelope::decode(&stored), Ok(d.clone()));
    // Limits: one letter too long, one too many.
    let long = "x".repeat(MAX_LETTER + 1);
    assert_eq!(
        d.apply(Change::KeepLetter(letter(&long))),
        Err(Refusal::TooLong)
    );
    for _ in 1..MAX_LETTERS {
        d.apply(Change::KeepLetter(letter("brev"))).unwrap();
    }
    assert_eq!(
        d.apply(Change::KeepLetter(letter("brev"))),
        Err(Refusal::LetterLimit)
    );
    d.apply(Change::ForgetLetter(0)).unwrap();
    assert_eq!(d.active().letters.len(), MAX_LETTERS - 1);
    assert_eq!(
        d.apply(Change::ForgetLetter(99)),
        Err(Refusal::NoSuchLetter(99))
    );
    // An older format's reader would reject "letters": version 4 makes it say "newer" instead.
    assert!(stored.starts_with(&format!("{{\"version\":{}", envelope::VERSION)));
    const { assert!(envelope::VERSION >= 4) };
}
