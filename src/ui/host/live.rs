//! The contest on the projector: the view for its phase, the host's
//! controls, the keyboard shortcuts, the help and end-confirmation
//! overlays, full screen and the sound cues.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Interval;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::board::{final_ranking, scoreboard};
use super::controls::{control_bar, team_bar};
use super::keys::{belongs_to_element, command_for_key, HostCommand};
use super::sound::{Beeper, Cue};
use super::stage::question_stage;
use super::text::{t, T};
use crate::i18n::Lang;
use crate::quiz::host::{HostAction, HostPhase, HostSession};
use crate::quiz::Millis;
use crate::ui::clock;
use crate::ui::hooks::{use_keydown, KeyPress};
use crate::ui::refs::BankRef;
use crate::ui::widgets::explanation::use_notes;

#[derive(Properties, PartialEq)]
pub struct HostLiveProps {
    pub session: HostSession,
    pub bank: BankRef,
    pub on_action: Callback<HostAction>,
    /// Leave the finished contest for a new set-up.
    pub on_new: Callback<()>,
}

/// What covers the stage, if anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Overlay {
    None,
    Help,
    ConfirmEnd,
}

/// The wall clock, refreshed four times a second while `running`; the
/// countdown is computed from it, never counted down.
#[hook]
fn use_now(running: bool) -> Millis {
    let now = use_state(clock::now);
    {
        let now = now.clone();
        use_effect_with(running, move |running| {
            now.set(clock::now());
            let interval = running.then(|| Interval::new(250, move || now.set(clock::now())));
            move || drop(interval)
        });
    }
    *now
}

/// Plays the countdown's cues: each of the last five seconds, and time up.
#[hook]
fn use_countdown_cues(beeper: Rc<RefCell<Beeper>>, key: (Option<usize>, Option<u64>, bool)) {
    let previous = use_mut_ref(|| None::<u64>);
    use_effect_with(key, move |(_, secs, running)| {
        let before = previous.replace(*secs);
        if let (true, Some(secs), Some(before)) = (*running, *secs, before) {
            if secs != before {
                match secs {
                    0 => beeper.borrow().play(Cue::TimeUp),
                    1..=5 => beeper.borrow().play(Cue::Tick),
                    _ => {}
                }
            }
        }
    });
}

fn toggle_fullscreen() {
    let document = gloo::utils::document();
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(root) = document.document_element() {
        if root.request_fullscreen().is_err() {
            gloo::console::warn!("full screen was refused");
        }
    }
}

/// The engine action a command asks for now, if it is one.
fn action_for(command: HostCommand, session: &HostSession, at: Millis) -> Option<HostAction> {
    Some(match command {
        HostCommand::ToggleTimer => match session.phase() {
            HostPhase::Asking { timer, .. } if timer.is_running() => HostAction::PauseTimer { at },
            _ => HostAction::StartTimer { at },
        },
        HostCommand::Reveal => HostAction::Reveal { at },
        HostCommand::Award(team) => HostAction::Award { team, at },
        HostCommand::Wrong(team) => HostAction::MarkWrong { team, at },
        HostCommand::Undo => HostAction::Undo { at },
        HostCommand::Next => HostAction::Next { at },
        HostCommand::End | HostCommand::Fullscreen | HostCommand::Mute | HostCommand::Help | HostCommand::Close => {
            return None
        }
    })
}

#[component]
pub fn HostLive(props: &HostLiveProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let notes = use_notes();
    let session = &props.session;
    let overlay = use_state(|| Overlay::None);
    let muted = use_state(|| false);
    let beeper = use_mut_ref(Beeper::default);
    let running = matches!(session.phase(), HostPhase::Asking { timer, .. } if timer.is_running());
    let now = use_now(running);
    let index = session.current().map(|(i, _)| i);
    let secs = session.remaining(now).map(|ms| ms.div_ceil(1000));
    use_countdown_cues(beeper.clone(), (index, secs, running));

    let run = {
        let (session, overlay, muted, beeper) = (session.clone(), overlay.clone(), muted.clone(), beeper.clone());
        let on_action = props.on_action.clone();
        Callback::from(move |command: HostCommand| {
            // The first click or key press is the gesture that lets sound play.
            beeper.borrow_mut().wake();
            let finished = matches!(session.phase(), HostPhase::Finished { .. });
            match (*overlay, command) {
                (Overlay::ConfirmEnd, HostCommand::End) => {
                    overlay.set(Overlay::None);
                    on_action.emit(HostAction::End { at: clock::now() });
                }
                (Overlay::Help, HostCommand::Help) | (_, HostCommand::Close) => overlay.set(Overlay::None),
                (Overlay::None, HostCommand::Help) => overlay.set(Overlay::Help),
                (Overlay::None, HostCommand::End) if !finished => overlay.set(Overlay::ConfirmEnd),
                (_, HostCommand::Fullscreen) => toggle_fullscreen(),
                (_, HostCommand::Mute) => {
                    let next = !*muted;
                    beeper.borrow_mut().muted = next;
                    muted.set(next);
                }
                (Overlay::None, command) => {
                    if let Some(action) = action_for(command, &session, clock::now()) {
                        if matches!(action, HostAction::StartTimer { .. }) && session.apply(action).is_ok() {
                            beeper.borrow().play(Cue::Start);
                        }
                        on_action.emit(action);
                    }
                }
                _ => {}
            }
        })
    };

    // An open dialog takes the focus, so Enter and Tab act inside it.
    use_effect_with(*overlay, |overlay| {
        if *overlay != Overlay::None {
            let button = gloo::utils::document()
                .query_selector(".host-dialog .button-primary")
                .ok()
                .flatten();
            if let Some(button) = button.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ignored = button.focus();
            }
        }
    });

    use_keydown({
        let run = run.clone();
        move |key: &KeyPress| {
            if belongs_to_element(&key.target_tag, &key.key) {
                return;
            }
            if let Some(command) = command_for_key(&key.key, &key.code, key.shift) {
                // Space would scroll the page and Backspace might go back.
                key.prevent_default();
                run.emit(command);
            }
        }
    });

    let bank = &props.bank.0;
    let body = match session.phase() {
        HostPhase::Asking { .. } | HostPhase::Revealed { .. } => html! {
            <>
                { question_stage(lang, bank, session, now, notes) }
                { team_bar(lang, session, &run) }
            </>
        },
        HostPhase::Scoreboard { after } => scoreboard(lang, session, *after),
        HostPhase::Finished { .. } => {
            let on_new = props.on_new.reform(|_: MouseEvent| ());
            html! {
                <>
                    { final_ranking(lang, session) }
                    <div class="actions">
                        <button type="button" class="button button-primary" onclick={on_new}>{ t(lang, T::NewContest) }</button>
                    </div>
                </>
            }
        }
    };
    html! {
        <section class="host-live" aria-label={t(lang, T::Title)}>
            { body }
            { control_bar(lang, session, *muted, &run) }
            { overlay_view(lang, *overlay, &run) }
        </section>
    }
}

fn overlay_view(lang: Lang, overlay: Overlay, run: &Callback<HostCommand>) -> Html {
    let close = run.reform(|_: MouseEvent| HostCommand::Close);
    match overlay {
        Overlay::None => Html::default(),
        Overlay::Help => {
            let rows = [
                (t(lang, T::SpaceKey).to_owned(), T::KeyToggleTimer),
                ("R".to_owned(), T::KeyReveal),
                ("1 – 8".to_owned(), T::KeyAward),
                ("Shift + 1 – 8".to_owned(), T::KeyWrong),
                ("U / ⌫".to_owned(), T::KeyUndo),
                ("N / Enter / →".to_owned(), T::KeyNext),
                ("E".to_owned(), T::KeyEnd),
                ("F".to_owned(), T::KeyFullscreen),
                ("M".to_owned(), T::KeyMute),
                ("?".to_owned(), T::KeyHelp),
                ("Esc".to_owned(), T::KeyClose),
            ];
            html! {
                <div class="host-overlay" role="dialog" aria-modal="true" aria-labelledby="host-help-title">
                    <div class="host-dialog">
                        <h2 id="host-help-title">{ t(lang, T::Shortcuts) }</h2>
                        <dl class="host-keys">
                            { for rows.into_iter().map(|(keys, what)| html! {
                                <div><dt><kbd>{ keys }</kbd></dt><dd>{ t(lang, what) }</dd></div>
                            }) }
                        </dl>
                        <button type="button" class="button button-primary" onclick={close}>{ t(lang, T::Close) }</button>
                    </div>
                </div>
            }
        }
        Overlay::ConfirmEnd => {
            let end = run.reform(|_: MouseEvent| HostCommand::End);
            html! {
                <div class="host-overlay" role="alertdialog" aria-modal="true" aria-labelledby="host-end-title" aria-describedby="host-end-body">
                    <div class="host-dialog">
                        <h2 id="host-end-title">{ t(lang, T::EndTitle) }</h2>
                        <p id="host-end-body">{ t(lang, T::EndBody) }</p>
                        <div class="actions">
                            <button type="button" class="button button-primary" onclick={end}>{ t(lang, T::EndNow) }<kbd>{ "E" }</kbd></button>
                            <button type="button" class="button" onclick={close}>{ t(lang, T::GoBack) }<kbd>{ "Esc" }</kbd></button>
                        </div>
                    </div>
                </div>
            }
        }
    }
}
