//! Interface strings in Vietnamese and English, and number and time
//! formatting per language. A missing translation is a compile error: every
//! `Text` key has one line with both languages (`text_table!`).

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
    /// A question left unanswered when a timed round ended.
    NotAnsweredTimeUp,
    /// The contest page (`contest.html`): its title.
    ContestPage,
}

/// Defines `fn $name(lang: Lang, key: $Key) -> &'static str` from a table
/// of `$Key::Variant => ("tiếng Việt", "English"),` lines, one per key in
/// the order the enum declares them (a key missing, repeated or out of
/// order is a compile error). Each language's texts are laid end to end in
/// one string and found by their end offsets, two bytes a text: a `match`
/// that returns the strings compiles to a table of pointers and lengths,
/// eight bytes a text, which compress badly (BENCHMARKS.md, "Fourth pass").
macro_rules! text_table {
    (
        $(#[$attr:meta])*
        $vis:vis fn $name:ident($key:ident) {
            $($prefix:ident :: $variant:ident => ($vi:literal, $en:literal $(,)?),)*
        }
    ) => {
        $(#[$attr])*
        $vis fn $name(lang: $crate::i18n::Lang, key: $key) -> &'static str {
            const VI: &str = concat!($($vi),*);
            const EN: &str = concat!($($en),*);
            const VI_ENDS: &[u16] = &$crate::i18n::ends([$($vi.len()),*]);
            const EN_ENDS: &[u16] = &$crate::i18n::ends([$($en.len()),*]);
            // The n-th line is the n-th key's: the table and the enum agree.
            const _: () = {
                let keys = [$($key::$variant),*];
                let mut n = 0;
                while n < keys.len() {
                    assert!(keys[n] as usize == n, "text table out of the enum's order");
                    n += 1;
                }
            };
            // And every key has a line.
            const _: fn($key) = |key| match key {
                $($key::$variant => {})*
            };
            match lang {
                $crate::i18n::Lang::Vi => $crate::i18n::nth(VI, VI_ENDS, key as usize),
                $crate::i18n::Lang::En => $crate::i18n::nth(EN, EN_ENDS, key as usize),
            }
        }
    };
}
pub(crate) use text_table;

/// Where each text of a `text_table!` ends in its language's string, from
/// the texts' lengths. Every language's string must fit 16-bit offsets.
#[doc(hidden)]
#[must_use]
pub const fn ends<const N: usize>(lengths: [usize; N]) -> [u16; N] {
    let mut ends = [0; N];
    let mut end = 0;
    let mut n = 0;
    while n < N {
        end += lengths[n];
        assert!(end <= u16::MAX as usize, "a text table's language is longer than 64 KB");
        #[allow(clippy::cast_possible_truncation)] // checked just above
        {
            ends[n] = end as u16;
        }
        n += 1;
    }
    ends
}

/// The `index`-th text of a `text_table!` language: the text from the end
/// of the one before it to its own end.
#[doc(hidden)]
#[must_use]
pub fn nth(texts: &'static str, ends: &[u16], index: usize) -> &'static str {
    let start = index
        .checked_sub(1)
        .and_then(|before| ends.get(before))
        .map_or(0, |&end| usize::from(end));
    let end = ends.get(index).map_or(0, |&end| usize::from(end));
    texts.get(start..end).unwrap_or_default()
}

text_table! {
    /// The text for `key` in `lang`.
    #[must_use]
    // A table, one line per key, both languages side by side.
    pub fn text(Text) {
        Text::AppTitle => ("Tìm hiểu Hợp tác xã kiểu mới", "Learn about new-style cooperatives"),
        Text::AppPurpose => ("Trả lời nhanh các câu hỏi để hiểu đúng về hợp tác xã kiểu mới, Luật Hợp tác xã và kinh tế tập thể.", "Answer short questions to get the facts right about Vietnam's new-style cooperatives, the Law on Cooperatives and the collective economy."),
        Text::StartRound => ("Bắt đầu (10 câu hỏi)", "Start (10 questions)"),
        Text::ContinueRound => ("Tiếp tục lượt đang chơi", "Continue the current round"),
        Text::RoundLength => ("Mỗi lượt gồm 10 câu hỏi chọn ngẫu nhiên, có giải thích và căn cứ pháp lý sau mỗi câu.", "Each round has 10 random questions, with an explanation and the legal reference after each one."),
        Text::LanguageLabel => ("Ngôn ngữ", "Language"),
        Text::Loading => ("Đang tải câu hỏi…", "Loading questions…"),
        Text::BankBrokenTitle => ("Không đọc được bộ câu hỏi", "The question bank cannot be read"),
        Text::BankBrokenIntro => ("Tệp questions.json trên trang này có lỗi. Ban tổ chức cần sửa các lỗi sau rồi tải lại tệp:", "The questions.json file on this site has errors. The organisers need to fix the following and upload the file again:"),
        Text::BankUnavailable => ("Không tải được bộ câu hỏi. Hãy kiểm tra kết nối mạng rồi thử lại.", "The questions could not be loaded. Check the connection and try again."),
        Text::Reload => ("Tải lại trang", "Reload the page"),
        Text::QuestionOf => ("Câu", "Question"),
        Text::ChooseOne => ("Chọn một đáp án.", "Choose one answer."),
        Text::ChooseAll => ("Chọn tất cả các đáp án đúng, rồi bấm “Kiểm tra”.", "Choose every correct answer, then press “Check”."),
        Text::CheckAnswer => ("Kiểm tra", "Check"),
        Text::Correct => ("Chính xác!", "Correct!"),
        Text::Wrong => ("Chưa đúng", "Not quite"),
        Text::CorrectAnswerWas => ("Đáp án đúng:", "Correct answer:"),
        Text::Explanation => ("Giải thích", "Why"),
        Text::Source => ("Căn cứ", "Source"),
        Text::NextQuestion => ("Câu tiếp theo", "Next question"),
        Text::SeeResults => ("Xem kết quả", "See results"),
        Text::ResultsTitle => ("Kết quả", "Results"),
        Text::TimeTaken => ("Thời gian", "Time"),
        Text::ByTopic => ("Theo chủ đề", "By topic"),
        Text::Review => ("Xem lại từng câu", "Review every question"),
        Text::YourAnswer => ("Bạn chọn:", "Your answer:"),
        Text::NoAnswer => ("(không trả lời)", "(no answer)"),
        Text::PlayAgain => ("Chơi lượt mới", "Play a new round"),
        Text::Home => ("Trang đầu", "Home"),
        Text::KeyboardHint => ("Bàn phím: phím 1–6 để chọn, Enter để tiếp tục.", "Keyboard: keys 1–6 to choose, Enter to go on."),
        Text::Footer => ("Câu hỏi dựa trên Luật Hợp tác xã năm 2012 và năm 2023 cùng các văn bản được trích dẫn.", "Questions are based on the 2012 and 2023 Laws on Cooperatives and the documents cited."),
        Text::StorageUnavailable => ("Trình duyệt đang chặn việc lưu dữ liệu (ví dụ ở chế độ ẩn danh). Bạn vẫn chơi được, nhưng lượt đang chơi và lựa chọn ngôn ngữ sẽ không được giữ lại khi tải lại trang.", "This browser is not letting the site save data (for example in a private window). You can still play, but your round and language choice will not be kept if the page is reloaded."),
        Text::StorageRefused => ("Bộ nhớ của trình duyệt đã đầy nên không lưu được tiến độ. Bạn vẫn chơi tiếp được, nhưng nếu tải lại trang thì lượt này sẽ mất.", "The browser's storage is full, so progress could not be saved. You can keep playing, but reloading the page will lose this round."),
        Text::SavedDataRepaired => ("Một phần dữ liệu đã lưu trên máy bị hỏng và đã được xoá; các dữ liệu khác vẫn được giữ nguyên.", "Some data saved on this device was damaged and has been removed; everything else was kept."),
        Text::RoundNotRestored => ("Bộ câu hỏi đã được cập nhật nên không thể tiếp tục lượt chơi dở trước đó. Mời bạn bắt đầu lượt mới.", "The question bank has been updated, so your unfinished round could not be continued. Please start a new round."),
        Text::EnglishUnavailable => ("Không tải được bản tiếng Anh của các câu hỏi này; câu hỏi được hiển thị bằng tiếng Việt.", "The English text of these questions is not available; showing Vietnamese."),
        Text::LoadingEnglish => ("Đang tải tiếng Anh…", "Loading English…"),
        Text::LoadingExplanation => ("Đang tải giải thích…", "Loading explanation…"),
        Text::ExplanationUnavailable => ("Chưa tải được phần giải thích và căn cứ (thiết bị mất mạng hoặc máy chủ không trả lời). Trang sẽ thử tải lại khi có mạng.", "The explanation and its source could not be loaded (this device is offline or the server did not answer). The page tries again when the connection is back."),
        Text::Dismiss => ("Đóng thông báo", "Dismiss"),
        Text::PanicTitle => ("Đã xảy ra lỗi", "Something went wrong"),
        Text::PanicBody => ("Trang gặp lỗi và không chạy tiếp được. Lượt chơi đang dở đã được lưu: hãy tải lại trang để tiếp tục.", "The page hit an error and cannot go on. Your unfinished round was saved: reload the page to continue."),
        Text::UpdateReady => ("Đã có phiên bản mới của trang (câu hỏi hoặc giao diện).", "A new version of this site is available (questions or interface)."),
        Text::UpdateNow => ("Tải lại để cập nhật", "Reload to update"),
        Text::TextSize => ("Cỡ chữ", "Text size"),
        Text::ReadAloud => ("Đọc to câu hỏi", "Read the question aloud"),
        Text::ToolsPage => ("Dành cho ban tổ chức", "For organisers"),
        Text::PlayersPage => ("Trang thi cho người chơi", "The players' quiz"),
        Text::ToolsFooter => ("Trang công cụ cho ban tổ chức", "Hosting and organising tools"),
        Text::LearnPage => ("Tìm hiểu kiến thức", "Learn"),
        Text::LearnMore => ("Tìm hiểu thêm", "Learn more"),
        Text::BrandingDefaults => ("Tệp branding.json có lỗi; đang dùng giao diện mặc định.", "branding.json has problems; using the default look."),
        Text::NotAnsweredTimeUp => ("Chưa trả lời (hết giờ)", "Not answered (time ran out)"),
        Text::ContestPage => ("Hội thi", "Contest"),
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

    /// The first and last texts of a table, and one between, in both
    /// languages: each ends where the next begins.
    #[test]
    fn a_text_table_finds_each_text_whole() {
        assert_eq!(text(Lang::Vi, Text::AppTitle), "Tìm hiểu Hợp tác xã kiểu mới");
        assert_eq!(text(Lang::En, Text::AppTitle), "Learn about new-style cooperatives");
        assert_eq!(text(Lang::Vi, Text::Reload), "Tải lại trang");
        assert_eq!(text(Lang::En, Text::Reload), "Reload the page");
        assert_eq!(
            text(Lang::Vi, Text::BrandingDefaults),
            "Tệp branding.json có lỗi; đang dùng giao diện mặc định."
        );
        assert_eq!(
            text(Lang::En, Text::BrandingDefaults),
            "branding.json has problems; using the default look."
        );
    }

    #[test]
    fn a_text_outside_the_table_is_empty_not_a_crash() {
        assert_eq!(nth("abcdef", &[2, 6], 0), "ab");
        assert_eq!(nth("abcdef", &[2, 6], 1), "cdef");
        assert_eq!(nth("abcdef", &[2, 6], 2), "");
        // Cut inside a letter (never made by `ends`): empty, not a panic.
        assert_eq!(nth("Việt", &[3], 0), "");
    }

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
