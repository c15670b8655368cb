//! "Save the certificate as an image" and, where the phone can share files,
//! "Share the certificate": the canvas drawing of `ui::certificate_image`.

use yew::prelude::*;

use super::text::{t, T};
use crate::i18n::Lang;
use crate::ui::certificate_image::{file_name, render_png, save, CertificateText};
use crate::ui::share;

/// The buttons, and why the image could not be made if it could not
/// (`failed`, the caller's state: a function, not a component, since each
/// component costs its own copy of Yew's lifecycle code in the wasm).
pub fn certificate_png(lang: Lang, certificate: &CertificateText, failed: &UseStateHandle<bool>) -> Html {
    let name = file_name(t(lang, T::CertificateFileStem), &certificate.name);
    let run = |to_share: bool| {
        let (text, name, failed) = (certificate.clone(), name.clone(), failed.clone());
        Callback::from(move |_: MouseEvent| {
            let (text, name, failed) = (text.clone(), name.clone(), failed.clone());
            yew::platform::spawn_local(async move {
                let Some(file) = render_png(&text, &name).await else {
                    failed.set(true);
                    return;
                };
                // A phone that cannot share files, or a cancelled share, still saves.
                if !(to_share
                    && share::can_share_file(&file)
                    && share::share(&text.title, &text.name, Some(&file)).await)
                {
                    failed.set(!save(&file));
                }
            });
        })
    };
    html! {
        <>
            <button type="button" class="button" onclick={run(false)}>{ t(lang, T::SaveCertificate) }</button>
            if share::can_share() {
                <button type="button" class="button" onclick={run(true)}>{ t(lang, T::ShareCertificate) }</button>
            }
            if **failed {
                <p class="muted" role="status">{ t(lang, T::CertificateImageFailed) }</p>
            }
        </>
    }
}
