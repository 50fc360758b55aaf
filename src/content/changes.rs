//! The guide's change log, shipped with the content, and what a person has seen of it: "What's
//! new in the guide" after an update, and an "Updated" mark on each page that changed since the
//! person last read it. Texts: `changes.<key>` in locales.

use super::journey::ArticleId::{self, *};
use super::sources::SourceId;
use crate::date::Date;
use std::collections::BTreeMap;

/// An entry of the log; its sentence is `changes.<key>` in locales (`texts::article`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChangeKey {
    C2026_11_26,
    C2026_12_02,
    C2026_12_07,
}

impl ChangeKey {
    /// Names its fingerprint file in tests/data/fingerprints.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKey::C2026_11_26 => "c2026_11_26",
            ChangeKey::C2026_12_02 => "c2026_12_02",
            ChangeKey::C2026_12_07 => "c2026_12_07",
        }
    }
}

crate::public_id!(ChangeKey);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub key: ChangeKey,
    pub date: Date,
    /// The pages it touches.
    pub pages: &'static [ArticleId],
}

/// Oldest first.
const LOG: &[Change] = &[
    Change {
        key: ChangeKey::C2026_11_26,
        date: Date::ymd(2026, 11, 26),
        // waiting, online-user, child-born-in-norway and help changed in the same commit (help and
        // waiting: the medical emergency number) and were first left out.
        pages: &[
            Registration,
            TbTest,
            DNumber,
            Eid,
            ResidenceCard,
            Settlement,
            Eligibility,
            Waiting,
            OnlineUser,
            ChildBornInNorway,
            Help,
            Extension,
            Travel,
            Return,
            Rejected,
            IntroductionProgramme,
            Rights,
            ArrivalCentre,
            Money,
        ],
    },
    Change {
        // The content and language reviews (issue 23): corrected checklist facts, new current
        // facts, one term per concept and shorter sentences, on every page in every language.
        key: ChangeKey::C2026_12_02,
        date: Date::ymd(2026, 12, 2),
        pages: &[
            Registration,
            TbTest,
            DNumber,
            Eid,
            ResidenceCard,
            Settlement,
            Eligibility,
            Waiting,
            Rights,
            IntroductionProgramme,
            OnlineUser,
            Extension,
            Travel,
            ChildBornInNorway,
            Return,
            Rejected,
            Help,
            ArrivalCentre,
            Money,
        ],
    },
    Change {
        // The rules that decide rights in 2026–27 (issue 34, current-rules.md section 13): safe
        // areas and men aged 18–60 as reported, leaving while waiting, the IMDi six months, the
        // five-year limit, a lost or refused protection; and the language review of 2026-12-07.
        key: ChangeKey::C2026_12_07,
        date: Date::ymd(2026, 12, 7),
        pages: &[
            Registration,
            TbTest,
            DNumber,
            Eid,
            Settlement,
            Eligibility,
            Waiting,
            IntroductionProgramme,
            OnlineUser,
            Extension,
            Travel,
            ChildBornInNorway,
            Return,
            Rejected,
            Help,
            ArrivalCentre,
            Money,
            Rights,
            RegistrationAppointment,
            AsylumSeekerCard,
            TbCall,
            DecisionGranted,
            PolicePhotoLetter,
            CardByPost,
            NationalIdNumber,
            PinCode,
            BuypassCode,
            MunicipalityOffer,
            ExtensionDecision,
            ExtensionRefused,
            AdvanceNotice,
            AsylumRefused,
        ],
    },
];

/// The newest rule the guide knows of: the day it took effect, and the page that says so. The
/// home page names it, so a reader sees at once how current the guide is (tests/it/content.rs
/// checks that no official page the guide cites is dated later).
pub const NEWEST_RULE: (Date, SourceId) = (Date::ymd(2026, 7, 1), SourceId::UdiRules2026);

/// The log this build ships. A test build made with `VEIVISER_CHANGES_DROP_NEWEST=1` leaves out
/// the newest entry, so the e2e suite can update from an older log to this one.
pub fn log() -> &'static [Change] {
    match option_env!("VEIVISER_CHANGES_DROP_NEWEST") {
        Some("1") => &LOG[..LOG.len().saturating_sub(1)],
        _ => LOG,
    }
}

/// The date of the newest entry.
pub fn head() -> Option<Date> {
    log().last().map(|c| c.date)
}

/// What this phone has seen of the log. Stored apart from the checklist (`storage::seen`), as
/// named here; a missing member is none.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Seen {
    /// The newest entry when the person first used the guide: nothing older is news to them.
    /// None for someone who used a build from before the change log.
    pub since: Option<Date>,
    /// The newest entry "What's new" has shown.
    pub shown: Option<Date>,
    /// Per page id (as stored): the newest entry when the person last read the page.
    pub pages: BTreeMap<String, Date>,
}

impl Seen {
    /// For someone opening the guide for the first time: nothing is news.
    pub fn first_visit(log: &[Change]) -> Seen {
        let head = log.last().map(|c| c.date);
        Seen {
            since: head,
            shown: head,
            pages: BTreeMap::new(),
        }
    }

    /// The entries "What's new" must show, oldest first.
    pub fn news<'a>(&self, log: &'a [Change]) -> Vec<&'a Change> {
        log.iter().filter(|c| Some(c.date) > self.shown).collect()
    }

    /// Whether the page changed since the person last read it (or since they started).
    pub fn is_updated(&self, page: ArticleId, log: &[Change]) -> bool {
        let seen = self.since.max(self.pages.get(page.as_str()).copied());
        log.iter()
            .any(|c| Some(c.date) > seen && c.pages.contains(&page))
    }

    /// Records that "What's new" was shown. Returns whether anything changed.
    pub fn mark_shown(&mut self, log: &[Change]) -> bool {
        let head = log.last().map(|c| c.date);
        let changed = head > self.shown;
        if changed {
            self.shown = head;
        }
        changed
    }

    /// Records that the page was read. Returns whether anything changed.
    pub fn mark_read(&mut self, page: ArticleId, log: &[Change]) -> bool {
        if !self.is_updated(page, log) {
            return false;
        }
        let Some(head) = log.last().map(|c| c.date) else {
            return false;
        };
        self.pages.insert(page.as_str().to_string(), head);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OLD: Change = Change {
        key: ChangeKey::C2026_11_26,
        date: Date::ymd(2026, 1, 1),
        pages: &[Travel],
    };
    const NEW: Change = Change {
        key: ChangeKey::C2026_12_02,
        date: Date::ymd(2026, 6, 1),
        pages: &[Registration, Travel],
    };

    #[test]
    fn a_first_visit_sees_no_news_and_no_marks() {
        let seen = Seen::first_visit(&[OLD, NEW]);
        assert!(seen.news(&[OLD, NEW]).is_empty());
        assert!(!seen.is_updated(Travel, &[OLD, NEW]));
    }

    #[test]
    fn an_update_shows_only_newer_entries_once_and_marks_their_pages_until_read() {
        let mut seen = Seen::first_visit(&[OLD]);
        let log = [OLD, NEW];
        assert_eq!(seen.news(&log), vec![&NEW]);
        assert!(seen.is_updated(Registration, &log));
        assert!(!seen.is_updated(Eid, &log));
        assert!(seen.mark_shown(&log));
        assert!(seen.news(&log).is_empty(), "shown once");
        assert!(seen.is_updated(Registration, &log), "still unread");
        assert!(seen.mark_read(Registration, &log));
        assert!(!seen.is_updated(Registration, &log));
        assert!(seen.is_updated(Travel, &log));
        assert!(!seen.mark_read(Eid, &log), "nothing to record");
    }

    #[test]
    fn someone_from_before_the_log_gets_every_entry() {
        let seen = Seen::default();
        assert_eq!(seen.news(&[OLD, NEW]).len(), 2);
        assert!(seen.is_updated(Travel, &[OLD, NEW]));
    }

    #[test]
    fn the_shipped_log_is_in_order() {
        assert!(LOG.windows(2).all(|w| w[0].date < w[1].date));
        assert!(LOG.iter().all(|c| c.date.is_valid() && !c.pages.is_empty()));
    }
}
