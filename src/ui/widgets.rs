//! Small pieces shared by screens, mostly functions (with a hook for the
//! state of those that keep one, held by the screen that shows them):
//! each component costs the wasm its own copy of Yew's lifecycle code.

pub mod certificate_png;
pub mod choice_button;
pub mod copy_box;
pub mod countdown;
pub mod explanation;
pub mod feedback_panel;
pub mod file_picker;
pub mod lang_switch;
pub mod progress_bar;
pub mod read_aloud;
pub mod result_send;
pub mod source_ref;
pub mod text;
pub mod text_size_switch;
