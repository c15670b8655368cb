//! The player area's interface strings, in Vietnamese and English, kept
//! beside the area (words shared by areas stay in `i18n.rs`). Each key
//! holds both languages in one table line (`text_table!`), so a missing translation is a
//! compile error; text with numbers in it has a function of its own.

use crate::i18n::{text_table, Lang};

/// A piece of player-area text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum T {
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
    // results screen
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
    // validation messages and choices
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
        T::ChallengeLink => ("Thách đấu bạn bè: gửi đường dẫn này, bạn ấy sẽ trả lời đúng các câu hỏi này theo cùng thứ tự", "Challenge a friend: send this link and they get the same questions in the same order"),
        T::WaysToPlay => ("Các cách chơi", "Ways to play"),
        T::PractiseHint => ("Chọn chủ đề, mức độ và số câu.", "Choose topics, difficulty and length."),
        T::ReviewHint => ("Câu trả lời sai sẽ quay lại để bạn ôn.", "Questions you missed come back for another try."),
        T::ContestMode => ("Hội thi tìm hiểu", "Knowledge contest"),
        T::ContestHint => ("Đăng ký, làm bài có giới hạn thời gian, nhận mã kết quả.", "Register, answer against the clock, get a result code."),
        T::ProgressHint => ("Số lượt chơi, điểm cao nhất, độ chính xác theo chủ đề.", "Rounds played, best score, accuracy by topic."),
        T::HostLink => ("Thi trực tiếp (máy chiếu)", "Host a contest (projector)"),
        T::VerifyLink => ("Kiểm tra mã kết quả", "Check result codes"),
        T::LevelMixed => ("Trộn lẫn", "Mixed"),
        T::LevelEasy => ("Dễ", "Easy"),
        T::LevelMedium => ("Trung bình", "Medium"),
        T::LevelHard => ("Khó", "Hard"),
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
