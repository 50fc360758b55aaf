//! Times of day, the file's UTC stamp, and event ends.

use crate::date::Date;

/// A time of day typed by the person: `HH:MM`, `H:MM` or `HH.MM`. Anything else is `None`, and
/// the event is then all-day: a wrong time in a calendar is worse than none.
pub fn parse_time(s: &str) -> Option<(u8, u8)> {
    let (h, m) = s.trim().split_once([':', '.'])?;
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if !(1..=2).contains(&h.len()) || m.len() != 2 || !digits(h) || !digits(m) {
        return None;
    }
    let (h, m) = (h.parse().ok()?, m.parse().ok()?);
    valid_time((h, m)).then_some((h, m))
}

pub(super) fn valid_time((h, m): (u8, u8)) -> bool {
    h < 24 && m < 60
}

/// When the file is written, in UTC (the `DTSTAMP` of every event). The caller reads the clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    date: Date,
    secs: u32,
}

/// 9999-12-31T23:59:59Z: the last moment a calendar file can write.
const LAST: i64 = 253_402_300_799;

impl Stamp {
    pub fn new(date: Date, hour: u8, minute: u8, second: u8) -> Option<Stamp> {
        let ok = in_range(date) && valid_time((hour, minute)) && second < 60;
        let secs = u32::from(hour) * 3600 + u32::from(minute) * 60 + u32::from(second);
        ok.then_some(Stamp { date, secs })
    }

    /// From seconds since 1970 (JavaScript's `Date.now() / 1000`); a broken clock is clamped to
    /// what the format can hold.
    pub fn from_unix_seconds(secs: i64) -> Stamp {
        let secs = secs.clamp(0, LAST);
        Stamp {
            date: Date::ymd(1970, 1, 1).add_days(secs.div_euclid(86_400)),
            secs: secs.rem_euclid(86_400) as u32,
        }
    }

    /// `YYYYMMDDTHHMMSSZ`.
    pub(super) fn utc(self) -> String {
        let (h, m, s) = (self.secs / 3600, self.secs / 60 % 60, self.secs % 60);
        format!("{}T{h:02}{m:02}{s:02}Z", ymd(self.date))
    }
}

/// Years the format's four digits can hold, on real dates.
pub(super) fn in_range(d: Date) -> bool {
    d.is_valid() && (1..=9999).contains(&d.year)
}

/// `YYYYMMDD`.
pub(super) fn ymd(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

/// The day and time `minutes` after a start, across midnight, months and years.
pub(super) fn add_minutes(date: Date, (h, m): (u8, u8), minutes: u32) -> (Date, (u8, u8)) {
    let total = i64::from(h) * 60 + i64::from(m) + i64::from(minutes);
    let rest = total % 1440;
    (
        date.add_days(total / 1440),
        ((rest / 60) as u8, (rest % 60) as u8),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stamp_counts_from_1970_and_is_clamped() {
        let s = Stamp::from_unix_seconds(1_735_689_599); // 2024-12-31T23:59:59Z
        assert_eq!(s.utc(), "20241231T235959Z");
        assert_eq!(Stamp::from_unix_seconds(-5).utc(), "19700101T000000Z");
        assert_eq!(Stamp::from_unix_seconds(i64::MAX).utc(), "99991231T235959Z");
        assert_eq!(
            Stamp::new(Date::ymd(2025, 3, 1), 8, 5, 9).unwrap().utc(),
            "20250301T080509Z"
        );
        assert_eq!(Stamp::new(Date::ymd(2025, 2, 29), 8, 0, 0), None);
        assert_eq!(Stamp::new(Date::ymd(2025, 3, 1), 24, 0, 0), None);
    }

    #[test]
    fn adds_minutes_within_a_day() {
        let d = Date::ymd(2025, 5, 6);
        assert_eq!(add_minutes(d, (9, 30), 60), (d, (10, 30)));
        assert_eq!(add_minutes(d, (9, 30), 0), (d, (9, 30)));
    }
}
