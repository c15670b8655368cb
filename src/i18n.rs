//! Interface strings in Vietnamese and English, and number and time
//! formatting per language. A missing translation is a compile error: every
//! `Text` key is matched in both languages.

pub use crate::quiz::Lang;

/// A piece of interface text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    AppTitle,
    AppPurpose,
    StartRound,
    ContinueRound,
    RoundLength,
    LanguageLabel,
    Loading,
    BankBrokenTitle,
    BankBrokenIntro,
    BankUnavailable,
    Reload,
    QuestionOf,
    ChooseOne,
    ChooseAll,
    CheckAnswer,
    Correct,
    Wrong,
    CorrectAnswerWas,
    Explanation,
    Source,
    NextQuestion,
    SeeResults,
    ResultsTitle,
    TimeTaken,
    ByTopic,
    Review,
    YourAnswer,
    NoAnswer,
    PlayAgain,
    Home,
    KeyboardHint,
    Footer,
    StorageUnavailable,
    StorageRefused,
    SavedDataRepaired,
    RoundNotRestored,
    EnglishUnavailable,
    LoadingEnglish,
    /// While a question's explanation is still on its way (`content::notes`).
    LoadingExplanation,
    /// When the explanations (and the sources with them) could not be
    /// fetched (offline on a first visit).
    ExplanationUnavailable,
    Dismiss,
    PanicTitle,
    PanicBody,
    UpdateReady,
    UpdateNow,
    TextSize,
    ReadAloud,
    ToolsPage,
    PlayersPage,
    ToolsFooter,
    /// The Learn page (`learn.html`): its title, and the start screen's way in.
    LearnPage,
    /// A question's link to the key points it rests on (on `learn.html`).
    LearnMore,
    BrandingDefaults,
}

/// The text for `key` in `lang`.
#[must_use]
pub fn text(lang: Lang, key: Text) -> &'static str {
    match lang {
        Lang::Vi => vi(key),
        Lang::En => en(key),
    }
}

fn vi(key: Text) -> &'static str {
    match key {
        Text::AppTitle => "Tìm hiểu Hợp tác xã kiểu mới",
        Text::AppPurpose => {
            "Trả lời nhanh các câu hỏi để hiểu đúng về hợp tác xã kiểu mới, Luật Hợp tác xã và kinh tế tập thể."
        }
        Text::StartRound => "Bắt đầu (10 câu hỏi)",
        Text::ContinueRound => "Tiếp tục lượt đang chơi",
        Text::RoundLength => "Mỗi lượt gồm 10 câu hỏi chọn ngẫu nhiên, có giải thích và căn cứ pháp lý sau mỗi câu.",
        Text::LanguageLabel => "Ngôn ngữ",
        Text::Loading => "Đang tải câu hỏi…",
        Text::BankBrokenTitle => "Không đọc được bộ câu hỏi",
        Text::BankBrokenIntro => {
            "Tệp questions.json trên trang này có lỗi. Ban tổ chức cần sửa các lỗi sau rồi tải lại tệp:"
        }
        Text::BankUnavailable => "Không tải được bộ câu hỏi. Hãy kiểm tra kết nối mạng rồi thử lại.",
        Text::Reload => "Tải lại trang",
        Text::QuestionOf => "Câu",
        Text::ChooseOne => "Chọn một đáp án.",
        Text::ChooseAll => "Chọn tất cả các đáp án đúng, rồi bấm “Kiểm tra”.",
        Text::CheckAnswer => "Kiểm tra",
        Text::Correct => "Chính xác!",
        Text::Wrong => "Chưa đúng",
        Text::CorrectAnswerWas => "Đáp án đúng:",
        Text::Explanation => "Giải thích",
        Text::Source => "Căn cứ",
        Text::NextQuestion => "Câu tiếp theo",
        Text::SeeResults => "Xem kết quả",
        Text::ResultsTitle => "Kết quả",
        Text::TimeTaken => "Thời gian",
        Text::ByTopic => "Theo chủ đề",
        Text::Review => "Xem lại từng câu",
        Text::YourAnswer => "Bạn chọn:",
        Text::NoAnswer => "(không trả lời)",
        Text::PlayAgain => "Chơi lượt mới",
        Text::Home => "Trang đầu",
        Text::KeyboardHint => "Bàn phím: phím 1–6 để chọn, Enter để tiếp tục.",
        Text::Footer => "Câu hỏi dựa trên Luật Hợp tác xã năm 2012 và năm 2023 cùng các văn bản được trích dẫn.",
        Text::StorageUnavailable => "Trình duyệt đang chặn việc lưu dữ liệu (ví dụ ở chế độ ẩn danh). Bạn vẫn chơi được, nhưng lượt đang chơi và lựa chọn ngôn ngữ sẽ không được giữ lại khi tải lại trang.",
        Text::StorageRefused => "Bộ nhớ của trình duyệt đã đầy nên không lưu được tiến độ. Bạn vẫn chơi tiếp được, nhưng nếu tải lại trang thì lượt này sẽ mất.",
        Text::SavedDataRepaired => "Một phần dữ liệu đã lưu trên máy bị hỏng và đã được xoá; các dữ liệu khác vẫn được giữ nguyên.",
        Text::RoundNotRestored => "Bộ câu hỏi đã được cập nhật nên không thể tiếp tục lượt chơi dở trước đó. Mời bạn bắt đầu lượt mới.",
        Text::LoadingEnglish => "Đang tải tiếng Anh…",
        Text::LoadingExplanation => "Đang tải giải thích…",
        Text::ExplanationUnavailable => "Chưa tải được phần giải thích và căn cứ (thiết bị mất mạng hoặc máy chủ không trả lời). Trang sẽ thử tải lại khi có mạng.",
        Text::EnglishUnavailable => "Không tải được bản tiếng Anh của các câu hỏi này; câu hỏi được hiển thị bằng tiếng Việt.",
        Text::Dismiss => "Đóng thông báo",
        Text::UpdateReady => "Đã có phiên bản mới của trang (câu hỏi hoặc giao diện).",
        Text::UpdateNow => "Tải lại để cập nhật",
        Text::TextSize => "Cỡ chữ",
        Text::ReadAloud => "Đọc to câu hỏi",
        Text::ToolsPage => "Dành cho ban tổ chức",
        Text::PlayersPage => "Trang thi cho người chơi",
        Text::ToolsFooter => "Trang công cụ cho ban tổ chức",
        Text::LearnPage => "Tìm hiểu kiến thức",
        Text::LearnMore => "Tìm hiểu thêm",
        Text::BrandingDefaults => "Tệp branding.json có lỗi; đang dùng giao diện mặc định.",
        Text::PanicTitle => "Đã xảy ra lỗi",
        Text::PanicBody => "Trang gặp lỗi và không chạy tiếp được. Lượt chơi đang dở đã được lưu: hãy tải lại trang để tiếp tục.",
    }
}

fn en(key: Text) -> &'static str {
    match key {
        Text::AppTitle => "Learn about new-style cooperatives",
        Text::AppPurpose => "Answer short questions to get the facts right about Vietnam's new-style cooperatives, the Law on Cooperatives and the collective economy.",
        Text::StartRound => "Start (10 questions)",
        Text::ContinueRound => "Continue the current round",
        Text::RoundLength => "Each round has 10 random questions, with an explanation and the legal reference after each one.",
        Text::LanguageLabel => "Language",
        Text::Loading => "Loading questions…",
        Text::BankBrokenTitle => "The question bank cannot be read",
        Text::BankBrokenIntro => "The questions.json file on this site has errors. The organisers need to fix the following and upload the file again:",
        Text::BankUnavailable => "The questions could not be loaded. Check the connection and try again.",
        Text::Reload => "Reload the page",
        Text::QuestionOf => "Question",
        Text::ChooseOne => "Choose one answer.",
        Text::ChooseAll => "Choose every correct answer, then press “Check”.",
        Text::CheckAnswer => "Check",
        Text::Correct => "Correct!",
        Text::Wrong => "Not quite",
        Text::CorrectAnswerWas => "Correct answer:",
        Text::Explanation => "Why",
        Text::Source => "Source",
        Text::NextQuestion => "Next question",
        Text::SeeResults => "See results",
        Text::ResultsTitle => "Results",
        Text::TimeTaken => "Time",
        Text::ByTopic => "By topic",
        Text::Review => "Review every question",
        Text::YourAnswer => "Your answer:",
        Text::NoAnswer => "(no answer)",
        Text::PlayAgain => "Play a new round",
        Text::Home => "Home",
        Text::KeyboardHint => "Keyboard: keys 1–6 to choose, Enter to go on.",
        Text::Footer => "Questions are based on the 2012 and 2023 Laws on Cooperatives and the documents cited.",
        Text::StorageUnavailable => "This browser is not letting the site save data (for example in a private window). You can still play, but your round and language choice will not be kept if the page is reloaded.",
        Text::StorageRefused => "The browser's storage is full, so progress could not be saved. You can keep playing, but reloading the page will lose this round.",
        Text::SavedDataRepaired => "Some data saved on this device was damaged and has been removed; everything else was kept.",
        Text::RoundNotRestored => "The question bank has been updated, so your unfinished round could not be continued. Please start a new round.",
        Text::LoadingEnglish => "Loading English…",
        Text::LoadingExplanation => "Loading explanation…",
        Text::ExplanationUnavailable => "The explanation and its source could not be loaded (this device is offline or the server did not answer). The page tries again when the connection is back.",
        Text::EnglishUnavailable => "The English text of these questions is not available; showing Vietnamese.",
        Text::Dismiss => "Dismiss",
        Text::UpdateReady => "A new version of this site is available (questions or interface).",
        Text::UpdateNow => "Reload to update",
        Text::TextSize => "Text size",
        Text::ReadAloud => "Read the question aloud",
        Text::ToolsPage => "For organisers",
        Text::PlayersPage => "The players' quiz",
        Text::ToolsFooter => "Hosting and organising tools",
        Text::LearnPage => "Learn",
        Text::LearnMore => "Learn more",
        Text::BrandingDefaults => "branding.json has problems; using the default look.",
        Text::PanicTitle => "Something went wrong",
        Text::PanicBody => "The page hit an error and cannot go on. Your unfinished round was saved: reload the page to continue.",
    }
}

/// One of two texts by language, for strings used in one place only.
/// Both are required at the call, so a translation cannot be forgotten.
#[must_use]
pub fn pick<'a>(lang: Lang, vi: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// A duration as players read it: "2 phút 05 giây" / "2 min 05 s", in
/// whole seconds by the engine's one rule (a started second counts).
#[must_use]
pub fn format_duration(lang: Lang, millis: u64) -> String {
    let seconds = crate::quiz::scoring::whole_seconds(millis);
    let (minutes, seconds) = (seconds / 60, seconds % 60);
    match (lang, minutes) {
        (Lang::Vi, 0) => format!("{seconds} giây"),
        (Lang::Vi, m) => format!("{m} phút {seconds:02} giây"),
        (Lang::En, 0) => format!("{seconds} s"),
        (Lang::En, m) => format!("{m} min {seconds:02} s"),
    }
}

/// A contest day (days since 2024-01-01) as "25/11/2026", the way
/// Vietnamese forms write dates (also in English, on the same certificate).
#[must_use]
pub fn format_date(day: i64) -> String {
    let (y, m, d) = crate::quiz::contest::civil_date(day);
    format!("{d:02}/{m:02}/{y}")
}

/// "3/10 câu đúng" style score line.
#[must_use]
pub fn format_score(lang: Lang, correct: usize, total: usize) -> String {
    match lang {
        Lang::Vi => format!("{correct}/{total} câu đúng"),
        Lang::En => format!("{correct} of {total} correct"),
    }
}

/// "Câu 3/10" / "Question 3 of 10".
#[must_use]
pub fn format_progress(lang: Lang, current: usize, total: usize) -> String {
    match lang {
        Lang::Vi => format!("{} {current}/{total}", text(lang, Text::QuestionOf)),
        Lang::En => format!("{} {current} of {total}", text(lang, Text::QuestionOf)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally_in_both_languages() {
        assert_eq!(format_duration(Lang::Vi, 42_900), "43 giây");
        assert_eq!(format_duration(Lang::Vi, 42_000), "42 giây");
        assert_eq!(format_duration(Lang::Vi, 125_000), "2 phút 05 giây");
        assert_eq!(format_duration(Lang::En, 125_000), "2 min 05 s");
        assert_eq!(format_duration(Lang::En, 0), "0 s");
    }

    /// Results and certificate format the round's summary; the verify page
    /// formats the seconds the code carries: the same code reads the same.
    #[test]
    fn a_contest_time_reads_the_same_on_results_certificate_and_verify() {
        use crate::quiz::contest::{result_of, ContestRules, Player};
        use crate::quiz::result_code::ContestResult;
        use crate::quiz::{fixture, Action, Millis};
        let bank = fixture::bank(10);
        let rules = ContestRules {
            questions: 3,
            time_limit_ms: 120_000,
            topics: Vec::new(),
            difficulty: None,
            ranking: crate::quiz::ranking::USUAL.to_vec(),
        };
        let player = Player {
            name: "Lê Văn Bình".into(),
            birth_year: None,
            unit: "HTX Tân Phú".into(),
            phone: String::new(),
        };
        for end in [11_001, 11_400, 11_999, 12_000, 65_500] {
            let mut round = rules.start(&bank, 5, Millis(0));
            while let Some(i) = round.current_index() {
                let picked = fixture::answer(round.questions()[i].question(), true);
                let at = Millis(if i == 2 { end } else { 1_000 * (i as u64 + 1) });
                round = round.apply(Action::Answer { picked, at }).unwrap();
            }
            let summary = round.summary().unwrap();
            let code = result_of(&bank, &rules, &round, 1, 0, &player, 0)
                .unwrap()
                .encode(&player.name, &player.unit);
            let decoded = ContestResult::decode(&code, &player.name, &player.unit).unwrap();
            for lang in [Lang::Vi, Lang::En] {
                let on_results = format_duration(lang, summary.duration_ms);
                let on_verify = format_duration(lang, u64::from(decoded.seconds) * 1000);
                assert_eq!(on_results, on_verify, "round of {end} ms");
            }
        }
        assert_eq!(format_duration(Lang::Vi, 11_400), "12 giây");
    }

    #[test]
    fn dates_read_day_first() {
        assert_eq!(
            format_date(crate::quiz::contest::day_number(2026, 11, 25)),
            "25/11/2026"
        );
        assert_eq!(format_date(0), "01/01/2024");
    }

    #[test]
    fn scores_and_progress_read_naturally() {
        assert_eq!(format_score(Lang::Vi, 7, 10), "7/10 câu đúng");
        assert_eq!(format_score(Lang::En, 7, 10), "7 of 10 correct");
        assert_eq!(format_progress(Lang::Vi, 3, 10), "Câu 3/10");
        assert_eq!(format_progress(Lang::En, 3, 10), "Question 3 of 10");
    }

    #[test]
    fn the_vietnamese_title_keeps_its_diacritics() {
        assert_eq!(text(Lang::Vi, Text::AppTitle), "Tìm hiểu Hợp tác xã kiểu mới");
    }
}
