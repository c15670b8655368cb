//! How a question's source is shown, and the text of a set of options.

use yew::prelude::*;

use crate::i18n::{text, Lang, Text};
use crate::quiz::{ChoiceId, Question, QuestionBank};

/// "Căn cứ: Luật Hợp tác xã số 17/2023/QH15, Điều 56", linked to a public
/// copy where the bank gives one. Nothing while the source is on its way
/// with the explanations (`content::notes`): the explanation's own line
/// says they are coming, or could not be had, and the caller re-renders
/// when they arrive (`use_notes`).
pub fn source_ref(bank: &QuestionBank, question: &Question, lang: Lang) -> Html {
    let Some(source) = question.source() else {
        return Html::default();
    };
    let name = bank
        .document(&source.document)
        .map_or_else(|| source.document.to_string(), |d| d.name.get(lang).to_owned());
    let url = bank.document(&source.document).and_then(|d| d.url.clone());
    let part = source.part.as_ref().map(|p| format!(", {}", p.get(lang)));
    html! {
        <p class="source">
            <strong>{ text(lang, Text::Source) }{ ": " }</strong>
            if let Some(href) = url {
                <a {href} target="_blank" rel="noopener noreferrer">{ name }</a>
            } else {
                { name }
            }
            { part.unwrap_or_default() }
        </p>
    }
}

/// The options' texts, joined: "5 thành viên; 7 thành viên".
#[must_use]
pub fn choices_text(question: &Question, choices: &[ChoiceId], lang: Lang) -> String {
    let texts: Vec<&str> = choices
        .iter()
        .filter_map(|id| question.choice(*id))
        .map(|c| c.text().get(lang))
        .collect();
    if texts.is_empty() {
        text(lang, Text::NoAnswer).to_owned()
    } else {
        texts.join("; ")
    }
}
