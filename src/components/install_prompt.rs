//! "Install the app" where the browser offers it; on iOS, how to add it to the home screen.

use crate::app::AppState;
use crate::i18n::{t, use_i18n};
use crate::platform::install::{self, InstallOffer};
use leptos::prelude::*;

#[component]
pub fn InstallPrompt() -> impl IntoView {
    let i18n = use_i18n();
    let offer = expect_context::<AppState>().install_offer;
    move || match offer.get() {
        InstallOffer::None => None,
        InstallOffer::Prompt => Some(
            view! {
                <button type="button" class="install" on:click=move |_| install::prompt(offer)>
                    {t!(i18n, install.button)}
                </button>
            }
            .into_any(),
        ),
        InstallOffer::IosHowTo => {
            Some(view! { <p class="install-howto">{t!(i18n, install.ios)}</p> }.into_any())
        }
    }
}
