//! The end of a practice, review or challenge round: the shared results
//! (`ui::screens::results`) with, by kind, a friend's score to beat and a
//! link to challenge someone.

use yew::prelude::*;

use crate::i18n::{self, Lang, Text};
use crate::quiz::play::PlayKind;
use crate::quiz::{challenge::Challenge, Summary};
use crate::ui::clock;
use crate::ui::hooks::use_focused_on_mount;
use crate::ui::play::Play;
use crate::ui::player::session::{Screen, SessionAction};
use crate::ui::player::text::{self, t, T};
use crate::ui::refs::BankRef;
use crate::ui::screens::results::{results_screen, ResultsProps};
use crate::ui::widgets::copy_box::{copy_box, use_copy_box};
use crate::ui::widgets::explanation::use_notes;

#[derive(Properties, PartialEq)]
pub struct ResultsScreenProps {
    pub play: Play,
    pub bank: BankRef,
    pub on_action: Callback<SessionAction>,
}

/// The page's address up to the hash: where a challenge link points.
fn page_address() -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

fn challenge_part(lang: Lang, theirs: usize, summary: &Summary) -> Html {
    let mine = summary.correct;
    let verdict = text::challenge_verdict(lang, mine.cmp(&theirs));
    html! {
        <div class="challenge-result notice">
            <p><strong>{ verdict }</strong></p>
            <p>{ text::challenge_scores(lang, theirs, mine, summary.total) }</p>
        </div>
    }
}

#[component]
pub fn ResultsScreen(props: &ResultsScreenProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let notes = use_notes();
    let heading = use_focused_on_mount();
    let copy_state = use_copy_box();
    let round = &props.play.round;
    let Some(summary) = round.summary() else {
        return Html::default();
    };
    let on_play_again = props.on_action.reform(|_: MouseEvent| SessionAction::PlayAgain {
        seed: clock::fresh_seed(),
        at: clock::now(),
    });
    let on_home = props
        .on_action
        .reform(|_: MouseEvent| SessionAction::Show(Screen::Start));
    let challenge = Challenge {
        seed: round.seed(),
        config: props.play.setup.config(),
        score: Some(summary.correct),
    };
    let link = format!("{}#/challenge?{}", page_address(), challenge.to_query());
    let kind_part = html! {
        <>
            if let PlayKind::Challenge { score: Some(theirs) } = props.play.kind {
                { challenge_part(lang, theirs, &summary) }
            }
            <div class="actions">
                <button type="button" class="button button-primary" onclick={on_play_again}>{ i18n::text(lang, Text::PlayAgain) }</button>
                <button type="button" class="button" onclick={on_home}>{ i18n::text(lang, Text::Home) }</button>
            </div>
            { copy_box(lang, &copy_state, "challenge-link", t(lang, T::ChallengeLink), link) }
        </>
    };
    results_screen(
        lang,
        ResultsProps {
            round,
            bank: &props.bank.0,
            notes,
            heading,
            class: "screen results",
            kind_part,
        },
    )
}
