//! What happened to the stored checklist, said plainly: unreadable data kept as a copy (with a
//! download), an upgrade that kept the old checklist as a copy, data left untouched, data from a
//! newer build (read-only until a reload), a full quota, a change from another tab.

use crate::i18n::use_lang;
use crate::platform::checklist::use_checklist;
use crate::platform::files;
use crate::storage::StorageError;
use crate::storage::persist::LoadOutcome;
use crate::storage::tab_sync::External;
use crate::texts::checklist::{Counted, counted, reason_text};
use crate::tr;
use crate::tv;
use leptos::prelude::*;

#[component]
pub fn DataNotices() -> impl IntoView {
    let lang = use_lang();
    let c = use_checklist();
    let download_backup = move |_| {
        if let Some(text) = c.backup_text() {
            let _ = files::download("veiviser-unreadable-copy.json", files::JSON, &text);
        }
    };
    view! {
        {move || match c.outcome().get() {
            LoadOutcome::Recovered { error, .. } => {
                Some(view! {
                    <div class="banner banner-warning" role="alert">
                        <p>{tv!(data.recovered, reason = reason_text(&error, lang.get()))}</p>
                        <button type="button" on:click=download_backup>{tr!(data.download_backup)}</button>
                    </div>
                }.into_any())
            }
            LoadOutcome::Upgraded { dropped, .. } => {
                Some(view! {
                    <div class="banner banner-update" role="status" data-testid="upgraded">
                        <p>{tv!(data.upgraded, n = counted(Counted::Entries, dropped, lang.get()))}</p>
                        <button type="button" on:click=download_backup>{tr!(data.download_backup)}</button>
                    </div>
                }.into_any())
            }
            // A newer build's data: nothing here may touch it; a reload brings that build.
            LoadOutcome::Newer { .. } => {
                Some(view! {
                    <div class="banner banner-update" role="alert" data-testid="newer-data">
                        <p>{tr!(data.newer)}</p>
                        <button type="button" on:click=move |_| crate::platform::reload()>{tr!(error.reload)}</button>
                    </div>
                }.into_any())
            }
            LoadOutcome::Untouched { error } => {
                Some(view! {
                    <div class="banner banner-warning" role="alert">
                        <p>{tv!(data.untouched, reason = reason_text(&error, lang.get()))}</p>
                    </div>
                }.into_any())
            }
            _ => None,
        }}
        <Show when=move || c.save_error().get() == Some(StorageError::QuotaExceeded)>
            <div class="banner banner-warning" role="alert"><p>{tr!(data.save_failed)}</p></div>
        </Show>
        {move || c.changed_elsewhere().get().map(|what| view! {
            <div class="banner banner-update" role="status">
                <p>{match what {
                    External::Reset => tr!(data.deleted_elsewhere).into_any(),
                    _ => tr!(data.other_tab).into_any(),
                }}</p>
            </div>
        })}
    }
}
