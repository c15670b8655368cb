//! The player area's interface strings, in Vietnamese and English, kept
//! beside the area (words shared by areas stay in `i18n.rs`). Each key
//! holds both languages in one table line (`text_table!`), so a missing translation is a
//! compile error; text with numbers in it has a function of its own.

use crate::i18n::{text_table, Lang};

/// A piece of player-area text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum T {
    // contest screen
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
    // invite screen
    AllTopics,
    MixedDifficulty,
    EasyLower,
    MediumLower,
    HardLower,
    ChallengedTitle,
    TopicsLabel,
    DifficultyLabel,
    AcceptChallenge,
    // practice screen
    PractiseByTopic,
    TopicsLegend,
    Difficulty,
    Length,
    StartPractising,
    // progress screen
    ModePractice,
    ModeReview,
    ModeChallenge,
    ModeContest,
    MyProgress,
    NothingPlayedYet,
    RoundsPlayed,
    Best,
    Average,
    Box1,
    Box2,
    Box3,
    Box4,
    Box5,
    AccuracyByTopic,
    ReviewBoxesTitle,
    ReviewBoxesHint,
    RecentRounds,
    When,
    Kind,
    Score,
    Time,
    ResetProgress,
    ResetConfirm,
    Delete,
    Cancel,
    // question screen
    ContestNote,
    // results screen
    NotAnsweredTimeUp,
    CertificateKicker,
    DatePrefix,
    ResultCodeHint,
    Certificate,
    PrintCertificate,
    ChallengeLink,
    // start screen
    WaysToPlay,
    PractiseHint,
    ReviewHint,
    ContestMode,
    ContestHint,
    ProgressHint,
    HostLink,
    VerifyLink,
    // tie_break screen
    TieBreakQuestion,
    TieBreakTitle,
    TieBreakIntro,
    SubmitPrediction,
    // validation messages and choices
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
    LevelMixed,
    LevelEasy,
    LevelMedium,
    LevelHard,
}

text_table! {
    /// The text for `key` in `lang`.
    #[must_use]
    // A table, one line per key: splitting it by screen would only make a
    // key harder to find.
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
        T::AllTopics => ("tất cả chủ đề", "all topics"),
        T::MixedDifficulty => ("trộn lẫn", "mixed"),
        T::EasyLower => ("dễ", "easy"),
        T::MediumLower => ("trung bình", "medium"),
        T::HardLower => ("khó", "hard"),
        T::ChallengedTitle => ("Bạn được thách đấu!", "You have been challenged!"),
        T::TopicsLabel => ("Chủ đề: ", "Topics: "),
        T::DifficultyLabel => ("Mức độ: ", "Difficulty: "),
        T::AcceptChallenge => ("Nhận thử thách", "Take the challenge"),
        T::PractiseByTopic => ("Luyện tập theo chủ đề", "Practise by topic"),
        T::TopicsLegend => ("Chủ đề (không chọn: tất cả)", "Topics (none ticked: all)"),
        T::Difficulty => ("Mức độ", "Difficulty"),
        T::Length => ("Số câu", "Length"),
        T::StartPractising => ("Bắt đầu luyện tập", "Start practising"),
        T::ModePractice => ("Luyện tập", "Practice"),
        T::ModeReview => ("Ôn câu sai", "Review"),
        T::ModeChallenge => ("Thách đấu", "Challenge"),
        T::ModeContest => ("Hội thi", "Contest"),
        T::MyProgress => ("Kết quả của tôi", "My progress"),
        T::NothingPlayedYet => ("Bạn chưa chơi lượt nào trên thiết bị này. Kết quả sẽ hiện ở đây sau lượt đầu tiên.", "You have not played a round on this device yet. Your results will show here after the first one."),
        T::RoundsPlayed => ("Lượt đã chơi", "Rounds played"),
        T::Best => ("Cao nhất", "Best"),
        T::Average => ("Trung bình", "Average"),
        T::Box1 => ("Hộp 1 – cần ôn ngay", "Box 1 – review soon"),
        T::Box2 => ("Hộp 2", "Box 2"),
        T::Box3 => ("Hộp 3", "Box 3"),
        T::Box4 => ("Hộp 4", "Box 4"),
        T::Box5 => ("Hộp 5 – đã thuộc", "Box 5 – known"),
        T::AccuracyByTopic => ("Độ chính xác theo chủ đề", "Accuracy by topic"),
        T::ReviewBoxesTitle => ("Mức độ ghi nhớ (hộp ôn tập)", "How well you know them (review boxes)"),
        T::ReviewBoxesHint => ("Câu trả lời sai vào hộp 1 và sớm quay lại; mỗi lần trả lời đúng, câu hỏi lên một hộp và lâu hơn mới quay lại.", "A missed question goes to box 1 and comes back soon; each right answer moves it up a box and it comes back later."),
        T::RecentRounds => ("Các lượt gần đây", "Recent rounds"),
        T::When => ("Thời gian", "When"),
        T::Kind => ("Kiểu", "Kind"),
        T::Score => ("Điểm", "Score"),
        T::Time => ("Thời lượng", "Time"),
        T::ResetProgress => ("Xóa kết quả…", "Reset progress…"),
        T::ResetConfirm => ("Xóa toàn bộ kết quả và hộp ôn tập trên thiết bị này? Không thể hoàn tác. (Mã kết quả hội thi vẫn được giữ.)", "Delete all results and review boxes on this device? This cannot be undone. (Contest result codes are kept.)"),
        T::Delete => ("Xóa", "Delete"),
        T::Cancel => ("Hủy", "Cancel"),
        T::ContestNote => ("Bài thi: đáp án và điểm hiện khi kết thúc. Chọn là chuyển sang câu sau.", "Contest: answers and score are shown at the end. Choosing moves to the next question."),
        T::NotAnsweredTimeUp => ("Chưa trả lời (hết giờ)", "Not answered (time ran out)"),
        T::CertificateKicker => ("GIẤY CHỨNG NHẬN THAM GIA", "CERTIFICATE OF PARTICIPATION"),
        T::DatePrefix => ("Ngày ", "Date "),
        T::ResultCodeHint => ("Ban tổ chức dùng mã này để kiểm tra và xếp hạng kết quả mà không cần máy chủ. Mã chỉ khớp với đúng họ tên và đơn vị đã đăng ký.", "Organisers check and rank results from this code, with no server. It only matches the name and unit you registered."),
        T::Certificate => ("Giấy chứng nhận", "Certificate"),
        T::PrintCertificate => ("In hoặc lưu giấy chứng nhận (PDF)", "Print or save the certificate (PDF)"),
        T::ChallengeLink => ("Thách đấu bạn bè: gửi đường dẫn này, bạn ấy sẽ trả lời đúng các câu hỏi này theo cùng thứ tự", "Challenge a friend: send this link and they get the same questions in the same order"),
        T::WaysToPlay => ("Các cách chơi", "Ways to play"),
        T::PractiseHint => ("Chọn chủ đề, mức độ và số câu.", "Choose topics, difficulty and length."),
        T::ReviewHint => ("Câu trả lời sai sẽ quay lại để bạn ôn.", "Questions you missed come back for another try."),
        T::ContestMode => ("Hội thi tìm hiểu", "Knowledge contest"),
        T::ContestHint => ("Đăng ký, làm bài có giới hạn thời gian, nhận mã kết quả.", "Register, answer against the clock, get a result code."),
        T::ProgressHint => ("Số lượt chơi, điểm cao nhất, độ chính xác theo chủ đề.", "Rounds played, best score, accuracy by topic."),
        T::HostLink => ("Thi trực tiếp (máy chiếu)", "Host a contest (projector)"),
        T::VerifyLink => ("Kiểm tra mã kết quả", "Check result codes"),
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
        T::LevelMixed => ("Trộn lẫn", "Mixed"),
        T::LevelEasy => ("Dễ", "Easy"),
        T::LevelMedium => ("Trung bình", "Medium"),
        T::LevelHard => ("Khó", "Hard"),
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

/// The challenger's score, on the invitation.
#[must_use]
pub fn friend_score(lang: Lang, score: usize, length: usize) -> String {
    match lang {
        Lang::Vi => format!("Bạn của bạn đã trả lời đúng {score}/{length} câu. Bạn có làm tốt hơn không?"),
        Lang::En => format!("Your friend answered {score} of {length} correctly. Can you beat that?"),
    }
}

/// What a challenge asks: the same questions in the same order.
#[must_use]
pub fn same_questions(lang: Lang, length: usize) -> String {
    match lang {
        Lang::Vi => format!("{length} câu hỏi, cùng thứ tự với bạn của bạn"),
        Lang::En => format!("{length} questions, in the same order as your friend's"),
    }
}

/// A round length to choose: "10 câu" / "10 questions".
#[must_use]
pub fn length_option(lang: Lang, length: usize) -> String {
    match lang {
        Lang::Vi => format!("{length} câu"),
        Lang::En => format!("{length} questions"),
    }
}

/// The practice timer's checkbox.
#[must_use]
pub fn timer_option(lang: Lang, seconds: u64) -> String {
    match lang {
        Lang::Vi => format!("Tính giờ ({seconds} giây mỗi câu)"),
        Lang::En => format!("Timer ({seconds} seconds a question)"),
    }
}

/// How many questions the chosen practice round has, of how many that fit.
#[must_use]
pub fn practice_summary(lang: Lang, count: usize, fit: usize) -> String {
    match (lang, fit) {
        (Lang::Vi, 0) => "Không có câu hỏi nào khớp lựa chọn này. Hãy chọn thêm chủ đề hoặc mức độ khác.".to_owned(),
        (Lang::En, 0) => "No question fits this choice. Pick more topics or another difficulty.".to_owned(),
        (Lang::Vi, _) => format!("Lượt này có {count} câu (có {fit} câu phù hợp trong ngân hàng)."),
        (Lang::En, _) => format!("This round has {count} questions ({fit} in the bank fit)."),
    }
}

/// "★ 3 câu đúng liên tiếp" / "★ 3 right in a row".
#[must_use]
pub fn streak(lang: Lang, streak: usize) -> String {
    match lang {
        Lang::Vi => format!("★ {streak} câu đúng liên tiếp"),
        Lang::En => format!("★ {streak} right in a row"),
    }
}

/// Who won a challenge, from the player's score compared with the challenger's.
#[must_use]
pub fn challenge_verdict(lang: Lang, mine_against_theirs: std::cmp::Ordering) -> &'static str {
    use std::cmp::Ordering::{Equal, Greater, Less};
    let (vi, en) = match mine_against_theirs {
        Greater => ("Bạn thắng thử thách!", "You won the challenge!"),
        Equal => ("Hòa! Hai bạn bằng điểm.", "A draw: the same score."),
        Less => (
            "Bạn của bạn cao điểm hơn. Thử lại nhé!",
            "Your friend scored higher. Try again!",
        ),
    };
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// Both scores of a challenge.
#[must_use]
pub fn challenge_scores(lang: Lang, theirs: usize, mine: usize, total: usize) -> String {
    match lang {
        Lang::Vi => format!("Người thách đấu: {theirs}/{total} câu đúng. Bạn: {mine}/{total}."),
        Lang::En => format!("Challenger: {theirs} of {total} correct. You: {mine} of {total}."),
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

/// How many questions the bank holds, on the start screen. In English,
/// `english`: whether their English is there (else, Vietnamese only).
#[must_use]
pub fn bank_size(lang: Lang, count: usize, english: bool) -> String {
    match lang {
        Lang::Vi => format!("Ngân hàng hiện có {count} câu hỏi song ngữ Việt – Anh."),
        Lang::En if english => format!("The bank holds {count} questions in Vietnamese and English."),
        Lang::En => format!("The bank holds {count} questions, in Vietnamese."),
    }
}

/// The review mode's button, with how many questions are due.
#[must_use]
pub fn review_label(lang: Lang, due: usize) -> String {
    match (lang, due) {
        (Lang::Vi, 0) => "Ôn lại câu sai (chưa có câu nào)".to_owned(),
        (Lang::Vi, n) => format!("Ôn lại câu sai ({n} câu)"),
        (Lang::En, 0) => "Review mistakes (none yet)".to_owned(),
        (Lang::En, n) => format!("Review mistakes ({n})"),
    }
}
