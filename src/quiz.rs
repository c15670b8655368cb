//! The quiz engine: question bank types, seeded round drawing, option
//! shuffling, answer checking, scoring and the round as a state machine.
//!
//! Pure Rust. It must not import `yew`, `web_sys`, `gloo`, `js_sys` or
//! `wasm_bindgen`, nor any other module of this crate: time and randomness
//! come in as arguments, so every rule is tested natively with `cargo test`.

pub mod bank;
pub mod challenge;
pub mod contest;
pub mod draw;
pub mod host;
pub mod ids;
pub mod lang;
pub mod order;
pub mod play;
pub mod progress;
pub mod qr;
pub mod question;
pub mod ranking;
pub mod record;
pub mod replay_table;
pub mod result_code;
pub mod review;
pub mod round;
pub mod sample_codes;
pub mod scoring;
pub mod standings_table;
pub mod verifier;

pub use bank::{Document, QuestionBank, Topic};
pub use ids::{ChoiceId, DocumentId, Millis, QuestionId, TopicId};
pub use lang::{Explanation, Lang, Localized};
pub use question::{Choice, Difficulty, Kind, Question, Source};
pub use record::{RestoreError, RoundRecord};
pub use round::{Action, Answer, Draw, Phase, Rejected, Round, RoundConfig, RoundQuestion};
pub use scoring::{Summary, TopicScore};

#[cfg(test)]
pub(crate) mod fixture;
