//! A friend's challenge: what it holds, and the button to take it up.

use yew::prelude::*;

use crate::i18n::Lang;
use crate::quiz::challenge::Challenge;
use crate::quiz::Difficulty;
use crate::ui::clock;
use crate::ui::player::session::{Screen, SessionAction};
use crate::ui::player::text::{self, t, T};
use crate::ui::refs::BankRef;

/// What the challenge screen shows.
pub struct InviteScreenProps {
    pub challenge: Challenge,
    pub bank: BankRef,
    pub on_action: Callback<SessionAction>,
}

/// The screen. A function, not a component: it has no state, and each
/// component costs its own copy of Yew's lifecycle code in the wasm.
pub fn invite_screen(lang: Lang, props: &InviteScreenProps) -> Html {
    let config = &props.challenge.config;
    let topics = if config.topics.is_empty() {
        t(lang, T::AllTopics).to_owned()
    } else {
        config
            .topics
            .iter()
            .map(|t| {
                props
                    .bank
                    .0
                    .topic(t)
                    .map_or_else(|| t.to_string(), |t| t.name.get(lang).to_owned())
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let difficulty = match config.difficulty {
        None => t(lang, T::MixedDifficulty),
        Some(Difficulty::Easy) => t(lang, T::EasyLower),
        Some(Difficulty::Medium) => t(lang, T::MediumLower),
        Some(Difficulty::Hard) => t(lang, T::HardLower),
    };
    let on_accept = props
        .on_action
        .reform(|_: MouseEvent| SessionAction::AcceptChallenge { at: clock::now() });
    let on_home = props
        .on_action
        .reform(|_: MouseEvent| SessionAction::Show(Screen::Start));
    html! {
        // Keyed: see `start_screen`.
        <section key="invite" class="screen invite" aria-labelledby="invite-title">
            <h1 id="invite-title">{ t(lang, T::ChallengedTitle) }</h1>
            if let Some(score) = props.challenge.score {
                <p class="lead">{ text::friend_score(lang, score, config.length) }</p>
            }
            <ul class="facts-list">
                <li>{ text::same_questions(lang, config.length) }</li>
                <li>{ t(lang, T::TopicsLabel) }{ topics }</li>
                <li>{ t(lang, T::DifficultyLabel) }{ difficulty }</li>
            </ul>
            <div class="actions">
                <button type="button" class="button button-primary" onclick={on_accept}>{ t(lang, T::AcceptChallenge) }</button>
                <button type="button" class="button" onclick={on_home}>{ crate::i18n::text(lang, crate::i18n::Text::Home) }</button>
            </div>
        </section>
    }
}
