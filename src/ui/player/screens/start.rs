//! The start screen: what the app is for and every way to play.

use yew::prelude::*;

use crate::i18n::{format_progress, pick, text, Lang, Text};
use crate::quiz::play::Setup;
use crate::ui::clock;
use crate::ui::learn::learn_more::learn_link;
use crate::ui::organiser::brand::BrandState;
use crate::ui::player::session::{Screen, SessionAction};

#[derive(Properties, PartialEq)]
pub struct StartScreenProps {
    /// (current question, total) of a round left unfinished, if any.
    pub in_progress: Option<(usize, usize)>,
    /// How many mistakes wait for review.
    pub review_due: usize,
    /// Whether this site runs a contest.
    pub has_contest: bool,
    pub question_count: usize,
    pub on_action: Callback<SessionAction>,
}

#[component]
pub fn StartScreen(props: &StartScreenProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = |key| text(lang, key);
    let brand = use_context::<BrandState>().unwrap_or_default();
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
    let review_label = match (lang, props.review_due) {
        (Lang::Vi, 0) => "Ôn lại câu sai (chưa có câu nào)".to_owned(),
        (Lang::Vi, n) => format!("Ôn lại câu sai ({n} câu)"),
        (Lang::En, 0) => "Review mistakes (none yet)".to_owned(),
        (Lang::En, n) => format!("Review mistakes ({n})"),
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
                    <button class="button" onclick={show(Screen::Round)}>
                        { format!("{} ({})", t(Text::ContinueRound), format_progress(lang, current, total)) }
                    </button>
                }
                <button class="button button-primary" onclick={on_quick}>{ t(Text::StartRound) }</button>
            </div>
            <nav class="modes" aria-label={pick(lang, "Các cách chơi", "Ways to play")}>
                <button class="mode" onclick={show(Screen::Practice)}>
                    <strong>{ pick(lang, "Luyện tập theo chủ đề", "Practise by topic") }</strong>
                    <span>{ pick(lang, "Chọn chủ đề, mức độ và số câu.", "Choose topics, difficulty and length.") }</span>
                </button>
                <button class="mode" onclick={on_review} disabled={props.review_due == 0}>
                    <strong>{ review_label }</strong>
                    <span>{ pick(lang, "Câu trả lời sai sẽ quay lại để bạn ôn.", "Questions you missed come back for another try.") }</span>
                </button>
                if props.has_contest {
                    <button class="mode" onclick={show(Screen::Contest)}>
                        <strong>{ pick(lang, "Hội thi tìm hiểu", "Knowledge contest") }</strong>
                        <span>{ pick(lang, "Đăng ký, làm bài có giới hạn thời gian, nhận mã kết quả.", "Register, answer against the clock, get a result code.") }</span>
                    </button>
                }
                <button class="mode" onclick={show(Screen::Progress)}>
                    <strong>{ pick(lang, "Kết quả của tôi", "My progress") }</strong>
                    <span>{ pick(lang, "Số lượt chơi, điểm cao nhất, độ chính xác theo chủ đề.", "Rounds played, best score, accuracy by topic.") }</span>
                </button>
            </nav>
            { learn_link(lang) }
            <p class="organiser-links">
                <a href="tools.html#/host">{ pick(lang, "Thi trực tiếp (máy chiếu)", "Host a contest (projector)") }</a>
                { " · " }
                <a href="tools.html#/verify">{ pick(lang, "Kiểm tra mã kết quả", "Check result codes") }</a>
                { " · " }
                <a href="tools.html#/organiser">{ t(Text::ToolsPage) }</a>
            </p>
        </section>
    }
}
