//! Practice settings: topics, difficulty, length and an optional timer.

use yew::prelude::*;

use crate::i18n::Lang;
use crate::quiz::play::{Setup, SECONDS_PER_QUESTION};
use crate::ui::clock;
use crate::ui::player::session::{Screen, SessionAction};
use crate::ui::player::text::{self, t, T};
use crate::ui::refs::BankRef;

#[derive(Properties, PartialEq)]
pub struct PracticeScreenProps {
    pub bank: BankRef,
    pub on_action: Callback<SessionAction>,
}

const DIFFICULTIES: [(&str, T); 4] = [
    ("mixed", T::LevelMixed),
    ("easy", T::LevelEasy),
    ("medium", T::LevelMedium),
    ("hard", T::LevelHard),
];

#[component]
pub fn PracticeScreen(props: &PracticeScreenProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let setup = use_state(Setup::default);
    let bank = &props.bank.0;
    // Counted as a round draws: one question per family.
    let fit = crate::quiz::draw::drawable(bank.questions().iter().filter(|q| setup.config().admits(q)));

    let topic_boxes = bank.topics().iter().map(|topic| {
        let id = topic.id.to_string();
        let checked = setup.topics.contains(&id);
        let onchange = {
            let (setup, id) = (setup.clone(), id.clone());
            Callback::from(move |_: Event| {
                let mut next = (*setup).clone();
                if let Some(i) = next.topics.iter().position(|t| *t == id) {
                    next.topics.remove(i);
                } else {
                    next.topics.push(id.clone());
                }
                setup.set(next);
            })
        };
        html! {
            <label class="check" key={id.clone()}>
                <input type="checkbox" {checked} {onchange} />
                <span>{ topic.name.get(lang) }</span>
            </label>
        }
    });
    let difficulty_radios = DIFFICULTIES.iter().map(|(code, label)| {
        let onchange = {
            let setup = setup.clone();
            Callback::from(move |_: Event| {
                setup.set(Setup {
                    difficulty: (*code).to_owned(),
                    ..(*setup).clone()
                });
            })
        };
        html! {
            <label class="check" key={*code}>
                <input type="radio" name="difficulty" checked={setup.difficulty == *code} {onchange} />
                <span>{ t(lang, *label) }</span>
            </label>
        }
    });
    let length_radios = [5, 10, 20].into_iter().map(|n| {
        let onchange = {
            let setup = setup.clone();
            Callback::from(move |_: Event| {
                setup.set(Setup {
                    length: n,
                    ..(*setup).clone()
                });
            })
        };
        html! {
            <label class="check" key={n}>
                <input type="radio" name="length" checked={setup.length == n} {onchange} />
                <span>{ text::length_option(lang, n) }</span>
            </label>
        }
    });
    let on_timer = {
        let setup = setup.clone();
        Callback::from(move |_: Event| {
            setup.set(Setup {
                timed: !setup.timed,
                ..(*setup).clone()
            });
        })
    };
    let on_start = {
        let (setup, on_action) = (setup.clone(), props.on_action.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_action.emit(SessionAction::StartPractice {
                setup: (*setup).clone(),
                seed: clock::fresh_seed(),
                at: clock::now(),
            });
        })
    };
    let on_home = props
        .on_action
        .reform(|_: MouseEvent| SessionAction::Show(Screen::Start));
    let count = fit.min(setup.length);
    let summary = text::practice_summary(lang, count, fit);
    html! {
        <section class="screen practice" aria-labelledby="practice-title">
            <h1 id="practice-title">{ t(lang, T::PractiseByTopic) }</h1>
            <form onsubmit={on_start}>
                <fieldset>
                    <legend>{ t(lang, T::TopicsLegend) }</legend>
                    <div class="checks">{ for topic_boxes }</div>
                </fieldset>
                <fieldset>
                    <legend>{ t(lang, T::Difficulty) }</legend>
                    <div class="checks checks-row">{ for difficulty_radios }</div>
                </fieldset>
                <fieldset>
                    <legend>{ t(lang, T::Length) }</legend>
                    <div class="checks checks-row">{ for length_radios }</div>
                </fieldset>
                <label class="check">
                    <input type="checkbox" checked={setup.timed} onchange={on_timer} />
                    <span>{ text::timer_option(lang, SECONDS_PER_QUESTION) }</span>
                </label>
                <p class="muted" role="status">{ summary }</p>
                <div class="actions">
                    <button type="submit" class="button button-primary" disabled={fit == 0}>{ t(lang, T::StartPractising) }</button>
                    <button type="button" class="button" onclick={on_home}>{ crate::i18n::text(lang, crate::i18n::Text::Home) }</button>
                </div>
            </form>
        </section>
    }
}
