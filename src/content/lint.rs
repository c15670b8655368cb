//! Warnings about a bank that loads but would mislead players.
//!
//! A bank can be valid (every field present, every answer pointing at an
//! option) and still go wrong on screen: options are shuffled in play, so
//! an option "Cả A và B" or an explanation "đáp án C" points at whatever
//! option lands there; and two prompts that read almost the same let a
//! player meet the same question twice in one round, or read the answer
//! to one in the other. These are warnings, not errors: the bank still
//! loads, and `check-bank` and the organiser page list them with the same
//! place, field and wording as the problems that stop a bank.
//!
//! Pure: imports only `quiz` and the content error type.

use std::collections::HashSet;

use super::{ContentError, Place};
use crate::quiz::{Lang, Question, QuestionBank};

/// Two prompts at least this alike ([`PromptSimilarity`]) are reported as
/// near duplicates. Chosen on the bundled bank (see the test
/// `the_threshold_separates_rewordings_from_neighbours`).
pub const SIMILAR_PROMPTS: f64 = 0.6;

/// Phrases that refer to other options or to a position on screen, in
/// lower case. A match counts only at word boundaries.
const POINTING_PHRASES: &[&str] = &[
    // Vietnamese
    "phương án a",
    "phương án b",
    "phương án c",
    "phương án d",
    "phương án e",
    "phương án f",
    "đáp án a",
    "đáp án b",
    "đáp án c",
    "đáp án d",
    "đáp án e",
    "đáp án f",
    "phương án đầu tiên",
    "phương án cuối",
    "phương án trên",
    "các phương án trên",
    "các đáp án trên",
    "các ý trên",
    "tất cả các phương án",
    "tất cả các đáp án",
    "tất cả đều đúng",
    "tất cả đều sai",
    "cả hai phương án",
    "cả ba phương án",
    "cả bốn phương án",
    "cả hai ý",
    "cả ba ý",
    // English
    "option a",
    "option b",
    "option c",
    "option d",
    "option e",
    "option f",
    "answer a",
    "answer b",
    "answer c",
    "answer d",
    "answer e",
    "answer f",
    "the first option",
    "the last option",
    "the first three",
    "the first four",
    "all of the above",
    "none of the above",
    "both of the above",
    "all the above",
    "the options above",
    "the answers above",
];

/// Every warning about `bank`, in bank order: options and explanations
/// that point at other options, then near-duplicate prompts.
#[must_use]
pub fn lint(bank: &QuestionBank) -> Vec<ContentError> {
    let mut warnings = Vec::new();
    for question in bank.questions() {
        pointing(question, &mut warnings);
    }
    similar_prompts(bank, &mut warnings);
    warnings
}

fn pointing(question: &Question, warnings: &mut Vec<ContentError>) {
    let place = Place::Question(question.id().as_str().to_owned());
    for lang in Lang::ALL {
        for (n, choice) in question.choices().iter().enumerate() {
            if let Some(phrase) = points_at_options(choice.text().get(lang)) {
                warnings.push(ContentError::new(
                    &place,
                    format!("options[{n}].{}", lang.code()),
                    format!(
                        "\"{phrase}\" refers to other options, but options are shuffled in play: \
                         write out what it means instead"
                    ),
                    format!(
                        "“{phrase}” chỉ tới các phương án khác, nhưng khi chơi các phương án bị xáo trộn: \
                         hãy viết rõ nội dung thay vì chỉ tới phương án"
                    ),
                ));
            }
        }
        if let Some(phrase) = question.explanation().get(lang).and_then(points_at_options) {
            warnings.push(ContentError::new(
                &place,
                format!("explanation.{}", lang.code()),
                format!(
                    "\"{phrase}\" points at an option by letter or position, but options are shuffled \
                     in play: name the answer itself"
                ),
                format!(
                    "“{phrase}” chỉ phương án theo chữ cái hoặc vị trí, nhưng khi chơi các phương án bị \
                     xáo trộn: hãy nêu chính nội dung đáp án"
                ),
            ));
        }
    }
}

/// The phrase of `text` that refers to options by letter or position: one
/// of [`POINTING_PHRASES`], or a list of two or more different option
/// letters ("Cả a, b, c", "A và B", "A or C"). Letters that stand apart
/// ("Loại A, loại B", "i.e. a member") are not a list.
#[must_use]
pub fn points_at_options(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    for phrase in POINTING_PHRASES {
        let found = lower.match_indices(phrase).any(|(at, _)| {
            let before = lower[..at].chars().next_back();
            let after = lower[at + phrase.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        });
        if found {
            return Some((*phrase).to_owned());
        }
    }
    // "i.e." and "e.g." are abbreviations, not option letters.
    letter_list(&lower.replace("i.e.", " ").replace("e.g.", " "))
}

/// The longest run of option letters joined only by punctuation or one
/// connecting word, if it names two different letters.
fn letter_list(lower: &str) -> Option<String> {
    const LETTERS: [&str; 6] = ["a", "b", "c", "d", "e", "f"];
    const JOINERS: [&str; 5] = ["và", "and", "or", "hoặc", "hay"];
    let mut run: Vec<&str> = Vec::new();
    let mut joined = false;
    let mut best: Vec<&str> = Vec::new();
    for word in words(lower) {
        if LETTERS.contains(&word) {
            if !run.is_empty() && run.contains(&word) {
                run.clear();
            }
            run.push(word);
            joined = false;
        } else if JOINERS.contains(&word) && !run.is_empty() && !joined {
            joined = true;
        } else {
            if run.len() > best.len() {
                best = std::mem::take(&mut run);
            }
            run.clear();
            joined = false;
        }
    }
    if run.len() > best.len() {
        best = run;
    }
    (best.len() >= 2).then(|| best.join(", "))
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// How alike two prompts are, from 0 (no word in common) to 1 (the same
/// words): the cosine of their word sets, each word weighted by how rare
/// it is in the bank (inverse document frequency). Words every prompt uses
/// ("Theo Luật Hợp tác xã năm 2023") weigh little, so boilerplate does not
/// make two different questions look alike.
pub struct PromptSimilarity {
    weights: std::collections::HashMap<String, f64>,
}

impl PromptSimilarity {
    /// Weights learnt from `prompts` (one language's prompts of a bank).
    #[must_use]
    pub fn new<'a>(prompts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut counts: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
        let mut total = 0u32;
        for prompt in prompts {
            total += 1;
            for word in word_set(prompt) {
                *counts.entry(word).or_default() += 1;
            }
        }
        let weights = counts
            .into_iter()
            .map(|(word, n)| (word, (f64::from(total + 1) / f64::from(n)).ln()))
            .collect();
        Self { weights }
    }

    fn vector(&self, text: &str) -> Vec<(String, f64)> {
        let mut vector: Vec<(String, f64)> = word_set(text)
            .into_iter()
            .map(|w| {
                let weight = self.weights.get(&w).copied().unwrap_or(1.0);
                (w, weight)
            })
            .collect();
        vector.sort_by(|a, b| a.0.cmp(&b.0));
        vector
    }

    /// The similarity of two texts under these weights.
    #[must_use]
    pub fn between(&self, a: &str, b: &str) -> f64 {
        cosine(&self.vector(a), &self.vector(b))
    }
}

fn cosine(a: &[(String, f64)], b: &[(String, f64)]) -> f64 {
    let norm = |v: &[(String, f64)]| v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
    let (na, nb) = (norm(a), norm(b));
    if na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot / (na * nb)
}

fn word_set(text: &str) -> HashSet<String> {
    words(&text.to_lowercase()).map(str::to_owned).collect()
}

fn similar_prompts(bank: &QuestionBank, warnings: &mut Vec<ContentError>) {
    let questions = bank.questions();
    for lang in Lang::ALL {
        let measure = PromptSimilarity::new(questions.iter().map(|q| q.prompt().get(lang)));
        let vectors: Vec<Vec<(String, f64)>> = questions.iter().map(|q| measure.vector(q.prompt().get(lang))).collect();
        for (i, first) in questions.iter().enumerate() {
            for (j, second) in questions.iter().enumerate().skip(i + 1) {
                if first.family().is_some() && first.family() == second.family() {
                    continue; // never in one round together
                }
                let share = cosine(&vectors[i], &vectors[j]);
                if share >= SIMILAR_PROMPTS {
                    warnings.push(similar(first, second, lang, share));
                }
            }
        }
    }
}

fn similar(first: &Question, second: &Question, lang: Lang, share: f64) -> ContentError {
    // A share is between 0 and 1: its percentage fits any integer.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let percent = (share * 100.0).round() as u32;
    let other = second.id().as_str();
    ContentError::new(
        &Place::Question(first.id().as_str().to_owned()),
        format!("prompt.{}", lang.code()),
        format!(
            "reads almost like question {other} ({percent}% alike): a player may meet \
             both in one round; ask something else or reword one"
        ),
        format!(
            "gần giống câu hỏi {other} (giống {percent}%): người chơi có thể gặp cả hai trong \
             một lượt; hãy hỏi điều khác hoặc viết lại một câu"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_that_name_other_options_are_found() {
        for text in [
            "Cả a, b, c",
            "Cả A và B",
            "A và B đều đúng",
            "Both A and B",
            "All of the above",
            "Tất cả các phương án trên",
            "None of the above.",
            "Đáp án C",
        ] {
            assert!(points_at_options(text).is_some(), "{text}");
        }
    }

    #[test]
    fn ordinary_options_are_not_flagged() {
        for text in [
            "Đại hội thành viên",
            "A cooperative and a union",
            "a member of a cooperative group",
            "Ít nhất 5 thành viên chính thức",
            "Vitamin A",
            "Options for members",
            "The 2023 law, Article 4",
            "Phương án sản xuất, kinh doanh",
        ] {
            assert_eq!(points_at_options(text), None, "{text}");
        }
    }

    #[test]
    fn a_phrase_counts_only_as_whole_words() {
        assert_eq!(points_at_options("đáp án chính xác"), None);
        assert_eq!(points_at_options("an option actually"), None);
        assert_eq!(points_at_options("see option B."), Some("option b".to_owned()));
    }

    /// A bank of 12 distinct questions, then `edit` applied to its JSON.
    fn bank_after(edit: impl FnOnce(&mut serde_json::Value)) -> QuestionBank {
        let prompts = [
            "Luật Hợp tác xã năm 2023 có hiệu lực từ ngày nào?",
            "Cơ quan nào quyết định cao nhất của hợp tác xã?",
            "Hợp tác xã cần ít nhất bao nhiêu thành viên chính thức?",
            "Liên hiệp hợp tác xã do ít nhất bao nhiêu hợp tác xã thành lập?",
            "Tổ hợp tác được thành lập trên cơ sở văn bản nào?",
            "Ngày Hợp tác xã Việt Nam là ngày nào trong năm?",
            "Chương trình OCOP bắt đầu triển khai trên cả nước năm nào?",
            "Nguyên tắc thứ bảy của Liên minh Hợp tác xã Quốc tế nói về điều gì?",
            "Thành viên liên kết góp vốn có quyền biểu quyết không?",
            "Quỹ chung không chia được dùng vào việc gì?",
            "Ai ký lệnh công bố Luật Hợp tác xã năm 2023?",
            "Nghị quyết 20-NQ/TW được ban hành vào năm nào?",
        ];
        let english = [
            "When did the 2023 Law on Cooperatives take effect?",
            "Which body takes a cooperative's highest decisions?",
            "How many official members does a cooperative need at least?",
            "At least how many cooperatives set up a union?",
            "What document is a cooperative group founded on?",
            "Which day of the year is Vietnam Cooperative Day?",
            "In which year did OCOP start across the country?",
            "What is the seventh ICA principle about?",
            "May a capital-contributing associate member vote?",
            "What may the indivisible common fund be spent on?",
            "Who signed the order promulgating the 2023 law?",
            "In which year was Resolution 20-NQ/TW issued?",
        ];
        let questions: Vec<serde_json::Value> = prompts
            .iter()
            .enumerate()
            .map(|(i, prompt)| {
                serde_json::json!({
                    "id": format!("q{i:02}"), "topic": "law2023", "difficulty": "easy", "kind": "single",
                    "prompt": { "vi": prompt, "en": english[i] },
                    "options": [
                        { "vi": "Một", "en": "One" }, { "vi": "Hai", "en": "Two" },
                        { "vi": "Ba", "en": "Three" }, { "vi": "Bốn", "en": "Four" }
                    ],
                    "answer": "B",
                    "explanation": { "vi": "Vì thế.", "en": "Because." },
                    "source": { "document": "law-2023" },
                    "facts": ["F-2023-03"]
                })
            })
            .collect();
        let mut bank = serde_json::json!({
            "schema": 1,
            "documents": [{ "id": "law-2023", "name": { "vi": "Luật HTX 2023", "en": "2023 Law" } }],
            "topics": [{ "id": "law2023", "name": { "vi": "Luật 2023", "en": "The 2023 law" } }],
            "questions": questions
        });
        edit(&mut bank);
        crate::content::parse_bank(&bank.to_string()).expect("a valid test bank")
    }

    #[test]
    fn a_clean_bank_has_no_warnings() {
        assert_eq!(lint(&bank_after(|_| {})), Vec::new());
    }

    #[test]
    fn an_option_naming_others_is_reported_with_its_field_in_both_languages() {
        let bank = bank_after(|b| {
            b["questions"][3]["options"][2] = serde_json::json!({ "vi": "Cả a, b", "en": "Both A and B" });
        });
        let warnings = lint(&bank);
        let fields: Vec<&str> = warnings.iter().map(|w| w.field.as_str()).collect();
        assert_eq!(fields, ["options[2].vi", "options[2].en"]);
        assert_eq!(warnings[0].place, Place::Question("q03".to_owned()));
        assert!(warnings[0]
            .describe(Lang::Vi)
            .starts_with("câu hỏi q03, trường \"options[2].vi\": “a, b” chỉ tới"));
        assert!(warnings[1].to_string().contains("options are shuffled"));
    }

    #[test]
    fn an_explanation_pointing_at_a_letter_is_reported() {
        let bank = bank_after(|b| {
            b["questions"][5]["explanation"]["vi"] = serde_json::json!("Đáp án B đúng vì luật quy định như vậy.");
        });
        let warnings = lint(&bank);
        assert_eq!(warnings.len(), 1, "{warnings:#?}");
        assert_eq!(warnings[0].field, "explanation.vi");
        assert!(warnings[0].problem_vi.starts_with("“đáp án b”"));
    }

    #[test]
    fn a_prompt_that_reads_almost_like_another_is_reported_once_per_pair() {
        let bank = bank_after(|b| {
            b["questions"][7]["prompt"]["vi"] =
                serde_json::json!("Hợp tác xã cần có ít nhất bao nhiêu thành viên chính thức để thành lập?");
        });
        let warnings = lint(&bank);
        assert_eq!(warnings.len(), 1, "{warnings:#?}");
        assert_eq!(warnings[0].place, Place::Question("q02".to_owned()));
        assert_eq!(warnings[0].field, "prompt.vi");
        assert!(
            warnings[0].problem.starts_with("reads almost like question q07 ("),
            "{}",
            warnings[0].problem
        );
    }

    #[test]
    fn alike_prompts_of_one_family_are_not_reported() {
        let bank = bank_after(|b| {
            b["questions"][7]["prompt"]["vi"] =
                serde_json::json!("Hợp tác xã cần có ít nhất bao nhiêu thành viên chính thức để thành lập?");
            b["questions"][7]["family"] = serde_json::json!("founding");
            b["questions"][2]["family"] = serde_json::json!("founding");
        });
        assert_eq!(lint(&bank), Vec::new());
    }

    #[test]
    fn letters_that_stand_apart_are_not_a_list() {
        for text in [
            "Loại A, loại B và loại C",
            "Phần A lên 40 điểm, Phần B giữ nguyên",
            "i.e. a member",
            "a cooperative and a union",
        ] {
            assert_eq!(points_at_options(text), None, "{text}");
        }
        assert_eq!(points_at_options("A hoặc C"), Some("a, c".to_owned()));
    }

    #[test]
    fn rare_words_count_more_than_boilerplate() {
        let prompts = [
            "Theo Luật năm 2023, ai bầu Hội đồng quản trị?",
            "Theo Luật năm 2023, ai bầu Ban kiểm soát?",
            "Theo Luật năm 2023, vốn góp tối đa là bao nhiêu?",
            "Theo Luật năm 2023, quỹ chung không chia dùng làm gì?",
        ];
        let measure = PromptSimilarity::new(prompts);
        let same = measure.between(prompts[0], "Theo Luật năm 2023, ai là người bầu Hội đồng quản trị?");
        let neighbour = measure.between(prompts[0], prompts[1]);
        assert!(same > 0.85, "{same}");
        assert!(neighbour < 0.6, "{neighbour}");
        assert!((measure.between(prompts[2], prompts[2]) - 1.0).abs() < 1e-9);
    }
}
