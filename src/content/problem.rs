//! A problem found in a data file: where it is (`Place`), which key, and
//! what is wrong in both languages, for an organiser to read.

use std::fmt;

use crate::quiz::Lang;

/// Where in the file a problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    File,
    Document(String),
    Topic(String),
    Question(String),
    /// An entry of the fact list (`static/facts.json`).
    Fact(String),
    /// A row of the fact list's 2012/2023 comparison.
    Comparison(String),
}

/// One problem in a bank file, meant to be read by an organiser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    pub place: Place,
    /// The key the problem is in (`answer`, `options[2].vi`); empty for the
    /// whole entry.
    pub field: String,
    /// What is wrong, in English (also what `Display` shows).
    pub problem: String,
    /// The same, in Vietnamese, for the organiser's screen.
    pub problem_vi: String,
}

impl ContentError {
    pub(crate) fn new(place: &Place, field: impl Into<String>, en: impl Into<String>, vi: impl Into<String>) -> Self {
        Self {
            place: place.clone(),
            field: field.into(),
            problem: en.into(),
            problem_vi: vi.into(),
        }
    }

    /// The problem as one line in `lang`: "câu hỏi q1, trường \"answer\": …".
    #[must_use]
    pub fn describe(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        let place = match &self.place {
            Place::File => "tệp".to_owned(),
            Place::Document(id) => format!("văn bản {id}"),
            Place::Topic(id) => format!("chủ đề {id}"),
            Place::Question(id) => format!("câu hỏi {id}"),
            Place::Fact(id) => format!("dữ kiện {id}"),
            Place::Comparison(id) => format!("dòng so sánh {id}"),
        };
        if self.field.is_empty() {
            format!("{place}: {}", self.problem_vi)
        } else {
            format!("{place}, trường \"{}\": {}", self.field, self.problem_vi)
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::File => f.write_str("file"),
            Place::Document(id) => write!(f, "document {id}"),
            Place::Topic(id) => write!(f, "topic {id}"),
            Place::Question(id) => write!(f, "question {id}"),
            Place::Fact(id) => write!(f, "fact {id}"),
            Place::Comparison(id) => write!(f, "comparison row {id}"),
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.place, self.problem)
        } else {
            write!(f, "{}, field \"{}\": {}", self.place, self.field, self.problem)
        }
    }
}
