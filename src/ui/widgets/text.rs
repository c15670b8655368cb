//! The shared widgets' interface strings, in Vietnamese and English, in the
//! shape of `ui/player/text.rs`: one key per piece of text, both languages in
//! one table line (`text_table!`), so a missing translation is a compile error.

use crate::i18n::{text_table, Lang};

/// A piece of widget text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum T {
    // copy_box
    Copy,
    Copied,
    CopyFailed,
    // countdown
    TimeLeft,
    // choice_button, after answering
    YourChoiceRight,
    CorrectAnswer,
    YourChoiceWrong,
    // certificate_png
    CertificateFileStem,
    SaveCertificate,
    ShareCertificate,
    CertificateImageFailed,
    // result_send
    ResultQrLabel,
    ResultQrCaption,
    SubmitResult,
    SubmitByEmail,
    Share,
    MyResultCodeIn,
    SubmitHint,
    YourResultCode,
}

text_table! {
    /// The text for `key` in `lang`.
    #[must_use]
    pub fn t(T) {
        T::Copy => ("Sao chép", "Copy"),
        T::Copied => ("Đã sao chép.", "Copied."),
        T::CopyFailed => (
            "Trình duyệt không cho sao chép tự động: hãy nhấn giữ vào ô trên và chọn Sao chép.",
            "This browser cannot copy automatically: press and hold the box above and choose Copy.",
        ),
        T::TimeLeft => ("Thời gian còn lại", "Time left"),
        T::YourChoiceRight => ("Bạn chọn – đúng", "Your choice – right"),
        T::CorrectAnswer => ("Đáp án đúng", "Correct answer"),
        T::YourChoiceWrong => ("Bạn chọn – sai", "Your choice – wrong"),
        T::CertificateFileStem => ("giay-chung-nhan", "certificate"),
        T::SaveCertificate => ("Lưu giấy chứng nhận (ảnh PNG)", "Save the certificate (PNG image)"),
        T::ShareCertificate => ("Chia sẻ giấy chứng nhận", "Share the certificate"),
        T::CertificateImageFailed => (
            "Trình duyệt này không tạo được ảnh: hãy dùng nút In.",
            "This browser could not make the image: use Print instead.",
        ),
        T::ResultQrLabel => ("Mã QR của mã kết quả", "QR code of the result code"),
        T::ResultQrCaption => (
            "Mã QR để bàn hỗ trợ quét mã kết quả tại điểm thi.",
            "A QR code of the result code for a help desk to scan.",
        ),
        T::SubmitResult => ("Nộp kết quả", "Submit your result"),
        T::SubmitByEmail => ("Nộp qua thư điện tử", "Submit by e-mail"),
        T::Share => ("Chia sẻ", "Share"),
        T::MyResultCodeIn => ("Mã kết quả của tôi ở", "My result code in"),
        T::SubmitHint => (
            "Nút \"Nộp kết quả\" mở mẫu đăng ký của ban tổ chức, đã điền sẵn mã, họ tên, năm sinh, đơn vị và số điện thoại: bạn chỉ cần bấm Gửi.",
            "\"Submit your result\" opens the organisers' form with your code, name, year of birth, unit and phone filled in: just press Send.",
        ),
        T::YourResultCode => (
            "Mã kết quả của bạn (gửi cho ban tổ chức cùng họ tên và đơn vị)",
            "Your result code (send it to the organisers with your name and unit)",
        ),
    }
}

/// The countdown's visible text: "Còn 4:05" / "4:05 left".
#[must_use]
pub fn time_left(lang: Lang, clock_face: &str) -> String {
    match lang {
        Lang::Vi => format!("Còn {clock_face}"),
        Lang::En => format!("{clock_face} left"),
    }
}
