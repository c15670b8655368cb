//! The player area's screens, one file per screen: a component, or a
//! function for a screen that keeps no state of its own.

pub mod invite;
pub mod practice;
pub mod progress;
pub mod results;
pub mod start;
