//! Keyboard shortcuts on the question screen, as a pure mapping so it can
//! be tested without a browser.

/// What a key press asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyCommand {
    /// Pick (or, for multiple select, tick) the option shown at this
    /// position, counting from 0.
    Choose(usize),
    /// Check a multiple-select answer, or go on from the feedback.
    Confirm,
}

/// The command for a `KeyboardEvent.key` value, if it has one.
#[must_use]
pub fn command_for_key(key: &str) -> Option<KeyCommand> {
    match key {
        "Enter" => Some(KeyCommand::Confirm),
        "1" | "2" | "3" | "4" | "5" | "6" => key.parse::<usize>().ok().map(|n| KeyCommand::Choose(n - 1)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_pick_options_and_enter_confirms() {
        assert_eq!(command_for_key("1"), Some(KeyCommand::Choose(0)));
        assert_eq!(command_for_key("4"), Some(KeyCommand::Choose(3)));
        assert_eq!(command_for_key("6"), Some(KeyCommand::Choose(5)));
        assert_eq!(command_for_key("Enter"), Some(KeyCommand::Confirm));
    }

    #[test]
    fn other_keys_do_nothing() {
        for key in ["0", "7", "a", " ", "Tab", "Escape", "ArrowDown", "12"] {
            assert_eq!(command_for_key(key), None, "{key}");
        }
    }
}
