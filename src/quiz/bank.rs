//! The question bank: topics, cited documents and questions, as validated
//! by the content loader.

use std::rc::Rc;

use super::ids::{DocumentId, TopicId};
use super::lang::{Lang, Localized};
use super::question::{Choice, Question};

/// A topic questions belong to; results are broken down by topic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Topic {
    pub id: TopicId,
    pub name: Localized,
}

/// A document questions cite: a law, a resolution, a decision or a report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub id: DocumentId,
    pub name: Localized,
    /// A public copy of the text, where one exists.
    pub url: Option<String>,
}

/// A checked bank: ids are unique and every question's topic and document
/// exist. Built only by the content loader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionBank {
    pub(crate) topics: Vec<Topic>,
    pub(crate) documents: Vec<Document>,
    pub(crate) questions: Vec<Rc<Question>>,
}

impl QuestionBank {
    /// Topics in the order the bank lists them.
    #[must_use]
    pub fn topics(&self) -> &[Topic] {
        &self.topics
    }

    #[must_use]
    pub fn topic(&self, id: &TopicId) -> Option<&Topic> {
        self.topics.iter().find(|t| &t.id == id)
    }

    #[must_use]
    pub fn documents(&self) -> &[Document] {
        &self.documents
    }

    #[must_use]
    pub fn document(&self, id: &DocumentId) -> Option<&Document> {
        self.documents.iter().find(|d| &d.id == id)
    }

    #[must_use]
    pub fn questions(&self) -> &[Rc<Question>] {
        &self.questions
    }

    /// A question by id.
    #[must_use]
    pub fn question(&self, id: &str) -> Option<&Rc<Question>> {
        self.questions.iter().find(|q| q.id().as_str() == id)
    }

    /// Every text of the bank: topic and document names, then each
    /// question's prompt, options, explanation and source part.
    fn texts(&self) -> impl Iterator<Item = &Localized> {
        let names = self
            .topics
            .iter()
            .map(|t| &t.name)
            .chain(self.documents.iter().map(|d| &d.name));
        let questions = self.questions.iter().flat_map(|q| {
            std::iter::once(&q.prompt)
                .chain(q.choices.iter().map(Choice::text))
                .chain(std::iter::once(&q.explanation))
                .chain(q.source.part.as_ref())
        });
        names.chain(questions)
    }

    /// Whether every text has its English. A built site's bank has none
    /// until its `questions.en.json` is added (`content::english`).
    #[must_use]
    pub fn has_english(&self) -> bool {
        self.texts().all(Localized::has_english)
    }

    /// Sets the English of this bank's texts, in place, from `other`: the
    /// same bank with its English. Rounds and screens hold this bank's
    /// questions, so they show the English at their next render. Returns
    /// false, changing nothing, unless `other` has the same topics,
    /// documents and questions in the same order with the same options,
    /// every text in English.
    pub(crate) fn adopt_english(&self, other: &QuestionBank) -> bool {
        let same_shape = self.topics.iter().map(|t| &t.id).eq(other.topics.iter().map(|t| &t.id))
            && self
                .documents
                .iter()
                .map(|d| &d.id)
                .eq(other.documents.iter().map(|d| &d.id))
            && self.questions.len() == other.questions.len()
            && self.questions.iter().zip(&other.questions).all(|(a, b)| {
                a.id == b.id && a.choices.len() == b.choices.len() && a.source.part.is_some() == b.source.part.is_some()
            })
            && other.has_english();
        if same_shape {
            for (mine, theirs) in self.texts().zip(other.texts()) {
                mine.set_english(theirs.get(Lang::En));
            }
        }
        same_shape
    }

    /// A short fingerprint of what decides a contest score: question ids,
    /// their order, their topics and difficulties, option counts and right
    /// options. A result code made with another bank is told apart by it
    /// (wording fixes leave it unchanged).
    #[must_use]
    #[allow(clippy::cast_possible_truncation)] // folding a hash down to 16 bits; options are at most 6
    pub fn fingerprint(&self) -> u16 {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        let mut feed = |bytes: &[u8]| {
            for byte in bytes {
                hash ^= u64::from(*byte);
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
            hash ^= 0xFF;
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        };
        for q in &self.questions {
            feed(q.id().as_str().as_bytes());
            feed(q.topic().as_str().as_bytes());
            feed(&[q.difficulty() as u8, q.choices().len() as u8]);
            feed(&q.correct_choices().iter().map(|c| c.0).collect::<Vec<u8>>());
        }
        (hash ^ (hash >> 16) ^ (hash >> 32) ^ (hash >> 48)) as u16
    }
}
