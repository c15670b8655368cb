//! The host's buttons: one per shortcut, each showing its key, and the
//! team bar with each team's score and its right/wrong buttons.

use yew::prelude::*;

use super::keys::HostCommand;
use super::text::{self, t, T};
use crate::i18n::Lang;
use crate::quiz::host::{HostPhase, HostSession, Outcome};

/// A button that sends `command`, labelled with its shortcut.
fn command_button(
    label: &str,
    key: &str,
    command: HostCommand,
    primary: bool,
    on_command: &Callback<HostCommand>,
) -> Html {
    let onclick = on_command.reform(move |_: MouseEvent| command);
    html! {
        <button type="button" class={classes!("button", primary.then_some("button-primary"))} {onclick} aria-keyshortcuts={key.to_owned()}>
            { label } <kbd>{ key }</kbd>
        </button>
    }
}

/// The row of host controls for the contest's phase.
pub fn control_bar(lang: Lang, session: &HostSession, muted: bool, on_command: &Callback<HostCommand>) -> Html {
    let b =
        |key: T, shortcut: &str, command, primary| command_button(t(lang, key), shortcut, command, primary, on_command);
    let last = session.questions().len();
    let timer = match session.phase() {
        HostPhase::Asking { timer, .. } if session.setup().seconds.is_some() => Some(if timer.is_running() {
            T::PauseTimer
        } else if timer.has_started() {
            T::ResumeTimer
        } else {
            T::StartTimer
        }),
        _ => None,
    };
    let main = match session.phase() {
        HostPhase::Asking { .. } => b(T::Reveal, "R", HostCommand::Reveal, true),
        HostPhase::Revealed { index, .. } if index + 1 < last => b(T::ShowScores, "N", HostCommand::Next, true),
        HostPhase::Revealed { .. } => b(T::FinalResults, "N", HostCommand::Next, true),
        HostPhase::Scoreboard { .. } => b(T::NextQuestion, "N", HostCommand::Next, true),
        HostPhase::Finished { .. } => Html::default(),
    };
    let finished = matches!(session.phase(), HostPhase::Finished { .. });
    html! {
        <div class="host-controls" role="group" aria-label={t(lang, T::Controls)}>
            if let Some(label) = timer {
                { b(label, "Space", HostCommand::ToggleTimer, false) }
            }
            { main }
            if !session.awards().is_empty() {
                { b(T::Undo, "U", HostCommand::Undo, false) }
            }
            if !finished {
                { b(T::End, "E", HostCommand::End, false) }
            }
            { b(T::Fullscreen, "F", HostCommand::Fullscreen, false) }
            { b(if muted { T::Unmute } else { T::Mute }, "M", HostCommand::Mute, false) }
            { b(T::Shortcuts, "?", HostCommand::Help, false) }
            <p class="host-hint-line">{ t(lang, T::ShortcutsHint) }</p>
        </div>
    }
}

/// Every team with its score and, while a question is on screen, its
/// result for it and the buttons to mark it.
pub fn team_bar(lang: Lang, session: &HostSession, on_command: &Callback<HostCommand>) -> Html {
    let scores = session.scores();
    let current = session.current().map(|(index, _)| index);
    let closed = current.is_some_and(|index| session.is_closed(index));
    let teams = session.setup().teams.iter().enumerate().map(|(i, team)| {
        let result = current.and_then(|index| session.results(index).find(|a| a.team == i).copied());
        let status = match result.map(|a| a.outcome) {
            Some(Outcome::Correct { points, bonus }) => html! {
                <p class="host-status host-status-right">
                    { format!("✓ {} +{points}", t(lang, T::Right)) }
                    if bonus > 0 { { format!(" ({})", text::bonus(lang, bonus)) } }
                </p>
            },
            Some(Outcome::Wrong) => html! { <p class="host-status host-status-wrong">{ format!("✗ {}", t(lang, T::Wrong)) }</p> },
            None => Html::default(),
        };
        let can_mark = current.is_some() && !closed && result.is_none();
        let right = on_command.reform(move |_: MouseEvent| HostCommand::Award(i));
        let wrong = on_command.reform(move |_: MouseEvent| HostCommand::Wrong(i));
        html! {
            <li key={i} class={classes!("host-team", format!("team-c{}", team.colour))}>
                <p class="host-team-head">
                    <span class="host-badge">{ i + 1 }</span>
                    <span class="host-team-name">{ team.name.clone() }</span>
                </p>
                <p class="host-points">{ text::points(lang, scores[i]) }</p>
                { status }
                if can_mark {
                    <div class="host-marks">
                        <button type="button" class="button host-right" onclick={right} aria-keyshortcuts={(i + 1).to_string()}>
                            { format!("✓ {}", t(lang, T::Right)) }
                            <span class="host-sr">{ text::for_team(lang, i, &team.name) }</span>
                        </button>
                        <button type="button" class="button host-wrong" onclick={wrong} aria-keyshortcuts={format!("Shift+{}", i + 1)}>
                            { format!("✗ {}", t(lang, T::Wrong)) }
                            <span class="host-sr">{ text::for_team(lang, i, &team.name) }</span>
                        </button>
                    </div>
                }
            </li>
        }
    });
    html! { <ul class="host-teams" aria-label={t(lang, T::Teams)}>{ for teams }</ul> }
}
