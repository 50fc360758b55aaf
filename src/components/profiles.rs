//! Several people on one phone: "Checklist for: Me ▾", and a person added from there (up to
//! `MAX_PROFILES`; at the limit the button is disabled and says why).

use crate::checklist::answers::Person;
use crate::checklist::{Change, MAX_PROFILES, Profile};
use crate::i18n::use_locale;
use crate::platform::checklist::use_checklist;
use crate::state::{UnsavedAnswers, keeping_answers};
use crate::{tr, tv};
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

/// The id of the sentence that says why "Add a person" is disabled.
const LIMIT_NOTE: &str = "profile-limit";

/// Whether a person can be added now: under the limit, and the data is not a newer build's.
fn can_add_person() -> Signal<bool> {
    let c = use_checklist();
    let read_only = c.read_only();
    Signal::derive(move || !read_only.get() && c.data().with(|d| d.can_add_profile()))
}

/// The sentence shown at the limit, which the add buttons point to.
#[component]
fn ProfileLimit() -> impl IntoView {
    let c = use_checklist();
    let full = move || c.data().with(|d| !d.can_add_profile());
    view! {
        <Show when=full>
            <p class="hint" id=LIMIT_NOTE data-testid="profile-limit">
                {tv!(checklist.profile_limit, n = MAX_PROFILES)}
            </p>
        </Show>
    }
}

#[component]
pub fn ProfileSwitcher() -> impl IntoView {
    let locale = use_locale();
    let checklist = use_checklist();
    let unsaved = use_context::<UnsavedAnswers>();
    let can_add = can_add_person();
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
    // "Add a person" asks who first: an adult, or a child in an age band.
    let asking = RwSignal::new(false);
    let add = move |person: Person| {
        if checklist
            .update(keeping_answers(unsaved, Change::AddProfile(person)))
            .is_ok()
        {
            asking.set(false);
        }
    };
    let full = move || checklist.data().with(|d| !d.can_add_profile());
    // Someone who told the questionnaire about children already has their tasks.
    let children_covered = move || {
        checklist.data().with(|d| {
            d.profiles.iter().any(|p| {
                !p.person.is_child()
                    && p.answers
                        .children
                        .is_some_and(|c| c.under_6 || c.age_6_to_15 || c.age_16_to_17)
            })
        })
    };
    view! {
        <div class="profile-switcher">
            <label for="profile">{tr!(checklist.checklist_for)}</label>
            <select
                id="profile"
                disabled=checklist.read_only()
                on:change=move |ev| {
                    if let Ok(id) = event_target_value(&ev).parse::<u32>() {
                        let _ = checklist.update(keeping_answers(unsaved, Change::Select(id)));
                    }
                }
            >
                {move || options().into_iter().map(|(id, label, selected)| view! {
                    <option value=id.to_string() selected=selected>{label}</option>
                }).collect_view()}
            </select>
            <button type="button" class="link-button small add-person"
                on:click=move |_| asking.update(|a| *a = !*a)
                aria-expanded=move || asking.get().to_string()
                disabled=move || !can_add.get()
                aria-describedby=move || full().then_some(LIMIT_NOTE)>
                "+ "{tr!(checklist.add_profile)}
            </button>
            <ProfileLimit />
            <Show when=move || asking.get() && can_add.get()>
                <fieldset class="add-who" data-testid="add-who">
                    <legend>{tr!(checklist.add_who)}</legend>
                    <Show when=children_covered>
                        <p class="hint">{tr!(checklist.children_covered)}</p>
                    </Show>
                    <button type="button" class="secondary" on:click=move |_| add(Person::Adult)>
                        {tr!(checklist.person_adult)}
                    </button>
                    <p class="add-child">{tr!(checklist.person_child)} " "
                        <button type="button" class="secondary" on:click=move |_| add(Person::ChildUnder6)>
                            {tr!(questions.child_under_6)}
                        </button>
                        <button type="button" class="secondary" on:click=move |_| add(Person::Child6To15)>
                            {tr!(questions.child_6_15)}
                        </button>
                        <button type="button" class="secondary" on:click=move |_| add(Person::Child16To17)>
                            {tr!(questions.child_16_17)}
                        </button>
                    </p>
                    <button type="button" class="link-button small" on:click=move |_| asking.set(false)>
                        {tr!(data.cancel)}
                    </button>
                </fieldset>
            </Show>
        </div>
    }
}
