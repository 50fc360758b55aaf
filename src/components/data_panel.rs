//! Your data: where it is, whether the browser keeps it, and export, import (with a preview and
//! nothing changed on a bad file) and delete-all (after confirmation).

use crate::checklist::AppData;
use crate::i18n::use_lang;
use crate::platform::app_state::use_app_state;
use crate::platform::checklist::use_checklist;
use crate::platform::files;
use crate::storage::envelope::{self, DataError, MAX_BYTES};
use crate::storage::persist::LoadOutcome;
use crate::storage::tab_sync::ChangeError;
use crate::texts::checklist::{Counted, counted, reason_text};
use crate::tr;
use crate::tv;
use leptos::prelude::*;

#[derive(Clone, PartialEq)]
enum Import {
    Idle,
    Preview(AppData),
    Failed(DataError),
    /// Read, but not saved (a full quota): the file's data stays on screen to try again.
    NotSaved(AppData, ChangeError),
    /// Shown, but this browser saves nothing: gone when the app closes.
    InMemory,
    Done,
}

fn counts(d: &AppData) -> (usize, usize) {
    (
        d.profiles.len(),
        d.profiles.iter().map(|p| p.done_count()).sum(),
    )
}

#[component]
pub fn DataPanel() -> impl IntoView {
    let lang = use_lang();
    let c = use_checklist();
    let import = RwSignal::new(Import::Idle);
    let confirm_delete = RwSignal::new(false);
    let deleted = RwSignal::new(false);
    let file_input = NodeRef::<leptos::html::Input>::new();

    let export = move |_| {
        let _ = files::download("veiviser-data.json", files::JSON, &c.export_text());
    };
    let chosen = move |_| {
        let Some(input) = file_input.get() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let result = match files::read_chosen(&input, MAX_BYTES).await {
                None => return,
                Some(Err(size)) => Err(DataError::TooLarge(size)),
                Some(Ok(bytes)) => envelope::decode_bytes(&bytes),
            };
            input.set_value("");
            import.set(match result {
                Ok(data) => Import::Preview(data),
                Err(e) => Import::Failed(e),
            });
        });
    };
    // "Restored" only when it was saved; otherwise the data stays here for "Try again".
    // Kept only in memory: the browser stores nothing, or the stored value is left untouched.
    let persistent = use_app_state().persistent;
    let save = move |data: AppData| match c.replace(data.clone()) {
        Ok(()) if persistent && c.outcome().with_untracked(LoadOutcome::may_save) => Import::Done,
        Ok(()) => Import::InMemory,
        Err(e) => Import::NotSaved(data, e),
    };
    let preview = move |data: AppData| {
        let (profiles, done) = counts(&data);
        let (cur_profiles, cur_done) = c.data().with(counts);
        view! {
            <div class="import-preview" role="status">
                <p>{tv!(data.import_preview,
                    profiles = counted(Counted::Checklists, profiles, lang.get()),
                    done = counted(Counted::DoneTasks, done, lang.get()),
                    cur_profiles = counted(Counted::Checklists, cur_profiles, lang.get()),
                    cur_done = counted(Counted::DoneTasks, cur_done, lang.get()))}</p>
                <button type="button" disabled=c.read_only() on:click=move |_| import.set(save(data.clone()))>
                    {tr!(data.import_confirm)}
                </button>
                <button type="button" class="secondary" on:click=move |_| import.set(Import::Idle)>{tr!(data.cancel)}</button>
            </div>
        }
    };

    view! {
        <section aria-labelledby="data-heading">
            <h2 id="data-heading">{tr!(data.heading)}</h2>
            <p>{tr!(data.stored_here)}</p>
            <p data-testid="persisted">
                {move || match c.persisted().get() {
                    Some(true) => tr!(data.persisted).into_any(),
                    _ => tr!(data.not_persisted).into_any(),
                }}
            </p>
            <div class="actions">
                <button type="button" disabled=c.read_only() on:click=export>{tr!(data.export)}</button>
                <label class="button" for="import-file">{tr!(data.import)}</label>
                <input type="file" id="import-file" class="visually-hidden" accept="application/json,.json" node_ref=file_input on:change=chosen disabled=c.read_only() />
            </div>
            {move || match import.get() {
                Import::Idle => None,
                Import::Preview(data) => Some(preview(data).into_any()),
                Import::Failed(e) => {
                    Some(view! { <p class="banner banner-warning" role="alert">{tv!(data.import_error, reason = reason_text(&e, lang.get()))}</p> }.into_any())
                }
                Import::NotSaved(data, e) => Some(view! {
                    <div class="banner banner-warning" role="alert" data-testid="import-not-saved">
                        <p>{match e {
                            ChangeError::ReadOnly => tr!(data.newer).into_any(),
                            _ => tr!(data.import_not_saved).into_any(),
                        }}</p>
                        <button type="button" on:click=move |_| import.set(save(data.clone()))>{tr!(data.try_again)}</button>
                        <button type="button" class="secondary" on:click=move |_| import.set(Import::Idle)>{tr!(data.cancel)}</button>
                    </div>
                }.into_any()),
                Import::InMemory => Some(view! { <p class="banner banner-warning" role="status">{tr!(data.import_memory)}</p> }.into_any()),
                Import::Done => Some(view! { <p role="status">{tr!(data.import_done)}</p> }.into_any()),
            }}
            <div class="danger">
                <Show
                    when=move || confirm_delete.get()
                    fallback=move || view! {
                        <button type="button" class="danger-button" disabled=c.read_only() on:click=move |_| { deleted.set(false); confirm_delete.set(true); }>
                            {tr!(data.delete)}
                        </button>
                    }
                >
                    <p role="alert">{tr!(data.delete_confirm)}</p>
                    <button type="button" class="danger-button" on:click=move |_| {
                        if c.delete_all().is_ok() { deleted.set(true); }
                        confirm_delete.set(false);
                    }>{tr!(data.delete_yes)}</button>
                    <button type="button" class="secondary" on:click=move |_| confirm_delete.set(false)>{tr!(data.cancel)}</button>
                </Show>
                <Show when=move || deleted.get()>
                    <p role="status">{tr!(data.deleted)}</p>
                </Show>
            </div>
        </section>
    }
}
