//! A readable error screen for a panic, instead of a frozen page.
//!
//! After a panic the WebAssembly module cannot run again, so the screen is
//! plain DOM built here and its reload link needs no code: it points at the
//! same address with a fresh query, which every static server ignores.

use crate::i18n::{text, Lang, Text};

/// Installs the panic hook; call before rendering (Yew keeps a hook that
/// was set first).
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        gloo::console::error!(info.to_string());
        show(&info.to_string());
    }));
}

fn current_lang() -> Lang {
    gloo::utils::document()
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}

/// Replaces the page with the error screen.
pub fn show(detail: &str) {
    if let Some(body) = gloo::utils::document().body() {
        render_into(&body, detail);
    }
}

/// Replaces what `target` holds with the error screen. Uses text nodes
/// only: the message may quote data.
pub fn render_into(target: &web_sys::Element, detail: &str) {
    let lang = current_lang();
    let document = gloo::utils::document();
    let location = gloo::utils::window().location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    // The time as a whole number: formatting the f64 from Date.now() would
    // link core's float printing (about 10 KB) for this one query string.
    let reload_href = format!("{path}?reload={}{hash}", crate::ui::clock::now().0);

    let element = |tag: &str, class: &str, content: &str| {
        let node = document.create_element(tag).ok()?;
        node.set_class_name(class);
        node.set_text_content(Some(content));
        Some(node)
    };
    let (Some(screen), Some(title), Some(message), Some(link), Some(details)) = (
        element("section", "panic", ""),
        element("h1", "", text(lang, Text::PanicTitle)),
        element("p", "", text(lang, Text::PanicBody)),
        element("a", "button button-primary", text(lang, Text::Reload)),
        element("pre", "panic-detail", detail),
    ) else {
        return;
    };
    let _ignored = screen.set_attribute("role", "alert");
    let _ignored = link.set_attribute("href", &reload_href);
    for child in [&title, &message, &link, &details] {
        let _ignored = screen.append_child(child);
    }
    target.set_text_content(None);
    let _ignored = target.append_child(&screen);
}
