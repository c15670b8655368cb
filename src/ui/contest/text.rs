//! The contest page's interface strings, in Vietnamese and English
//! (`text_table!`: a missing translation is a compile error); text with
//! numbers in it has a function of its own. Words shared with the other
//! pages stay in `i18n.rs`.

use crate::i18n::{text_table, Lang};

/// A piece of contest-page text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum T {
    ContestLoading,
    NoContest,
    ContestBroken,
    RuleAnswersAtEnd,
    RuleTieBreak,
    RuleOneAttempt,
    NextRoundOpensOn,
    ContestOver,
    ContestUnderWay,
    ContinueContest,
    AlreadyPlayed,
    ResultCode,
    ChooseUnit,
    RegisterTitle,
    FullName,
    Born,
    Unit,
    Phone,
    PhoneHint,
    StartContest,
    ContestNote,
    CertificateKicker,
    DatePrefix,
    ResultCodeHint,
    Certificate,
    PrintCertificate,
    TieBreakQuestion,
    TieBreakTitle,
    TieBreakIntro,
    SubmitPrediction,
    NameMissing,
    NameTooLong,
    NameHasDigits,
    BornMissing,
    BornWrong,
    UnitMissing,
    UnitTooLong,
    PhoneWrong,
    PredictionMissing,
    PredictionTooLarge,
    PredictionNotDigits,
}

text_table! {
    /// The text for `key` in `lang`.
    #[must_use]
    pub fn t(T) {
        T::ContestLoading => ("Đang tải thông tin hội thi…", "Loading the contest…"),
        T::NoContest => ("Trang này hiện không tổ chức hội thi.", "This site runs no contest at the moment."),
        T::ContestBroken => ("Tệp cấu hình hội thi (static/contest.json) có lỗi. Ban tổ chức cần sửa:", "The contest settings (static/contest.json) have problems. The organisers need to fix:"),
        T::RuleAnswersAtEnd => ("Không hiện đáp án trong lúc làm bài; kết quả và đáp án hiện khi kết thúc.", "No answers are shown during the round; score and answers come at the end."),
        T::RuleTieBreak => ("Cuối bài có một câu dự đoán để xếp hạng khi bằng điểm.", "A final prediction question breaks ties."),
        T::RuleOneAttempt => ("Mỗi vòng thi chỉ tính một lượt trên mỗi thiết bị.", "One counted attempt per round on each device."),
        T::NextRoundOpensOn => ("Vòng thi tiếp theo mở ngày ", "The next round opens on "),
        T::ContestOver => ("Hội thi đã kết thúc. Cảm ơn bạn đã quan tâm!", "The contest is over. Thank you for your interest!"),
        T::ContestUnderWay => ("Bạn đang làm dở bài thi. Thời gian vẫn tiếp tục tính.", "You have a contest round under way. The clock is still running."),
        T::ContinueContest => ("Tiếp tục bài thi", "Continue the contest round"),
        T::AlreadyPlayed => ("Bạn đã thi vòng này trên thiết bị này.", "You have played this round on this device."),
        T::ResultCode => ("Mã kết quả", "Result code"),
        T::ChooseUnit => ("— Chọn đơn vị —", "— Choose your unit —"),
        T::RegisterTitle => ("Đăng ký dự thi", "Register to play"),
        T::FullName => ("Họ và tên", "Full name"),
        T::Born => ("Năm sinh hoặc ngày sinh", "Year or date of birth"),
        T::Unit => ("Đơn vị (xã/phường, hợp tác xã, trường…)", "Unit (commune/ward, cooperative, school…)"),
        T::Phone => ("Số điện thoại (không bắt buộc)", "Phone number (optional)"),
        T::PhoneHint => ("Chỉ để ban tổ chức liên hệ khi trao giải; không nằm trong mã kết quả.", "Only for the organisers to reach prize winners; it is not in the result code."),
        T::StartContest => ("Bắt đầu làm bài", "Start the contest round"),
        T::ContestNote => ("Bài thi: đáp án và điểm hiện khi kết thúc. Chọn là chuyển sang câu sau.", "Contest: answers and score are shown at the end. Choosing moves to the next question."),
        T::CertificateKicker => ("GIẤY CHỨNG NHẬN THAM GIA", "CERTIFICATE OF PARTICIPATION"),
        T::DatePrefix => ("Ngày ", "Date "),
        T::ResultCodeHint => ("Ban tổ chức dùng mã này để kiểm tra và xếp hạng kết quả mà không cần máy chủ. Mã chỉ khớp với đúng họ tên và đơn vị đã đăng ký.", "Organisers check and rank results from this code, with no server. It only matches the name and unit you registered."),
        T::Certificate => ("Giấy chứng nhận", "Certificate"),
        T::PrintCertificate => ("In hoặc lưu giấy chứng nhận (PDF)", "Print or save the certificate (PDF)"),
        T::TieBreakQuestion => ("Theo bạn, sẽ có bao nhiêu người trả lời đúng tất cả các câu hỏi?", "How many players do you think will answer every question correctly?"),
        T::TieBreakTitle => ("Câu hỏi phụ (dự đoán)", "Tie-break question"),
        T::TieBreakIntro => ("Bài thi đã kết thúc. Câu dự đoán này dùng để xếp hạng khi nhiều người bằng điểm.", "The contest round is over. This prediction ranks players who have the same score."),
        T::SubmitPrediction => ("Gửi và xem kết quả", "Submit and see the result"),
        T::NameMissing => ("Hãy nhập họ và tên.", "Please enter your full name."),
        T::NameTooLong => ("Họ và tên quá dài (tối đa 80 ký tự).", "The name is too long (80 characters at most)."),
        T::NameHasDigits => ("Họ và tên không chứa chữ số.", "A name has no digits."),
        T::BornMissing => ("Hãy nhập năm sinh (ví dụ 1985) hoặc ngày sinh (ví dụ 15/08/1985).", "Please enter your year of birth (e.g. 1985) or date of birth (e.g. 15/08/1985)."),
        T::BornWrong => ("Năm sinh chưa đúng: ghi 4 chữ số, ví dụ 1985, hoặc ngày/tháng/năm.", "The year of birth is not right: write 4 digits, e.g. 1985, or day/month/year."),
        T::UnitMissing => ("Hãy nhập hoặc chọn đơn vị (xã, phường, hợp tác xã, trường…).", "Please enter or choose your unit (commune, ward, cooperative, school…)."),
        T::UnitTooLong => ("Tên đơn vị quá dài (tối đa 100 ký tự).", "The unit name is too long (100 characters at most)."),
        T::PhoneWrong => ("Số điện thoại chưa đúng (10 chữ số, ví dụ 0912345678), hoặc để trống.", "The phone number is not right (10 digits, e.g. 0912345678), or leave it empty."),
        T::PredictionMissing => ("Hãy nhập một số.", "Please enter a number."),
        T::PredictionTooLarge => ("Số quá lớn (tối đa 1.048.575).", "The number is too large (at most 1,048,575)."),
        T::PredictionNotDigits => ("Chỉ nhập chữ số, không nhập chữ.", "Digits only, please."),
    }
}

/// The contest's first rule: how many questions, in how long.
#[must_use]
pub fn rule_questions(lang: Lang, questions: usize, duration: &str) -> String {
    match lang {
        Lang::Vi => format!("{questions} câu hỏi trắc nghiệm, làm trong {duration}; hết giờ bài tự nộp, câu chưa trả lời tính là sai."),
        Lang::En => format!("{questions} multiple-choice questions in {duration}; when time is up the round ends and unanswered questions count as wrong."),
    }
}

/// "Vòng 2 đang mở, đến hết ngày …" / "Round 2 is open until the end of …".
#[must_use]
pub fn round_open_until(lang: Lang, number: u8, closes: &str) -> String {
    match lang {
        Lang::Vi => format!("Vòng {number} đang mở, đến hết ngày {closes}."),
        Lang::En => format!("Round {number} is open until the end of {closes}."),
    }
}

/// "Vòng 2 đang mở." / "Round 2 is open.", for a round with no closing day.
#[must_use]
pub fn round_open(lang: Lang, number: u8) -> String {
    match lang {
        Lang::Vi => format!("Vòng {number} đang mở."),
        Lang::En => format!("Round {number} is open."),
    }
}

/// " · Vòng 2" / " · Round 2", after the date on a certificate.
#[must_use]
pub fn round_suffix(lang: Lang, round_no: u8) -> String {
    match lang {
        Lang::Vi => format!(" · Vòng {round_no}"),
        Lang::En => format!(" · Round {round_no}"),
    }
}
