//! The checked fact list: key points, the comparison, and the look-ups the
//! Learn pages and "Learn more" links need.

use std::rc::Rc;

use super::fold::fold;
use crate::quiz::{DocumentId, Lang, Localized, Question, QuestionBank, TopicId};

/// How well a fact is checked. Unverified facts are never listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Read in a primary text or an authoritative page.
    Verified,
    /// Found in one secondary source only; the page says so.
    Partly,
    /// Widely documented but not re-read in a source; the page says so.
    Known,
}

/// One key point: a fact in the project's own words, with its reference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    /// Stable id, as questions cite it (`F-2023-03`).
    pub id: String,
    /// The topic page it is shown on (one of the bank's topics).
    pub topic: TopicId,
    pub status: Status,
    /// A short heading naming what the point is about (not a claim).
    pub title: Localized,
    pub statement: Localized,
    /// The document it rests on (one of the bank's documents).
    pub document: Option<DocumentId>,
    /// Where in the document: article and clause.
    pub part: Option<Localized>,
    /// A public copy of the text it was read in, when the document itself
    /// has no link.
    pub url: Option<String>,
    /// Shown for reading although no question cites it.
    pub reading_only: bool,
}

/// One side of a comparison row: a short text and the facts it rests on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareCell {
    pub text: Localized,
    pub facts: Vec<String>,
}

/// One row of "the 2012 law and the 2023 law side by side".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareRow {
    pub id: String,
    pub label: Localized,
    pub law2012: CompareCell,
    pub law2023: CompareCell,
}

/// The checked fact list. Built only by `parse_facts`, which guarantees
/// that ids are unique, every topic and document exists in the bank, and
/// every fact a question cites is listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StudyBook {
    pub(crate) facts: Vec<Fact>,
    pub(crate) comparison: Vec<CompareRow>,
    /// Each fact's text in both languages and its id, folded for search,
    /// after a space so that " word" finds a word start anywhere.
    pub(crate) folded: Vec<String>,
}

impl StudyBook {
    pub(crate) fn new(facts: Vec<Fact>, comparison: Vec<CompareRow>) -> Self {
        let folded = facts
            .iter()
            .map(|f| {
                let part = |lang| f.part.as_ref().map_or("", |p: &Localized| p.get(lang));
                let text = fold(&format!(
                    "{} {} {} {} {} {} {}",
                    f.title.get(Lang::Vi),
                    f.title.get(Lang::En),
                    f.statement.get(Lang::Vi),
                    f.statement.get(Lang::En),
                    part(Lang::Vi),
                    part(Lang::En),
                    f.id
                ));
                format!(" {text}")
            })
            .collect();
        Self {
            facts,
            comparison,
            folded,
        }
    }

    /// Every key point, in file order.
    #[must_use]
    pub fn facts(&self) -> &[Fact] {
        &self.facts
    }

    #[must_use]
    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == id)
    }

    /// The key points of one topic, in file order.
    pub fn facts_in<'a>(&'a self, topic: &'a TopicId) -> impl Iterator<Item = &'a Fact> + 'a {
        self.facts.iter().filter(move |f| &f.topic == topic)
    }

    #[must_use]
    pub fn comparison(&self) -> &[CompareRow] {
        &self.comparison
    }

    /// The key points a question rests on, in the order it cites them.
    #[must_use]
    pub fn for_question(&self, question: &Question) -> Vec<&Fact> {
        question.facts().iter().filter_map(|id| self.fact(id)).collect()
    }

    /// The questions that cite a fact, in bank order.
    #[must_use]
    pub fn questions_citing<'b>(bank: &'b QuestionBank, fact_id: &str) -> Vec<&'b Rc<Question>> {
        bank.questions()
            .iter()
            .filter(|q| q.facts().iter().any(|f| f == fact_id))
            .collect()
    }

    /// Key points matching a query typed with or without diacritics, in
    /// either language: those holding the whole phrase first, then those
    /// where every word of the query starts a word of the text. An empty
    /// query matches nothing.
    #[must_use]
    pub fn search(&self, query: &str) -> Vec<&Fact> {
        let query = fold(query);
        if query.is_empty() {
            return Vec::new();
        }
        let phrase = format!(" {query}");
        let words: Vec<String> = query.split(' ').map(|w| format!(" {w}")).collect();
        let mut whole = Vec::new();
        let mut scattered = Vec::new();
        for (fact, text) in self.facts.iter().zip(&self.folded) {
            if text.contains(&phrase) {
                whole.push(fact);
            } else if words.iter().all(|w| text.contains(w.as_str())) {
                scattered.push(fact);
            }
        }
        whole.extend(scattered);
        whole
    }
}
