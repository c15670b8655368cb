//! Imported questions as players see them (with the right answer shown),
//! built from the same widgets as the quiz.

use yew::prelude::*;

use crate::i18n::{text, Text};
use crate::quiz::{Lang, QuestionBank};
use crate::ui::shell::Notes;
use crate::ui::widgets::choice_button::{choice_button, ChoiceButtonProps, ChoiceLook};
use crate::ui::widgets::explanation::explanation;
use crate::ui::widgets::source_ref::source_ref;

use super::text::more_not_shown;

/// At most this many are drawn: a long list on a phone helps nobody, and
/// every row has already been checked.
const SHOWN: usize = 40;

/// The bank's questions from `first` on, in the file's order.
pub fn preview(bank: &QuestionBank, first: usize, lang: Lang) -> Html {
    let questions = bank.questions().get(first..).unwrap_or_default();
    let more = questions.len().saturating_sub(SHOWN);
    html! {
        <>
            <ol class="preview">
                for question in questions.iter().take(SHOWN) {
                    <li key={question.id().as_str().to_owned()} class="preview-item">
                        <p class="preview-meta">
                            { bank.topic(question.topic()).map(|t| t.name.get(lang).to_owned()).unwrap_or_default() }
                            { " · " }{ question.id().as_str().to_owned() }
                        </p>
                        <p class="prompt">{ question.prompt().get(lang).to_owned() }</p>
                        <div class="choices">
                            for (n, choice) in question.choices().iter().enumerate() {
                                { choice_button(lang, ChoiceButtonProps {
                                    key: n.into(),
                                    number: n + 1,
                                    text: choice.text().get(lang),
                                    look: ChoiceLook::Revealed { correct: choice.is_correct(), picked: false },
                                    on_pick: Callback::noop(),
                                }) }
                            }
                        </div>
                        { explanation(question, lang, Notes::Here, Some(text(lang, Text::Explanation))) }
                        { source_ref(bank, question, lang) }
                    </li>
                }
            </ol>
            if more > 0 {
                <p class="muted">{ more_not_shown(lang, more) }</p>
            }
        </>
    }
}
