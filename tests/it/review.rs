//! What a page says about its check: never more than was done, and its age counted from its own
//! sources.

use veiviser::content::journey::{self, REVIEWED, STALE_AFTER_DAYS};
use veiviser::content::review::{Checked, checked, stale_basis};
use veiviser::content::sources::{self, VERIFIED};
use veiviser::date::Date;

const REVIEW: Date = Date::ymd(2026, 12, 2);

fn live(days: &[(&'static str, Date)]) -> impl Fn(&str) -> Option<Date> {
    move |id| days.iter().find(|(s, _)| *s == id).map(|(_, d)| *d)
}

#[test]
fn a_page_claims_a_live_check_only_when_every_source_had_one() {
    let none = live(&[]);
    assert_eq!(checked(&["a", "b"], REVIEW, &none), Checked::Copies(REVIEW));
    let one = [("a", Date::ymd(2027, 1, 5))];
    assert_eq!(
        checked(&["a", "b"], REVIEW, live(&one)),
        Checked::Copies(REVIEW)
    );
    let both = [("a", Date::ymd(2027, 1, 5)), ("b", Date::ymd(2027, 1, 3))];
    assert_eq!(
        checked(&["a", "b"], REVIEW, live(&both)),
        Checked::Live(Date::ymd(2027, 1, 3)),
        "the oldest check"
    );
}

#[test]
fn the_age_counts_from_the_oldest_check_among_the_pages_own_sources() {
    let days = [("a", Date::ymd(2027, 3, 1)), ("b", Date::ymd(2027, 2, 1))];
    // A source never checked live counts from the review.
    assert_eq!(stale_basis(&["a", "c"], REVIEW, live(&days)), REVIEW);
    assert_eq!(
        stale_basis(&["a", "b"], REVIEW, live(&days)),
        Date::ymd(2027, 2, 1)
    );
    // Another page's sources do not matter.
    assert_eq!(
        stale_basis(&["a"], REVIEW, live(&days)),
        Date::ymd(2027, 3, 1)
    );
}

#[test]
fn before_any_live_check_every_page_says_it_was_checked_against_copies() {
    assert!(
        VERIFIED.is_empty(),
        "a live check was recorded: update this test"
    );
    for p in journey::all() {
        assert_eq!(p.checked(), Checked::Copies(REVIEWED), "{}", p.id);
        assert_eq!(p.stale_basis(), REVIEWED, "{}", p.id);
        let day = REVIEWED.add_days(STALE_AFTER_DAYS);
        assert!(!p.is_stale(day) && p.is_stale(day.add_days(1)), "{}", p.id);
    }
    // Every verified date names a real source.
    for (id, day) in VERIFIED {
        assert!(sources::all().any(|s| s.id == *id) && day.is_valid());
    }
}
