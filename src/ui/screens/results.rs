//! The end of a round: score, time, topics, and every question reviewed.

use yew::prelude::*;

use crate::i18n::{format_duration, format_score, text, Lang, Text};
use crate::quiz::Round;
use crate::ui::learn::learn_more::learn_more;
use crate::ui::session::BankRef;
use crate::ui::widgets::source_ref::{choices_text, source_ref};

#[derive(Properties, PartialEq)]
pub struct ResultsScreenProps {
    pub round: Round,
    pub bank: BankRef,
    pub on_play_again: Callback<()>,
    pub on_home: Callback<()>,
}

#[component]
pub fn ResultsScreen(props: &ResultsScreenProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let heading = use_node_ref();
    use_effect_with((), {
        let heading = heading.clone();
        move |()| {
            if let Some(element) = heading.cast::<web_sys::HtmlElement>() {
                let _ignored = element.focus();
            }
        }
    });
    let Some(summary) = props.round.summary() else {
        return Html::default();
    };
    let t = |key| text(lang, key);
    let bank = &props.bank.0;
    let topics = summary.by_topic.iter().map(|score| {
        let name = bank.topic(&score.topic).map_or_else(|| score.topic.to_string(), |t| t.name.get(lang).to_owned());
        html! { <li key={score.topic.to_string()}><span>{ name }</span><span class="topic-score">{ format!("{}/{}", score.correct, score.total) }</span></li> }
    });
    let review = props.round.questions().iter().zip(props.round.answers()).enumerate().map(|(i, (drawn, answer))| {
        let q = drawn.question();
        let (class, icon, verdict) = if answer.correct {
            ("review-item right", "✓", t(Text::Correct))
        } else {
            ("review-item wrong", "✗", t(Text::Wrong))
        };
        html! {
            <li key={q.id().to_string()} {class}>
                <h3><span aria-hidden="true">{ icon }</span>{ format!(" {}. ", i + 1) }{ q.prompt().get(lang) }</h3>
                <p class="verdict-text">{ verdict }</p>
                <p><strong>{ t(Text::YourAnswer) }</strong>{ " " }{ choices_text(q, &answer.picked, lang) }</p>
                if !answer.correct {
                    <p><strong>{ t(Text::CorrectAnswerWas) }</strong>{ " " }{ choices_text(q, &q.correct_choices(), lang) }</p>
                }
                <p class="explanation">{ q.explanation().get(lang) }</p>
                { source_ref(bank, q, lang) }
                { learn_more(q, lang) }
            </li>
        }
    });
    let on_play_again = props.on_play_again.reform(|_: MouseEvent| ());
    let on_home = props.on_home.reform(|_: MouseEvent| ());
    html! {
        <section class="screen results" aria-labelledby="results-title">
            <h1 id="results-title" tabindex="-1" ref={heading}>{ t(Text::ResultsTitle) }</h1>
            <div class="score-card">
                <p class="score" data-testid="score">{ format_score(lang, summary.correct, summary.total) }</p>
                <p class="time">{ t(Text::TimeTaken) }{ ": " }{ format_duration(lang, summary.duration_ms) }</p>
            </div>
            <div class="actions">
                <button type="button" class="button button-primary" onclick={on_play_again}>{ t(Text::PlayAgain) }</button>
                <button type="button" class="button" onclick={on_home}>{ t(Text::Home) }</button>
            </div>
            <h2>{ t(Text::ByTopic) }</h2>
            <ul class="topic-scores">{ for topics }</ul>
            <h2>{ t(Text::Review) }</h2>
            <ol class="review">{ for review }</ol>
        </section>
    }
}
