//! Several people on one phone: "Checklist for: Me ▾", and a person added from there.

use super::questionnaire::{UnsavedAnswers, keeping_answers};
use crate::checklist::Profile;
use crate::i18n::use_locale;
use crate::platform::checklist::use_checklist;
use crate::tr;
use leptos::prelude::*;
use leptos_i18n::td_string;

/// "Me" for the first, "Person n" for others, unless the person gave a name.
pub fn profile_label(p: &Profile, me: &str, person_n: impl Fn(u32) -> String) -> String {
    match &p.name {
        Some(n) => n.clone(),
        None if p.id == 1 => me.to_string(),
        None => person_n(p.id),
    }
}

#[component]
pub fn ProfileSwitcher() -> impl IntoView {
    let locale = use_locale();
    let checklist = use_checklist();
    let unsaved = use_context::<UnsavedAnswers>();
    let options = move || {
        checklist.data().with(|d| {
            d.profiles
                .iter()
                .map(|p| {
                    let label = profile_label(p, td_string!(locale(), checklist.me), |n| {
                        td_string!(locale(), checklist.profile_n, n = n).to_string()
                    });
                    (p.id, label, p.id == d.active)
                })
                .collect::<Vec<_>>()
        })
    };
    let add = move |_| {
        checklist.update(keeping_answers(unsaved, |d| {
            d.add_profile(None);
        }))
    };
    view! {
        <div class="profile-switcher">
            <label for="profile">{tr!(checklist.checklist_for)}</label>
            <select
                id="profile"
                on:change=move |ev| {
                    if let Ok(id) = event_target_value(&ev).parse::<u32>() {
                        checklist.update(keeping_answers(unsaved, move |d| d.active = id));
                    }
                }
            >
                {move || options().into_iter().map(|(id, label, selected)| view! {
                    <option value=id.to_string() selected=selected>{label}</option>
                }).collect_view()}
            </select>
            <button type="button" class="link-button small add-person" on:click=add>"+ "{tr!(checklist.add_profile)}</button>
        </div>
    }
}
