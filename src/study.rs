//! Study material: the project's fact list (`static/facts.json`) read as
//! key points by topic, the 2012/2023 comparison built from them, which
//! questions rest on which facts (both ways), and a search that ignores
//! diacritics and case.
//!
//! Pure, like `quiz` and `content`: it must not import `yew`, `web_sys`,
//! `gloo`, `js_sys` or `wasm_bindgen`; the Learn pages in `ui::learn` fetch
//! the file and show what this module returns.

mod book;
mod fold;
mod parse;

pub use book::{CompareCell, CompareRow, Fact, Status, StudyBook};
pub use fold::fold;
pub use parse::parse_facts;

#[cfg(test)]
mod tests;
