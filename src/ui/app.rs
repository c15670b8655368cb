//! The root: language, saved-data notices, loading the bank, and the
//! screen for each state.

use yew::prelude::*;

use gloo::events::EventListener;

use super::bank_loader::{load_bank, BankState};
use super::host::HostArea;
use super::learn::LearnArea;
use super::notices::{Notice, NoticeBar};
use super::organiser::brand::{use_branding, BrandState};
use super::organiser::text::{org_text, OrgText};
use super::organiser::OrganiserArea;
use super::quiz::Quiz;
use super::route::{area_for, Area};
use super::screens::bank_problems::BankProblems;
use super::update_prompt::UpdatePrompt;
use super::widgets::lang_switch::LangSwitch;
use super::widgets::text_size_switch::TextSizeSwitch;
use crate::i18n::{text, Lang, Text};
use crate::storage::{self, Loaded, TextSize, WriteFailed};

/// What the page knows before the first render.
struct Startup {
    lang: Lang,
    text_size: TextSize,
    notices: Vec<Notice>,
}

fn startup() -> Startup {
    let mut notices = Vec::new();
    if !storage::works() {
        notices.push(Notice::StorageUnavailable);
    }
    let saved_lang = storage::load_lang();
    let saved_size = storage::load_text_size();
    if saved_lang == Loaded::Discarded || saved_size == Loaded::Discarded {
        notices.push(Notice::SavedDataRepaired);
    }
    Startup {
        lang: saved_lang.found().or_else(browser_lang).unwrap_or_default(),
        text_size: saved_size.found().unwrap_or_default(),
        notices,
    }
}

/// English when the browser asks for English first and lists no
/// Vietnamese; otherwise none (Vietnamese). Many phones in Vietnam run an
/// English interface, and their owners still read Vietnamese best.
fn browser_lang() -> Option<Lang> {
    let languages = web_sys::window()?.navigator().languages();
    let codes: Vec<Option<Lang>> = languages
        .iter()
        .filter_map(|l| l.as_string())
        .map(|l| Lang::from_code(&l))
        .collect();
    (codes.first() == Some(&Some(Lang::En)) && !codes.contains(&Some(Lang::Vi))).then_some(Lang::En)
}

fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Notices on screen, and those the player closed (never shown again in
/// this visit, however often the cause repeats).
#[derive(Clone, Default, PartialEq)]
struct Notices {
    shown: Vec<Notice>,
    dismissed: Vec<Notice>,
}

impl Notices {
    fn with(&self, notice: Notice) -> Option<Notices> {
        if self.shown.contains(&notice) || self.dismissed.contains(&notice) {
            return None;
        }
        let mut next = self.clone();
        next.shown.push(notice);
        Some(next)
    }

    fn without(&self, notice: Notice) -> Notices {
        let mut next = self.clone();
        next.shown.retain(|n| *n != notice);
        next.dismissed.push(notice);
        next
    }
}

/// A setting's callback: shows the choice at once and saves it, telling the
/// player if it could not be kept.
fn remembered<T: Copy + 'static>(
    state: &UseStateHandle<T>,
    save: fn(T) -> Result<(), WriteFailed>,
    on_notice: &Callback<Notice>,
) -> Callback<T> {
    let (state, on_notice) = (state.clone(), on_notice.clone());
    Callback::from(move |chosen: T| {
        if let Err(failure) = save(chosen) {
            on_notice.emit(failure.into());
        }
        state.set(chosen);
    })
}

/// The header's mark: the organiser's logo and name if branded, else "HTX".
fn brand_mark(brand: &BrandState, lang: Lang) -> Html {
    let name = brand.branding.organiser.as_ref().map(|o| o.get(lang).to_owned());
    html! {
        <span class="brand">
            if let Some(src) = brand.branding.logo.clone() {
                <img class="brand-logo" {src} alt="" />
            }
            { name.unwrap_or_else(|| "HTX".to_owned()) }
        </span>
    }
}

#[component]
pub fn App() -> Html {
    let start = use_memo((), |()| startup());
    let lang = use_state(|| start.lang);
    let text_size = use_state(|| start.text_size);
    let notices = use_state(|| Notices {
        shown: start.notices.clone(),
        dismissed: Vec::new(),
    });
    let bank = use_state(|| BankState::Loading);
    {
        let bank = bank.clone();
        use_effect_with((), move |()| {
            yew::platform::spawn_local(async move { bank.set(load_bank().await) });
        });
    }
    let brand = use_branding();
    use_effect_with((*lang, brand.title(*lang)), |(lang, title)| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ignored = root.set_attribute("lang", lang.code());
        }
        gloo::utils::document().set_title(title.as_deref().unwrap_or(text(*lang, Text::AppTitle)));
    });
    // A class on <html>, not an inline style: the Content-Security-Policy
    // forbids inline styles.
    use_effect_with(*text_size, |size| {
        if let Some(root) = gloo::utils::document().document_element() {
            root.set_class_name(&format!("text-{}", size.percent()));
        }
    });
    let on_notice = {
        let notices = notices.clone();
        Callback::from(move |notice: Notice| {
            if let Some(next) = notices.with(notice) {
                notices.set(next);
            }
        })
    };
    let on_dismiss = {
        let notices = notices.clone();
        Callback::from(move |notice: Notice| notices.set(notices.without(notice)))
    };
    // Which area the address asks for; each area routes further by itself.
    let area = use_state(|| area_for(&current_hash()));
    {
        let area = area.clone();
        use_effect_with((), move |()| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                area.set(area_for(&current_hash()));
                // A new screen opens at its top, not at the old screen's
                // scroll position (question 1 of a contest would open
                // scrolled down, its countdown out of sight). Every change
                // of screen changes the hash, and in-page state (Learn's
                // search) replaces it without this event.
                gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
            });
            move || drop(listener)
        });
    }
    let on_lang = remembered(&lang, storage::save_lang, &on_notice);
    let on_text_size = remembered(&text_size, storage::save_text_size, &on_notice);
    let t = |key| text(*lang, key);
    let body = match &*bank {
        BankState::Loading => html! { <p class="notice" role="status">{ t(Text::Loading) }</p> },
        BankState::Ready(bank) => match *area {
            Area::Quiz => html! { <Quiz bank={bank.clone()} {on_notice} /> },
            Area::Learn => html! { <LearnArea bank={bank.clone()} /> },
            Area::Host => html! { <HostArea bank={bank.clone()} /> },
            Area::Organiser => html! { <OrganiserArea bank={bank.clone()} /> },
        },
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
        <ContextProvider<BrandState> context={brand.clone()}>
            <div class="app">
                <header>
                    <div class="topbar">
                        { brand_mark(&brand, *lang) }
                        <LangSwitch lang={*lang} on_change={on_lang} />
                    </div>
                    <div class="toolbar">
                        <TextSizeSwitch size={*text_size} on_change={on_text_size} />
                    </div>
                </header>
                <main id="main" class="content">
                    <UpdatePrompt />
                    <NoticeBar notices={notices.shown.clone()} {on_dismiss} />
                    { body }
                </main>
                <footer class="footer">
                    { brand.branding.footer.as_ref().map_or(t(Text::Footer), |f| f.get(*lang)) }
                    // Discreet: for the organiser, who will look at the foot of the page.
                    if !brand.problems.is_empty() {
                        <a class="brand-problems" href="#/organiser">{ org_text(*lang, OrgText::BrandingDefaults) }</a>
                    }
                </footer>
            </div>
        </ContextProvider<BrandState>>
        </ContextProvider<Lang>>
    }
}
