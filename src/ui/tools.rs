//! The tools page (`tools.html`), for hosts and organisers: host mode
//! (`#/host`), the organiser page (`#/organiser`) and the verify page
//! (`#/verify`), with a short menu at `#/`. Its own wasm
//! (`src/bin/tools.rs`), so none of this reaches a player's download.

mod text;
pub(crate) mod verify;

use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use self::text::{tools_text, ToolsText};
use self::verify::VerifyScreen;
use super::bank_loader::{load_contest, BankState, ContestState};
use super::host::HostArea;
use super::organiser::OrganiserArea;
use super::refs::{BankRef, ContestRef};
use super::shell::{bank_not_ready, Loaded, Page, Shell};
use crate::i18n::Lang;

/// The tool an address on the tools page asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tool {
    /// `#/` or anything unknown: the list of tools.
    Menu,
    /// An in-person contest on a projector.
    Host,
    /// Import questions from a spreadsheet, check the bank and branding.
    Organiser,
    /// Check and rank players' result codes.
    Verify,
}

/// The tool a hash belongs to: its first path segment.
#[must_use]
pub fn tool_for(hash: &str) -> Tool {
    let path = hash.strip_prefix("#/").unwrap_or("");
    match path.split(['/', '?']).next().unwrap_or("") {
        "host" => Tool::Host,
        "organiser" => Tool::Organiser,
        "verify" => Tool::Verify,
        _ => Tool::Menu,
    }
}

fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

#[component]
pub fn ToolsApp() -> Html {
    html! {
        <Shell page={Page::Tools}>
            <Tools />
        </Shell>
    }
}

#[component]
fn Tools() -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let Some(loaded) = use_context::<Loaded>() else {
        return Html::default();
    };
    let tool = use_state(|| tool_for(&current_hash()));
    {
        let tool = tool.clone();
        use_effect_with((), move |()| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                tool.set(tool_for(&current_hash()));
                // A new screen opens at its top, as on the players' page.
                gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
            });
            move || drop(listener)
        });
    }
    // The contest, for the verify page: read once the bank is there.
    let contest = use_state(|| ContestState::Loading);
    {
        let contest = contest.clone();
        use_effect_with(loaded.bank.clone(), move |bank| {
            if let BankState::Ready(bank) = bank {
                let bank = Rc::clone(bank);
                yew::platform::spawn_local(async move { contest.set(load_contest(&bank).await) });
            }
        });
    }
    match (*tool, &loaded.bank) {
        (Tool::Menu, _) => menu(lang),
        // The organiser page is where a broken bank gets fixed, so it opens
        // whatever state the bundled bank is in, below its problems.
        (Tool::Organiser, BankState::Ready(bank)) => html! { <OrganiserArea bank={Some(Rc::clone(bank))} /> },
        (Tool::Organiser, BankState::Loading) => bank_not_ready(&loaded.bank, lang).unwrap_or_default(),
        (Tool::Organiser, _) => html! {
            <>
                { bank_not_ready(&loaded.bank, lang).unwrap_or_default() }
                <OrganiserArea bank={None::<Rc<crate::quiz::QuestionBank>>} />
            </>
        },
        (Tool::Host, BankState::Ready(bank)) => html! { <HostArea bank={Rc::clone(bank)} /> },
        (Tool::Verify, BankState::Ready(bank)) => match &*contest {
            ContestState::Loading => {
                html! { <p class="notice" role="status">{ tools_text(lang, ToolsText::LoadingContest) }</p> }
            }
            ContestState::Ready(rules) => html! {
                <VerifyScreen bank={BankRef(Rc::clone(bank))} contest={Some(ContestRef(Rc::clone(rules)))} />
            },
            ContestState::Absent | ContestState::Broken(_) => html! {
                <VerifyScreen bank={BankRef(Rc::clone(bank))} contest={None::<ContestRef>} />
            },
        },
        (Tool::Host | Tool::Verify, _) => bank_not_ready(&loaded.bank, lang).unwrap_or_default(),
    }
}

/// `#/`: what each tool is for, and the way back to the players' page.
fn menu(lang: Lang) -> Html {
    let t = |key| tools_text(lang, key);
    let item = |href: &'static str, name: ToolsText, what: ToolsText| {
        html! {
            <li>
                <a class="mode" {href}>
                    <strong>{ t(name) }</strong>
                    <span>{ t(what) }</span>
                </a>
            </li>
        }
    };
    html! {
        <section class="screen tools-menu" aria-labelledby="tools-title">
            <h1 id="tools-title">{ t(ToolsText::Title) }</h1>
            <p class="lead">{ t(ToolsText::Intro) }</p>
            <ul class="modes tools-list">
                { item("#/host", ToolsText::Host, ToolsText::HostWhat) }
                { item("#/organiser", ToolsText::Organiser, ToolsText::OrganiserWhat) }
                { item("#/verify", ToolsText::Verify, ToolsText::VerifyWhat) }
            </ul>
            <p><a href="./">{ t(ToolsText::ToPlayers) }</a></p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_map_to_tools() {
        assert_eq!(tool_for("#/host"), Tool::Host);
        assert_eq!(tool_for("#/organiser"), Tool::Organiser);
        assert_eq!(tool_for("#/verify"), Tool::Verify);
        assert_eq!(tool_for("#/verify?round=2"), Tool::Verify);
        for other in ["", "#", "#/", "#/play", "#/hosts", "#host"] {
            assert_eq!(tool_for(other), Tool::Menu, "{other}");
        }
    }
}
