//! The question bank: topics, cited documents and questions, as validated
//! by the content loader.

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
}
