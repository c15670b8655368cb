//! "Câu 3/10" with a bar.

use yew::prelude::*;

use crate::i18n::{format_progress, Lang};

/// The bar for question `current` (1-based) of `total`. A function, not a
/// component: it has no state, and each component costs its own copy of
/// Yew's lifecycle code in the wasm.
pub fn progress_bar(lang: Lang, current: usize, total: usize) -> Html {
    let label = format_progress(lang, current, total);
    // A native <progress>, not a styled div: an inline style attribute
    // would need 'unsafe-inline' in the Content-Security-Policy.
    html! {
        <div class="progress">
            <span class="progress-label">{ label.clone() }</span>
            <progress class="progress-track" aria-label={label}
                max={total.to_string()} value={current.to_string()}></progress>
        </div>
    }
}
