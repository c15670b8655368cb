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
    let percent = (props.current * 100).checked_div(props.total).unwrap_or(0);
    html! {
        <div class="progress">
            <span class="progress-label">{ label.clone() }</span>
            <div class="progress-track" role="progressbar" aria-label={label}
                aria-valuemin="0" aria-valuemax={props.total.to_string()} aria-valuenow={props.current.to_string()}>
                <div class="progress-fill" style={format!("width: {percent}%")}></div>
            </div>
        </div>
    }
}
