//! The web interface: Yew components that render the session and send
//! actions. Browser APIs stay at this edge (and in `storage`).

mod app;
mod bank_loader;
mod certificate_image;
mod clipboard;
mod clock;
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
mod share;
mod shell;
mod speech;
mod tools;
mod update_prompt;
mod widgets;

pub use app::App;
pub use tools::ToolsApp;

/// Removes the loading screen `index.html` shows while the wasm downloads.
pub fn remove_boot_screen() {
    if let Some(boot) = gloo::utils::document().get_element_by_id("boot") {
        boot.remove();
    }
}
pub use quiz::Quiz;
pub use screens::bank_problems::BankProblems;
pub use session::{BankRef, Screen, Session, SessionAction};
