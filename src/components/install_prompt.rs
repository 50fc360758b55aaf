//! "Install the app" where the browser offers it; on iOS, how to add it to the home screen, and
//! why it matters there: Safari may delete a website's data after seven days without a visit,
//! unless the app was added to the home screen. That is said once, here, with the download.

use crate::platform::app_state::use_app_state;
use crate::platform::checklist::use_checklist;
use crate::platform::files;
use crate::platform::install::{self, InstallOffer};
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn InstallPrompt() -> impl IntoView {
    let offer = use_app_state().install_offer;
    move || match offer.get() {
        InstallOffer::None => None,
        InstallOffer::Prompt => Some(
            view! {
                <button type="button" class="install" on:click=move |_| install::prompt(offer)>
                    {tr!(install.button)}
                </button>
            }
            .into_any(),
        ),
        InstallOffer::IosHowTo => Some(view! { <IosHowTo /> }.into_any()),
    }
}

#[component]
fn IosHowTo() -> impl IntoView {
    let c = use_checklist();
    let download = move |_| {
        let _ = files::download("veiviser-data.json", files::JSON, &c.export_text());
    };
    view! {
        <div class="install-howto" data-testid="ios-howto">
            <p>{tr!(install.ios)}</p>
            <p>{tr!(install.ios_storage)}</p>
            <button type="button" class="secondary" on:click=download>{tr!(data.export)}</button>
        </div>
    }
}
