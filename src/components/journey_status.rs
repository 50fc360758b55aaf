//! Reminders from the person's dates, and the questionnaire prompt.

use super::calendar::{CalendarButton, file_for};
use crate::checklist::derive;
use crate::i18n::href;
use crate::i18n::use_lang;
use crate::platform::checklist::use_checklist;
use crate::state::use_views;
use crate::texts::checklist::reminder_text;
use crate::tr;
use leptos::prelude::*;
use leptos_i18n::td_string;

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
                    {list.into_iter().map(|r| view! {
                        <li>
                            <p>{move || reminder_text(&r, lang.get())}</p>
                            <CalendarButton reminders=Signal::stored(vec![r]) file=Signal::stored(file_for(&r))
                                label=|l| td_string!(l, calendar.add) />
                        </li>
                    }).collect_view()}
                </ul>
                <CalendarButton reminders=reminders.into() file=Signal::stored("veiviser-dates.ics".to_string())
                    label=|l| td_string!(l, calendar.all) />
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
