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
            "Từ bảng tính Excel hoặc CSV thành tệp questions.json; kiểm tra bộ câu hỏi và branding.json."
        }
        (Lang::En, T::OrganiserWhat) => {
            "From an Excel or CSV spreadsheet to questions.json; check the bank and branding.json."
        }
        (Lang::Vi, T::Verify) => "Kiểm tra mã kết quả",
        (Lang::En, T::Verify) => "Check result codes",
        (Lang::Vi, T::VerifyWhat) => {
            "Tệp kết quả của biểu mẫu hoặc mã dán vào: mã nào hợp lệ, xếp hạng, tải Excel hoặc CSV."
        }
        (Lang::En, T::VerifyWhat) => {
            "A form's results file or pasted codes: which check out, the ranking, as Excel or CSV."
        }
        (Lang::Vi, T::ToPlayers) => "Về trang thi",
        (Lang::En, T::ToPlayers) => "Back to the quiz",
        (Lang::Vi, T::LoadingContest) => "Đang tải thông tin hội thi…",
        (Lang::En, T::LoadingContest) => "Loading the contest…",
    }
}

/// The verify page's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerifyText {
    Title,
    NoContest,
    Intro,
    PasteLabel,
    FileLabel,
    FileButton,
    NoFile,
    Reading,
    Checking,
    Options,
    TimeLegend,
    TimeDevice,
    TimeSubmitted,
    NoTimestampColumn,
    PersonLabel,
    PersonEvery,
    PersonNameFirst,
    PersonNameBest,
    PersonPhoneFirst,
    PersonPhoneBest,
    ContestSays,
    Round,
    Actual,
    RankedBy,
    ByScore,
    ByPrediction,
    ByTime,
    Place,
    Name,
    Unit,
    Score,
    Prediction,
    Time,
    Submitted,
    Pager,
    First,
    Previous,
    Next,
    Last,
    DownloadCsv,
    DownloadXlsx,
    MakingFile,
    Units,
    Flagged,
    NotAnExport,
    OldExcel,
    EmptyFile,
    NoCodeColumn,
    UnclosedQuote,
    CannotRead,
    BadFormat,
    BadChecksum,
    OtherBank,
    WrongLength,
    ImpossibleAnswer,
    OverTime,
    MissingName,
}

/// The verify page's text for `key` in `lang`.
#[must_use]
#[allow(clippy::too_many_lines)] // one arm per string, both languages: a table, not logic
pub fn verify_text(lang: Lang, key: VerifyText) -> &'static str {
    use VerifyText as T;
    let (vi, en) = match key {
        T::Title => ("Kiểm tra và xếp hạng mã kết quả", "Check and rank result codes"),
        T::NoContest => (
            "Trang này chưa có hội thi (static/contest.json), nên chưa thể kiểm tra mã.",
            "This site has no contest (static/contest.json), so codes cannot be checked.",
        ),
        T::Intro => (
            "Chọn tệp kết quả tải từ Google Forms hoặc Microsoft Forms (CSV hoặc Excel .xlsx), hoặc dán các mã người thi gửi về (mỗi dòng một người: mã | họ tên | đơn vị). Mã được tìm ở bất kỳ cột nào. Mọi việc kiểm tra diễn ra ngay trên máy này: không kết quả nào rời khỏi máy.",
            "Choose the results file exported from Google Forms or Microsoft Forms (CSV or Excel .xlsx), or paste the codes players sent (one per line: code | name | unit). The code is found in any column. Everything is checked on this device: no result leaves it.",
        ),
        T::PasteLabel => ("Hoặc dán danh sách mã", "Or paste the codes"),
        T::FileLabel => ("Tệp kết quả của biểu mẫu", "The form's results file"),
        T::FileButton => ("Chọn tệp CSV hoặc .xlsx…", "Choose a CSV or .xlsx file…"),
        T::NoFile => ("Chưa chọn tệp nào", "No file chosen"),
        T::Reading => ("Đang đọc tệp…", "Reading the file…"),
        T::Checking => ("Đang kiểm tra", "Checking"),
        T::Options => ("Cách xếp hạng", "How to rank"),
        T::TimeLegend => ("Khi bằng điểm và dự đoán, tính thời gian theo", "On equal score and prediction, time means"),
        T::TimeDevice => (
            "thời gian làm bài đo trên máy người thi (ghi trong mã; người thi rành kỹ thuật có thể sửa)",
            "the time the player's device measured (in the code; a determined player can forge it)",
        ),
        T::TimeSubmitted => (
            "thời điểm biểu mẫu nhận bài (người thi không sửa được; nộp sớm hơn xếp trên)",
            "when the form received the entry (the player cannot change it; earlier first)",
        ),
        T::NoTimestampColumn => (
            "Tệp này không có cột dấu thời gian: các bài không có thời điểm nộp xếp sau cùng khi bằng điểm.",
            "This file has no timestamp column: entries without one come last on a tie.",
        ),
        T::PersonLabel => ("Một người gửi nhiều bài", "One person, several entries"),
        T::PersonEvery => ("tính mọi mã hợp lệ", "every valid code counts"),
        T::PersonNameFirst => (
            "mỗi người một bài (họ tên + năm sinh + đơn vị): giữ bài nộp đầu tiên",
            "one entry per person (name + birth year + unit): keep the first sent",
        ),
        T::PersonNameBest => (
            "mỗi người một bài (họ tên + năm sinh + đơn vị): giữ bài tốt nhất",
            "one entry per person (name + birth year + unit): keep the best",
        ),
        T::PersonPhoneFirst => (
            "mỗi số điện thoại một bài: giữ bài nộp đầu tiên",
            "one entry per phone number: keep the first sent",
        ),
        T::PersonPhoneBest => ("mỗi số điện thoại một bài: giữ bài tốt nhất", "one entry per phone number: keep the best"),
        T::ContestSays => ("(thể lệ hội thi)", "(the contest's rule)"),
        T::Round => ("Vòng thi", "Round"),
        T::Actual => (
            "Đáp án câu dự đoán (để trống: số người đúng tất cả các câu trong danh sách này)",
            "The tie-break's actual number (empty: how many in this list got every question right)",
        ),
        T::RankedBy => ("Xếp theo: ", "Ranked by: "),
        T::ByScore => ("số câu đúng", "score"),
        T::ByPrediction => ("dự đoán gần nhất", "closest prediction"),
        T::ByTime => ("thời gian", "time"),
        T::Place => ("Hạng", "Place"),
        T::Name => ("Họ và tên", "Name"),
        T::Unit => ("Đơn vị", "Unit"),
        T::Score => ("Đúng", "Score"),
        T::Prediction => ("Dự đoán", "Prediction"),
        T::Time => ("Thời gian", "Time"),
        T::Submitted => ("Nộp lúc", "Sent at"),
        T::Pager => ("Các trang của bảng xếp hạng", "Pages of the ranking"),
        T::First => ("Trang đầu", "First page"),
        T::Previous => ("Trang trước", "Previous page"),
        T::Next => ("Trang sau", "Next page"),
        T::Last => ("Trang cuối", "Last page"),
        T::DownloadCsv => ("Tải bảng xếp hạng (CSV)", "Download the ranking (CSV)"),
        T::DownloadXlsx => ("Tải bảng xếp hạng (Excel .xlsx)", "Download the ranking (Excel .xlsx)"),
        T::MakingFile => ("Đang tạo tệp…", "Making the file…"),
        T::Units => ("Số người dự thi theo đơn vị", "Players per unit"),
        T::Flagged => ("Mã cần xem lại", "Codes to look at"),
        T::NotAnExport => (
            "Tệp này không phải bảng tính CSV hay Excel (.xlsx). Hãy tải kết quả từ biểu mẫu dưới dạng CSV hoặc .xlsx.",
            "This file is neither a CSV nor an Excel (.xlsx) sheet. Download the form's results as CSV or .xlsx.",
        ),
        T::OldExcel => (
            "Đây là tệp Excel cũ (.xls). Hãy mở trong Excel và lưu lại dưới dạng .xlsx hoặc CSV UTF-8.",
            "This is an old Excel file (.xls). Open it in Excel and save it as .xlsx or CSV UTF-8.",
        ),
        T::EmptyFile => ("Tệp hoặc danh sách trống: không có dòng nào.", "The file or list is empty: no rows."),
        T::NoCodeColumn => (
            "Không tìm thấy mã kết quả nào (mã bắt đầu bằng HTX1 hoặc HTX2) trong bất kỳ cột nào. Hãy kiểm tra biểu mẫu có câu hỏi để người thi dán mã, và tệp là tệp kết quả của biểu mẫu đó.",
            "No result code (codes start with HTX1 or HTX2) was found in any column. Check that the form asks players for their code and that this is that form's results file.",
        ),
        T::UnclosedQuote => ("Tệp CSV bị hỏng: một dấu ngoặc kép mở ở dòng", "The CSV is damaged: a quote opened on row"),
        T::CannotRead => ("Không đọc được tệp", "Could not read the file"),
        T::BadFormat => (
            "Mã không đúng định dạng (thiếu hoặc thừa ký tự).",
            "Not a valid code (characters missing or extra).",
        ),
        T::BadChecksum => (
            "Mã không khớp với họ tên và đơn vị (đã bị sửa, gõ nhầm, hoặc của người khác).",
            "The code does not match the name and unit (changed, mistyped, or someone else's).",
        ),
        T::OtherBank => (
            "Mã được tạo với bộ câu hỏi khác (hoặc phiên bản khác).",
            "Made with another question bank (or another version of it).",
        ),
        T::WrongLength => (
            "Số câu trong mã không khớp với hội thi này.",
            "The number of answers does not fit this contest.",
        ),
        T::ImpossibleAnswer => ("Mã chứa câu trả lời không thể có.", "The code holds an impossible answer."),
        T::OverTime => ("Thời gian làm bài vượt quá quy định.", "More time than the contest allows."),
        T::MissingName => (
            "Thiếu họ tên hoặc đơn vị bên cạnh mã.",
            "The name or unit is missing beside the code.",
        ),
    };
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// Thousands grouped as each language writes them: 100.000 and 100,000.
#[must_use]
pub fn count(lang: Lang, n: usize) -> String {
    let digits = n.to_string();
    let mark = match lang {
        Lang::Vi => '.',
        Lang::En => ',',
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(mark);
        }
        out.push(c);
    }
    out
}

/// What the check found, in one sentence.
#[must_use]
pub fn verify_summary(lang: Lang, s: &crate::ui::tools::verify::Summary) -> String {
    let n = |x| count(lang, x);
    match lang {
        Lang::Vi => format!(
            "{} dòng có mã: {} mã hợp lệ được xếp hạng, {} mã trùng lặp, {} mã bị sửa hoặc không đọc được{}.",
            n(s.entries),
            n(s.ranked),
            n(s.repeated),
            n(s.broken),
            if s.set_aside > 0 {
                format!(", {} bài của người đã có bài khác được tính", n(s.set_aside))
            } else {
                String::new()
            }
        ),
        Lang::En => format!(
            "{} rows with a code: {} valid codes ranked, {} repeated, {} changed or unreadable{}.",
            n(s.entries),
            n(s.ranked),
            n(s.repeated),
            n(s.broken),
            if s.set_aside > 0 {
                format!(", {} set aside as a person's other entries", n(s.set_aside))
            } else {
                String::new()
            }
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_group_thousands_as_each_language_does() {
        assert_eq!(count(Lang::Vi, 100_000), "100.000");
        assert_eq!(count(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(count(Lang::En, 999), "999");
        assert_eq!(count(Lang::Vi, 0), "0");
    }
}
