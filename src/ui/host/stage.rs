//! The projector's question view: progress, countdown, the question and
//! its options, then the right answer with its explanation and source.

use yew::prelude::*;

use super::text::{self, t, T};
use crate::i18n::Lang;
use crate::quiz::host::{HostPhase, HostSession};
use crate::quiz::{Choice, Millis, QuestionBank};
use crate::ui::shell::Notes;
use crate::ui::widgets::explanation::explanation;
use crate::ui::widgets::source_ref::source_ref;

/// The countdown: whole seconds left, with a word for its state, so the
/// state never rests on colour alone.
fn countdown(lang: Lang, session: &HostSession, now: Millis) -> Html {
    let Some(left_ms) = session.remaining(now) else {
        return Html::default();
    };
    let secs = left_ms.div_ceil(1000);
    let (running, started, revealed) = match session.phase() {
        HostPhase::Asking { timer, .. } => (timer.is_running(), timer.has_started(), false),
        HostPhase::Revealed { timer, .. } => (false, timer.has_started(), true),
        _ => (false, false, false),
    };
    let state = if secs == 0 {
        Some(t(lang, T::TimeUp))
    } else if !started {
        Some(t(lang, T::NotStarted))
    } else if !running && !revealed {
        Some(t(lang, T::Paused))
    } else {
        None
    };
    let class = classes!(
        "host-clock",
        (running && secs <= 5).then_some("host-clock-urgent"),
        (secs == 0).then_some("host-clock-up"),
    );
    html! {
        <div {class} role="timer" aria-live="off">
            <span class="host-clock-secs" data-testid="host-seconds">{ secs }</span>
            <span class="host-clock-unit">{ t(lang, T::Seconds) }</span>
            if let Some(state) = state {
                <span class="host-clock-state">{ state }</span>
            }
        </div>
    }
}

/// The question on screen, answer hidden or shown.
pub fn question_stage(lang: Lang, bank: &QuestionBank, session: &HostSession, now: Millis, notes: Notes) -> Html {
    let Some((index, drawn)) = session.current() else {
        return Html::default();
    };
    let question = drawn.question();
    let revealed = matches!(session.phase(), HostPhase::Revealed { .. });
    let topic = bank
        .topic(question.topic())
        .map(|t| t.name.get(lang).to_owned())
        .unwrap_or_default();
    let options = drawn.order().iter().enumerate().map(|(position, id)| {
        let letter = char::from(b'A' + u8::try_from(position).unwrap_or(0));
        let correct = question.choice(*id).is_some_and(Choice::is_correct);
        let class = classes!(
            "host-option",
            (revealed && correct).then_some("right"),
            (revealed && !correct).then_some("faded"),
        );
        html! {
            <li key={id.0} {class}>
                <span class="host-letter" aria-hidden="true">{ letter }</span>
                <span class="host-option-text">{ question.choice(*id).map(|c| c.text().get(lang)).unwrap_or_default() }</span>
                if revealed && correct {
                    <span class="host-mark">{ format!("✓ {}", t(lang, T::RightAnswer)) }</span>
                }
            </li>
        }
    });
    let right: Vec<String> = drawn
        .order()
        .iter()
        .enumerate()
        .filter(|(_, id)| question.choice(**id).is_some_and(Choice::is_correct))
        .map(|(position, id)| {
            let letter = char::from(b'A' + u8::try_from(position).unwrap_or(0));
            let text = question.choice(*id).map(|c| c.text().get(lang)).unwrap_or_default();
            format!("{letter}. {text}")
        })
        .collect();
    html! {
        <>
            <div class="host-top">
                <div class="host-head">
                    <p class="host-progress">
                        <strong>{ text::question_of(lang, index, session.questions().len()) }</strong>
                        if !topic.is_empty() { { " · " }{ topic } }
                    </p>
                    <h1 id="host-prompt" class="host-prompt">{ question.prompt().get(lang) }</h1>
                </div>
                { countdown(lang, session, now) }
            </div>
            <ol class="host-options" aria-labelledby="host-prompt">{ for options }</ol>
            if revealed {
                <div class="host-reveal" role="status">
                    <p class="host-answer"><strong>{ t(lang, T::RightAnswer) }{ ": " }</strong>{ right.join("; ") }</p>
                    { explanation(question, lang, notes, Some(t(lang, T::Explanation))) }
                    { source_ref(bank, question, lang) }
                </div>
            }
        </>
    }
}
