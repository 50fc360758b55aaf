//! "Install the app" where the browser offers it; on iOS, how to add it to the home screen.

use crate::app::AppState;
use crate::platform::install::{self, InstallOffer};
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn InstallPrompt() -> impl IntoView {
    let offer = expect_context::<AppState>().install_offer;
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
        InstallOffer::IosHowTo => {
            Some(view! { <p class="install-howto">{tr!(install.ios)}</p> }.into_any())
        }
    }
}
