//! Calendar dates: for the checklist's reminders and the guide's review and source dates, with
//! no time zones. Days are counted with Howard Hinnant's civil-date algorithm.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let ok = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        ok.then_some(Date { year, month, day })
    }

    /// For dates written in the code (review dates, source dates); tests check each is real.
    pub const fn ymd(year: i32, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// Whether it is a real calendar date (`ymd` does not check).
    pub fn is_valid(self) -> bool {
        Date::new(self.year, self.month, self.day).is_some()
    }

    /// `YYYY-MM-DD`, as an `<input type="date">` gives it.
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.trim().splitn(3, '-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        Date::new(year, month, day)
    }

    pub fn add_days(self, days: i64) -> Date {
        from_days(to_days(self) + days)
    }

    /// Days from `self` to `other` (negative if `other` is earlier).
    pub fn days_until(self, other: Date) -> i64 {
        to_days(other) - to_days(self)
    }

    /// The same day `months` later; a day the month lacks becomes its last (31 August plus six
    /// months is 28 or 29 February), as a deadline "within six months" is read.
    pub fn add_months(self, months: u32) -> Date {
        let total = i64::from(self.month) - 1 + i64::from(months);
        let year = self.year + (total / 12) as i32;
        let month = (total % 12) as u8 + 1;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// The same day `years` later (29 February becomes 28 February in a common year).
    pub fn add_years(self, years: u32) -> Date {
        self.add_months(years * 12)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Stored as `YYYY-MM-DD`; a string that is no real date is refused.
impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("not a date: {s}")))
    }
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn to_days(d: Date) -> i64 {
    let y = i64::from(d.year) - i64::from(d.month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(d.month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn from_days(z: i64) -> Date {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    Date { year, month, day }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn parses_only_real_dates() {
        assert_eq!(
            d("2024-02-29"),
            Date {
                year: 2024,
                month: 2,
                day: 29
            }
        );
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-04-31",
            "x",
            "2024-1",
            "",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn adds_across_months_years_and_leap_days() {
        assert_eq!(d("2024-02-20").add_days(20), d("2024-03-11"));
        assert_eq!(d("2023-02-20").add_days(20), d("2023-03-12"));
        assert_eq!(d("2024-12-25").add_days(20), d("2025-01-14"));
        assert_eq!(d("2025-01-10").add_days(-21), d("2024-12-20"));
        assert_eq!(d("2024-03-15").add_days(-21), d("2024-02-23"));
        assert_eq!(d("2100-03-01").add_days(-1), d("2100-02-28"));
        assert_eq!(d("2000-03-01").add_days(-1), d("2000-02-29"));
    }

    #[test]
    fn adds_months_and_years_to_the_month_end_when_a_day_is_missing() {
        assert_eq!(d("2026-03-15").add_months(6), d("2026-09-15"));
        assert_eq!(d("2026-08-31").add_months(6), d("2027-02-28"));
        assert_eq!(d("2027-08-31").add_months(6), d("2028-02-29"));
        assert_eq!(d("2026-12-31").add_months(2), d("2027-02-28"));
        assert_eq!(d("2026-07-31").add_months(5), d("2026-12-31"));
        assert_eq!(d("2026-01-01").add_months(0), d("2026-01-01"));
        assert_eq!(d("2026-05-10").add_months(12), d("2027-05-10"));
        assert_eq!(d("2022-03-11").add_years(5), d("2027-03-11"));
        assert_eq!(d("2024-02-29").add_years(5), d("2029-02-28"));
        assert_eq!(d("2024-02-29").add_years(4), d("2028-02-29"));
    }

    #[test]
    fn round_trips_every_day_of_four_centuries() {
        let mut day = d("1900-01-01");
        for _ in 0..146_097 {
            let next = day.add_days(1);
            assert_eq!(day.days_until(next), 1);
            assert_eq!(Date::parse(&next.to_string()), Some(next));
            day = next;
        }
        assert_eq!(day, d("2300-01-01"));
    }
}
