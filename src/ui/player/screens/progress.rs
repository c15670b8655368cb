//! The player's progress on this device: rounds, scores, accuracy by topic,
//! what the review boxes hold, recent rounds; and a reset.

use yew::prelude::*;

use crate::i18n::{format_duration, Lang};
use crate::quiz::progress::{Mode, Progress};
use crate::quiz::review::BOXES;
use crate::ui::player::session::{Screen, SessionAction};
use crate::ui::player::text::{t, T};
use crate::ui::refs::BankRef;

#[derive(Properties, PartialEq)]
pub struct ProgressScreenProps {
    pub bank: BankRef,
    pub progress: Progress,
    pub on_action: Callback<SessionAction>,
}

fn mode_name(lang: Lang, mode: Mode) -> &'static str {
    match mode {
        Mode::Practice => t(lang, T::ModePractice),
        Mode::Review => t(lang, T::ModeReview),
        Mode::Challenge => t(lang, T::ModeChallenge),
        Mode::Contest => t(lang, T::ModeContest),
    }
}

fn when(at: u64) -> String {
    // Local date and time of a round's end, as "25/11 14:05".
    #[allow(clippy::cast_precision_loss)] // milliseconds since 1970 fit a double exactly
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64));
    format!(
        "{:02}/{:02} {:02}:{:02}",
        date.get_date(),
        date.get_month() + 1,
        date.get_hours(),
        date.get_minutes()
    )
}

#[component]
pub fn ProgressScreen(props: &ProgressScreenProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let confirming = use_state(|| false);
    let p = &props.progress;
    let bank = &props.bank.0;
    let on_home = props
        .on_action
        .reform(|_: MouseEvent| SessionAction::Show(Screen::Start));
    if p.rounds == 0 {
        return html! {
            <section class="screen progress-screen" aria-labelledby="progress-title">
                <h1 id="progress-title">{ t(lang, T::MyProgress) }</h1>
                <p>{ t(lang, T::NothingPlayedYet) }</p>
                <div class="actions"><button type="button" class="button" onclick={on_home}>{ crate::i18n::text(lang, crate::i18n::Text::Home) }</button></div>
            </section>
        };
    }
    let stats = [
        (t(lang, T::RoundsPlayed), p.rounds.to_string()),
        (t(lang, T::Best), format!("{}%", p.best_percent)),
        (t(lang, T::Average), format!("{}%", p.average_percent())),
    ];
    let topics = bank.topics().iter().filter_map(|topic| {
        let (right, asked) = *p.topics.get(topic.id.as_str())?;
        let percent = (right * 100).checked_div(asked).unwrap_or(0);
        let label = format!("{}: {percent}% ({right}/{asked})", topic.name.get(lang));
        Some(html! {
            <li key={topic.id.to_string()} class="bar-row">
                <span class="bar-label">{ label.clone() }</span>
                <meter class="bar" min="0" max="100" low="50" high="80" optimum="100" value={percent.to_string()} aria-label={label}></meter>
            </li>
        })
    });
    let boxes = p.review.box_counts(bank);
    let box_names = [
        t(lang, T::Box1),
        t(lang, T::Box2),
        t(lang, T::Box3),
        t(lang, T::Box4),
        t(lang, T::Box5),
    ];
    let history = p.history.iter().enumerate().map(|(i, round)| {
        html! {
            <tr key={i}>
                <td>{ when(round.at) }</td>
                <td>{ mode_name(lang, round.mode) }</td>
                <td>{ format!("{}/{}", round.correct, round.total) }</td>
                <td>{ format_duration(lang, u64::from(round.seconds) * 1000) }</td>
            </tr>
        }
    });
    let on_ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let on_cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let on_reset = {
        let (confirming, on_action) = (confirming.clone(), props.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            on_action.emit(SessionAction::ResetProgress);
        })
    };
    html! {
        <section class="screen progress-screen" aria-labelledby="progress-title">
            <h1 id="progress-title">{ t(lang, T::MyProgress) }</h1>
            <dl class="stats">
                { for stats.iter().map(|(label, value)| html! { <div class="stat"><dt>{ *label }</dt><dd>{ value.clone() }</dd></div> }) }
            </dl>
            <h2>{ t(lang, T::AccuracyByTopic) }</h2>
            <ul class="bars">{ for topics }</ul>
            <h2>{ t(lang, T::ReviewBoxesTitle) }</h2>
            <p class="muted">{ t(lang, T::ReviewBoxesHint) }</p>
            <ul class="boxes">
                { for (0..usize::from(BOXES)).map(|i| html! { <li><span>{ box_names[i] }</span><strong>{ boxes[i] }</strong></li> }) }
            </ul>
            <h2>{ t(lang, T::RecentRounds) }</h2>
            <div class="table-wrap">
                <table class="history">
                    <thead><tr>
                        <th scope="col">{ t(lang, T::When) }</th>
                        <th scope="col">{ t(lang, T::Kind) }</th>
                        <th scope="col">{ t(lang, T::Score) }</th>
                        <th scope="col">{ t(lang, T::Time) }</th>
                    </tr></thead>
                    <tbody>{ for history }</tbody>
                </table>
            </div>
            <div class="actions">
                <button type="button" class="button" onclick={on_home}>{ crate::i18n::text(lang, crate::i18n::Text::Home) }</button>
                if !*confirming {
                    <button type="button" class="button button-danger" onclick={on_ask}>{ t(lang, T::ResetProgress) }</button>
                }
            </div>
            if *confirming {
                <div class="notice notice-error confirm" role="alertdialog" aria-labelledby="confirm-text">
                    <p id="confirm-text">{ t(lang, T::ResetConfirm) }</p>
                    <div class="actions">
                        <button type="button" class="button button-danger" onclick={on_reset}>{ t(lang, T::Delete) }</button>
                        <button type="button" class="button" onclick={on_cancel}>{ t(lang, T::Cancel) }</button>
                    </div>
                </div>
            }
        </section>
    }
}
