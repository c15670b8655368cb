//! The host's keyboard shortcuts, as a pure mapping so it can be tested
//! without a browser. Every shortcut is also a button.

/// What the host asks for, by key or by click.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostCommand {
    /// Start the countdown, or pause it, or resume it.
    ToggleTimer,
    Reveal,
    /// The team (from 0) answered correctly.
    Award(usize),
    /// The team (from 0) answered wrongly.
    Wrong(usize),
    Undo,
    Next,
    /// Ask to end the contest (a confirmation follows).
    End,
    Fullscreen,
    Mute,
    Help,
    /// Close the help or the end confirmation.
    Close,
}

/// The command for a key press: `key` and `code` as in `KeyboardEvent`,
/// with the Shift key's state. Team keys go by `code` (`Digit3`), so
/// Shift+3 means team 3 on any keyboard layout.
#[must_use]
pub fn command_for_key(key: &str, code: &str, shift: bool) -> Option<HostCommand> {
    let digit = code
        .strip_prefix("Digit")
        .or_else(|| code.strip_prefix("Numpad"))
        .and_then(|d| d.parse::<usize>().ok())
        .filter(|d| (1..=8).contains(d));
    if let Some(team) = digit {
        return Some(if shift {
            HostCommand::Wrong(team - 1)
        } else {
            HostCommand::Award(team - 1)
        });
    }
    match key {
        " " => Some(HostCommand::ToggleTimer),
        "r" | "R" => Some(HostCommand::Reveal),
        "n" | "N" | "Enter" | "ArrowRight" => Some(HostCommand::Next),
        "u" | "U" | "Backspace" => Some(HostCommand::Undo),
        "e" | "E" => Some(HostCommand::End),
        "f" | "F" => Some(HostCommand::Fullscreen),
        "m" | "M" => Some(HostCommand::Mute),
        "?" | "h" | "H" => Some(HostCommand::Help),
        "Escape" => Some(HostCommand::Close),
        _ => None,
    }
}

/// Whether a key press on this element belongs to the element: typing in a
/// field, or Space and Enter on a button or link (which click it).
#[must_use]
pub fn belongs_to_element(tag: &str, key: &str) -> bool {
    match tag {
        "INPUT" | "TEXTAREA" | "SELECT" => true,
        "BUTTON" | "A" | "SUMMARY" => matches!(key, " " | "Enter"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_award_teams_and_shift_digits_mark_them_wrong() {
        assert_eq!(command_for_key("1", "Digit1", false), Some(HostCommand::Award(0)));
        assert_eq!(command_for_key("8", "Digit8", false), Some(HostCommand::Award(7)));
        assert_eq!(command_for_key("!", "Digit1", true), Some(HostCommand::Wrong(0)));
        assert_eq!(command_for_key("#", "Digit3", true), Some(HostCommand::Wrong(2)));
        assert_eq!(command_for_key("3", "Numpad3", false), Some(HostCommand::Award(2)));
        for (key, code) in [("9", "Digit9"), ("0", "Digit0"), ("0", "Numpad0")] {
            assert_eq!(command_for_key(key, code, false), None, "{code}");
        }
    }

    #[test]
    fn letters_and_named_keys_control_the_contest() {
        for (key, code, command) in [
            (" ", "Space", HostCommand::ToggleTimer),
            ("r", "KeyR", HostCommand::Reveal),
            ("R", "KeyR", HostCommand::Reveal),
            ("n", "KeyN", HostCommand::Next),
            ("Enter", "Enter", HostCommand::Next),
            ("ArrowRight", "ArrowRight", HostCommand::Next),
            ("u", "KeyU", HostCommand::Undo),
            ("Backspace", "Backspace", HostCommand::Undo),
            ("e", "KeyE", HostCommand::End),
            ("f", "KeyF", HostCommand::Fullscreen),
            ("m", "KeyM", HostCommand::Mute),
            ("?", "Slash", HostCommand::Help),
            ("Escape", "Escape", HostCommand::Close),
        ] {
            assert_eq!(command_for_key(key, code, false), Some(command), "{key}");
        }
        for key in ["a", "Tab", "ArrowLeft", "x"] {
            assert_eq!(command_for_key(key, "KeyA", false), None, "{key}");
        }
    }

    #[test]
    fn typing_in_a_field_and_pressing_buttons_are_left_alone() {
        for key in ["r", " ", "1", "Backspace", "Enter"] {
            assert!(belongs_to_element("INPUT", key), "{key}");
            assert!(belongs_to_element("SELECT", key), "{key}");
        }
        assert!(belongs_to_element("BUTTON", " "));
        assert!(belongs_to_element("BUTTON", "Enter"));
        assert!(
            !belongs_to_element("BUTTON", "r"),
            "a shortcut still works with a button focused"
        );
        assert!(!belongs_to_element("BODY", " "));
        assert!(!belongs_to_element("SECTION", "Enter"));
    }
}
