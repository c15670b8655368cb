//! How a contest player hands in the result, in the order a player needs
//! them: "Nộp kết quả" (the organiser's form or e-mail, pre-filled), the
//! phone's share sheet, copy, and a QR code a help desk can scan.

use yew::prelude::*;

use super::text::{t, T};
use crate::content::submit::{Entry, SubmitTo};
use crate::i18n::Lang;
use crate::quiz::qr::QrCode;
use crate::ui::share;
use crate::ui::widgets::copy_box::{copy_box, CopyBoxState};

/// The result a contest player hands in, and where to.
pub struct ResultSendProps<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub birth_year: Option<u16>,
    pub unit: &'a str,
    pub phone: &'a str,
    pub title: &'a str,
    pub submit: Option<&'a SubmitTo>,
    /// The state of the result code's copy box (`use_copy_box`).
    pub code_box: &'a CopyBoxState,
}

/// The code as a QR symbol, crisp at any size, with its quiet zone.
fn qr_image(code: &str, lang: Lang) -> Html {
    let Some(qr) = QrCode::encode(code) else {
        return Html::default();
    };
    let side = qr.size() + 8;
    html! {
        <figure class="result-qr">
            <svg viewBox={format!("0 0 {side} {side}")} role="img" shape-rendering="crispEdges"
                aria-label={t(lang, T::ResultQrLabel)}>
                <rect width={side.to_string()} height={side.to_string()} fill="#fff" />
                <path d={qr.svg_path(4)} fill="#000" />
            </svg>
            <figcaption class="muted">{ t(lang, T::ResultQrCaption) }</figcaption>
        </figure>
    }
}

/// The ways to hand the result in. A function, not a component: it has
/// no state, and each component costs its own copy of Yew's lifecycle code
/// in the wasm.
pub fn result_send(lang: Lang, props: &ResultSendProps<'_>) -> Html {
    let entry = Entry {
        code: props.code,
        name: props.name,
        birth_year: props.birth_year,
        unit: props.unit,
        phone: props.phone,
    };
    let line = entry.line();
    let form = props.submit.and_then(|s| s.form_address(&entry));
    let email = props.submit.and_then(|s| s.email_address(&entry, props.title, lang));
    let submit_label = t(lang, T::SubmitResult);
    let on_share = {
        let title = props.title.to_string();
        let text = format!("{} {title}:\n{line}", t(lang, T::MyResultCodeIn));
        Callback::from(move |_: MouseEvent| {
            let (title, text) = (title.clone(), text.clone());
            yew::platform::spawn_local(async move {
                share::share(&title, &text, None).await;
            });
        })
    };
    html! {
        <div class="result-send">
            <div class="actions">
                if let Some(href) = form.clone() {
                    <a class="button button-primary submit-result" {href} target="_blank" rel="noopener noreferrer">{ submit_label }</a>
                }
                if let Some(href) = email.clone() {
                    <a class={classes!("button", "submit-email", form.is_none().then_some("button-primary"))} {href}>
                        { if form.is_some() { t(lang, T::SubmitByEmail) } else { submit_label } }
                    </a>
                }
                if share::can_share() {
                    <button type="button" class="button" onclick={on_share}>{ t(lang, T::Share) }</button>
                }
            </div>
            if form.is_some() || email.is_some() {
                <p class="muted">{ t(lang, T::SubmitHint) }</p>
            }
            { copy_box(lang, props.code_box, "result-code", t(lang, T::YourResultCode), line) }
            { qr_image(props.code, lang) }
        </div>
    }
}
