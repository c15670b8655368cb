//! "Câu 3/10" with a bar.

use yew::prelude::*;

use crate::i18n::{format_progress, Lang};

#[derive(Properties, PartialEq)]
pub struct ProgressBarProps {
    /// 1-based number of the question on screen.
    pub current: usize,
    pub total: usize,
}

#[component]
pub fn ProgressBar(props: &ProgressBarProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let label = format_progress(lang, props.current, props.total);
    // A native <progress>, not a styled div: an inline style attribute
    // would need 'unsafe-inline' in the Content-Security-Policy.
    html! {
        <div class="progress">
            <span class="progress-label">{ label.clone() }</span>
            <progress class="progress-track" aria-label={label}
                max={props.total.to_string()} value={props.current.to_string()}></progress>
        </div>
    }
}
