//! Settings: the questionnaire's answers, the people on this phone, and your data.

use crate::checklist::MAX_NAME;
use crate::components::Title;
use crate::components::{
    DataPanel, ProfileSwitcher, Questionnaire, UnsavedAnswers, keeping_answers,
};
use crate::platform::checklist::use_checklist;
use crate::tr;
use leptos::prelude::*;

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
    let unsaved = use_context::<UnsavedAnswers>();
    // The field shows the stored name (again after any change), and "Save name" saves what the
    // field shows: no copy of the name to drift from it.
    let stored = move || {
        c.data()
            .with(|d| d.active().name.clone().unwrap_or_default())
    };
    let field = NodeRef::<leptos::html::Input>::new();
    view! {
        <section aria-labelledby="profiles-heading">
            <h2 id="profiles-heading">{tr!(checklist.profile)}</h2>
            <ProfileSwitcher />
            <form on:submit=move |ev| {
                ev.prevent_default();
                let Some(field) = field.get_untracked() else { return };
                let n: String = field.value().trim().chars().take(MAX_NAME).collect();
                c.update(|d| d.active_mut().name = (!n.is_empty()).then_some(n));
            }>
                <label for="profile-name">{tr!(checklist.profile_name)}</label>
                <input id="profile-name" maxlength=MAX_NAME node_ref=field prop:value=stored />
                <button type="submit">{tr!(checklist.rename)}</button>
            </form>
            <div class="actions">
                <button type="button" on:click=move |_| c.update(keeping_answers(unsaved, |d| { d.add_profile(None); }))>{tr!(checklist.add_profile)}</button>
                <Show when=move || c.data().with(|d| d.profiles.len() > 1)>
                    <button type="button" class="secondary" on:click=move |_| c.update(|d| { let id = d.active; d.remove_profile(id); })>
                        {tr!(checklist.remove_profile)}
                    </button>
                </Show>
            </div>
        </section>
    }
}
