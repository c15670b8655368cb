//! Screens shared by the pages: the bank's problems (the shell shows
//! them), a question and a round's results (the players' page and the
//! contest page). Each area's own screens live in its folder
//! (`player/screens/`, `contest/screens/`).

pub mod bank_problems;
pub mod question;
pub mod results;
