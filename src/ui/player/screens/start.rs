//! The start screen: what the app is for and every way to play.

use yew::prelude::*;

use crate::i18n::{self, format_progress, Lang, Text};
use crate::quiz::play::Setup;
use crate::ui::clock;
use crate::ui::learn::learn_more::learn_link;
use crate::ui::organiser::brand::BrandState;
use crate::ui::player::session::{Screen, SessionAction};
use crate::ui::player::text::{self, t, T};

/// What the start screen shows.
pub struct StartScreenProps {
    /// (current question, total) of a round left unfinished, if any.
    pub in_progress: Option<(usize, usize)>,
    /// How many mistakes wait for review.
    pub review_due: usize,
    /// Whether this site runs a contest (then linked to its page).
    pub has_contest: bool,
    pub question_count: usize,
    /// Whether the bank's English is there (shown in English).
    pub english: bool,
    pub on_action: Callback<SessionAction>,
}

/// The screen. A function, not a component: it has no state, and each
/// component costs its own copy of Yew's lifecycle code in the wasm.
pub fn start_screen(lang: Lang, brand: &BrandState, props: &StartScreenProps) -> Html {
    let shared = |key| i18n::text(lang, key);
    let show = |screen: Screen| props.on_action.reform(move |_: MouseEvent| SessionAction::Show(screen));
    let on_quick = props.on_action.reform(|_: MouseEvent| SessionAction::StartPractice {
        setup: Setup::default(),
        seed: clock::fresh_seed(),
        at: clock::now(),
    });
    let on_review = props.on_action.reform(|_: MouseEvent| SessionAction::StartReview {
        seed: clock::fresh_seed(),
        at: clock::now(),
    });
    let bank_size = text::bank_size(lang, props.question_count, props.english);
    let review_label = text::review_label(lang, props.review_due);
    html! {
        // Keyed: another screen drawn by a function is a <section> too, and
        // Yew would patch one into the other (a focused button staying
        // focused as another button) instead of replacing it.
        <section key="start" class="screen start" aria-labelledby="start-title">
            <h1 id="start-title">{ brand.title(lang).unwrap_or_else(|| shared(Text::AppTitle).to_owned()) }</h1>
            if let Some(subtitle) = &brand.branding.subtitle {
                <p class="subtitle">{ subtitle.get(lang).to_owned() }</p>
            }
            <p class="lead">{ shared(Text::AppPurpose) }</p>
            <p>{ shared(Text::RoundLength) }</p>
            <p class="muted">{ bank_size }</p>
            <div class="actions">
                if let Some((current, total)) = props.in_progress {
                    <button class="button" onclick={show(Screen::Round)}>
                        { format!("{} ({})", shared(Text::ContinueRound), format_progress(lang, current, total)) }
                    </button>
                }
                <button class="button button-primary" onclick={on_quick}>{ shared(Text::StartRound) }</button>
            </div>
            <nav class="modes" aria-label={t(lang, T::WaysToPlay)}>
                <button class="mode" onclick={show(Screen::Practice)}>
                    <strong>{ t(lang, T::PractiseByTopic) }</strong>
                    <span>{ t(lang, T::PractiseHint) }</span>
                </button>
                <button class="mode" onclick={on_review} disabled={props.review_due == 0}>
                    <strong>{ review_label }</strong>
                    <span>{ t(lang, T::ReviewHint) }</span>
                </button>
                // The contest is a page of its own (`contest.html`).
                if props.has_contest {
                    <a class="mode" href="contest.html">
                        <strong>{ t(lang, T::ContestMode) }</strong>
                        <span>{ t(lang, T::ContestHint) }</span>
                    </a>
                }
                <button class="mode" onclick={show(Screen::Progress)}>
                    <strong>{ t(lang, T::MyProgress) }</strong>
                    <span>{ t(lang, T::ProgressHint) }</span>
                </button>
            </nav>
            { learn_link(lang) }
            <p class="organiser-links">
                <a href="tools.html#/host">{ t(lang, T::HostLink) }</a>
                { " · " }
                <a href="tools.html#/verify">{ t(lang, T::VerifyLink) }</a>
                { " · " }
                <a href="tools.html#/organiser">{ shared(Text::ToolsPage) }</a>
            </p>
        </section>
    }
}
