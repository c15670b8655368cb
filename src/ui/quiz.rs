//! Hosts one player's session: the reducer, hash routing, and the screen
//! for the session's state.

use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use super::clock;
use super::route::{hash_for, screen_for};
use super::screens::question::QuestionScreen;
use super::screens::results::ResultsScreen;
use super::screens::start::StartScreen;
use super::session::{Screen, Session, SessionAction};
use crate::quiz::{Action, ChoiceId, Phase, QuestionBank};

#[derive(Properties, PartialEq)]
pub struct QuizProps {
    pub bank: Rc<QuestionBank>,
}

#[component]
pub fn Quiz(props: &QuizProps) -> Html {
    let session = {
        let bank = props.bank.clone();
        use_reducer(move || Session::new(bank))
    };
    let dispatch = session.dispatcher();

    // The hash follows the session; the back button asks for a screen.
    let hash = hash_for(&session);
    use_effect_with(hash, |hash| {
        let location = gloo::utils::window().location();
        if location.hash().ok().as_deref() != Some(*hash) {
            let _ignored = location.set_hash(hash);
        }
    });
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |()| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                let hash = gloo::utils::window().location().hash().unwrap_or_default();
                dispatch.dispatch(SessionAction::Show(screen_for(&hash)));
            });
            move || drop(listener)
        });
    }

    let on_start = dispatch.to_callback().reform(|()| SessionAction::Start {
        seed: clock::fresh_seed(),
        at: clock::now(),
    });
    let on_answer = dispatch.to_callback().reform(|picked: Vec<ChoiceId>| {
        SessionAction::Round(Action::Answer {
            picked,
            at: clock::now(),
        })
    });
    let on_next = dispatch
        .to_callback()
        .reform(|()| SessionAction::Round(Action::Next { at: clock::now() }));
    let on_home = dispatch.to_callback().reform(|()| SessionAction::Show(Screen::Start));

    match session.visible_round() {
        None => {
            let in_progress = session
                .round
                .as_ref()
                .filter(|r| r.summary().is_none())
                .and_then(|r| r.current_index().map(|i| (i + 1, r.len())));
            let on_continue = dispatch.to_callback().reform(|()| SessionAction::Show(Screen::Round));
            html! { <StartScreen {on_start} {in_progress} {on_continue} question_count={props.bank.questions().len()} /> }
        }
        Some(round) => match round.phase() {
            Phase::Finished { .. } => html! {
                <ResultsScreen round={round.clone()} bank={session.bank.clone()} on_play_again={on_start} {on_home} />
            },
            Phase::Asking { index } | Phase::Feedback { index } => html! {
                <QuestionScreen key={*index} round={round.clone()} bank={session.bank.clone()} {on_answer} {on_next} />
            },
        },
    }
}
