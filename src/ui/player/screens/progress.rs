//! The player's progress on this device: rounds, scores, accuracy by topic,
//! what the review boxes hold, recent rounds; and a reset.

use yew::prelude::*;

use crate::i18n::{format_duration, pick, Lang};
use crate::quiz::progress::{Mode, Progress};
use crate::quiz::review::BOXES;
use crate::ui::player::session::{Screen, SessionAction};
use crate::ui::refs::BankRef;

#[derive(Properties, PartialEq)]
pub struct ProgressScreenProps {
    pub bank: BankRef,
    pub progress: Progress,
    pub on_action: Callback<SessionAction>,
}

fn mode_name(lang: Lang, mode: Mode) -> &'static str {
    match mode {
        Mode::Practice => pick(lang, "Luyện tập", "Practice"),
        Mode::Review => pick(lang, "Ôn câu sai", "Review"),
        Mode::Challenge => pick(lang, "Thách đấu", "Challenge"),
        Mode::Contest => pick(lang, "Hội thi", "Contest"),
    }
}

fn when(at: u64) -> String {
    // Local date and time of a round's end, as "25/11 14:05".
    #[allow(clippy::cast_precision_loss)] // milliseconds since 1970 fit a double exactly
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64));
    format!(
        "{:02}/{:02} {:02}:{:02}",
        date.get_date(),
        date.get_month() + 1,
        date.get_hours(),
        date.get_minutes()
    )
}

#[component]
pub fn ProgressScreen(props: &ProgressScreenProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let confirming = use_state(|| false);
    let p = &props.progress;
    let bank = &props.bank.0;
    let on_home = props
        .on_action
        .reform(|_: MouseEvent| SessionAction::Show(Screen::Start));
    if p.rounds == 0 {
        return html! {
            <section class="screen progress-screen" aria-labelledby="progress-title">
                <h1 id="progress-title">{ pick(lang, "Kết quả của tôi", "My progress") }</h1>
                <p>{ pick(lang, "Bạn chưa chơi lượt nào trên thiết bị này. Kết quả sẽ hiện ở đây sau lượt đầu tiên.", "You have not played a round on this device yet. Your results will show here after the first one.") }</p>
                <div class="actions"><button type="button" class="button" onclick={on_home}>{ crate::i18n::text(lang, crate::i18n::Text::Home) }</button></div>
            </section>
        };
    }
    let stats = [
        (pick(lang, "Lượt đã chơi", "Rounds played"), p.rounds.to_string()),
        (pick(lang, "Cao nhất", "Best"), format!("{}%", p.best_percent)),
        (pick(lang, "Trung bình", "Average"), format!("{}%", p.average_percent())),
    ];
    let topics = bank.topics().iter().filter_map(|topic| {
        let (right, asked) = *p.topics.get(topic.id.as_str())?;
        let percent = (right * 100).checked_div(asked).unwrap_or(0);
        let label = format!("{}: {percent}% ({right}/{asked})", topic.name.get(lang));
        Some(html! {
            <li key={topic.id.to_string()} class="bar-row">
                <span class="bar-label">{ label.clone() }</span>
                <meter class="bar" min="0" max="100" low="50" high="80" optimum="100" value={percent.to_string()} aria-label={label}></meter>
            </li>
        })
    });
    let boxes = p.review.box_counts(bank);
    let box_names = [
        pick(lang, "Hộp 1 – cần ôn ngay", "Box 1 – review soon"),
        pick(lang, "Hộp 2", "Box 2"),
        pick(lang, "Hộp 3", "Box 3"),
        pick(lang, "Hộp 4", "Box 4"),
        pick(lang, "Hộp 5 – đã thuộc", "Box 5 – known"),
    ];
    let history = p.history.iter().enumerate().map(|(i, round)| {
        html! {
            <tr key={i}>
                <td>{ when(round.at) }</td>
                <td>{ mode_name(lang, round.mode) }</td>
                <td>{ format!("{}/{}", round.correct, round.total) }</td>
                <td>{ format_duration(lang, u64::from(round.seconds) * 1000) }</td>
            </tr>
        }
    });
    let on_ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let on_cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let on_reset = {
        let (confirming, on_action) = (confirming.clone(), props.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            on_action.emit(SessionAction::ResetProgress);
        })
    };
    html! {
        <section class="screen progress-screen" aria-labelledby="progress-title">
            <h1 id="progress-title">{ pick(lang, "Kết quả của tôi", "My progress") }</h1>
            <dl class="stats">
                { for stats.iter().map(|(label, value)| html! { <div class="stat"><dt>{ *label }</dt><dd>{ value.clone() }</dd></div> }) }
            </dl>
            <h2>{ pick(lang, "Độ chính xác theo chủ đề", "Accuracy by topic") }</h2>
            <ul class="bars">{ for topics }</ul>
            <h2>{ pick(lang, "Mức độ ghi nhớ (hộp ôn tập)", "How well you know them (review boxes)") }</h2>
            <p class="muted">{ pick(lang, "Câu trả lời sai vào hộp 1 và sớm quay lại; mỗi lần trả lời đúng, câu hỏi lên một hộp và lâu hơn mới quay lại.", "A missed question goes to box 1 and comes back soon; each right answer moves it up a box and it comes back later.") }</p>
            <ul class="boxes">
                { for (0..usize::from(BOXES)).map(|i| html! { <li><span>{ box_names[i] }</span><strong>{ boxes[i] }</strong></li> }) }
            </ul>
            <h2>{ pick(lang, "Các lượt gần đây", "Recent rounds") }</h2>
            <div class="table-wrap">
                <table class="history">
                    <thead><tr>
                        <th scope="col">{ pick(lang, "Thời gian", "When") }</th>
                        <th scope="col">{ pick(lang, "Kiểu", "Kind") }</th>
                        <th scope="col">{ pick(lang, "Điểm", "Score") }</th>
                        <th scope="col">{ pick(lang, "Thời lượng", "Time") }</th>
                    </tr></thead>
                    <tbody>{ for history }</tbody>
                </table>
            </div>
            <div class="actions">
                <button type="button" class="button" onclick={on_home}>{ crate::i18n::text(lang, crate::i18n::Text::Home) }</button>
                if !*confirming {
                    <button type="button" class="button button-danger" onclick={on_ask}>{ pick(lang, "Xóa kết quả…", "Reset progress…") }</button>
                }
            </div>
            if *confirming {
                <div class="notice notice-error confirm" role="alertdialog" aria-labelledby="confirm-text">
                    <p id="confirm-text">{ pick(lang, "Xóa toàn bộ kết quả và hộp ôn tập trên thiết bị này? Không thể hoàn tác. (Mã kết quả hội thi vẫn được giữ.)", "Delete all results and review boxes on this device? This cannot be undone. (Contest result codes are kept.)") }</p>
                    <div class="actions">
                        <button type="button" class="button button-danger" onclick={on_reset}>{ pick(lang, "Xóa", "Delete") }</button>
                        <button type="button" class="button" onclick={on_cancel}>{ pick(lang, "Hủy", "Cancel") }</button>
                    </div>
                </div>
            }
        </section>
    }
}
