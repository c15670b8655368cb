//! One question: the prompt, the options, then the feedback. Shown by
//! both the players' page and the contest page.

pub mod keys;

use yew::prelude::*;

use crate::i18n::{self, text, Lang, Text};
use crate::quiz::{ChoiceId, Kind, Phase, Round};
use crate::ui::hooks::{use_keydown, KeyPress};
use crate::ui::learn::learn_more::learn_more;
use crate::ui::refs::BankRef;
use crate::ui::widgets::choice_button::{choice_button, ChoiceButtonProps, ChoiceLook};
use crate::ui::widgets::countdown::countdown;
use crate::ui::widgets::explanation::{explanation, use_notes};
use crate::ui::widgets::feedback_panel::{feedback_panel, FeedbackPanelProps};
use crate::ui::widgets::progress_bar::progress_bar;
use crate::ui::widgets::read_aloud::{read_aloud, use_read_aloud};
use crate::ui::widgets::source_ref::{choices_text, source_ref};
use keys::{command_for_key, KeyCommand};

#[derive(Properties, PartialEq)]
pub struct QuestionScreenProps {
    pub round: Round,
    pub bank: BankRef,
    pub on_answer: Callback<Vec<ChoiceId>>,
    pub on_next: Callback<()>,
    /// Time left in a timed round.
    #[prop_or_default]
    pub remaining_ms: Option<u64>,
    /// A line above the question (the contest's: answers come at the end).
    #[prop_or_default]
    pub note: Option<&'static str>,
}

/// What a key or a click on option `id` means now: for a single answer,
/// answer at once; for multiple select, tick or untick.
fn pick_option(
    multiple: bool,
    ticked: &UseStateHandle<Vec<ChoiceId>>,
    on_answer: &Callback<Vec<ChoiceId>>,
    id: ChoiceId,
) {
    if multiple {
        let mut next = (**ticked).clone();
        if let Some(i) = next.iter().position(|c| *c == id) {
            next.remove(i);
        } else {
            next.push(id);
        }
        ticked.set(next);
    } else {
        on_answer.emit(vec![id]);
    }
}

/// What the keyboard acts on: the question screen as last drawn (the
/// ticks are read when the key comes, from their state).
#[derive(Clone, Default)]
struct KeyTarget {
    revealed: bool,
    multiple: bool,
    order: Vec<ChoiceId>,
    on_answer: Callback<Vec<ChoiceId>>,
    on_next: Callback<()>,
}

impl KeyTarget {
    /// The round's current question as keys see it; with none, keys do nothing.
    fn new(props: &QuestionScreenProps) -> Self {
        let Some(index) = props.round.current_index() else {
            return Self::default();
        };
        let drawn = &props.round.questions()[index];
        Self {
            revealed: matches!(props.round.phase(), Phase::Feedback { .. }) && props.round.answer(index).is_some(),
            multiple: drawn.question().kind() == Kind::Multiple,
            order: drawn.order().to_vec(),
            on_answer: props.on_answer.clone(),
            on_next: props.on_next.clone(),
        }
    }

    fn on_key(&self, key: &KeyPress, ticked: &UseStateHandle<Vec<ChoiceId>>) {
        let on_control = matches!(key.target_tag.as_str(), "BUTTON" | "A" | "INPUT");
        match command_for_key(&key.key) {
            // Enter on a focused button already clicks it.
            Some(KeyCommand::Confirm) if on_control => {}
            Some(KeyCommand::Confirm) if self.revealed => self.on_next.emit(()),
            Some(KeyCommand::Confirm) if self.multiple && !ticked.is_empty() => self.on_answer.emit((**ticked).clone()),
            Some(KeyCommand::Choose(position)) if !self.revealed => {
                if let Some(id) = self.order.get(position) {
                    pick_option(self.multiple, ticked, &self.on_answer, *id);
                }
            }
            _ => {}
        }
    }
}

#[component]
pub fn QuestionScreen(props: &QuestionScreenProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let notes = use_notes();
    let ticked = use_state(Vec::<ChoiceId>::new);
    let heading = use_node_ref();
    let verdict = use_node_ref();
    // Keys act on the screen as last drawn.
    use_keydown({
        let (target, ticked) = (KeyTarget::new(props), ticked.clone());
        move |key: &KeyPress| target.on_key(key, &ticked)
    });
    let Some(index) = props.round.current_index() else {
        return Html::default();
    };
    let drawn = &props.round.questions()[index];
    let question = drawn.question();
    let multiple = question.kind() == Kind::Multiple;
    let answer = match props.round.phase() {
        Phase::Feedback { .. } => props.round.answer(index).cloned(),
        _ => None,
    };
    let revealed = answer.is_some();
    let streak = if props.round.shows_feedback() {
        props.round.streak()
    } else {
        0
    };

    let reads_aloud = use_read_aloud(lang, !revealed);

    // Focus the question when it appears and the verdict when it comes, so
    // keyboard and screen-reader users land on what changed.
    use_effect_with(revealed, {
        let (heading, verdict) = (heading.clone(), verdict.clone());
        move |revealed| {
            let target = if *revealed { verdict } else { heading };
            if let Some(element) = target.cast::<web_sys::HtmlElement>() {
                let _ignored = element.focus();
            }
        }
    });

    let buttons = drawn.order().iter().enumerate().map(|(position, id)| {
        let choice = question.choice(*id).map(|c| c.text().get(lang)).unwrap_or_default();
        let look = match &answer {
            Some(a) => ChoiceLook::Revealed {
                correct: question.choice(*id).is_some_and(crate::quiz::Choice::is_correct),
                picked: a.picked.contains(id),
            },
            None => ChoiceLook::Open {
                ticked: ticked.contains(id),
                multiple,
            },
        };
        let on_pick = {
            let (ticked, on_answer, id) = (ticked.clone(), props.on_answer.clone(), *id);
            Callback::from(move |()| pick_option(multiple, &ticked, &on_answer, id))
        };
        choice_button(
            lang,
            ChoiceButtonProps {
                key: id.0.into(),
                number: position + 1,
                text: choice,
                look,
                on_pick,
            },
        )
    });
    let hint = match question.kind() {
        Kind::Multiple => text(lang, Text::ChooseAll),
        Kind::Single | Kind::TrueFalse => text(lang, Text::ChooseOne),
    };
    // "Câu hỏi … 1. … 2. …": what read-aloud says, numbered as on screen.
    let script = std::iter::once(question.prompt().get(lang).to_owned())
        .chain(drawn.order().iter().enumerate().filter_map(|(position, id)| {
            question
                .choice(*id)
                .map(|c| format!("{}. {}", position + 1, c.text().get(lang)))
        }))
        .collect::<Vec<_>>()
        .join(". ");
    // Vietnamese text on the English page (its English is missing): said
    // so, for screen readers to pronounce it right.
    let text_lang = (lang == Lang::En && !question.prompt().has_english()).then_some("vi");
    let on_check = {
        let (ticked, on_answer) = (ticked.clone(), props.on_answer.clone());
        Callback::from(move |_: MouseEvent| on_answer.emit((*ticked).clone()))
    };
    html! {
        <section class="screen question" aria-labelledby="prompt">
            <div class="round-status">
                { progress_bar(lang, index + 1, props.round.len()) }
                if let Some(remaining_ms) = props.remaining_ms {
                    { countdown(lang, remaining_ms) }
                }
            </div>
            if let Some(note) = props.note {
                <p class="contest-note">{ note }</p>
            }
            if streak >= 2 {
                <p class="streak" aria-live="polite">{ i18n::streak(lang, streak) }</p>
            }
            <h1 id="prompt" class="prompt" tabindex="-1" ref={heading} lang={text_lang}>{ question.prompt().get(lang) }</h1>
            <p class="hint" id="hint">{ hint }</p>
            if reads_aloud {
                { read_aloud(lang, script) }
            }
            // Disabled in the same change of the page that shows the
            // feedback: an option must never look open (or take a tap)
            // beside its question's verdict.
            <fieldset class="choice-group" disabled={revealed} aria-labelledby="prompt" aria-describedby="hint">
                <div class="choices" lang={text_lang}>{ for buttons }</div>
            </fieldset>
            if multiple && !revealed {
                <button type="button" class="button button-primary" onclick={on_check} disabled={ticked.is_empty()}>
                    { text(lang, Text::CheckAnswer) }
                </button>
            }
            if let Some(answer) = answer {
                { feedback_panel(lang, &FeedbackPanelProps {
                    correct: answer.correct,
                    right_answer: AttrValue::from(choices_text(question, &question.correct_choices(), lang)),
                    right_answer_lang: text_lang,
                    explanation: explanation(question, lang, notes, Some(text(lang, Text::Explanation))),
                    source: html! { <>{ source_ref(&props.bank.0, question, lang) }{ learn_more(question, lang) }</> },
                    is_last: index + 1 == props.round.len(),
                    on_next: props.on_next.clone(),
                    focus: verdict,
                }) }
            }
            <p class="kbd-hint">{ text(lang, Text::KeyboardHint) }</p>
        </section>
    }
}
