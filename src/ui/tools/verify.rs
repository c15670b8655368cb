//! For organisers: paste or upload result codes, see which check out, rank
//! them by the contest's rule, count players per unit, download CSV. All
//! in the browser: no result leaves the organiser's device.

use yew::prelude::*;

use crate::content::codes::read_submissions;
use crate::i18n::{format_duration, pick, Lang};
use crate::quiz::contest::ReplayError;
use crate::quiz::result_code::CodeError;
use crate::quiz::verify::{check_all, perfect_count, ranking, ranking_csv, units, Checked, Verdict};
use crate::ui::download;
use crate::ui::session::{BankRef, ContestRef};
use crate::ui::widgets::file_picker::FilePicker;

#[derive(Properties, PartialEq)]
pub struct VerifyScreenProps {
    pub bank: BankRef,
    pub contest: Option<ContestRef>,
}

fn problem(lang: Lang, verdict: &Verdict) -> String {
    match verdict {
        Verdict::Valid { .. } => String::new(),
        Verdict::BadCode(CodeError::Malformed) => pick(
            lang,
            "Mã không đúng định dạng (thiếu hoặc thừa ký tự).",
            "Not a valid code (characters missing or extra).",
        )
        .to_owned(),
        Verdict::BadCode(CodeError::Checksum) => pick(
            lang,
            "Mã không khớp với họ tên và đơn vị (đã bị sửa, gõ nhầm, hoặc của người khác).",
            "The code does not match the name and unit (changed, mistyped, or someone else's).",
        )
        .to_owned(),
        Verdict::Mismatch(ReplayError::OtherBank) => pick(
            lang,
            "Mã được tạo với bộ câu hỏi khác (hoặc phiên bản khác).",
            "Made with another question bank (or another version of it).",
        )
        .to_owned(),
        Verdict::Mismatch(ReplayError::WrongLength) => pick(
            lang,
            "Số câu trong mã không khớp với hội thi này.",
            "The number of answers does not fit this contest.",
        )
        .to_owned(),
        Verdict::Mismatch(ReplayError::ImpossibleAnswer) => pick(
            lang,
            "Mã chứa câu trả lời không thể có.",
            "The code holds an impossible answer.",
        )
        .to_owned(),
        Verdict::Mismatch(ReplayError::OverTime) => pick(
            lang,
            "Thời gian làm bài vượt quá quy định.",
            "More time than the contest allows.",
        )
        .to_owned(),
        Verdict::MissingName => pick(
            lang,
            "Thiếu họ tên hoặc đơn vị bên cạnh mã.",
            "The name or unit is missing beside the code.",
        )
        .to_owned(),
        Verdict::Duplicate { first_line } => match lang {
            Lang::Vi => format!("Trùng với mã ở dòng {first_line}."),
            Lang::En => format!("The same code as on line {first_line}."),
        },
    }
}

#[component]
pub fn VerifyScreen(props: &VerifyScreenProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let text = use_state(String::new);
    let actual_text = use_state(String::new);
    let round_choice = use_state(|| None::<u8>);
    let Some(contest) = props.contest.as_ref() else {
        return html! {
            <section class="screen verify" aria-labelledby="verify-title">
                <h1 id="verify-title">{ pick(lang, "Kiểm tra mã kết quả", "Check result codes") }</h1>
                <p class="notice">{ pick(lang, "Trang này chưa có hội thi (static/contest.json), nên chưa thể kiểm tra mã.", "This site has no contest (static/contest.json), so codes cannot be checked.") }</p>
            </section>
        };
    };
    let rules = &contest.0.rules;
    let checked: Vec<Checked> = check_all(&props.bank.0, rules, read_submissions(&text));
    let mut rounds: Vec<u8> = checked
        .iter()
        .filter_map(|c| match &c.verdict {
            Verdict::Valid { result, .. } => Some(result.round_no),
            _ => None,
        })
        .collect();
    rounds.sort_unstable();
    rounds.dedup();
    let round_no = round_choice
        .filter(|r| rounds.contains(r))
        .or_else(|| rounds.first().copied())
        .unwrap_or(1);
    let perfect = perfect_count(&checked, round_no);
    let actual = actual_text.trim().parse::<u32>().unwrap_or(perfect);
    let ranked = ranking(&checked, rules, round_no, actual);
    let flagged: Vec<&Checked> = checked
        .iter()
        .filter(|c| !matches!(c.verdict, Verdict::Valid { .. }))
        .collect();
    let per_unit = units(&checked, round_no);

    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| text.set(e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value()))
    };
    let onchange_file = {
        let text = text.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            let text = text.clone();
            yew::platform::spawn_local(async move {
                if let Some(contents) = download::read_file(file).await {
                    let joined = if text.is_empty() {
                        contents
                    } else {
                        format!("{}\n{contents}", *text)
                    };
                    text.set(joined);
                }
            });
        })
    };
    let on_actual = {
        let actual_text = actual_text.clone();
        Callback::from(move |e: InputEvent| {
            actual_text.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value());
        })
    };
    let on_round = {
        let round_choice = round_choice.clone();
        Callback::from(move |e: Event| {
            round_choice.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value()
                    .parse()
                    .ok(),
            );
        })
    };
    let csv = ranking_csv(&ranked, lang == Lang::Vi);
    let on_csv = Callback::from(move |_: MouseEvent| {
        let _saved = download::save("xep-hang-hoi-thi.csv", "text/csv;charset=utf-8", &csv);
    });
    let rows = ranked.iter().map(|r| {
        html! {
            // `data-label`: each value's heading, shown beside it where a
            // narrow screen lays the rows out as cards (styles/app.css).
            <tr key={r.checked.submission.line}>
                <td class="ranking-place">{ r.place }</td>
                <td class="ranking-name">{ r.checked.submission.name.clone() }</td>
                <td class="ranking-unit">{ r.checked.submission.unit.clone() }</td>
                <td data-label={pick(lang, "Đúng", "Score")}>{ format!("{}/{}", r.correct, r.total) }</td>
                <td data-label={pick(lang, "Dự đoán", "Prediction")}>{ r.result.prediction }</td>
                <td data-label={pick(lang, "Thời gian", "Time")}>{ format_duration(lang, u64::from(r.result.seconds) * 1000) }</td>
            </tr>
        }
    });
    html! {
        <section class="screen verify" aria-labelledby="verify-title">
            <h1 id="verify-title">{ pick(lang, "Kiểm tra và xếp hạng mã kết quả", "Check and rank result codes") }</h1>
            <p class="muted">{ contest.0.title.get(lang) }</p>
            <p>{ pick(lang, "Dán các mã người thi gửi về (mỗi dòng một người: mã | họ tên | đơn vị, theo bất kỳ thứ tự cột nào, ngăn cách bằng |, dấu phẩy, chấm phẩy hoặc tab), hoặc chọn tệp .txt/.csv. Mọi việc kiểm tra diễn ra ngay trên máy này.", "Paste the codes players sent (one per line: code | name | unit, columns in any order, separated by |, commas, semicolons or tabs), or choose a .txt/.csv file. Everything is checked on this device.") }</p>
            <label for="codes" class="field-label">{ pick(lang, "Danh sách mã", "Codes") }</label>
            // Codes, names and units: no spell-check underlining Vietnamese
            // names, no capitals or corrections a phone would slip into a code.
            <textarea id="codes" class="field codes" rows="8" value={(*text).clone()} {oninput}
                spellcheck="false" autocapitalize="off" autocorrect="off" autocomplete="off" />
            <p class="field-label">{ pick(lang, "Hoặc chọn tệp", "Or choose a file") }</p>
            <FilePicker id="codes-file" accept=".txt,.csv,text/plain,text/csv"
                button={pick(lang, "Chọn tệp .txt/.csv…", "Choose a .txt/.csv file…")}
                nothing_chosen={pick(lang, "Chưa chọn tệp nào", "No file chosen")} on_change={onchange_file} />
            if !checked.is_empty() {
                <p role="status" class="verify-summary">{ match lang {
                    Lang::Vi => format!("{} mã hợp lệ, {} mã cần xem lại.", checked.len() - flagged.len(), flagged.len()),
                    Lang::En => format!("{} valid codes, {} to look at.", checked.len() - flagged.len(), flagged.len()),
                } }</p>
                if rounds.len() > 1 {
                    <label for="round-no" class="field-label">{ pick(lang, "Vòng thi", "Round") }</label>
                    <select id="round-no" class="field" onchange={on_round}>
                        { for rounds.iter().map(|r| html! { <option value={r.to_string()} selected={*r == round_no}>{ r }</option> }) }
                    </select>
                }
                <label for="actual" class="field-label">{ pick(lang, "Đáp án câu dự đoán (để trống: số người đúng tất cả các câu trong danh sách này)", "The tie-break's actual number (empty: how many in this list got every question right)") }</label>
                <input id="actual" class="field" type="text" inputmode="numeric" placeholder={perfect.to_string()} value={(*actual_text).clone()} oninput={on_actual} />
                <h2>{ match lang { Lang::Vi => format!("Bảng xếp hạng vòng {round_no}"), Lang::En => format!("Ranking, round {round_no}") } }</h2>
                <p class="muted">{ pick(lang, "Xếp theo: ", "Ranked by: ") }{ rules.ranking.iter().map(|r| match r {
                    crate::quiz::ranking::RankRule::Score => pick(lang, "số câu đúng", "score"),
                    crate::quiz::ranking::RankRule::Prediction => pick(lang, "dự đoán gần nhất", "closest prediction"),
                    crate::quiz::ranking::RankRule::Time => pick(lang, "thời gian ngắn hơn", "shorter time"),
                }).collect::<Vec<_>>().join(" → ") }{ match lang { Lang::Vi => format!(". Đáp án dự đoán: {actual}."), Lang::En => format!(". Actual number: {actual}.") } }</p>
                <div class="table-wrap">
                    <table class="ranking">
                        <thead><tr>
                            <th scope="col">{ pick(lang, "Hạng", "Place") }</th>
                            <th scope="col">{ pick(lang, "Họ và tên", "Name") }</th>
                            <th scope="col">{ pick(lang, "Đơn vị", "Unit") }</th>
                            <th scope="col">{ pick(lang, "Đúng", "Score") }</th>
                            <th scope="col">{ pick(lang, "Dự đoán", "Prediction") }</th>
                            <th scope="col">{ pick(lang, "Thời gian", "Time") }</th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
                <div class="actions">
                    <button type="button" class="button button-primary" onclick={on_csv} disabled={ranked.is_empty()}>{ pick(lang, "Tải bảng xếp hạng (CSV)", "Download the ranking (CSV)") }</button>
                </div>
                <h2>{ pick(lang, "Số người dự thi theo đơn vị", "Players per unit") }</h2>
                <ol class="units">{ for per_unit.iter().map(|(unit, n)| html! { <li><span>{ unit.clone() }</span><strong>{ n }</strong></li> }) }</ol>
                if !flagged.is_empty() {
                    <h2>{ pick(lang, "Mã cần xem lại", "Codes to look at") }</h2>
                    <ul class="flagged">
                        { for flagged.iter().map(|c| html! {
                            <li>
                                <strong>{ match lang { Lang::Vi => format!("Dòng {}: ", c.submission.line), Lang::En => format!("Line {}: ", c.submission.line) } }</strong>
                                { format!("{} · {} — ", c.submission.name, c.submission.unit) }
                                <span class="flag-reason">{ problem(lang, &c.verdict) }</span>
                            </li>
                        }) }
                    </ul>
                }
            }
        </section>
    }
}
