//! The checklist's texts: task titles, why a task is hidden, why data could not be read, counts
//! and dates in the reader's language and format. Exhaustive matches: a missing text fails the
//! build.

use crate::checklist::Date;
use crate::checklist::derive::Reminder;
use crate::checklist::tasks::{Advice, HiddenBecause, TaskId};
use crate::i18n::Locale;
use crate::lang::Lang;
use crate::storage::envelope::DataError;
use leptos_i18n::td_string;

impl TaskId {
    /// The task's title.
    pub fn title(self, lang: Lang) -> &'static str {
        use TaskId::*;
        let l = Locale::from(lang);
        match self {
            Arrived => td_string!(l, task.arrived),
            RadeTrip => td_string!(l, task.rade_trip),
            RegistrationPlace => td_string!(l, task.registration_place),
            Registered => td_string!(l, task.registered),
            AsylumCard => td_string!(l, task.asylum_card),
            TbContactHealth => td_string!(l, task.tb_contact_health),
            TbTest => td_string!(l, task.tb_test),
            DNumber => td_string!(l, task.d_number),
            PostalAddress => td_string!(l, task.postal_address),
            BuypassOrder => td_string!(l, task.buypass_order),
            BuypassCode => td_string!(l, task.buypass_code),
            BuypassActive => td_string!(l, task.buypass_active),
            Minid => td_string!(l, task.minid),
            Bankid => td_string!(l, task.bankid),
            DigitalMailbox => td_string!(l, task.digital_mailbox),
            WatchVideo => td_string!(l, task.watch_video),
            AddressToPolice => td_string!(l, task.address_to_police),
            NameOnMailbox => td_string!(l, task.name_on_mailbox),
            PolicePhoto => td_string!(l, task.police_photo),
            CardReceived => td_string!(l, task.card_received),
            IdNumberLetter => td_string!(l, task.id_number_letter),
            PermitExpiry => td_string!(l, task.permit_expiry),
            FirstPermit => td_string!(l, task.first_permit),
            NewCardOrdered => td_string!(l, task.new_card_ordered),
            NewCardReceived => td_string!(l, task.new_card_received),
            TravelCheck => td_string!(l, task.travel_check),
            BabyPermit => td_string!(l, task.baby_permit),
            DecisionTold => td_string!(l, task.decision_told),
            ImdiApply => td_string!(l, task.imdi_apply),
            SelfSettlement => td_string!(l, task.self_settlement),
            SettlementDate => td_string!(l, task.settlement_date),
            IntroProgramme => td_string!(l, task.intro_programme),
            Kindergarten => td_string!(l, task.kindergarten),
            School => td_string!(l, task.school),
            UpperSecondary => td_string!(l, task.upper_secondary),
        }
    }
}

pub fn hidden_reason(why: HiddenBecause, lang: Lang) -> &'static str {
    let l = Locale::from(lang);
    match why {
        HiddenBecause::Child => td_string!(l, hidden.child),
        HiddenBecause::Housing => td_string!(l, hidden.housing),
        HiddenBecause::NoChildInBand => td_string!(l, hidden.no_child_in_band),
        HiddenBecause::NoBaby => td_string!(l, hidden.no_baby),
        HiddenBecause::NoBank => td_string!(l, hidden.no_bank),
        HiddenBecause::Route => td_string!(l, hidden.route),
    }
}

pub fn advice_text(advice: Advice, lang: Lang) -> &'static str {
    let l = Locale::from(lang);
    match advice {
        Advice::NotAged18To55 => td_string!(l, checklist.over_55),
    }
}

/// What a count counts, each with its plural forms in locales (`plural.<key>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counted {
    Checklists,
    DoneTasks,
    /// Stored entries for tasks that no longer exist.
    Entries,
}

/// "1 список", "2 списки", "5 списків": `n` with the words in the form the language needs.
pub fn counted(what: Counted, n: usize, lang: Lang) -> String {
    let l = Locale::from(lang);
    let forms = match what {
        Counted::Checklists => td_string!(l, plural.checklists),
        Counted::DoneTasks => td_string!(l, plural.done_tasks),
        Counted::Entries => td_string!(l, plural.entries),
    };
    let form = lang.plural_form(n as u64);
    // A language with fewer forms than its rule names uses its last one.
    let text = forms
        .split('|')
        .nth(form)
        .or(forms.rsplit('|').next())
        .unwrap_or("");
    text.replace("{n}", &n.to_string())
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

pub fn reason_text(e: &DataError, lang: Lang) -> &'static str {
    use DataError::*;
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

/// A reminder's full sentence, as the reminders list shows it (and a calendar event describes).
pub fn reminder_text(r: &Reminder, lang: Lang) -> String {
    let l = Locale::from(lang);
    let date = format_date(r.date(), lang);
    match r {
        Reminder::CardDeadline(_) => td_string!(l, checklist.reminder_card, date = date),
        Reminder::ExtensionLetter(_) => td_string!(l, checklist.reminder_extension, date = date),
        Reminder::CentrePlaceEnds(_) => td_string!(l, checklist.reminder_centre, date = date),
        Reminder::ImdiDeadline(_) => td_string!(l, checklist.reminder_imdi, date = date),
        Reminder::FiveYears(_) => td_string!(l, checklist.reminder_five_years, date = date),
        Reminder::TbDeadline(_) => td_string!(l, checklist.reminder_tb, date = date),
        Reminder::PermitExpires(_) => td_string!(l, checklist.reminder_expires, date = date),
        Reminder::Appointment { .. } => td_string!(
            l,
            checklist.reminder_appointment,
            task = calendar_title(r, lang),
            date = date,
        ),
    }
    .to_string()
}

/// A reminder's title, for a calendar and an appointment: short, since a calendar shows little
/// of it. Task titles are what to do ("Choose where and when to register"), so an appointment
/// gets a title of its own ("Registration with the police").
pub fn calendar_title(r: &Reminder, lang: Lang) -> &'static str {
    let l = Locale::from(lang);
    match r {
        Reminder::CardDeadline(_) => td_string!(l, calendar.card),
        Reminder::ExtensionLetter(_) => td_string!(l, calendar.extension),
        Reminder::CentrePlaceEnds(_) => td_string!(l, calendar.centre),
        Reminder::ImdiDeadline(_) => td_string!(l, calendar.imdi),
        Reminder::FiveYears(_) => td_string!(l, calendar.five_years),
        Reminder::TbDeadline(_) => td_string!(l, calendar.tb),
        Reminder::PermitExpires(_) => td_string!(l, calendar.expires),
        Reminder::Appointment { task, .. } => match task {
            TaskId::RegistrationPlace => td_string!(l, calendar.registration_place),
            TaskId::PolicePhoto => td_string!(l, calendar.police_photo),
            other => other.title(lang),
        },
    }
}
