//! Reminders from the person's dates, and the questionnaire prompt.

use super::tasks::use_views;
use crate::checklist::derive::{self, Reminder};
use crate::i18n::href;
use crate::i18n::use_lang;
use crate::platform::checklist::use_checklist;
use crate::texts::checklist::format_date;
use crate::tr;
use crate::tv;
use leptos::prelude::*;

#[component]
pub fn Reminders() -> impl IntoView {
    let lang = use_lang();
    let views = use_views();
    let reminders = Memo::new(move |_| views.with(|v| derive::reminders(v)));
    move || {
        let list = reminders.get();
        (!list.is_empty()).then(|| view! {
            <section class="reminders" aria-labelledby="reminders">
                <h2 id="reminders">{tr!(checklist.reminders)}</h2>
                <ul>
                    {list.into_iter().map(|r| {
                        let day = r.date();
                        let text = match r {
                            Reminder::CardDeadline(_) => tv!(checklist.reminder_card, date = format_date(day, lang.get())),
                            Reminder::ExtensionLetter(_) => tv!(checklist.reminder_extension, date = format_date(day, lang.get())),
                            Reminder::CentrePlaceEnds(_) => tv!(checklist.reminder_centre, date = format_date(day, lang.get())),
                            Reminder::Appointment { task, .. } => tv!(
                                checklist.reminder_appointment,
                                task = task.title(lang.get()),
                                date = format_date(day, lang.get()),
                            ),
                        };
                        view! { <li>{text}</li> }
                    }).collect_view()}
                </ul>
            </section>
        })
    }
}

/// Offered until the questionnaire has been answered or skipped once.
#[component]
pub fn QuestionsPrompt() -> impl IntoView {
    let checklist = use_checklist();
    let asked = Memo::new(move |_| checklist.data().with(|d| d.active().asked));
    move || {
        (!asked.get()).then(|| {
            view! {
                <section class="prompt">
                    <p>{tr!(questions.prompt)}</p>
                    <a class="button" href=href("questions")>
                        {tr!(questions.start)}
                    </a>
                </section>
            }
        })
    }
}
