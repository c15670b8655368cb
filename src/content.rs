//! Reading untrusted data files into engine types, checking everything.
//!
//! An organiser may replace `questions.json` (and the contest, branding and
//! fact files) on the server, so nothing here trusts a file: every problem
//! is collected (not only the first) and described with the place (question
//! id), the field and what is wrong, so the app can list them instead of
//! showing a blank page. Pure: no web dependency; imports only `quiz`.
//!
//! By idea: `problem` (what a problem is), `read` (what every reader
//! shares), `bank` (the question bank); then one module per other file or
//! format.

mod bank;
mod problem;
mod read;

pub mod branding;
pub mod companion;
pub mod contest;
pub mod csv;
pub mod csv_import;
pub mod english;
pub mod form_export;
pub mod lint;
pub mod notes;
pub mod submit;
pub mod xlsx;

pub use bank::{parse_bank, MIN_QUESTIONS};
pub use problem::{ContentError, Place};
pub(crate) use read::{check_id, check_schema, decode, entry_name, list, read_root, text, RawText};
pub use read::{MAX_BYTES, SCHEMA};
