//! Settings: the questionnaire's answers, the people on this phone, and your data.

use crate::checklist::{Change, MAX_NAME, Profile};
use crate::components::Title;
use crate::components::{DataPanel, ProfileSwitcher, Questionnaire, profile_label};
use crate::i18n::use_locale;
use crate::platform::checklist::use_checklist;
use crate::state::UnsavedAnswers;
use crate::{tr, tv};
use leptos::prelude::*;
use leptos_i18n::td_string;
use std::time::Duration;

/// How long "Undo" is offered after a person's checklist is removed.
const UNDO_FOR: Duration = Duration::from_secs(20);

#[component]
pub fn Settings() -> impl IntoView {
    // Before the people controls, which save answers chosen and not saved (see UnsavedAnswers).
    UnsavedAnswers::provide();
    let saved = RwSignal::new(false);
    let c = use_checklist();
    // The questionnaire is built from the person's stored answers: again for another person,
    // or when those answers change (saved, imported, deleted, another tab), but not on a name
    // or a tick, which would lose answers chosen and not yet saved.
    let person = Memo::new(move |_| c.data().with(|d| (d.active, d.active().answers)));
    view! {
        <Title text=tr!(checklist.settings) />
        <h1>{tr!(checklist.settings)}</h1>
        <Profiles />
        <section aria-labelledby="answers-heading">
            <h2 id="answers-heading">{tr!(questions.title)}</h2>
            {move || {
                // Read, not only tracked: a memo nobody has read follows nothing.
                let _ = person.get();
                view! { <Questionnaire on_done=move || saved.set(true) /> }
            }}
            <Show when=move || saved.get()>
                <p role="status">{tr!(questions.saved)}</p>
            </Show>
        </section>
        <DataPanel />
    }
}

#[component]
fn Profiles() -> impl IntoView {
    let c = use_checklist();
    let locale = use_locale();
    let read_only = c.read_only();
    // The field shows the stored name (again after any change), and "Save name" saves what the
    // field shows: no copy of the name to drift from it.
    let stored = move || {
        c.data()
            .with(|d| d.active().name.clone().unwrap_or_default())
    };
    let field = NodeRef::<leptos::html::Input>::new();
    // The person just removed and where they were, while "Undo" is offered.
    let removed = RwSignal::new(None::<(Profile, usize)>);
    let remove = move |_| {
        let (id, at, person) = c.data().with_untracked(|d| {
            let at = d
                .profiles
                .iter()
                .position(|p| p.id == d.active)
                .unwrap_or(0);
            (d.active, at, d.active().clone())
        });
        if c.update([Change::Remove(id)]).is_ok() {
            removed.set(Some((person, at)));
            // Long enough to notice and undo; another removal replaces the offer.
            set_timeout(
                move || {
                    removed.update(|r| {
                        if r.as_ref().is_some_and(|(p, _)| p.id == id) {
                            *r = None;
                        }
                    })
                },
                UNDO_FOR,
            );
        }
    };
    let undo = move |_| {
        if let Some((profile, at)) = removed.get_untracked()
            && c.update([Change::Restore { profile, at }]).is_ok()
        {
            removed.set(None);
        }
    };
    let removed_name = move || {
        removed.with(|r| {
            r.as_ref().map(|(p, _)| {
                profile_label(p, td_string!(locale(), checklist.me), |n| {
                    td_string!(locale(), checklist.profile_n, n = n).to_string()
                })
            })
        })
    };
    view! {
        <section aria-labelledby="profiles-heading">
            <h2 id="profiles-heading">{tr!(checklist.profile)}</h2>
            <ProfileSwitcher />
            <form on:submit=move |ev| {
                ev.prevent_default();
                let Some(field) = field.get_untracked() else { return };
                let n: String = field.value().trim().chars().take(MAX_NAME).collect();
                let _ = c.update([Change::Rename(Some(n))]);
            }>
                <label for="profile-name">{tr!(checklist.profile_name)}</label>
                <input id="profile-name" maxlength=MAX_NAME node_ref=field prop:value=stored disabled=read_only />
                <button type="submit" disabled=read_only>{tr!(checklist.rename)}</button>
            </form>
            <div class="actions">
                <Show when=move || c.data().with(|d| d.profiles.len() > 1)>
                    <button type="button" class="secondary" disabled=read_only on:click=remove>
                        {tr!(checklist.remove_profile)}
                    </button>
                </Show>
            </div>
            <div role="status" class="undo" data-testid="removed">
                {move || removed_name().map(|name| view! {
                    <p>{tv!(checklist.removed, name = name.clone())} " "
                        <button type="button" on:click=undo>{tr!(checklist.undo)}</button>
                    </p>
                })}
            </div>
        </section>
    }
}
