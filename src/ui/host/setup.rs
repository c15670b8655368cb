//! The set-up form: teams (name and colour), questions, topics,
//! difficulty, time, points, speed bonus and passing. Problems are listed
//! as the host types; the contest starts only without any.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::text::{self, t, T};
use crate::i18n::Lang;
use crate::quiz::host::{DifficultyFilter, HostSetup, Team, COLOURS, MAX_TEAMS, MIN_TEAMS};
use crate::ui::refs::BankRef;

/// The time limits offered, in seconds; generous ones for older and
/// disabled players.
const TIME_CHOICES: [u32; 8] = [15, 20, 30, 45, 60, 90, 120, 180];

#[derive(Properties, PartialEq)]
pub struct SetupScreenProps {
    pub bank: BankRef,
    /// The last contest's set-up, to run another with the same teams.
    pub last: Option<HostSetup>,
    pub on_begin: Callback<HostSetup>,
}

fn default_setup(lang: Lang, bank: &BankRef) -> HostSetup {
    let names: Vec<String> = (0..3).map(|i| text::team_number(lang, i)).collect();
    HostSetup::new(&names, bank.0.topics().iter().map(|t| t.id.to_string()).collect())
}

/// A callback that edits the draft with the value of the field that fired.
fn edit<E: AsRef<Event> + 'static>(
    draft: &UseStateHandle<HostSetup>,
    change: impl Fn(&mut HostSetup, String) + 'static,
) -> Callback<E> {
    let draft = draft.clone();
    Callback::from(move |event: E| {
        let event: &Event = event.as_ref();
        let value = event
            .target_dyn_into::<HtmlInputElement>()
            .map(|input| {
                if input.type_() == "checkbox" {
                    input.checked().to_string()
                } else {
                    input.value()
                }
            })
            .or_else(|| {
                event
                    .target_dyn_into::<HtmlSelectElement>()
                    .map(|select| select.value())
            })
            .unwrap_or_default();
        let mut next = (*draft).clone();
        change(&mut next, value);
        draft.set(next);
    })
}

fn team_row(lang: Lang, draft: &UseStateHandle<HostSetup>, i: usize, team: &Team) -> Html {
    let on_name = edit::<InputEvent>(draft, move |s, v| s.teams[i].name = v);
    let on_colour = edit::<Event>(draft, move |s, v| s.teams[i].colour = v.parse().unwrap_or(0));
    let on_remove = edit::<MouseEvent>(draft, move |s, _| {
        s.teams.remove(i);
    });
    let number = text::team_number(lang, i);
    html! {
        <li key={i} class={classes!("host-team-row", format!("team-c{}", team.colour))}>
            <span class="host-badge" aria-hidden="true">{ i + 1 }</span>
            <label class="host-field">
                <span>{ number.clone() }</span>
                <input type="text" value={team.name.clone()} oninput={on_name} maxlength="60" autocomplete="off" spellcheck="false" autocorrect="off" />
            </label>
            <label class="host-field host-colour">
                <span>{ t(lang, T::Colour) }</span>
                <select onchange={on_colour}>
                    { for (0..COLOURS).map(|c| html! {
                        <option value={c.to_string()} selected={c == team.colour}>{ text::colour_name(lang, c) }</option>
                    }) }
                </select>
            </label>
            if draft.teams.len() > MIN_TEAMS {
                <button type="button" class="button host-remove" onclick={on_remove} aria-label={format!("{} ({number})", t(lang, T::RemoveTeam))}>{ "✕" }</button>
            }
        </li>
    }
}

#[component]
pub fn SetupScreen(props: &SetupScreenProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let draft = use_state(|| props.last.clone().unwrap_or_else(|| default_setup(lang, &props.bank)));
    let bank = &props.bank.0;
    let problems = draft.problems(bank);
    let on_add = edit::<MouseEvent>(&draft, move |s, _| {
        let n = s.teams.len();
        let colour = u8::try_from(n % usize::from(COLOURS)).unwrap_or(0);
        s.teams.push(Team {
            name: text::team_number(lang, n),
            colour,
        });
    });
    let on_count = edit::<InputEvent>(&draft, |s, v| s.questions = v.trim().parse().unwrap_or(0));
    let on_points = edit::<InputEvent>(&draft, |s, v| s.points = v.trim().parse().unwrap_or(0));
    let on_difficulty = edit::<Event>(&draft, |s, v| {
        s.difficulty = DifficultyFilter::ALL
            .into_iter()
            .find(|d| difficulty_code(*d) == v)
            .unwrap_or_default();
    });
    let on_seconds = edit::<Event>(&draft, |s, v| s.seconds = v.parse().ok());
    let on_bonus = edit::<Event>(&draft, |s, v| s.speed_bonus = v == "true");
    let on_pass = edit::<Event>(&draft, |s, v| s.pass_on_wrong = v == "true");
    let on_submit = {
        let (draft, on_begin, bank) = (draft.clone(), props.on_begin.clone(), props.bank.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let mut setup = (*draft).clone();
            for team in &mut setup.teams {
                team.name = team.name.trim().to_owned();
            }
            if setup.problems(&bank.0).is_empty() {
                on_begin.emit(setup);
            }
        })
    };
    let topics = bank.topics().iter().map(|topic| {
        let id = topic.id.to_string();
        let checked = draft.topics.contains(&id);
        let on_toggle = {
            let id = id.clone();
            edit::<Event>(&draft, move |s, v| {
                s.topics.retain(|t| *t != id);
                if v == "true" {
                    s.topics.push(id.clone());
                }
            })
        };
        html! {
            <label key={id} class="host-check">
                <input type="checkbox" {checked} onchange={on_toggle} />
                { topic.name.get(lang) }
            </label>
        }
    });
    html! {
        <section class="screen host-setup" aria-labelledby="host-setup-title">
            <h1 id="host-setup-title">{ t(lang, T::Title) }</h1>
            <p class="lead">{ t(lang, T::Intro) }</p>
            <form onsubmit={on_submit} novalidate=true>
                <fieldset>
                    <legend>{ t(lang, T::Teams) }</legend>
                    <ol class="host-team-rows">
                        { for draft.teams.iter().enumerate().map(|(i, team)| team_row(lang, &draft, i, team)) }
                    </ol>
                    if draft.teams.len() < MAX_TEAMS {
                        <button type="button" class="button" onclick={on_add}>{ t(lang, T::AddTeam) }</button>
                    }
                </fieldset>
                <fieldset>
                    <legend>{ t(lang, T::Topics) }</legend>
                    <div class="host-checks">{ for topics }</div>
                    <label class="host-field">
                        <span>{ t(lang, T::Difficulty) }</span>
                        <select onchange={on_difficulty}>
                            { for DifficultyFilter::ALL.into_iter().map(|d| html! {
                                <option value={difficulty_code(d)} selected={d == draft.difficulty}>{ t(lang, difficulty_label(d)) }</option>
                            }) }
                        </select>
                    </label>
                    <label class="host-field">
                        <span>{ t(lang, T::QuestionCount) }</span>
                        <input type="number" inputmode="numeric" min="1" max="50" value={draft.questions.to_string()} oninput={on_count} />
                    </label>
                    <p class="muted" aria-live="polite">{ text::matching(lang, draft.drawable(bank), draft.questions) }</p>
                </fieldset>
                <fieldset>
                    <legend>{ t(lang, T::Rules) }</legend>
                    <label class="host-field">
                        <span>{ t(lang, T::TimePerQuestion) }</span>
                        <select onchange={on_seconds}>
                            <option value="none" selected={draft.seconds.is_none()}>{ t(lang, T::NoTimeLimit) }</option>
                            { for TIME_CHOICES.into_iter().map(|s| html! {
                                <option value={s.to_string()} selected={draft.seconds == Some(s)}>{ text::seconds(lang, s) }</option>
                            }) }
                        </select>
                    </label>
                    <label class="host-field">
                        <span>{ t(lang, T::Points) }</span>
                        <input type="number" inputmode="numeric" min="1" max="100" value={draft.points.to_string()} oninput={on_points} />
                    </label>
                    <label class="host-check">
                        <input type="checkbox" checked={draft.speed_bonus} onchange={on_bonus} aria-describedby="host-bonus-hint" />
                        { t(lang, T::SpeedBonus) }
                    </label>
                    <p class="muted host-hint" id="host-bonus-hint">{ t(lang, T::SpeedBonusHint) }</p>
                    <label class="host-check">
                        <input type="checkbox" checked={draft.pass_on_wrong} onchange={on_pass} aria-describedby="host-pass-hint" />
                        { t(lang, T::PassOnWrong) }
                    </label>
                    <p class="muted host-hint" id="host-pass-hint">{ t(lang, T::PassOnWrongHint) }</p>
                </fieldset>
                if !problems.is_empty() {
                    <div class="notice notice-error" role="status">
                        <p><strong>{ t(lang, T::ProblemsTitle) }</strong></p>
                        <ul>{ for problems.iter().map(|p| html! { <li>{ text::problem(lang, *p) }</li> }) }</ul>
                    </div>
                }
                <div class="actions">
                    <button type="submit" class="button button-primary" disabled={!problems.is_empty()}>{ t(lang, T::StartContest) }</button>
                </div>
            </form>
            <p><a href="#/">{ t(lang, T::BackHome) }</a></p>
        </section>
    }
}

fn difficulty_code(d: DifficultyFilter) -> &'static str {
    match d {
        DifficultyFilter::Any => "any",
        DifficultyFilter::Easy => "easy",
        DifficultyFilter::Medium => "medium",
        DifficultyFilter::Hard => "hard",
    }
}

fn difficulty_label(d: DifficultyFilter) -> T {
    match d {
        DifficultyFilter::Any => T::AnyDifficulty,
        DifficultyFilter::Easy => T::Easy,
        DifficultyFilter::Medium => T::Medium,
        DifficultyFilter::Hard => T::Hard,
    }
}
