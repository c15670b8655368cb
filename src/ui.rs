//! The web interface: Yew components that render the session and send
//! actions. Browser APIs stay at this edge (and in `storage`).

mod app;
mod bank_loader;
mod certificate_image;
mod clipboard;
mod clock;
mod contest;
mod file_io;
mod hooks;
mod host;
mod learn;
mod notices;
mod organiser;
pub mod panic_screen;
mod play;
mod player;
mod refs;
mod route;
mod screens;
mod share;
mod shell;
mod speech;
mod tools;
mod update_prompt;
mod widgets;

pub use app::render_players_page;
pub use contest::render_contest_page;
pub use learn::LearnApp;
pub use tools::ToolsApp;

/// Removes the loading screen each page shows while its wasm downloads.
pub fn remove_boot_screen() {
    if let Some(boot) = gloo::utils::document().get_element_by_id("boot") {
        boot.remove();
    }
}
pub use player::session::{Screen, Session, SessionAction};
pub use player::PlayerArea;
pub use refs::BankRef;
pub use screens::bank_problems::bank_problems;
