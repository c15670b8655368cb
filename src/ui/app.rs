//! The root: language, loading the bank, and the screen for each state.

use yew::prelude::*;

use super::bank_loader::{load_bank, BankState};
use super::quiz::Quiz;
use super::screens::bank_problems::BankProblems;
use super::widgets::lang_switch::LangSwitch;
use crate::i18n::{text, Lang, Text};
use crate::storage;

/// The language to start in: the saved choice; else English when the
/// browser asks for English first and lists no Vietnamese (many phones in
/// Vietnam run an English interface, and their owners still read
/// Vietnamese best); else Vietnamese.
fn initial_lang() -> Lang {
    storage::load_lang().or_else(browser_lang).unwrap_or_default()
}

fn browser_lang() -> Option<Lang> {
    let languages: Vec<String> = web_sys::window()?
        .navigator()
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    let codes: Vec<Option<Lang>> = languages.iter().map(|l| Lang::from_code(l)).collect();
    (codes.first() == Some(&Some(Lang::En)) && !codes.contains(&Some(Lang::Vi))).then_some(Lang::En)
}

#[component]
pub fn App() -> Html {
    let lang = use_state(initial_lang);
    let bank = use_state(|| BankState::Loading);
    {
        let bank = bank.clone();
        use_effect_with((), move |()| {
            yew::platform::spawn_local(async move { bank.set(load_bank().await) });
        });
    }
    use_effect_with(*lang, |lang| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ignored = root.set_attribute("lang", lang.code());
        }
        gloo::utils::document().set_title(text(*lang, Text::AppTitle));
    });
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |chosen: Lang| {
            storage::save_lang(chosen);
            lang.set(chosen);
        })
    };
    let t = |key| text(*lang, key);
    let body = match &*bank {
        BankState::Loading => html! { <p class="notice" role="status">{ t(Text::Loading) }</p> },
        BankState::Ready(bank) => html! { <Quiz bank={bank.clone()} /> },
        BankState::Broken(errors) => html! { <BankProblems errors={errors.clone()} /> },
        BankState::Unavailable(reason) => html! {
            <div class="notice notice-error" role="alert">
                <p>{ t(Text::BankUnavailable) }</p>
                <p class="detail">{ reason.clone() }</p>
                <button class="button" onclick={Callback::from(|_| { let _ = gloo::utils::window().location().reload(); })}>
                    { t(Text::Reload) }
                </button>
            </div>
        },
    };
    html! {
        <ContextProvider<Lang> context={*lang}>
            <div class="app">
                <header class="topbar">
                    <span class="brand">{ "HTX" }</span>
                    <LangSwitch lang={*lang} on_change={on_lang} />
                </header>
                <main id="main" class="content">{ body }</main>
                <footer class="footer">{ t(Text::Footer) }</footer>
            </div>
        </ContextProvider<Lang>>
    }
}
