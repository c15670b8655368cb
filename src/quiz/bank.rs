//! The question bank: topics, cited documents and questions, as validated
//! by the content loader.

use std::cell::OnceCell;
use std::rc::Rc;

use super::ids::{DocumentId, TopicId};
use super::lang::Localized;
use super::question::Question;

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
    /// Set once: a built site sends the documents with the explanations
    /// (`content::notes`), into the bank the page already holds.
    pub(crate) documents: OnceCell<Vec<Document>>,
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

    /// The documents questions cite; on a built site, none until the
    /// notes file arrives.
    #[must_use]
    pub fn documents(&self) -> &[Document] {
        self.documents.get().map_or(&[], Vec::as_slice)
    }

    #[must_use]
    pub fn document(&self, id: &DocumentId) -> Option<&Document> {
        self.documents().iter().find(|d| &d.id == id)
    }

    /// Adds the documents, once: a bank that has them keeps them.
    pub(crate) fn set_documents(&self, documents: Vec<Document>) {
        let _kept = self.documents.set(documents);
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

    /// Whether every text has its English. A built site's bank has none
    /// until its `questions.en.json` is added (`content::english`).
    #[must_use]
    pub fn has_english(&self) -> bool {
        self.topics.iter().all(|t| t.name.has_english())
            && self.documents().iter().all(|d| d.name.has_english())
            && self.questions.iter().all(|q| {
                q.prompt.has_english()
                    && q.explanation.has_english()
                    && q.choices.iter().all(|c| c.text().has_english())
                    && q.source()
                        .and_then(|s| s.part.as_ref())
                        .is_none_or(Localized::has_english)
            })
    }

    /// Whether what a player reads after answering is still to come (the
    /// explanations, sources and facts): a built site's bank, until its
    /// `questions.notes.json` is added (`content::notes`).
    #[must_use]
    pub fn awaits_notes(&self) -> bool {
        self.questions
            .iter()
            .any(|q| !q.explanation.has_vietnamese() || q.awaits_references())
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
