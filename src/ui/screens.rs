//! One component per screen.

pub mod bank_problems;
pub mod question;
pub mod results;
pub mod start;
