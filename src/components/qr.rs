//! A QR code drawn in the app as SVG, with no network: large, black on white, with the standard
//! four-module quiet zone. Built from elements, never from an HTML string.

use leptos::prelude::*;
use qrcode::{Color, QrCode};

const QUIET: usize = 4;

/// The SVG path of the dark modules, and the side length including the quiet zone.
pub fn qr_path(text: &str) -> Option<(String, usize)> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    let width = code.width();
    let mut d = String::new();
    for (i, color) in code.to_colors().into_iter().enumerate() {
        if color == Color::Dark {
            let (x, y) = (i % width + QUIET, i / width + QUIET);
            d.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Some((d, width + 2 * QUIET))
}

#[component]
pub fn QrSvg(
    #[prop(into)] text: Signal<String>,
    #[prop(into)] label: Signal<String>,
) -> impl IntoView {
    move || {
        let (d, size) = qr_path(&text.get())?;
        let view_box = format!("0 0 {size} {size}");
        Some(view! {
            <svg class="qr" role="img" aria-label=label viewBox=view_box shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
                <rect width=size height=size fill="#ffffff" />
                <path d=d fill="#000000" />
            </svg>
        })
    }
}
