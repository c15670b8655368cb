//! The start screen: title, purpose, start (or continue) a round.

use yew::prelude::*;

use crate::i18n::{format_progress, text, Lang, Text};
use crate::ui::organiser::brand::BrandState;
use crate::ui::organiser::text::{org_text, OrgText};

#[derive(Properties, PartialEq)]
pub struct StartScreenProps {
    pub on_start: Callback<()>,
    /// (current question, total) of a round left unfinished, if any.
    pub in_progress: Option<(usize, usize)>,
    pub on_continue: Callback<()>,
    pub question_count: usize,
}

#[component]
pub fn StartScreen(props: &StartScreenProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = |key| text(lang, key);
    let brand = use_context::<BrandState>().unwrap_or_default();
    let on_start = props.on_start.reform(|_: MouseEvent| ());
    let on_continue = props.on_continue.reform(|_: MouseEvent| ());
    let bank_size = match lang {
        Lang::Vi => format!(
            "Ngân hàng hiện có {} câu hỏi song ngữ Việt – Anh.",
            props.question_count
        ),
        Lang::En => format!(
            "The bank holds {} questions in Vietnamese and English.",
            props.question_count
        ),
    };
    html! {
        <section class="screen start" aria-labelledby="start-title">
            <h1 id="start-title">{ brand.title(lang).unwrap_or_else(|| t(Text::AppTitle).to_owned()) }</h1>
            if let Some(subtitle) = &brand.branding.subtitle {
                <p class="subtitle">{ subtitle.get(lang).to_owned() }</p>
            }
            <p class="lead">{ t(Text::AppPurpose) }</p>
            <p>{ t(Text::RoundLength) }</p>
            <p class="muted">{ bank_size }</p>
            <div class="actions">
                if let Some((current, total)) = props.in_progress {
                    <button class="button" onclick={on_continue}>
                        { format!("{} ({})", t(Text::ContinueRound), format_progress(lang, current, total)) }
                    </button>
                }
                <button class="button button-primary" onclick={on_start}>{ t(Text::StartRound) }</button>
            </div>
            <p class="organiser-link"><a href="#/organiser">{ org_text(lang, OrgText::Link) }</a></p>
        </section>
    }
}
