//! Quiet messages about saved data, shown above the quiz.

use yew::prelude::*;

use crate::i18n::{text, Lang, Text};
use crate::storage::{Loaded, WriteFailed};

/// What a page restores from one saved key: the value, or nothing (with
/// `SavedDataRepaired` among `notices` if it was unreadable and dropped).
pub fn kept<T>(loaded: Loaded<T>, notices: &mut Vec<Notice>) -> Option<T> {
    if let Loaded::Discarded = loaded {
        notices.push(Notice::SavedDataRepaired);
    }
    loaded.found()
}

/// Something the player should know about their saved data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    StorageUnavailable,
    StorageRefused,
    SavedDataRepaired,
    RoundNotRestored,
    /// The bank came in Vietnamese only and its English could not be added.
    EnglishUnavailable,
}

impl Notice {
    fn text(self) -> Text {
        match self {
            Notice::StorageUnavailable => Text::StorageUnavailable,
            Notice::StorageRefused => Text::StorageRefused,
            Notice::SavedDataRepaired => Text::SavedDataRepaired,
            Notice::RoundNotRestored => Text::RoundNotRestored,
            Notice::EnglishUnavailable => Text::EnglishUnavailable,
        }
    }

    /// Its key in the list of notices shown (`format!("{:?}")` would link
    /// Debug formatting into the players' wasm).
    fn key(self) -> &'static str {
        match self {
            Notice::StorageUnavailable => "storage-unavailable",
            Notice::StorageRefused => "storage-refused",
            Notice::SavedDataRepaired => "saved-data-repaired",
            Notice::RoundNotRestored => "round-not-restored",
            Notice::EnglishUnavailable => "english-unavailable",
        }
    }
}

impl From<WriteFailed> for Notice {
    fn from(failure: WriteFailed) -> Self {
        match failure {
            WriteFailed::Unavailable => Notice::StorageUnavailable,
            WriteFailed::Refused => Notice::StorageRefused,
        }
    }
}

/// The notices shown, each with its dismiss button. A function, not a component: it has no state, and each
/// component costs its own copy of Yew's lifecycle code in the wasm.
pub fn notice_bar(lang: Lang, notices: &[Notice], on_dismiss: &Callback<Notice>) -> Html {
    html! {
        <div class="notices" role="status">
            { for notices.iter().map(|notice| {
                let on_dismiss = on_dismiss.reform({ let notice = *notice; move |_: MouseEvent| notice });
                html! {
                    <div class="notice-bar" key={notice.key()}>
                        <p>{ text(lang, notice.text()) }</p>
                        <button type="button" class="dismiss" aria-label={text(lang, Text::Dismiss)} onclick={on_dismiss}>{ "×" }</button>
                    </div>
                }
            }) }
        </div>
    }
}
