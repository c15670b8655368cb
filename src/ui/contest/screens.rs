//! The contest page's own screens (the question and the shared part of
//! the results are in `ui::screens`).

pub mod result;
pub mod rules;
pub mod tie_break;
