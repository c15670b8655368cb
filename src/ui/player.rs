//! The player area (the players' page at `#/`, `#/play`, `#/practice`,
//! `#/progress`, `#/challenge`): one player's session, what is saved and
//! when, hash routing, the round's clock, and the screen for the session's
//! state. The contest has a page of its own (`ui::contest`).

pub mod route;
pub mod screens;
pub mod session;
pub mod text;

use std::rc::Rc;

use yew::prelude::*;

use super::bank_loader::contest_on_site;
use super::clock;
use super::hooks::{current_hash, use_hash_change, use_round_clock, use_saved, use_shown_hash};
use super::notices::{kept, Notice};
use super::organiser::brand::BrandState;
use super::play::Play;
use super::route::{area_for, Area};
use super::screens::question::QuestionScreen;
use crate::i18n::Lang;
use crate::quiz::play::PlayKind;
use crate::quiz::{Action, ChoiceId, Phase, QuestionBank};
use crate::storage::{self, Loaded};
use route::{hash_for, link_action, screen_for, LinkAction};
use screens::invite::{invite_screen, InviteScreenProps};
use screens::practice::PracticeScreen;
use screens::progress::ProgressScreen;
use screens::results::ResultsScreen;
use screens::start::{start_screen, StartScreenProps};
use session::{Screen, Session, SessionAction};

#[derive(Properties, PartialEq)]
pub struct PlayerAreaProps {
    pub bank: Rc<QuestionBank>,
    /// Tells the page about saved data that was repaired or not kept.
    pub on_notice: Callback<Notice>,
}

/// The session as it was before a reload (round, progress), each part kept
/// if it can still be read; and what to tell the player about parts that
/// could not.
fn restore_session(bank: &Rc<QuestionBank>) -> (Session, Vec<Notice>) {
    let mut session = Session::new(Rc::clone(bank));
    let mut notices = Vec::new();
    if let Some(progress) = kept(storage::load_progress(), &mut notices) {
        session.progress = progress;
    }
    let hash = current_hash();
    let screen = screen_for(&hash);
    match storage::load_play() {
        Loaded::Missing => {}
        Loaded::Discarded => notices.push(Notice::SavedDataRepaired),
        // The contest page's (left here only if storage refused to move
        // it: `storage::load_play`), not this page's to resume.
        Loaded::Found(saved) if matches!(saved.kind, PlayKind::Contest { .. }) => {}
        Loaded::Found(saved) => match session.clone().resume(saved.kind, saved.setup, &saved.round, screen) {
            Ok(resumed) => session = resumed,
            Err(why) => {
                storage::discard_play(&why.to_string());
                notices.push(Notice::RoundNotRestored);
            }
        },
    }
    // The address's screen, unless it has nothing to show: a round that is
    // gone, or an invitation (its link acts below).
    session.screen = match screen {
        Screen::Round if session.play.is_none() => Screen::Start,
        Screen::Invite => Screen::Start,
        other => other,
    };
    // A link opened from outside (Learn's "practise this topic", a
    // friend's challenge) acts before the first render, so the address
    // never passes through another screen.
    if let Some(next) = link_action(&hash).and_then(|link| session.step(link_step(link))) {
        session = next;
    }
    (session, notices)
}

/// What a link asks the session to do.
fn link_step(link: LinkAction) -> SessionAction {
    match link {
        LinkAction::Practise(setup) => SessionAction::StartPractice {
            setup,
            seed: clock::fresh_seed(),
            at: clock::now(),
        },
        LinkAction::Challenge(challenge) => SessionAction::Invite(challenge),
    }
}

/// What an address asks for: an action it carries, else its screen.
fn action_for(hash: &str) -> SessionAction {
    link_action(hash).map_or_else(|| SessionAction::Show(screen_for(hash)), link_step)
}

#[component]
pub fn PlayerArea(props: &PlayerAreaProps) -> Html {
    // Read here for the screens that are functions, not components.
    let lang = use_context::<Lang>().unwrap_or_default();
    let brand = use_context::<BrandState>().unwrap_or_default();
    let restored = use_memo((), |()| restore_session(&props.bank));
    let session = {
        let restored = restored.clone();
        use_reducer(move || restored.0.clone())
    };
    let dispatch = session.dispatcher();
    // Whether the start screen links to the contest page: shown while the
    // check runs, hidden if the site has no contest file.
    let has_contest = use_state(|| true);
    use_effect_with((), {
        let (on_notice, has_contest) = (props.on_notice.clone(), has_contest.clone());
        move |()| {
            for notice in &restored.1 {
                on_notice.emit(*notice);
            }
            yew::platform::spawn_local(async move {
                if !contest_on_site().await {
                    has_contest.set(false);
                }
            });
        }
    });

    // Every change is saved at once, so a reload, a closed tab or a crash
    // resumes at the same question with the same answers and clock.
    let on_notice = props.on_notice.clone();
    use_saved(
        session.play.clone(),
        |play| storage::save_play(play.as_ref().map(Play::saved).as_ref()),
        on_notice.clone(),
    );
    use_saved(session.progress.clone(), storage::save_progress, on_notice);

    // The hash follows the session; the back button and links ask for a
    // screen or an action.
    use_shown_hash(hash_for(&session));
    use_hash_change({
        let dispatch = dispatch.clone();
        Callback::from(move |hash: String| {
            // Another area's address: the root shows it, and this round waits.
            if area_for(&hash) == Area::Player {
                dispatch.dispatch(action_for(&hash));
            }
        })
    });

    // A timed round ends itself when its time is up.
    let deadline = session
        .play
        .as_ref()
        .filter(|p| !matches!(p.round.phase(), Phase::Finished { .. }))
        .and_then(|p| p.round.deadline());
    let now = use_round_clock(
        deadline,
        dispatch
            .to_callback()
            .reform(|at| SessionAction::Round(Action::TimeUp { at })),
    );

    let on_action = dispatch.to_callback();
    let on_next = dispatch
        .to_callback()
        .reform(|()| SessionAction::Round(Action::Next { at: clock::now() }));
    let bank = session.bank.clone();

    match session.screen {
        Screen::Round => match session.play.as_ref() {
            Some(play) => match play.round.phase() {
                Phase::Finished { .. } => html! {
                    <ResultsScreen play={play.clone()} {bank} {on_action} />
                },
                Phase::Asking { index } | Phase::Feedback { index } => {
                    let remaining_ms = play.round.remaining_ms(now);
                    // The answer names its question: a tap that lands on a
                    // question already gone from the session (answered, the
                    // screen not yet redrawn) cannot answer the next one.
                    let index = *index;
                    let on_answer = dispatch
                        .to_callback()
                        .reform(move |picked: Vec<ChoiceId>| SessionAction::Answer {
                            index,
                            picked,
                            at: clock::now(),
                        });
                    html! {
                        <QuestionScreen key={index} round={play.round.clone()} {bank} {on_answer} {on_next} {remaining_ms} />
                    }
                }
            },
            None => Html::default(),
        },
        Screen::Practice => html! { <PracticeScreen {bank} {on_action} /> },
        Screen::Progress => html! { <ProgressScreen {bank} progress={session.progress.clone()} {on_action} /> },
        Screen::Invite => match session.invite.clone() {
            Some(challenge) => invite_screen(
                lang,
                &InviteScreenProps {
                    challenge,
                    bank,
                    on_action,
                },
            ),
            None => Html::default(),
        },
        Screen::Start => {
            let in_progress = session
                .play
                .as_ref()
                .filter(|p| !p.is_finished())
                .map(|p| (p.round.current_index().map_or(p.round.len(), |i| i + 1), p.round.len()));
            let review_due = session.progress.review.draw(&props.bank, 10).len();
            let has_contest = *has_contest;
            start_screen(
                lang,
                &brand,
                &StartScreenProps {
                    in_progress,
                    review_due,
                    has_contest,
                    question_count: props.bank.questions().len(),
                    english: props.bank.has_english(),
                    on_action,
                },
            )
        }
    }
}
