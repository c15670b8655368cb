//! The player area's screens, one component per screen.

pub mod contest;
pub mod invite;
pub mod practice;
pub mod progress;
pub mod question;
pub mod results;
pub mod start;
pub mod tie_break;
