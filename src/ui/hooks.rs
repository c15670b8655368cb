//! The effects areas repeat, named once: following the address, saving
//! to the device, listening to the keyboard, a round's clock, and focus
//! on what a new screen is about. An area component then reads as a list
//! of what it does; each hook owns its listener or timer and drops it when
//! the component goes.

mod focus;
mod hash;
mod keydown;
mod round_clock;
mod saved;

pub use focus::use_focused_on_mount;
pub use hash::{current_hash, use_hash, use_hash_change, use_shown_hash};
pub use keydown::{use_keydown, KeyPress};
pub use round_clock::use_round_clock;
pub use saved::use_saved;
