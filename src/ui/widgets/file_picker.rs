//! A file picker in the page's own language. The browser's control speaks
//! the browser's ("Choose File", "Browse… No file selected.") on a
//! Vietnamese page, so the input is hidden from sight (not from the
//! keyboard or screen readers: it keeps the focus, shown on the button)
//! behind its `<label>` styled as a button, with the chosen file's name.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FilePickerProps {
    pub id: AttrValue,
    pub accept: AttrValue,
    /// The button's words, e.g. "Chọn tệp CSV…".
    pub button: AttrValue,
    /// What stands beside the button before a file is chosen.
    pub nothing_chosen: AttrValue,
    pub on_change: Callback<Event>,
}

#[component]
pub fn FilePicker(props: &FilePickerProps) -> Html {
    let chosen = use_state(|| None::<String>);
    let onchange = {
        let (chosen, on_change) = (chosen.clone(), props.on_change.clone());
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            chosen.set(input.files().and_then(|files| files.get(0)).map(|file| file.name()));
            on_change.emit(event);
        })
    };
    let name_id = format!("{}-name", props.id);
    html! {
        <div class="file-picker">
            <input id={props.id.clone()} class="file-picker-input" type="file" accept={props.accept.clone()}
                aria-describedby={name_id.clone()} {onchange} />
            <label for={props.id.clone()} class="button file-picker-button">{ props.button.clone() }</label>
            <span id={name_id} class="file-picker-name">
                { (*chosen).clone().unwrap_or_else(|| props.nothing_chosen.to_string()) }
            </span>
        </div>
    }
}
