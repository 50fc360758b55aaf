//! Entry point: install the panic screen and mount the app. Everything else lives in the library.

fn main() {
    veiviser::platform::panic::install();
    veiviser::platform::takeover::mount(veiviser::app::App);
}
