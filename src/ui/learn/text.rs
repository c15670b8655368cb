//! The Learn area's interface strings, in both languages. Kept here rather
//! than in `i18n` so the area can grow without touching shared files; a
//! missing translation is still a compile error (exhaustive `match`).

use crate::quiz::Lang;

/// A piece of the Learn area's interface text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum T {
    Intro,
    SearchLabel,
    SearchHint,
    NoMatch,
    Topics,
    CompareLink,
    CompareTitle,
    CompareIntro,
    Subject,
    Law2012,
    Law2023,
    PrintLink,
    PrintTitle,
    PrintIntro,
    PrintButton,
    Practise,
    AllTopics,
    Home,
    Back,
    FactsTitle,
    Reference,
    ReadText,
    StatusPartly,
    StatusKnown,
    ReadingOnly,
    Loading,
    Unavailable,
    Retry,
    BrokenTitle,
    BrokenIntro,
    NotFound,
}

/// The text for `key` in `lang`.
#[must_use]
#[allow(clippy::too_many_lines)] // one arm per string and language: a table, not logic
pub fn t(lang: Lang, key: T) -> &'static str {
    use T as M;
    let (vi, en) = match key {
        M::Intro => ("Những ý chính về hợp tác xã kiểu mới theo từng chủ đề, kèm căn cứ pháp lý. Các câu hỏi trắc nghiệm dựa đúng vào những ý này.", "The key points on new-style cooperatives, topic by topic, each with its legal reference. The quiz questions rest on these same points."),
        M::SearchLabel => ("Tìm trong tài liệu (gõ có dấu hoặc không dấu)", "Search the key points (with or without diacritics)"),
        M::SearchHint => ("ví dụ: hop tac xa kieu moi", "e.g. official members"),
        M::NoMatch => ("Không tìm thấy ý nào phù hợp.", "No key point matches."),
        M::Topics => ("Chủ đề", "Topics"),
        M::CompareLink => ("So sánh Luật năm 2012 và Luật năm 2023", "The 2012 and 2023 laws side by side"),
        M::CompareTitle => ("Luật Hợp tác xã năm 2012 và năm 2023: điểm gì đã thay đổi", "The 2012 law and the 2023 law side by side"),
        M::CompareIntro => ("Những điểm người dân hay nhầm giữa hai luật. Mỗi ô dẫn các ý chính làm căn cứ.", "What people most often confuse between the two laws. Each cell cites the key points it rests on."),
        M::Subject => ("Nội dung", "Subject"),
        M::Law2012 => ("Luật năm 2012", "2012 law"),
        M::Law2023 => ("Luật năm 2023", "2023 law"),
        M::PrintLink => ("Bản in tài liệu", "Printable study sheet"),
        M::PrintTitle => ("Tài liệu tìm hiểu Hợp tác xã kiểu mới", "Study sheet: Vietnam's new-style cooperatives"),
        M::PrintIntro => ("Toàn bộ ý chính theo chủ đề và bảng so sánh hai luật, để in cho hội trường hoặc lưu thành PDF.", "Every key point by topic and the comparison of the two laws, to print for a meeting hall or save as PDF."),
        M::PrintButton => ("In / lưu PDF", "Print / save as PDF"),
        M::Practise => ("Luyện tập chủ đề này", "Practise this topic"),
        M::AllTopics => ("← Tất cả chủ đề", "← All topics"),
        M::Home => ("← Trang chính", "← Home"),
        M::Back => ("← Quay lại", "← Back"),
        M::FactsTitle => ("Kiến thức của câu hỏi này", "What this question rests on"),
        M::Reference => ("Căn cứ", "Reference"),
        M::ReadText => ("Đọc văn bản", "Read the text"),
        M::StatusPartly => ("Mới có một nguồn thứ cấp xác nhận, chưa đối chiếu được với văn bản gốc.", "Confirmed by one secondary source only; not yet checked against the original text."),
        M::StatusKnown => ("Thông tin phổ biến, chưa đối chiếu lại với văn bản gốc.", "Widely documented; not re-checked against the original text."),
        M::ReadingOnly => ("Đọc thêm", "Further reading"),
        M::Loading => ("Đang tải tài liệu…", "Loading the study material…"),
        M::Unavailable => ("Không tải được tài liệu. Hãy kiểm tra kết nối mạng rồi thử lại.", "The study material could not be loaded. Check the connection and try again."),
        M::Retry => ("Thử lại", "Try again"),
        M::BrokenTitle => ("Tệp tài liệu (facts.json) có lỗi", "The study file (facts.json) has problems"),
        M::BrokenIntro => ("Ban tổ chức cần sửa các lỗi sau trong tệp static/facts.json:", "The organiser needs to fix these problems in static/facts.json:"),
        M::NotFound => ("Không tìm thấy nội dung này.", "This page was not found."),
    };
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// "12 ý chính" / "12 key points".
#[must_use]
pub fn points_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Vi, n) => format!("{n} ý chính"),
        (Lang::En, 1) => "1 key point".to_owned(),
        (Lang::En, n) => format!("{n} key points"),
    }
}

/// "5 ý phù hợp" / "5 matching points".
#[must_use]
pub fn matches_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (_, 0) => t(lang, T::NoMatch).to_owned(),
        (Lang::Vi, n) => format!("{n} ý phù hợp"),
        (Lang::En, 1) => "1 matching point".to_owned(),
        (Lang::En, n) => format!("{n} matching points"),
    }
}

/// "3 câu hỏi dựa trên ý này" / "3 questions rest on this point".
#[must_use]
pub fn cited_by(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Vi, n) => format!("{n} câu hỏi dựa trên ý này"),
        (Lang::En, 1) => "1 question rests on this point".to_owned(),
        (Lang::En, n) => format!("{n} questions rest on this point"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_naturally_in_both_languages() {
        assert_eq!(points_count(Lang::Vi, 15), "15 ý chính");
        assert_eq!(points_count(Lang::En, 1), "1 key point");
        assert_eq!(matches_count(Lang::En, 0), "No key point matches.");
        assert_eq!(matches_count(Lang::Vi, 3), "3 ý phù hợp");
        assert_eq!(cited_by(Lang::En, 2), "2 questions rest on this point");
    }
}
