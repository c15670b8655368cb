//! The end of a round: score, time, topics, every question reviewed; and
//! by kind: a friend's score to beat, a link to challenge someone, or a
//! contest's result code and certificate.

use yew::prelude::*;

use crate::i18n::{self, format_date, format_duration, format_score, Lang, Text};
use crate::quiz::play::PlayKind;
use crate::quiz::{challenge::Challenge, Summary};
use crate::ui::certificate_image::CertificateText;
use crate::ui::clock;
use crate::ui::learn::learn_more::learn_more;
use crate::ui::player::session::{Play, Screen, SessionAction};
use crate::ui::player::text::{self, t, T};
use crate::ui::refs::{BankRef, ContestRef};
use crate::ui::widgets::certificate_png::certificate_png;
use crate::ui::widgets::copy_box::{copy_box, use_copy_box};
use crate::ui::widgets::explanation::{explanation, use_notes};
use crate::ui::widgets::result_send::{result_send, ResultSendProps};
use crate::ui::widgets::source_ref::{choices_text, source_ref};

#[derive(Properties, PartialEq)]
pub struct ResultsScreenProps {
    pub play: Play,
    pub bank: BankRef,
    pub contest: Option<ContestRef>,
    pub on_action: Callback<SessionAction>,
}

/// The page's address up to the hash: where a challenge link points.
fn page_address() -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

fn challenge_part(lang: Lang, theirs: usize, summary: &Summary) -> Html {
    let mine = summary.correct;
    let verdict = text::challenge_verdict(lang, mine.cmp(&theirs));
    html! {
        <div class="challenge-result notice">
            <p><strong>{ verdict }</strong></p>
            <p>{ text::challenge_scores(lang, theirs, mine, summary.total) }</p>
        </div>
    }
}

#[component]
pub fn ResultsScreen(props: &ResultsScreenProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let notes = use_notes();
    let heading = use_node_ref();
    // Whether the certificate's image could not be made (`certificate_png`).
    let certificate_failed = use_state(|| false);
    // The one copy box shown: the result code in a contest, else the
    // challenge link.
    let copy_state = use_copy_box();
    use_effect_with((), {
        let heading = heading.clone();
        move |()| {
            if let Some(element) = heading.cast::<web_sys::HtmlElement>() {
                let _ignored = element.focus();
            }
        }
    });
    let round = &props.play.round;
    let Some(summary) = round.summary() else {
        return Html::default();
    };
    let shared = |key| i18n::text(lang, key);
    let bank = &props.bank.0;
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
            (None, _) => ("review-item wrong", "–", t(lang, T::NotAnsweredTimeUp)),
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
                { explanation(q, lang, notes, None) }
                { source_ref(bank, q, lang) }
                { learn_more(q, lang) }
            </li>
        }
    });
    let on_play_again = props.on_action.reform(|_: MouseEvent| SessionAction::PlayAgain {
        seed: clock::fresh_seed(),
        at: clock::now(),
    });
    let on_home = props
        .on_action
        .reform(|_: MouseEvent| SessionAction::Show(Screen::Start));

    let kind_part = match &props.play.kind {
        PlayKind::Contest {
            round_no,
            day,
            player,
            prediction,
        } => {
            let title = props
                .contest
                .as_ref()
                .map(|c| c.0.title.get(lang).to_owned())
                .unwrap_or_default();
            let code = props
                .contest
                .as_ref()
                .and_then(|c| {
                    let prediction = prediction.unwrap_or(0);
                    crate::quiz::contest::result_of(bank, &c.0.rules, round, *round_no, *day, player, prediction)
                })
                .map(|r| r.encode(&player.name, &player.unit))
                .unwrap_or_default();
            let on_print = Callback::from(|_: MouseEvent| {
                let _ignored = gloo::utils::window().print();
            });
            let kicker = t(lang, T::CertificateKicker);
            let score_line = format!(
                "{} · {}",
                format_score(lang, summary.correct, summary.total),
                format_duration(lang, summary.duration_ms)
            );
            let date_line = format!(
                "{}{}{}",
                t(lang, T::DatePrefix),
                format_date(i64::from(*day)),
                text::round_suffix(lang, *round_no)
            );
            let image = CertificateText {
                kicker: kicker.to_owned(),
                title: title.clone(),
                name: player.name.clone(),
                unit: player.unit.clone(),
                score: score_line.clone(),
                date: date_line.clone(),
                code: code.clone(),
            };
            let submit = props.contest.as_ref().and_then(|c| c.0.submit.as_ref());
            html! {
                <>
                    <div class="result-code">
                        { result_send(lang, &ResultSendProps {
                            code: &code,
                            name: &player.name,
                            birth_year: player.birth_year,
                            unit: &player.unit,
                            phone: &player.phone,
                            title: &title,
                            submit,
                            code_box: &copy_state,
                        }) }
                        <p class="muted">{ t(lang, T::ResultCodeHint) }</p>
                    </div>
                    <article class="certificate" aria-label={t(lang, T::Certificate)}>
                        <p class="certificate-kicker">{ kicker }</p>
                        <p class="certificate-contest">{ title }</p>
                        <p class="certificate-name">{ player.name.clone() }</p>
                        <p class="certificate-unit">{ player.unit.clone() }</p>
                        <p class="certificate-score">{ score_line }</p>
                        <p class="certificate-date">{ date_line }</p>
                        <p class="certificate-code">{ code }</p>
                    </article>
                    <div class="actions">
                        <button type="button" class="button" onclick={on_print}>{ t(lang, T::PrintCertificate) }</button>
                        { certificate_png(lang, &image, &certificate_failed) }
                        <button type="button" class="button" onclick={on_home.clone()}>{ shared(Text::Home) }</button>
                    </div>
                </>
            }
        }
        kind => {
            let challenge = Challenge {
                seed: round.seed(),
                config: props.play.setup.config(),
                score: Some(summary.correct),
            };
            let link = format!("{}#/challenge?{}", page_address(), challenge.to_query());
            html! {
                <>
                    if let PlayKind::Challenge { score: Some(theirs) } = kind {
                        { challenge_part(lang, *theirs, &summary) }
                    }
                    <div class="actions">
                        <button type="button" class="button button-primary" onclick={on_play_again}>{ shared(Text::PlayAgain) }</button>
                        <button type="button" class="button" onclick={on_home.clone()}>{ shared(Text::Home) }</button>
                    </div>
                    { copy_box(lang, &copy_state, "challenge-link", t(lang, T::ChallengeLink), link) }
                </>
            }
        }
    };
    let is_contest = matches!(props.play.kind, PlayKind::Contest { .. });
    html! {
        <section class={classes!("screen", "results", is_contest.then_some("contest"))} aria-labelledby="results-title">
            <h1 id="results-title" tabindex="-1" ref={heading}>{ shared(Text::ResultsTitle) }</h1>
            <div class="score-card">
                <p class="score" data-testid="score">{ format_score(lang, summary.correct, summary.total) }</p>
                <p class="time">{ shared(Text::TimeTaken) }{ ": " }{ format_duration(lang, summary.duration_ms) }</p>
            </div>
            { kind_part }
            <h2>{ shared(Text::ByTopic) }</h2>
            <ul class="topic-scores">{ for topics }</ul>
            <h2>{ shared(Text::Review) }</h2>
            <ol class="review">{ for review }</ol>
        </section>
    }
}
