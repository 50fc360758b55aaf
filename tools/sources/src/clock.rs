//! The day a run is on: what `accept` records, what `check` reports and `review` counts from.

use veiviser::date::Date;

/// The system clock's day (UTC).
pub fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::ymd(1970, 1, 1).add_days((secs / 86_400) as i64)
}
