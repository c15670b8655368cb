//! The web interface: Yew components that render the session and send
//! actions. Browser APIs stay at this edge (and in `storage`).

mod app;
mod bank_loader;
mod clipboard;
mod clock;
mod download;
mod host;
mod keys;
mod learn;
mod notices;
mod organiser;
pub mod panic_screen;
mod quiz;
mod route;
mod screens;
mod session;
mod speech;
mod update_prompt;
mod widgets;

pub use app::App;
pub use quiz::Quiz;
pub use screens::bank_problems::BankProblems;
pub use session::{BankRef, Screen, Session, SessionAction};
