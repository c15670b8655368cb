//! Newtypes for identifiers and time, so a question id is never mixed up
//! with a topic id and a timestamp never with a count.

use std::fmt;

/// A question's stable id from the bank (e.g. `law2023-014`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QuestionId(String);

/// A topic's id from the bank (e.g. `law2023`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TopicId(String);

/// A cited document's id from the bank (e.g. `law-2023`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DocumentId(String);

macro_rules! string_id {
    ($name:ident) => {
        impl $name {
            /// Wraps an id; the content loader has already checked its form.
            #[must_use]
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            /// The id as written in the bank.
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

string_id!(QuestionId);
string_id!(TopicId);
string_id!(DocumentId);

/// One of a question's options, by its position in the bank file
/// (0 is the option written first, shown to organisers as "A").
/// Shuffling changes where it is displayed, never its id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ChoiceId(pub u8);

impl ChoiceId {
    /// The option's letter in the bank file: 0 → 'A'.
    #[must_use]
    pub fn letter(self) -> char {
        char::from(b'A' + self.0)
    }
}

/// A wall-clock timestamp in milliseconds since the Unix epoch, supplied by
/// the caller. The engine never reads a clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Millis(pub u64);

impl Millis {
    /// Milliseconds from `earlier` to `self`; zero if the clock went back.
    #[must_use]
    pub fn since(self, earlier: Millis) -> u64 {
        self.0.saturating_sub(earlier.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choice_letters_follow_the_bank_order() {
        assert_eq!(ChoiceId(0).letter(), 'A');
        assert_eq!(ChoiceId(3).letter(), 'D');
        assert_eq!(ChoiceId(5).letter(), 'F');
    }

    #[test]
    fn elapsed_time_never_underflows_when_the_clock_goes_back() {
        assert_eq!(Millis(5_000).since(Millis(2_000)), 3_000);
        assert_eq!(Millis(2_000).since(Millis(5_000)), 0);
    }

    #[test]
    fn ids_display_as_written() {
        assert_eq!(QuestionId::new("law2023-001").to_string(), "law2023-001");
        assert_eq!(TopicId::new("ocop").as_str(), "ocop");
    }
}
