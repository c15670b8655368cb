//! The end of a round, as both pages show it: score, time, topics and
//! every question reviewed. What follows the score depends on the kind of
//! round and belongs to the page that plays it: a friend's score and a
//! challenge link on the players' page (`player/screens/results.rs`), the
//! result code and the certificate on the contest page
//! (`contest/screens/result.rs`).

use yew::prelude::*;

use crate::i18n::{self, format_duration, format_score, Lang, Text};
use crate::quiz::{QuestionBank, Round};
use crate::ui::learn::learn_more::learn_more;
use crate::ui::shell::Notes;
use crate::ui::widgets::explanation::explanation;
use crate::ui::widgets::source_ref::{choices_text, source_ref};

/// What the results screen shows around the part that depends on the kind.
pub struct ResultsProps<'a> {
    pub round: &'a Round,
    pub bank: &'a QuestionBank,
    /// Whether the explanations are there yet (`use_notes`).
    pub notes: Notes,
    /// From `hooks::use_focused_on_mount`.
    pub heading: NodeRef,
    /// The section's classes ("screen results", and "contest" for a
    /// contest's, which prints as a certificate).
    pub class: &'static str,
    /// Shown after the score: the kind's own part.
    pub kind_part: Html,
}

/// The screen; nothing for a round that is not finished.
pub fn results_screen(lang: Lang, props: ResultsProps) -> Html {
    let Some(summary) = props.round.summary() else {
        return Html::default();
    };
    let shared = |key| i18n::text(lang, key);
    let (bank, round) = (props.bank, props.round);
    let topics = summary.by_topic.iter().map(|score| {
        let name = bank.topic(&score.topic).map_or_else(|| score.topic.to_string(), |t| t.name.get(lang).to_owned());
        html! { <li key={score.topic.to_string()}><span>{ name }</span><span class="topic-score">{ format!("{}/{}", score.correct, score.total) }</span></li> }
    });
    let review = round.questions().iter().enumerate().map(|(i, drawn)| {
        let q = drawn.question();
        let answer = round.answer(i);
        let right = answer.is_some_and(|a| a.correct);
        let (class, icon, verdict) = match (answer, right) {
            (_, true) => ("review-item right", "✓", shared(Text::Correct)),
            (Some(_), false) => ("review-item wrong", "✗", shared(Text::Wrong)),
            (None, _) => ("review-item wrong", "–", shared(Text::NotAnsweredTimeUp)),
        };
        html! {
            <li key={q.id().to_string()} {class}>
                <h3><span aria-hidden="true">{ icon }</span>{ format!(" {}. ", i + 1) }{ q.prompt().get(lang) }</h3>
                <p class="verdict-text">{ verdict }</p>
                if let Some(answer) = answer {
                    <p><strong>{ shared(Text::YourAnswer) }</strong>{ " " }{ choices_text(q, &answer.picked, lang) }</p>
                }
                if !right {
                    <p><strong>{ shared(Text::CorrectAnswerWas) }</strong>{ " " }{ choices_text(q, &q.correct_choices(), lang) }</p>
                }
                { explanation(q, lang, props.notes, None) }
                { source_ref(bank, q, lang) }
                { learn_more(q, lang) }
            </li>
        }
    });
    html! {
        <section class={props.class} aria-labelledby="results-title">
            <h1 id="results-title" tabindex="-1" ref={props.heading}>{ shared(Text::ResultsTitle) }</h1>
            <div class="score-card">
                <p class="score" data-testid="score">{ format_score(lang, summary.correct, summary.total) }</p>
                <p class="time">{ shared(Text::TimeTaken) }{ ": " }{ format_duration(lang, summary.duration_ms) }</p>
            </div>
            { props.kind_part }
            <h2>{ shared(Text::ByTopic) }</h2>
            <ul class="topic-scores">{ for topics }</ul>
            <h2>{ shared(Text::Review) }</h2>
            <ol class="review">{ for review }</ol>
        </section>
    }
}
