//! The players' page (`index.html`): the shell around the player area,
//! and the way on to `learn.html`, `contest.html` and `tools.html` for the
//! addresses Learn, the contest and the tools had on this page before they
//! had pages of their own.

use yew::prelude::*;

use super::bank_loader::BankState;
use super::hooks::{current_hash, use_hash, use_hash_change};
use super::player::PlayerArea;
use super::route::{area_for, Area};
use super::shell::{bank_not_ready, Loaded, Page, Shell, ShellProps};
use crate::i18n::Lang;

/// Opens `page` (`learn.html`, `contest.html`, `tools.html`) at the same hash, replacing
/// this address in the history, so Back returns to where the player came
/// from. The loader script does the same before the wasm starts
/// (scripts/pwa/old-addresses.js); this covers a link to an old address
/// followed inside the page.
fn open_page(page: &str, hash: &str) {
    let _ignored = gloo::utils::window().location().replace(&format!("{page}{hash}"));
}

/// Renders the players' page: the shell around the player areas, given
/// to Yew as the root's props, not wrapped in an `App` component (each
/// component costs its own copy of Yew's lifecycle code in the wasm).
pub fn render_players_page() {
    let props = ShellProps {
        page: Page::Players,
        children: html! { <PlayerAreas /> },
    };
    yew::Renderer::<Shell>::with_props(props).render();
}

/// The area the address asks for; each area routes further by itself.
#[component]
fn PlayerAreas() -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let Some(loaded) = use_context::<Loaded>() else {
        return Html::default();
    };
    let area = area_for(&use_hash());
    // A new screen opens at its top, not at the old screen's scroll
    // position (question 1 of a contest would open scrolled down, its
    // countdown out of sight). Every change of screen changes the hash,
    // and in-page state (Learn's search) replaces it without this event.
    use_hash_change(Callback::from(|_| {
        gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
    }));
    use_effect_with(area, |area| match area {
        Area::Learn => open_page("learn.html", &current_hash()),
        Area::Contest => open_page("contest.html", &current_hash()),
        Area::Tools => open_page("tools.html", &current_hash()),
        Area::Player => {}
    });
    if let Some(waiting) = bank_not_ready(&loaded.bank, lang) {
        return waiting;
    }
    let BankState::Ready(bank) = loaded.bank else {
        return Html::default();
    };
    match area {
        Area::Player => html! { <PlayerArea {bank} on_notice={loaded.on_notice} /> },
        Area::Learn | Area::Contest | Area::Tools => Html::default(),
    }
}
