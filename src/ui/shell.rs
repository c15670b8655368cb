//! The frame the three pages wrap their areas in: the header (brand mark,
//! language and text-size switches), the update prompt, notices, the
//! footer, and loading the bank and branding. The players' page
//! (`ui::render_players_page`), the contest page
//! (`ui::render_contest_page`), the Learn page (`ui::LearnApp`) and the
//! tools page (`ui::ToolsApp`) each render one `Shell` and read what it
//! loaded from the `Loaded` context.

use std::rc::Rc;

use yew::prelude::*;

use super::bank_loader::{
    add_english, add_notes, load_bank, online_or_after, BankState, NOTES_FIRST_RETRY_MS, NOTES_RETRIES,
};
use super::notices::{notice_bar, Notice};
use super::organiser::brand::{use_branding, BrandState};
use super::screens::bank_problems::bank_problems;
use super::update_prompt::{update_prompt, use_update_ready};
use super::widgets::lang_switch::lang_switch;
use super::widgets::text_size_switch::text_size_switch;
use crate::i18n::{text, Lang, Text};
use crate::quiz::QuestionBank;
use crate::storage::{self, Loaded as Saved, TextSize, WriteFailed};

/// Which of the site's four pages the shell frames.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// `index.html`: rounds, progress.
    Players,
    /// `contest.html`: registration, the counted round, the certificate.
    Contest,
    /// `learn.html`: the key points by topic, search, the two laws compared.
    Learn,
    /// `tools.html`: host mode, the organiser page, the verify page.
    Tools,
}

/// Where the bank's explanations (and sources, facts and documents) are: a
/// built site sends them apart (`content::notes`), fetched once the start
/// screen works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notes {
    /// In the bank (or no bank yet).
    Here,
    /// Being fetched: a feedback screen says so, and fills in when they come.
    Loading,
    /// Could not be had (offline on a first visit, missing, made for
    /// another `questions.json`): a feedback screen says so.
    Unavailable,
}

/// What the shell gives the page inside it.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub bank: BankState,
    /// Read by the explanation widget, which re-renders when it changes.
    pub notes: Notes,
    /// Tells the page about saved data that was repaired or not kept.
    pub on_notice: Callback<Notice>,
}

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub page: Page,
    #[prop_or_default]
    pub children: Html,
}

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
    if saved_lang == Saved::Discarded || saved_size == Saved::Discarded {
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

/// Adds the English of a bank sent in Vietnamese only; when it cannot be
/// had, the player reads Vietnamese and is told why in one notice.
async fn english_or_notice(bank: &QuestionBank, text: &str, on_notice: &Callback<Notice>) {
    if let Err(why) = add_english(bank, text).await {
        gloo::console::warn!(format!("showing Vietnamese: {why}"));
        on_notice.emit(Notice::EnglishUnavailable);
    }
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

/// What stands in for a page's areas while the bank is not ready: a
/// loading line, every problem of a broken bank, or why it could not be
/// fetched. `None` once the bank is ready.
#[must_use]
pub fn bank_not_ready(bank: &BankState, lang: Lang) -> Option<Html> {
    let t = |key| text(lang, key);
    match bank {
        BankState::Ready(_) => None,
        // In a box a screen tall (app.css), so the footer starts below the
        // fold and does not jump down when the screen arrives (it was the
        // page's whole layout shift: 0.064 to 0.076).
        BankState::Loading => Some(html! {
            <div class="loading-screen"><p class="notice" role="status">{ t(Text::Loading) }</p></div>
        }),
        BankState::Broken(errors) => Some(bank_problems(lang, errors)),
        BankState::Unavailable(reason) => Some(html! {
            <div class="notice notice-error" role="alert">
                <p>{ t(Text::BankUnavailable) }</p>
                <p class="detail">{ reason.clone() }</p>
                <button class="button" onclick={Callback::from(|_| { let _ = gloo::utils::window().location().reload(); })}>
                    { t(Text::Reload) }
                </button>
            </div>
        }),
    }
}

/// The footer's link to another page: players find the tools, and
/// readers of Learn, hosts and organisers find their way back to the quiz.
fn other_page_link(page: Page, lang: Lang) -> Html {
    match page {
        Page::Players => html! { <a class="footer-link" href="tools.html">{ text(lang, Text::ToolsFooter) }</a> },
        Page::Learn | Page::Contest => {
            html! { <a class="footer-link" href="index.html#/">{ text(lang, Text::PlayersPage) }</a> }
        }
        Page::Tools => html! { <a class="footer-link" href="./">{ text(lang, Text::PlayersPage) }</a> },
    }
}

#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let start = use_memo((), |()| startup());
    let lang = use_state(|| start.lang);
    let text_size = use_state(|| start.text_size);
    let notices = use_state(|| Notices {
        shown: start.notices.clone(),
        dismissed: Vec::new(),
    });
    // The language chosen, and the one the page shows (`lang`, the
    // context). They differ only while the English of a bank sent in
    // Vietnamese only is fetched: the page turns English once it is added
    // (or known to be missing), so every screen renders it at once, a
    // round in progress included (`content::english`).
    // The language chosen last, and the bank's text, read by the tasks
    // that fetch the bank and its English when they end.
    let latest = use_mut_ref(|| (start.lang, Rc::<str>::from("")));
    let chosen_shown = use_state(|| start.lang);
    let bank = use_state(|| BankState::Loading);
    let notes = use_state(|| Notes::Here);
    let brand = use_branding();
    let update_ready = use_update_ready();
    let page = props.page;
    use_effect_with((*lang, brand.title(*lang), page), |(lang, title, page)| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ignored = root.set_attribute("lang", lang.code());
        }
        let title = title.as_deref().unwrap_or(text(*lang, Text::AppTitle));
        let page_name = match page {
            Page::Players => None,
            Page::Contest => Some(Text::ContestPage),
            Page::Learn => Some(Text::LearnPage),
            Page::Tools => Some(Text::ToolsPage),
        };
        match page_name {
            None => gloo::utils::document().set_title(title),
            Some(name) => gloo::utils::document().set_title(&format!("{} · {title}", text(*lang, name))),
        }
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
    {
        let (bank, notes, latest, on_notice) = (bank.clone(), notes.clone(), latest.clone(), on_notice.clone());
        use_effect_with((), move |()| {
            yew::platform::spawn_local(async move {
                let (state, text) = load_bank().await;
                let awaits_notes = match &state {
                    BankState::Ready(loaded) => {
                        // Asked now, not at the start: the player may have
                        // switched while the bank downloaded.
                        if latest.borrow().0 == Lang::En && !loaded.has_english() {
                            english_or_notice(loaded, &text, &on_notice).await;
                        }
                        // Learn shows no explanation, but names each
                        // fact's document and counts the questions citing
                        // it: it waits for the notes (`ui::learn`).
                        loaded.awaits_notes().then(|| (Rc::clone(loaded), text.clone()))
                    }
                    _ => None,
                };
                latest.borrow_mut().1 = text;
                bank.set(state);
                // The explanations only now: the wasm has arrived and the
                // start screen is drawn, so they take no bandwidth from
                // either; a player reads one only after answering.
                // A failed download is tried again when the device is back
                // online or a while later: a player who lost the signal for
                // a moment gets the explanations for the rest of the round.
                if let Some((loaded, text)) = awaits_notes {
                    notes.set(Notes::Loading);
                    let mut wait_ms = NOTES_FIRST_RETRY_MS;
                    for attempt in 0..=NOTES_RETRIES {
                        match add_notes(&loaded, &text).await {
                            Ok(()) => {
                                notes.set(Notes::Here);
                                break;
                            }
                            Err(why) => {
                                gloo::console::warn!(format!("no explanations: {why}"));
                                if attempt == 0 {
                                    notes.set(Notes::Unavailable);
                                }
                                if attempt < NOTES_RETRIES {
                                    online_or_after(wait_ms).await;
                                    wait_ms = wait_ms.saturating_mul(2);
                                }
                            }
                        }
                    }
                }
            });
        });
    }
    let on_dismiss = {
        let notices = notices.clone();
        Callback::from(move |notice: Notice| notices.set(notices.without(notice)))
    };
    let on_lang = {
        let (lang, latest, chosen_shown, bank, on_notice) = (
            lang.clone(),
            latest.clone(),
            chosen_shown.clone(),
            bank.clone(),
            on_notice.clone(),
        );
        Callback::from(move |picked: Lang| {
            if let Err(failure) = storage::save_lang(picked) {
                on_notice.emit(failure.into());
            }
            latest.borrow_mut().0 = picked;
            chosen_shown.set(picked);
            match &*bank {
                BankState::Ready(loaded) if picked == Lang::En && !loaded.has_english() => {
                    let (lang, latest, loaded, on_notice) =
                        (lang.clone(), latest.clone(), Rc::clone(loaded), on_notice.clone());
                    let text = latest.borrow().1.clone();
                    yew::platform::spawn_local(async move {
                        english_or_notice(&loaded, &text, &on_notice).await;
                        lang.set(latest.borrow().0);
                    });
                }
                _ => lang.set(picked),
            }
        })
    };
    let on_text_size = remembered(&text_size, storage::save_text_size, &on_notice);
    let loaded = Loaded {
        bank: (*bank).clone(),
        notes: *notes,
        on_notice,
    };
    let branding_link = match page {
        Page::Players | Page::Contest | Page::Learn => "tools.html#/organiser",
        Page::Tools => "#/organiser",
    };
    html! {
        <ContextProvider<Lang> context={*lang}>
        <ContextProvider<BrandState> context={brand.clone()}>
        <ContextProvider<Loaded> context={loaded}>
            <div class="app">
                <header>
                    <div class="topbar">
                        { brand_mark(&brand, *lang) }
                        { lang_switch(*chosen_shown, &on_lang) }
                    </div>
                    <div class="toolbar">
                        { text_size_switch(*lang, *text_size, &on_text_size) }
                    </div>
                </header>
                <main id="main" class="content">
                    { update_prompt(*lang, update_ready) }
                    { notice_bar(*lang, &notices.shown, &on_dismiss) }
                    // While the English is fetched (the page is still in the
                    // language shown); always there, so screen readers hear it.
                    <div aria-live="polite">
                        if *lang != *chosen_shown { <p class="notice">{ text(*lang, Text::LoadingEnglish) }</p> }
                    </div>
                    { props.children.clone() }
                </main>
                <footer class="footer">
                    <span class="footer-text">
                        { brand.branding.footer.as_ref().map_or(text(*lang, Text::Footer), |f| f.get(*lang)) }
                    </span>
                    { other_page_link(page, *lang) }
                    // Discreet: for the organiser, who will look at the foot of the page.
                    if !brand.problems.is_empty() {
                        <a class="brand-problems" href={branding_link}>{ text(*lang, Text::BrandingDefaults) }</a>
                    }
                </footer>
            </div>
        </ContextProvider<Loaded>>
        </ContextProvider<BrandState>>
        </ContextProvider<Lang>>
    }
}
