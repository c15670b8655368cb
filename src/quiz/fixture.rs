//! Tiny builders of questions and banks for the engine's tests.

use std::rc::Rc;

use super::bank::{Document, QuestionBank, Topic};
use super::ids::{DocumentId, QuestionId, TopicId};
use super::lang::{Explanation, Localized};
use super::question::{Choice, Difficulty, Kind, Question, Source};

fn question(id: &str, topic: &str, kind: Kind, choices: Vec<Choice>) -> Question {
    Question {
        id: QuestionId::new(id),
        topic: TopicId::new(topic),
        difficulty: Difficulty::Easy,
        kind,
        prompt: Localized::new(format!("Câu hỏi {id}"), format!("Question {id}")),
        choices,
        explanation: Explanation::new("Giải thích", "Explanation"),
        source: Source {
            document: DocumentId::new("doc"),
            part: None,
        }
        .into(),
        facts: vec!["F-1".into()].into(),
        family: None,
    }
}

fn options(count: usize, correct: &[usize]) -> Vec<Choice> {
    (0..count)
        .map(|i| {
            Choice::new(
                Localized::new(format!("Phương án {i}"), format!("Option {i}")),
                correct.contains(&i),
            )
        })
        .collect()
}

/// An answer to `question`: its right options, or one wrong option.
pub fn answer(question: &Question, right: bool) -> Vec<super::ids::ChoiceId> {
    let correct = question.correct_choices();
    if right {
        correct
    } else {
        vec![question
            .choice_ids()
            .find(|c| !correct.contains(c))
            .expect("a fixture question has a wrong option")]
    }
}

pub fn single(id: &str, topic: &str, count: usize, correct: usize) -> Question {
    question(id, topic, Kind::Single, options(count, &[correct]))
}

pub fn multiple(id: &str, topic: &str, count: usize, correct: &[usize]) -> Question {
    question(id, topic, Kind::Multiple, options(count, correct))
}

pub fn true_false(id: &str, topic: &str, answer: bool) -> Question {
    question(id, topic, Kind::TrueFalse, Choice::true_false(answer))
}

/// A bank of `n` single-choice questions over topics `a` and `b`, option
/// `i % 4` correct in question `i`, difficulty easy, medium, hard in turn.
pub fn bank(n: usize) -> QuestionBank {
    bank_of(
        (0..n)
            .map(|i| {
                let topic = if i % 2 == 0 { "a" } else { "b" };
                let mut q = single(&format!("q{i:03}"), topic, 4, i % 4);
                q.difficulty = [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard][i % 3];
                q
            })
            .collect(),
    )
}

pub fn bank_of(questions: Vec<Question>) -> QuestionBank {
    QuestionBank {
        topics: ["a", "b", "t"]
            .iter()
            .map(|t| Topic {
                id: TopicId::new(*t),
                name: Localized::new(format!("Chủ đề {t}"), format!("Topic {t}")),
            })
            .collect(),
        documents: vec![Document {
            id: DocumentId::new("doc"),
            name: Localized::new("Văn bản", "Document"),
            url: None,
        }]
        .into(),
        questions: questions.into_iter().map(Rc::new).collect(),
    }
}

/// Contest rules with no topic or difficulty filter and the usual ranking:
/// what the contest, verification and form-export tests all start from.
pub fn contest_rules(questions: usize, time_limit_ms: u64) -> super::contest::ContestRules {
    super::contest::ContestRules {
        questions,
        time_limit_ms,
        topics: Vec::new(),
        difficulty: None,
        ranking: super::ranking::USUAL.to_vec(),
    }
}
