//! The organiser area's interface text (and the branding notice the root
//! shows), Vietnamese and English; a missing translation does not compile.

use crate::quiz::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrgText {
    Heading,
    Intro,
    Step1,
    Step1Body,
    Template,
    SaveAsCsv,
    Step2,
    ModeLegend,
    ModeReplace,
    ModeMerge,
    ChooseFile,
    ChooseButton,
    NoFileChosen,
    WarningsIntro,
    Reading,
    CannotRead,
    ProblemsIntro,
    Ready,
    Download,
    AfterDownload,
    Step3,
    PreviewNote,
    Branding,
    BrandingFine,
    BrandingProblems,
    BankUnavailable,
    EnglishUnavailable,
    Home,
}

#[allow(clippy::too_many_lines)] // one arm per string and language, nothing to factor out
#[must_use]
pub fn org_text(lang: Lang, key: OrgText) -> &'static str {
    match lang {
        Lang::Vi => match key {
            OrgText::Heading => "Công cụ cho ban tổ chức",
            OrgText::Intro => "Soạn câu hỏi của đơn vị mình trong Excel hoặc Google Sheets, kiểm tra tại đây, rồi tải về tệp questions.json để đăng lên trang web. Mọi việc diễn ra ngay trên máy này; tệp không được gửi đi đâu.",
            OrgText::Step1 => "1. Chuẩn bị bảng tính",
            OrgText::Step1Body => "Mỗi dòng là một câu hỏi, dòng đầu là tên cột. Tệp mẫu có đủ các cột và ba câu hỏi ví dụ; cách ghi từng cột ở ngay dưới đây.",
            OrgText::Template => "Tải tệp mẫu (CSV)",
            OrgText::SaveAsCsv => "Trang này đọc tệp Excel (.xlsx, trang tính đầu tiên) hoặc CSV. Từ Google Sheets: Tệp → Tải xuống → Microsoft Excel (.xlsx) hoặc CSV. Nếu Excel dồn cả dòng vào một cột khi mở tệp mẫu, hãy mở tệp bằng Dữ liệu → Từ văn bản/CSV và chọn dấu phẩy làm dấu phân cách.",
            OrgText::Step2 => "2. Chọn tệp bảng tính",
            OrgText::ModeLegend => "Câu hỏi trong tệp sẽ",
            OrgText::ModeReplace => "Thay thế bộ câu hỏi hiện có (cần ít nhất 10 câu)",
            OrgText::ModeMerge => "Bổ sung vào bộ câu hỏi hiện có",
            OrgText::ChooseFile => "Tệp bảng tính (.xlsx hoặc CSV)",
            OrgText::ChooseButton => "Chọn tệp .xlsx hoặc CSV…",
            OrgText::NoFileChosen => "Chưa chọn tệp nào",
            OrgText::WarningsIntro => "Nên xem lại trước khi đăng (tệp vẫn tải về được): khi chơi, các phương án bị xáo trộn, nên chữ cái A, B, C không còn đúng chỗ.",
            OrgText::Reading => "Đang đọc tệp…",
            OrgText::CannotRead => "Không đọc được tệp này",
            OrgText::ProblemsIntro => "Tệp cần sửa trước khi dùng. Sửa các lỗi sau trong bảng tính (số dòng như trong bảng tính, dòng tiêu đề là dòng 1), lưu lại rồi chọn lại tệp:",
            OrgText::Ready => "Tệp hợp lệ.",
            OrgText::Download => "Tải về questions.json",
            OrgText::AfterDownload => "Chép tệp vừa tải về đè lên static/questions.json trên máy chủ (giữ nguyên tên tệp). Người chơi sẽ thấy câu hỏi mới ở lần mở trang tiếp theo.",
            OrgText::Step3 => "3. Xem trước",
            OrgText::PreviewNote => "Câu hỏi hiện ra như người chơi thấy, kèm đáp án đúng. Khi chơi, thứ tự các phương án được xáo trộn.",
            OrgText::Branding => "Giao diện của đơn vị (branding.json)",
            OrgText::BrandingFine => "Tệp static/branding.json hợp lệ.",
            OrgText::BrandingProblems => "Tệp static/branding.json có lỗi, nên trang đang dùng giao diện mặc định:",
            OrgText::BankUnavailable => "Không tải được bộ câu hỏi có sẵn, nên chưa nhập được tệp",
            OrgText::EnglishUnavailable => "Không ghép được bản tiếng Anh (static/questions.en.json) vào bộ câu hỏi có sẵn; các câu hỏi có sẵn trong tệp tải về sẽ chỉ có tiếng Việt",
            OrgText::Home => "← Về trang đầu",
        },
        Lang::En => match key {
            OrgText::Heading => "Tools for organisers",
            OrgText::Intro => "Write your own questions in Excel or Google Sheets, check them here, then download the questions.json file to publish on your site. Everything happens on this device; the file is not sent anywhere.",
            OrgText::Step1 => "1. Prepare the spreadsheet",
            OrgText::Step1Body => "One question per row; the first row names the columns. The template has every column and three example questions; each column is explained just below.",
            OrgText::Template => "Download the template (CSV)",
            OrgText::SaveAsCsv => "This page reads Excel workbooks (.xlsx, the first sheet) and CSV files. From Google Sheets: File → Download → Microsoft Excel (.xlsx) or CSV. If Excel puts each whole row in one column when opening the template, open it with Data → From Text/CSV and choose comma as the delimiter.",
            OrgText::Step2 => "2. Choose the spreadsheet file",
            OrgText::ModeLegend => "The file's questions will",
            OrgText::ModeReplace => "Replace the current bank (at least 10 questions)",
            OrgText::ModeMerge => "Be added to the current bank",
            OrgText::ChooseFile => "Spreadsheet file (.xlsx or CSV)",
            OrgText::ChooseButton => "Choose an .xlsx or CSV file…",
            OrgText::NoFileChosen => "No file chosen",
            OrgText::WarningsIntro => "Worth a look before publishing (the file can still be downloaded): options are shuffled in play, so letters A, B, C no longer point where they did.",
            OrgText::Reading => "Reading the file…",
            OrgText::CannotRead => "This file cannot be read",
            OrgText::ProblemsIntro => "The file needs fixing first. Fix these in the spreadsheet (rows numbered as the spreadsheet shows them, the header is row 1), save it and choose it again:",
            OrgText::Ready => "The file is valid.",
            OrgText::Download => "Download questions.json",
            OrgText::AfterDownload => "Copy the downloaded file over static/questions.json on the server (keep the name). Players see the new questions the next time they open the page.",
            OrgText::Step3 => "3. Preview",
            OrgText::PreviewNote => "The questions as players see them, with the right answer shown. In play, the options are shuffled.",
            OrgText::Branding => "Your branding (branding.json)",
            OrgText::BrandingFine => "static/branding.json is valid.",
            OrgText::BrandingProblems => "static/branding.json has problems, so the site uses its default look:",
            OrgText::BankUnavailable => "The current bank could not be loaded, so nothing can be imported yet",
            OrgText::EnglishUnavailable => "The current bank's English (static/questions.en.json) could not be added; its questions will be in Vietnamese only in the file you download",
            OrgText::Home => "← Back to the start",
        },
    }
}

/// "12 câu hỏi từ tệp; bộ câu hỏi có 264 câu." / "12 questions from the file; the bank has 264."
#[must_use]
pub fn imported_count(lang: Lang, added: usize, total: usize) -> String {
    match lang {
        Lang::Vi => format!("{added} câu hỏi từ tệp; bộ câu hỏi tải về có {total} câu."),
        Lang::En => format!("{added} questions from the file; the bank to download has {total}."),
    }
}

/// "… và 12 câu nữa" / "… and 12 more".
#[must_use]
pub fn more_not_shown(lang: Lang, more: usize) -> String {
    match lang {
        Lang::Vi => format!("… và {more} câu nữa (không hiện ở đây)."),
        Lang::En => format!("… and {more} more (not shown here)."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_naturally() {
        assert_eq!(
            imported_count(Lang::Vi, 12, 264),
            "12 câu hỏi từ tệp; bộ câu hỏi tải về có 264 câu."
        );
        assert_eq!(more_not_shown(Lang::En, 3), "… and 3 more (not shown here).");
    }
}
