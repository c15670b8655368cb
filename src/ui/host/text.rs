//! The host area's interface strings, in Vietnamese and English, kept
//! beside the area (not in `i18n.rs`) so areas built at the same time do not
//! collide. Each key holds both languages in one match arm, so a missing
//! translation is a compile error.

use crate::i18n::Lang;
use crate::quiz::host::SetupProblem;

/// A piece of host-area text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum T {
    Title,
    Intro,
    Teams,
    Colour,
    AddTeam,
    RemoveTeam,
    QuestionCount,
    Topics,
    Difficulty,
    AnyDifficulty,
    Easy,
    Medium,
    Hard,
    TimePerQuestion,
    Rules,
    NoTimeLimit,
    Points,
    SpeedBonus,
    SpeedBonusHint,
    PassOnWrong,
    PassOnWrongHint,
    StartContest,
    BackHome,
    ProblemsTitle,
    ResumeTitle,
    Resume,
    Abandon,
    NotRestored,
    NotSaved,
    Seconds,
    NotStarted,
    Paused,
    TimeUp,
    RightAnswer,
    Explanation,
    StartTimer,
    PauseTimer,
    ResumeTimer,
    Reveal,
    Undo,
    ShowScores,
    NextQuestion,
    FinalResults,
    End,
    Fullscreen,
    Mute,
    Unmute,
    Shortcuts,
    ShortcutsHint,
    Close,
    Controls,
    Right,
    Wrong,
    EndTitle,
    EndBody,
    EndNow,
    GoBack,
    NewContest,
    Ranking,
    SpaceKey,
    KeyToggleTimer,
    KeyReveal,
    KeyAward,
    KeyWrong,
    KeyUndo,
    KeyNext,
    KeyEnd,
    KeyFullscreen,
    KeyMute,
    KeyHelp,
    KeyClose,
}

/// The text for `key` in `lang`.
#[must_use]
pub fn t(lang: Lang, key: T) -> &'static str {
    let (vi, en) = match key {
        T::Title => ("Thi trực tiếp trên máy chiếu", "Host a contest on a projector"),
        T::Intro => (
            "Một máy, một máy chiếu, không cần mạng. Các đội lần lượt trả lời, người dẫn chương trình chấm điểm.",
            "One device and a projector, no network needed. Teams answer in turn and the host awards the points.",
        ),
        T::Teams => ("Các đội (từ 2 đến 8)", "Teams (2 to 8)"),
        T::Colour => ("Màu", "Colour"),
        T::AddTeam => ("Thêm đội", "Add a team"),
        T::RemoveTeam => ("Bỏ đội này", "Remove this team"),
        T::QuestionCount => ("Số câu hỏi (1–50)", "Number of questions (1–50)"),
        T::Topics => ("Chủ đề", "Topics"),
        T::Difficulty => ("Mức độ", "Difficulty"),
        T::AnyDifficulty => ("Mọi mức độ", "Any difficulty"),
        T::Easy => ("Dễ", "Easy"),
        T::Medium => ("Trung bình", "Medium"),
        T::Hard => ("Khó", "Hard"),
        T::TimePerQuestion => ("Thời gian mỗi câu", "Time per question"),
        T::Rules => ("Cách tính điểm và thời gian", "Time and scoring"),
        T::NoTimeLimit => ("Không giới hạn thời gian", "No time limit"),
        T::Points => ("Điểm cho mỗi câu trả lời đúng (1–100)", "Points per correct answer (1–100)"),
        T::SpeedBonus => ("Thưởng trả lời nhanh", "Speed bonus"),
        T::SpeedBonusHint => (
            "Trả lời đúng càng sớm, điểm cộng thêm càng nhiều: tối đa gấp đôi, tính theo thời gian còn lại.",
            "The sooner a right answer, the more extra points: up to double, in proportion to the time left.",
        ),
        T::PassOnWrong => ("Đội trả lời sai thì nhường quyền cho các đội khác", "A wrong answer passes the question to the other teams"),
        T::PassOnWrongHint => (
            "Nếu bỏ chọn, câu hỏi khép lại ngay khi có một đội trả lời sai.",
            "If unticked, a wrong answer closes the question.",
        ),
        T::StartContest => ("Bắt đầu cuộc thi", "Start the contest"),
        T::BackHome => ("Về trang đầu", "Back to the start page"),
        T::ProblemsTitle => ("Cần sửa trước khi bắt đầu:", "Please fix before starting:"),
        T::ResumeTitle => ("Có một cuộc thi đang dở", "A contest is in progress"),
        T::Resume => ("Tiếp tục cuộc thi", "Resume the contest"),
        T::Abandon => ("Bỏ cuộc thi này", "Abandon this contest"),
        T::NotRestored => (
            "Không khôi phục được cuộc thi đã lưu (ngân hàng câu hỏi đã thay đổi hoặc dữ liệu bị hỏng) nên đã xoá.",
            "The saved contest could not be restored (the question bank changed or the data was damaged), so it was removed.",
        ),
        T::NotSaved => (
            "Trình duyệt không lưu được cuộc thi: nếu tải lại trang, cuộc thi sẽ mất.",
            "The browser could not save the contest: reloading the page would lose it.",
        ),
        T::Seconds => ("giây", "seconds"),
        T::NotStarted => ("Chưa tính giờ", "Timer not started"),
        T::Paused => ("Tạm dừng", "Paused"),
        T::TimeUp => ("Hết giờ!", "Time's up!"),
        T::RightAnswer => ("Đáp án đúng", "Right answer"),
        T::Explanation => ("Giải thích", "Explanation"),
        T::StartTimer => ("Bắt đầu tính giờ", "Start timer"),
        T::PauseTimer => ("Tạm dừng", "Pause"),
        T::ResumeTimer => ("Tính giờ tiếp", "Resume timer"),
        T::Reveal => ("Hiện đáp án", "Reveal answer"),
        T::Undo => ("Hoàn tác lần chấm gần nhất", "Undo last award"),
        T::ShowScores => ("Xem bảng điểm", "Show scores"),
        T::NextQuestion => ("Câu tiếp theo", "Next question"),
        T::FinalResults => ("Kết quả chung cuộc", "Final results"),
        T::End => ("Kết thúc cuộc thi", "End contest"),
        T::Fullscreen => ("Toàn màn hình", "Full screen"),
        T::Mute => ("Tắt âm thanh", "Mute"),
        T::Unmute => ("Bật âm thanh", "Sound on"),
        T::Shortcuts => ("Phím tắt", "Shortcuts"),
        T::ShortcutsHint => ("Nhấn ? để xem phím tắt", "Press ? for keyboard shortcuts"),
        T::Close => ("Đóng", "Close"),
        T::Controls => ("Điều khiển", "Host controls"),
        T::Right => ("Đúng", "Right"),
        T::Wrong => ("Sai", "Wrong"),
        T::EndTitle => ("Kết thúc cuộc thi ngay?", "End the contest now?"),
        T::EndBody => (
            "Kết quả chung cuộc sẽ tính theo điểm hiện có.",
            "The final ranking will use the scores so far.",
        ),
        T::EndNow => ("Kết thúc", "End now"),
        T::GoBack => ("Quay lại", "Go back"),
        T::NewContest => ("Tổ chức cuộc thi mới", "Start a new contest"),
        T::Ranking => ("Bảng xếp hạng", "Ranking"),
        T::SpaceKey => ("Phím cách", "Space"),
        T::KeyToggleTimer => ("Bắt đầu, tạm dừng hoặc tiếp tục tính giờ", "Start, pause or resume the timer"),
        T::KeyReveal => ("Hiện đáp án", "Reveal the answer"),
        T::KeyAward => ("Đội số đó trả lời đúng (cộng điểm)", "That team answered right (award points)"),
        T::KeyWrong => ("Đội số đó trả lời sai", "That team answered wrong"),
        T::KeyUndo => ("Hoàn tác lần chấm điểm gần nhất", "Undo the last award"),
        T::KeyNext => ("Tiếp: bảng điểm, rồi câu sau", "Next: the scores, then the next question"),
        T::KeyEnd => ("Kết thúc cuộc thi", "End the contest"),
        T::KeyFullscreen => ("Bật hoặc tắt toàn màn hình", "Full screen on or off"),
        T::KeyMute => ("Tắt hoặc bật âm thanh", "Sound off or on"),
        T::KeyHelp => ("Hiện hoặc ẩn bảng phím tắt", "Show or hide the shortcuts"),
        T::KeyClose => ("Đóng bảng đang mở", "Close what is open"),
    };
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// "Đội 2" / "Team 2": a team by its number, from position 0.
#[must_use]
pub fn team_number(lang: Lang, team: usize) -> String {
    match lang {
        Lang::Vi => format!("Đội {}", team + 1),
        Lang::En => format!("Team {}", team + 1),
    }
}

/// "Câu 2/10" / "Question 2 of 10", from position 0.
#[must_use]
pub fn question_of(lang: Lang, index: usize, total: usize) -> String {
    match lang {
        Lang::Vi => format!("Câu {}/{}", index + 1, total),
        Lang::En => format!("Question {} of {}", index + 1, total),
    }
}

/// "12 điểm" / "12 points" (or "1 point").
#[must_use]
pub fn points(lang: Lang, points: u32) -> String {
    match (lang, points) {
        (Lang::Vi, p) => format!("{p} điểm"),
        (Lang::En, 1) => "1 point".to_owned(),
        (Lang::En, p) => format!("{p} points"),
    }
}

/// "30 giây" / "30 seconds".
#[must_use]
pub fn seconds(lang: Lang, seconds: u32) -> String {
    format!("{seconds} {}", t(lang, T::Seconds))
}

/// "Hạng 1" / "1st place", and whether it is shared.
#[must_use]
pub fn place(lang: Lang, place: usize, shared: bool) -> String {
    match (lang, shared) {
        (Lang::Vi, false) => format!("Hạng {place}"),
        (Lang::Vi, true) => format!("Đồng hạng {place}"),
        (Lang::En, false) => format!("Place {place}"),
        (Lang::En, true) => format!("Joint place {place}"),
    }
}

/// "Bảng điểm sau câu 2/10" / "Scores after question 2 of 10".
#[must_use]
pub fn scores_after(lang: Lang, index: usize, total: usize) -> String {
    match lang {
        Lang::Vi => format!("Bảng điểm sau câu {}/{}", index + 1, total),
        Lang::En => format!("Scores after question {} of {}", index + 1, total),
    }
}

/// How many of the bank's questions fit the set-up, and whether the
/// contest will be shorter than asked because of it.
#[must_use]
pub fn matching(lang: Lang, count: usize, asked: usize) -> String {
    let short = asked > count && count > 0;
    match (lang, short) {
        (Lang::Vi, false) => format!("Có {count} câu hỏi phù hợp với chủ đề và mức độ đã chọn."),
        (Lang::Vi, true) => {
            format!("Chỉ có {count} câu hỏi phù hợp với chủ đề và mức độ đã chọn, nên cuộc thi sẽ có {count} câu.")
        }
        (Lang::En, false) => format!("{count} questions match the chosen topics and difficulty."),
        (Lang::En, true) => {
            format!("Only {count} questions match the chosen topics and difficulty, so the contest will have {count}.")
        }
    }
}

/// "+8 thưởng nhanh" / "+8 speed bonus".
#[must_use]
pub fn bonus(lang: Lang, bonus: u32) -> String {
    match lang {
        Lang::Vi => format!("+{bonus} thưởng nhanh"),
        Lang::En => format!("+{bonus} speed bonus"),
    }
}

/// The saved contest's progress: "3 đội, đang ở câu 2/10".
#[must_use]
pub fn resume_summary(lang: Lang, teams: usize, progress: &str) -> String {
    match lang {
        Lang::Vi => format!("{teams} đội, {progress}."),
        Lang::En => format!("{teams} teams, {progress}."),
    }
}

/// The winners' line on the final screen.
#[must_use]
pub fn winners(lang: Lang, names: &[String]) -> String {
    match (lang, names.len()) {
        (Lang::Vi, 1) => format!("Đội thắng cuộc: {}", names[0]),
        (Lang::Vi, _) => format!("Đồng giải nhất: {}", names.join(", ")),
        (Lang::En, 1) => format!("Winner: {}", names[0]),
        (Lang::En, _) => format!("Joint winners: {}", names.join(", ")),
    }
}

/// What a team's right/wrong button is for, heard after its visible word:
/// "✓ Đúng – Đội 2 (Sao Mai)".
#[must_use]
pub fn for_team(lang: Lang, team: usize, name: &str) -> String {
    format!("– {} ({name})", team_number(lang, team))
}

/// The palette's colour names, by index (see `styles/host.css`).
#[must_use]
pub fn colour_name(lang: Lang, colour: u8) -> &'static str {
    let (vi, en) = match colour {
        0 => ("Đỏ", "Red"),
        1 => ("Xanh dương", "Blue"),
        2 => ("Xanh lá", "Green"),
        3 => ("Cam", "Orange"),
        4 => ("Tím", "Purple"),
        5 => ("Xanh ngọc", "Teal"),
        6 => ("Nâu", "Brown"),
        _ => ("Hồng", "Pink"),
    };
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// A set-up problem as a sentence for the host.
#[must_use]
pub fn problem(lang: Lang, problem: SetupProblem) -> String {
    let n = |team: usize| team + 1;
    match (lang, problem) {
        (Lang::Vi, SetupProblem::TooFewTeams) => "Cần ít nhất 2 đội.".to_owned(),
        (Lang::En, SetupProblem::TooFewTeams) => "At least 2 teams are needed.".to_owned(),
        (Lang::Vi, SetupProblem::TooManyTeams) => "Tối đa 8 đội.".to_owned(),
        (Lang::En, SetupProblem::TooManyTeams) => "At most 8 teams.".to_owned(),
        (Lang::Vi, SetupProblem::BlankName(i)) => format!("Đội {} chưa có tên.", n(i)),
        (Lang::En, SetupProblem::BlankName(i)) => format!("Team {} has no name.", n(i)),
        (Lang::Vi, SetupProblem::LongName(i)) => format!("Tên đội {} dài quá 40 ký tự.", n(i)),
        (Lang::En, SetupProblem::LongName(i)) => format!("Team {}'s name is longer than 40 characters.", n(i)),
        (Lang::Vi, SetupProblem::SameName(a, b)) => format!("Đội {} và đội {} trùng tên.", n(a), n(b)),
        (Lang::En, SetupProblem::SameName(a, b)) => format!("Teams {} and {} have the same name.", n(a), n(b)),
        (Lang::Vi, SetupProblem::QuestionCount) => "Số câu hỏi phải từ 1 đến 50.".to_owned(),
        (Lang::En, SetupProblem::QuestionCount) => "The number of questions must be from 1 to 50.".to_owned(),
        (Lang::Vi, SetupProblem::Seconds) => "Thời gian mỗi câu phải từ 5 đến 600 giây.".to_owned(),
        (Lang::En, SetupProblem::Seconds) => "The time per question must be from 5 to 600 seconds.".to_owned(),
        (Lang::Vi, SetupProblem::Points) => "Điểm mỗi câu đúng phải từ 1 đến 100.".to_owned(),
        (Lang::En, SetupProblem::Points) => "Points per correct answer must be from 1 to 100.".to_owned(),
        (Lang::Vi, SetupProblem::NoQuestions) => {
            "Không có câu hỏi nào phù hợp: hãy chọn thêm chủ đề hoặc mức độ khác.".to_owned()
        }
        (Lang::En, SetupProblem::NoQuestions) => {
            "No question matches: choose more topics or another difficulty.".to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_say_when_they_are_shared() {
        assert_eq!(place(Lang::Vi, 1, true), "Đồng hạng 1");
        assert_eq!(place(Lang::En, 3, false), "Place 3");
    }

    #[test]
    fn winners_read_as_one_or_as_joint() {
        let one = vec!["Sao Mai".to_owned()];
        let two = vec!["A".to_owned(), "B".to_owned()];
        assert_eq!(winners(Lang::Vi, &one), "Đội thắng cuộc: Sao Mai");
        assert_eq!(winners(Lang::En, &two), "Joint winners: A, B");
    }

    #[test]
    fn a_short_supply_of_questions_is_announced() {
        assert_eq!(
            matching(Lang::Vi, 13, 10),
            "Có 13 câu hỏi phù hợp với chủ đề và mức độ đã chọn."
        );
        assert_eq!(
            matching(Lang::Vi, 6, 10),
            "Chỉ có 6 câu hỏi phù hợp với chủ đề và mức độ đã chọn, nên cuộc thi sẽ có 6 câu."
        );
        assert_eq!(
            matching(Lang::En, 6, 10),
            "Only 6 questions match the chosen topics and difficulty, so the contest will have 6."
        );
    }

    #[test]
    fn english_points_agree_in_number() {
        assert_eq!(points(Lang::En, 1), "1 point");
        assert_eq!(points(Lang::En, 0), "0 points");
        assert_eq!(points(Lang::Vi, 1), "1 điểm");
    }
}
