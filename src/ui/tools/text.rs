//! The tools page's own words (its menu), Vietnamese and English side by
//! side; each tool keeps its text in its own area.

use crate::i18n::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ToolsText {
    Title,
    Intro,
    Host,
    HostWhat,
    Organiser,
    OrganiserWhat,
    Verify,
    VerifyWhat,
    ToPlayers,
    LoadingContest,
}

/// The text for `key` in `lang`.
#[must_use]
pub fn tools_text(lang: Lang, key: ToolsText) -> &'static str {
    use ToolsText as T;
    match (lang, key) {
        (Lang::Vi, T::Title) => "Công cụ tổ chức hội thi",
        (Lang::En, T::Title) => "Contest tools",
        (Lang::Vi, T::Intro) => {
            "Các công cụ để tổ chức hội thi và quản lý bộ câu hỏi. Người chơi không cần tải trang này."
        }
        (Lang::En, T::Intro) => {
            "Tools to run contests and look after the question bank. Players never need to load this page."
        }
        (Lang::Vi, T::Host) => "Thi trực tiếp (máy chiếu)",
        (Lang::En, T::Host) => "Host a contest (projector)",
        (Lang::Vi, T::HostWhat) => "Các đội thi trong hội trường, câu hỏi trên màn hình lớn, bảng điểm.",
        (Lang::En, T::HostWhat) => "Teams in a hall, questions on the big screen, a scoreboard.",
        (Lang::Vi, T::Organiser) => "Nhập câu hỏi",
        (Lang::En, T::Organiser) => "Import questions",
        (Lang::Vi, T::OrganiserWhat) => {
            "Từ bảng tính CSV thành tệp questions.json; kiểm tra bộ câu hỏi và branding.json."
        }
        (Lang::En, T::OrganiserWhat) => "From a CSV spreadsheet to questions.json; check the bank and branding.json.",
        (Lang::Vi, T::Verify) => "Kiểm tra mã kết quả",
        (Lang::En, T::Verify) => "Check result codes",
        (Lang::Vi, T::VerifyWhat) => "Dán mã kết quả của người chơi, xem mã nào hợp lệ, xếp hạng, tải CSV.",
        (Lang::En, T::VerifyWhat) => "Paste players' result codes, see which check out, rank them, download CSV.",
        (Lang::Vi, T::ToPlayers) => "Về trang thi",
        (Lang::En, T::ToPlayers) => "Back to the quiz",
        (Lang::Vi, T::LoadingContest) => "Đang tải thông tin hội thi…",
        (Lang::En, T::LoadingContest) => "Loading the contest…",
    }
}
