//! Hosts one player's session: the reducer, hash routing, and the screen
//! for the session's state.

use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use super::clock;
use super::notices::Notice;
use super::route::{area_for, hash_for, screen_for, Area};
use super::screens::question::QuestionScreen;
use super::screens::results::ResultsScreen;
use super::screens::start::StartScreen;
use super::session::{Screen, Session, SessionAction};
use crate::quiz::{Action, ChoiceId, Phase, QuestionBank, Round};
use crate::storage::{self, Loaded};

#[derive(Properties, PartialEq)]
pub struct QuizProps {
    pub bank: Rc<QuestionBank>,
    /// Tells the page about saved data that was repaired or not kept.
    pub on_notice: Callback<Notice>,
}

/// The session as it was before a reload, if it was saved and the bank can
/// still rebuild it; otherwise a fresh one and what to tell the player.
fn restore_session(bank: &Rc<QuestionBank>) -> (Session, Option<Notice>) {
    let fresh = || Session::new(Rc::clone(bank));
    match storage::load_round() {
        Loaded::Missing => (fresh(), None),
        Loaded::Discarded => (fresh(), Some(Notice::SavedDataRepaired)),
        Loaded::Found(record) => {
            let hash = gloo::utils::window().location().hash().unwrap_or_default();
            match Session::resume(Rc::clone(bank), &record, screen_for(&hash)) {
                Ok(session) => (session, None),
                Err(why) => {
                    storage::discard_round(&why.to_string());
                    (fresh(), Some(Notice::RoundNotRestored))
                }
            }
        }
    }
}

#[component]
pub fn Quiz(props: &QuizProps) -> Html {
    let restored = use_memo((), |()| restore_session(&props.bank));
    let session = {
        let restored = restored.clone();
        use_reducer(move || restored.0.clone())
    };
    let dispatch = session.dispatcher();
    use_effect_with((), {
        let on_notice = props.on_notice.clone();
        move |()| {
            if let Some(notice) = restored.1 {
                on_notice.emit(notice);
            }
        }
    });

    // Every change to the round is saved at once, so a reload, a closed
    // tab or a crash resumes at the same question with the same answers.
    use_effect_with(session.round.clone(), {
        let on_notice = props.on_notice.clone();
        move |round: &Option<Round>| {
            if let Err(failure) = storage::save_round(round.as_ref().map(Round::record).as_ref()) {
                on_notice.emit(failure.into());
            }
        }
    });

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
                if area_for(&hash) != Area::Quiz {
                    return; // the root shows another area; this round waits
                }
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
