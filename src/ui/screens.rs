//! Screens shared by both pages (the shell shows them); each area's own
//! screens live in its folder (`player/screens/`).

pub mod bank_problems;
