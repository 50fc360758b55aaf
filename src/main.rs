//! Entry point: install the panic screen and mount the app. Everything else lives in the library.

fn main() {
    veiviser::platform::panic::install();
    veiviser::platform::remove_prerendered();
    leptos::mount::mount_to_body(veiviser::app::App);
}
