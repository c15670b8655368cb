//! The contest page (`contest.html`): the organiser's contest, registration,
//! the counted round, its tie-break, the result code and the certificate.
//! A page of its own, with its own wasm (`src/bin/contest.rs`), so a player
//! who only practises downloads none of it (issue 17). Addresses: `#/`
//! (the rules screen; `#/contest`, where the old links of the players' page
//! land, too), `#/play` and `#/results` (the round).

pub mod screens;
pub mod session;
pub mod text;

use std::rc::Rc;

use yew::prelude::*;

use super::bank_loader::{load_contest, BankState, ContestState};
use super::clock;
use super::hooks::{current_hash, use_hash_change, use_round_clock, use_saved, use_shown_hash};
use super::notices::{kept, Notice};
use super::refs::ContestRef;
use super::screens::question::QuestionScreen;
use super::shell::{bank_not_ready, Loaded, Page, Shell, ShellProps};
use crate::i18n::Lang;
use crate::quiz::play::PlayKind;
use crate::quiz::{Action, ChoiceId, QuestionBank};
use crate::storage::{self, Loaded as Saved};
use screens::result::ContestResult;
use screens::rules::{rules_screen, RulesScreenProps};
use screens::tie_break::TieBreakScreen;
use session::{ContestAction, ContestSession, Screen};
use text::{t, T};

/// Renders the contest page: the shell around the contest area.
pub fn render_contest_page() {
    let props = ShellProps {
        page: Page::Contest,
        children: html! { <ContestPage /> },
    };
    yew::Renderer::<Shell>::with_props(props).render();
}

/// The contest area once the bank is ready (the shell's loading line, or
/// the bank's problems, until then).
#[component]
fn ContestPage() -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let Some(loaded) = use_context::<Loaded>() else {
        return Html::default();
    };
    if let Some(waiting) = bank_not_ready(&loaded.bank, lang) {
        return waiting;
    }
    let BankState::Ready(bank) = loaded.bank else {
        return Html::default();
    };
    html! { <ContestArea {bank} on_notice={loaded.on_notice} /> }
}

/// The hash that shows the session's screen.
#[must_use]
pub fn hash_for(session: &ContestSession) -> &'static str {
    match (session.screen, &session.play) {
        (Screen::Round, Some(play)) if play.is_finished() => "#/results",
        (Screen::Round, _) => "#/play",
        (Screen::Rules, _) => "#/",
    }
}

/// The screen a hash asks for.
#[must_use]
pub fn screen_for(hash: &str) -> Screen {
    match hash.split('?').next().unwrap_or("") {
        "#/play" | "#/results" => Screen::Round,
        _ => Screen::Rules,
    }
}

#[derive(Properties, PartialEq)]
pub struct ContestAreaProps {
    pub bank: Rc<QuestionBank>,
    /// Tells the page about saved data that was repaired or not kept.
    pub on_notice: Callback<Notice>,
}

/// The session as it was before a reload (the round, attempts, progress),
/// each part kept if it can still be read; and what to tell the player
/// about parts that could not.
fn restore_session(bank: &Rc<QuestionBank>) -> (ContestSession, Vec<Notice>) {
    let mut session = ContestSession::new(Rc::clone(bank));
    let mut notices = Vec::new();
    if let Some(progress) = kept(storage::load_progress(), &mut notices) {
        session.progress = progress;
    }
    if let Some(attempts) = kept(storage::load_attempts(), &mut notices) {
        session.attempts = attempts;
    }
    let screen = screen_for(&current_hash());
    match storage::load_contest_play() {
        Saved::Missing => {}
        Saved::Discarded => notices.push(Notice::SavedDataRepaired),
        Saved::Found(saved) if matches!(saved.kind, PlayKind::Contest { .. }) => {
            match session.clone().resume(saved.kind, &saved.round, screen) {
                Ok(resumed) => session = resumed,
                Err(why) => {
                    storage::discard_contest_play(&why.to_string());
                    notices.push(Notice::RoundNotRestored);
                }
            }
        }
        Saved::Found(_) => storage::discard_contest_play("not a contest round"),
    }
    // The address's screen, unless it has no round to show.
    session.screen = match screen {
        Screen::Round if session.play.is_none() => Screen::Rules,
        other => other,
    };
    (session, notices)
}

#[component]
pub fn ContestArea(props: &ContestAreaProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let restored = use_memo((), |()| restore_session(&props.bank));
    let session = {
        let restored = restored.clone();
        use_reducer(move || restored.0.clone())
    };
    let dispatch = session.dispatcher();
    let contest_state = use_state(|| ContestState::Loading);
    use_effect_with((), {
        let (on_notice, dispatch, contest_state, bank) = (
            props.on_notice.clone(),
            dispatch.clone(),
            contest_state.clone(),
            Rc::clone(&props.bank),
        );
        move |()| {
            for notice in &restored.1 {
                on_notice.emit(*notice);
            }
            yew::platform::spawn_local(async move {
                let state = load_contest(&bank).await;
                if let ContestState::Ready(contest) = &state {
                    dispatch.dispatch(ContestAction::Loaded(ContestRef(Rc::clone(contest))));
                }
                contest_state.set(state);
            });
        }
    });

    // Every change is saved at once, so a reload, a closed tab or a crash
    // resumes at the same question with the same answers and clock.
    let on_notice = props.on_notice.clone();
    use_saved(
        session.play.clone(),
        |play| {
            play.as_ref()
                .map_or(Ok(()), |play| storage::save_contest_play(&play.saved()))
        },
        on_notice.clone(),
    );
    use_saved(session.progress.clone(), storage::save_progress, on_notice.clone());
    use_saved(
        session.attempts.clone(),
        |attempts: &Vec<crate::quiz::play::Attempt>| {
            if attempts.is_empty() {
                Ok(())
            } else {
                storage::save_attempts(attempts)
            }
        },
        on_notice,
    );

    // The hash follows the session; the back button asks for a screen.
    use_shown_hash(hash_for(&session).to_owned());
    // A new screen opens at its top (question 1 would open scrolled down,
    // its countdown out of sight).
    use_hash_change({
        let dispatch = dispatch.clone();
        Callback::from(move |hash: String| {
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
            dispatch.dispatch(ContestAction::Show(screen_for(&hash)));
        })
    });

    // The round ends itself when its time is up.
    let deadline = session
        .play
        .as_ref()
        .filter(|p| !p.is_finished())
        .and_then(|p| p.round.deadline());
    let now = use_round_clock(
        deadline,
        dispatch
            .to_callback()
            .reform(|at| ContestAction::Round(Action::TimeUp { at })),
    );

    let on_action = dispatch.to_callback();
    let bank = session.bank.clone();
    match (session.screen, session.play.as_ref()) {
        (Screen::Round, Some(play)) if play.awaits_prediction() => html! {
            <TieBreakScreen contest={session.contest.clone()} {on_action} />
        },
        (Screen::Round, Some(play)) if play.is_finished() => html! {
            <ContestResult play={play.clone()} {bank} contest={session.contest.clone()} />
        },
        (Screen::Round, Some(play)) => {
            let Some(index) = play.round.current_index() else {
                return Html::default();
            };
            let remaining_ms = play.round.remaining_ms(now);
            // The answer names its question: a tap that lands on a question
            // already gone from the session (answered, the screen not yet
            // redrawn) cannot answer the next one.
            let on_answer = dispatch
                .to_callback()
                .reform(move |picked: Vec<ChoiceId>| ContestAction::Answer {
                    index,
                    picked,
                    at: clock::now(),
                });
            let on_next = dispatch
                .to_callback()
                .reform(|()| ContestAction::Round(Action::Next { at: clock::now() }));
            html! {
                <QuestionScreen key={index} round={play.round.clone()} {bank} {on_answer} {on_next} {remaining_ms}
                    note={Some(t(lang, T::ContestNote))} />
            }
        }
        _ => rules_screen(
            lang,
            &RulesScreenProps {
                state: (*contest_state).clone(),
                session: Rc::new((*session).clone()),
                on_action,
            },
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_map_to_screens() {
        for rules in ["", "#", "#/", "#/contest", "#/contest?x=1", "#/practice"] {
            assert_eq!(screen_for(rules), Screen::Rules, "{rules}");
        }
        assert_eq!(screen_for("#/play"), Screen::Round);
        assert_eq!(screen_for("#/results"), Screen::Round);
    }
}
