//! The only module that touches browser storage. Every key carries a
//! version. A missing key reads as nothing; an unreadable value (bad JSON,
//! wrong types, an older layout, another app's data) is logged, deleted and
//! read as nothing, key by key, so one damaged value never costs the others.
//! Writes report failure instead of panicking: private windows and full
//! storage are normal on players' phones.

use serde::Serialize;

use crate::i18n::Lang;
use crate::quiz::RoundRecord;

/// The player's language choice: "vi" or "en".
const LANG_KEY: &str = "coopquiz.lang.v1";
/// The text size setting: "100", "125" or "150".
const TEXT_SIZE_KEY: &str = "coopquiz.textsize.v1";
/// The round in progress (or just finished), as a `RoundRecord`.
const ROUND_KEY: &str = "coopquiz.round.v1";
/// Written and removed once at start to learn whether storage works.
const PROBE_KEY: &str = "coopquiz.probe";

/// How large the text is, as a share of the browser's own size.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Larger,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::Larger];

    #[must_use]
    pub fn percent(self) -> u16 {
        match self {
            TextSize::Normal => 100,
            TextSize::Large => 125,
            TextSize::Larger => 150,
        }
    }
}

/// What reading one key found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loaded<T> {
    Missing,
    Found(T),
    /// The value could not be read and was deleted.
    Discarded,
}

impl<T> Loaded<T> {
    pub fn found(self) -> Option<T> {
        match self {
            Loaded::Found(value) => Some(value),
            Loaded::Missing | Loaded::Discarded => None,
        }
    }
}

/// A write that did not happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteFailed {
    /// No storage at all (disabled, or blocked in a private window).
    Unavailable,
    /// Storage refused the value (usually: full).
    Refused,
}

fn local_storage() -> Option<web_sys::Storage> {
    // `local_storage()` throws in some private modes and when disabled.
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether values can be written and read back.
#[must_use]
pub fn works() -> bool {
    let Some(storage) = local_storage() else { return false };
    let written = storage.set_item(PROBE_KEY, "1").is_ok();
    let read_back = storage.get_item(PROBE_KEY).ok().flatten().as_deref() == Some("1");
    let _removed = storage.remove_item(PROBE_KEY);
    written && read_back
}

fn read_raw(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

fn discard(key: &str, value: &str, why: &str) {
    let shown: String = value.chars().take(80).collect();
    gloo::console::warn!(format!("discarding unreadable {key} ({why}): {shown:?}"));
    if let Some(storage) = local_storage() {
        let _removed = storage.remove_item(key);
    }
}

fn read_decoded<T>(key: &str, decode: impl Fn(&str) -> Result<T, String>) -> Loaded<T> {
    let Some(value) = read_raw(key) else {
        return Loaded::Missing;
    };
    match decode(&value) {
        Ok(parsed) => Loaded::Found(parsed),
        Err(why) => {
            discard(key, &value, &why);
            Loaded::Discarded
        }
    }
}

fn write(key: &str, value: &str) -> Result<(), WriteFailed> {
    let storage = local_storage().ok_or(WriteFailed::Unavailable)?;
    storage.set_item(key, value).map_err(|_| {
        gloo::console::warn!(format!("could not save {key}: storage refused it (full?)"));
        WriteFailed::Refused
    })
}

fn write_json<T: Serialize>(key: &str, value: &T) -> Result<(), WriteFailed> {
    // Serializing plain data structs cannot fail; a failure would be a bug
    // worth seeing in the log rather than a crash.
    match serde_json::to_string(value) {
        Ok(json) => write(key, &json),
        Err(e) => {
            gloo::console::error!(format!("could not encode {key}: {e}"));
            Err(WriteFailed::Refused)
        }
    }
}

/// Reads a stored language: exactly a code this version writes.
#[must_use]
pub fn decode_lang(value: &str) -> Option<Lang> {
    Lang::from_code(value).filter(|lang| lang.code() == value)
}

/// Reads a stored round; any other shape is an error naming the problem.
pub fn decode_round(value: &str) -> Result<RoundRecord, String> {
    serde_json::from_str(value).map_err(|e| e.to_string())
}

/// The language the player chose last time.
#[must_use]
pub fn load_lang() -> Loaded<Lang> {
    read_decoded(LANG_KEY, |value| {
        decode_lang(value).ok_or_else(|| "not a language code".to_owned())
    })
}

/// Reads a stored text size: exactly "100", "125" or "150".
#[must_use]
pub fn decode_text_size(value: &str) -> Option<TextSize> {
    TextSize::ALL
        .into_iter()
        .find(|size| size.percent().to_string() == value)
}

/// The text size the player chose last time.
#[must_use]
pub fn load_text_size() -> Loaded<TextSize> {
    read_decoded(TEXT_SIZE_KEY, |value| {
        decode_text_size(value).ok_or_else(|| "not a text size".to_owned())
    })
}

pub fn save_text_size(size: TextSize) -> Result<(), WriteFailed> {
    write(TEXT_SIZE_KEY, &size.percent().to_string())
}

pub fn save_lang(lang: Lang) -> Result<(), WriteFailed> {
    write(LANG_KEY, lang.code())
}

/// The round that was on screen before the page was reloaded or closed.
#[must_use]
pub fn load_round() -> Loaded<RoundRecord> {
    read_decoded(ROUND_KEY, decode_round)
}

/// Keeps `round`, or forgets the saved one when `None`.
pub fn save_round(round: Option<&RoundRecord>) -> Result<(), WriteFailed> {
    if let Some(record) = round {
        write_json(ROUND_KEY, record)
    } else {
        let storage = local_storage().ok_or(WriteFailed::Unavailable)?;
        storage.remove_item(ROUND_KEY).map_err(|_| WriteFailed::Refused)
    }
}

/// Deletes a saved round that the current bank cannot rebuild.
pub fn discard_round(why: &str) {
    if let Some(value) = read_raw(ROUND_KEY) {
        discard(ROUND_KEY, &value, why);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_codes_this_version_writes_are_read_as_a_language() {
        assert_eq!(decode_lang("vi"), Some(Lang::Vi));
        assert_eq!(decode_lang("en"), Some(Lang::En));
        for other in ["", "EN", "en-GB", "\"vi\"", "klingon", "vi ", "{}"] {
            assert_eq!(decode_lang(other), None, "{other:?}");
        }
    }

    #[test]
    fn only_the_three_text_sizes_are_read() {
        assert_eq!(decode_text_size("100"), Some(TextSize::Normal));
        assert_eq!(decode_text_size("125"), Some(TextSize::Large));
        assert_eq!(decode_text_size("150"), Some(TextSize::Larger));
        for other in ["", "110", "150%", "large", "1e2"] {
            assert_eq!(decode_text_size(other), None, "{other:?}");
        }
    }

    #[test]
    fn a_saved_round_decodes_and_anything_else_is_refused_with_a_reason() {
        let good = r#"{"seed":1,"started_at":5,"questions":[["q1",[1,0,2,3]]],"answers":[[[2],9]],"showing_feedback":true,"finished_at":null}"#;
        let record = decode_round(good).unwrap();
        assert_eq!(record.questions[0].0, "q1");
        assert_eq!(record.answers[0], (vec![2], 9));
        for (bad, reason) in [
            ("", "EOF"),
            ("{not json", "key must be a string"),
            ("[]", "invalid length"),
            ("42", "invalid type"),
            (
                r#"{"seed":"1","started_at":5,"questions":[],"answers":[],"showing_feedback":false,"finished_at":null}"#,
                "invalid type",
            ),
            (
                r#"{"seed":1,"started_at":-5,"questions":[],"answers":[],"showing_feedback":false,"finished_at":null}"#,
                "invalid value",
            ),
            (
                r#"{"seed":1,"started_at":5,"questions":[],"answers":[],"showing_feedback":false,"finished_at":null,"v":2}"#,
                "unknown field",
            ),
            (r#"{"theme":"dark"}"#, "unknown field"),
            (r#"{"seed":1}"#, "missing field"),
        ] {
            let error = decode_round(bad).unwrap_err();
            assert!(error.contains(reason), "{bad:?}: {error}");
        }
    }
}

// ---------------------------------------------------------------------
// Host mode (issue 8): the contest on the projector, kept across a reload.
// Self-contained: only the helpers above are shared.
// ---------------------------------------------------------------------

/// The contest in progress (or just finished), as a `HostRecord`.
const HOST_KEY: &str = "coopquiz.host.v1";

/// Reads a stored contest; any other shape is an error naming the problem.
pub fn decode_host(value: &str) -> Result<crate::quiz::host::HostRecord, String> {
    serde_json::from_str(value).map_err(|e| e.to_string())
}

/// The contest that was on the projector before a reload.
#[must_use]
pub fn load_host() -> Loaded<crate::quiz::host::HostRecord> {
    read_decoded(HOST_KEY, decode_host)
}

/// Keeps the contest, so a reload resumes it exactly.
pub fn save_host(record: &crate::quiz::host::HostRecord) -> Result<(), WriteFailed> {
    write_json(HOST_KEY, record)
}

/// Forgets the saved contest: the host abandoned it or started another.
pub fn forget_host() -> Result<(), WriteFailed> {
    let storage = local_storage().ok_or(WriteFailed::Unavailable)?;
    storage.remove_item(HOST_KEY).map_err(|_| WriteFailed::Refused)
}

/// Deletes a saved contest the current bank cannot rebuild, with the reason
/// in the log.
pub fn discard_host(why: &str) {
    if let Some(value) = read_raw(HOST_KEY) {
        discard(HOST_KEY, &value, why);
    }
}

#[cfg(test)]
mod host_tests {
    use super::decode_host;

    const SETUP: &str = r#"{"teams":[{"name":"Đội 1","colour":0},{"name":"Đội 2","colour":1}],"questions":3,"topics":[],"difficulty":"any","seconds":30,"points":10,"speed_bonus":false,"pass_on_wrong":true}"#;

    #[test]
    fn a_saved_contest_decodes_and_anything_else_is_refused_with_a_reason() {
        let good = format!(
            r#"{{"setup":{SETUP},"seed":5,"questions":["q1"],"actions":[{{"start_timer":{{"at":10}}}},{{"award":{{"team":1,"at":20}}}}]}}"#
        );
        let record = decode_host(&good).unwrap();
        assert_eq!(record.setup.teams[1].name, "Đội 2");
        assert_eq!(record.actions.len(), 2);
        for (bad, reason) in [
            (String::new(), "EOF"),
            ("[]".to_owned(), "invalid length"),
            (r#"{"theme":"dark"}"#.to_owned(), "unknown field"),
            (
                format!(r#"{{"setup":{SETUP},"seed":5,"questions":[],"actions":[{{"dance":{{"at":1}}}}]}}"#),
                "unknown variant",
            ),
            (
                format!(r#"{{"setup":{SETUP},"seed":5,"questions":[],"actions":[{{"award":{{"at":1}}}}]}}"#),
                "missing field",
            ),
            (
                format!(r#"{{"setup":{SETUP},"seed":-5,"questions":[],"actions":[]}}"#),
                "invalid value",
            ),
            (
                format!(r#"{{"setup":{SETUP},"seed":5,"questions":[],"actions":[{{"undo":{{"at":1,"x":2}}}}]}}"#),
                "unknown field",
            ),
        ] {
            let error = decode_host(&bad).unwrap_err();
            assert!(error.contains(reason), "{bad:?}: {error}");
        }
    }
}
