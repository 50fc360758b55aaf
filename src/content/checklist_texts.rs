//! The checklist's texts: task titles (generated from the task table, so a missing one fails the
//! build), why a task is hidden, why data could not be read, and dates in the reader's language
//! and format.

use crate::checklist::Date;
use crate::checklist::tasks::{HiddenBecause, TaskId};
use crate::i18n::Locale;
use crate::lang::Lang;
use leptos_i18n::td_string;

macro_rules! define_titles {
    ($($Id:ident $key:ident $id:literal in $step:literal needs [$($need:ident),*]
        $(.$m:ident($arg:expr))*;)*) => {
        impl TaskId {
            /// The task's title, `task.<key>` in locales.
            pub fn title(self, lang: Lang) -> &'static str {
                let l = Locale::from(lang);
                match self { $(TaskId::$Id => td_string!(l, task.$key)),* }
            }
        }
    };
}

crate::task_table!(define_titles);

pub fn hidden_reason(why: HiddenBecause, lang: Lang) -> &'static str {
    let l = Locale::from(lang);
    match why {
        HiddenBecause::Housing => td_string!(l, hidden.housing),
        HiddenBecause::NoChildInBand => td_string!(l, hidden.no_child_in_band),
        HiddenBecause::NoBaby => td_string!(l, hidden.no_baby),
        HiddenBecause::Age => td_string!(l, hidden.age),
        HiddenBecause::NoBank => td_string!(l, hidden.no_bank),
        HiddenBecause::Route => td_string!(l, hidden.route),
    }
}

/// "12 квітня 2024 р.", "12 April 2024", "12. april 2024".
pub fn format_date(d: Date, lang: Lang) -> String {
    let l = Locale::from(lang);
    let month = td_string!(l, checklist.months)
        .split('|')
        .nth(usize::from(d.month) - 1)
        .unwrap_or("");
    td_string!(l, checklist.date_format)
        .replace("{d}", &d.day.to_string())
        .replace("{month}", month)
        .replace("{y}", &d.year.to_string())
}

pub fn reason_text(e: &crate::storage::envelope::DataError, lang: Lang) -> &'static str {
    use crate::storage::envelope::DataError::*;
    let l = Locale::from(lang);
    match e {
        TooLarge(_) => td_string!(l, reason.too_large),
        NotText => td_string!(l, reason.not_text),
        NotJson => td_string!(l, reason.not_json),
        NoVersion => td_string!(l, reason.no_version),
        FutureVersion(_) => td_string!(l, reason.future_version),
        UnknownVersion(_) => td_string!(l, reason.unknown_version),
        WrongShape(_) => td_string!(l, reason.wrong_shape),
        Invalid(_) => td_string!(l, reason.invalid),
        NoRoomForCopy => td_string!(l, reason.no_room),
    }
}
