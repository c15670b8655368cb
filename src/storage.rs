//! The only module that touches browser storage. Every key carries a
//! version. A missing key reads as nothing; an unreadable value (bad JSON,
//! wrong types, an older layout, another app's data) is logged, deleted and
//! read as nothing, key by key, so one damaged value never costs the others.
//! Writes report failure instead of panicking: private windows and full
//! storage are normal on players' phones.

use crate::i18n::Lang;
use crate::json;
use crate::quiz::play::{Attempt, PlayKind, Setup};
use crate::quiz::progress::Progress;
use crate::quiz::RoundRecord;

mod records;

pub use records::ToJson;

/// The player's language choice: "vi" or "en".
const LANG_KEY: &str = "coopquiz.lang.v1";
/// The text size setting: "100", "125" or "150".
const TEXT_SIZE_KEY: &str = "coopquiz.textsize.v1";
/// The round in progress (or just finished) with its kind, as `SavedPlay`.
const PLAY_KEY: &str = "coopquiz.play.v1";
/// The contest page's counted round (the players' page's is `PLAY_KEY`).
const CONTEST_PLAY_KEY: &str = "coopquiz.contestplay.v1";
/// Where the first version kept a round, as a bare `RoundRecord`; read
/// once as a practice round and then moved to `PLAY_KEY`.
const OLD_ROUND_KEY: &str = "coopquiz.round.v1";
/// Rounds played, scores, review boxes, as `Progress`.
const PROGRESS_KEY: &str = "coopquiz.progress.v1";
/// Contest rounds played on this device, as a list of `Attempt`.
const ATTEMPTS_KEY: &str = "coopquiz.contest.v1";
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
    /// The same outcome for another type, when nothing was found.
    fn map_missing<U>(self) -> Loaded<U> {
        match self {
            Loaded::Found(_) | Loaded::Missing => Loaded::Missing,
            Loaded::Discarded => Loaded::Discarded,
        }
    }

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
    // Quoted by hand: `{:?}` would link string escaping for a console line.
    gloo::console::warn!(format!("discarding unreadable {key} ({why}): \"{shown}\""));
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

fn write_json<T: ToJson + ?Sized>(key: &str, value: &T) -> Result<(), WriteFailed> {
    write(key, &json::to_string(&value.to_json()))
}

/// Reads a stored language: exactly a code this version writes.
#[must_use]
pub fn decode_lang(value: &str) -> Option<Lang> {
    Lang::from_code(value).filter(|lang| lang.code() == value)
}

/// A round with its kind and settings, as kept across a reload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedPlay {
    pub kind: PlayKind,
    pub setup: Setup,
    pub round: RoundRecord,
}

/// Reads a round saved by the first version; any other shape is an error
/// naming the problem.
pub fn decode_round(value: &str) -> Result<RoundRecord, String> {
    json::from_str(value)
}

/// Reads a stored play; any other shape is an error naming the problem.
pub fn decode_play(value: &str) -> Result<SavedPlay, String> {
    json::from_str(value)
}

/// Reads stored progress.
pub fn decode_progress(value: &str) -> Result<Progress, String> {
    json::from_str(value)
}

/// Reads the stored contest attempts.
pub fn decode_attempts(value: &str) -> Result<Vec<Attempt>, String> {
    json::from_str(value)
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

/// A contest round saved before the contest had a page of its own is in
/// the players' key: it moves to the contest's, so that neither page's
/// first save (`use_saved` writes at the start) loses it. Both pages call
/// this before they read their round.
fn move_old_contest_play() {
    let Some(value) = read_raw(PLAY_KEY) else {
        return;
    };
    if decode_play(&value).is_ok_and(|saved| matches!(saved.kind, PlayKind::Contest { .. })) {
        if read_raw(CONTEST_PLAY_KEY).is_none() && write(CONTEST_PLAY_KEY, &value).is_err() {
            return; // kept where it is rather than lost
        }
        if let Some(storage) = local_storage() {
            let _removed = storage.remove_item(PLAY_KEY);
        }
    }
}

/// The round that was on screen before the page was reloaded or closed.
#[must_use]
pub fn load_play() -> Loaded<SavedPlay> {
    move_old_contest_play();
    match read_decoded(PLAY_KEY, decode_play) {
        Loaded::Missing => match read_decoded(OLD_ROUND_KEY, decode_round) {
            Loaded::Found(round) => Loaded::Found(SavedPlay {
                kind: PlayKind::Practice,
                setup: Setup::default(),
                round,
            }),
            other => other.map_missing(),
        },
        found => found,
    }
}

/// Keeps `play`, or forgets the saved one when `None`.
pub fn save_play(play: Option<&SavedPlay>) -> Result<(), WriteFailed> {
    let storage = local_storage().ok_or(WriteFailed::Unavailable)?;
    let _moved = storage.remove_item(OLD_ROUND_KEY);
    if let Some(play) = play {
        write_json(PLAY_KEY, play)
    } else {
        storage.remove_item(PLAY_KEY).map_err(|_| WriteFailed::Refused)
    }
}

/// Deletes a saved round that the current bank cannot rebuild.
pub fn discard_play(why: &str) {
    for key in [PLAY_KEY, OLD_ROUND_KEY] {
        if let Some(value) = read_raw(key) {
            discard(key, &value, why);
        }
    }
}

/// The contest page's round as it was before a reload.
#[must_use]
pub fn load_contest_play() -> Loaded<SavedPlay> {
    move_old_contest_play();
    read_decoded(CONTEST_PLAY_KEY, decode_play)
}

/// Keeps the contest page's round (it is never forgotten: the rules
/// screen offers to continue it, and the results stay on reload).
pub fn save_contest_play(play: &SavedPlay) -> Result<(), WriteFailed> {
    write_json(CONTEST_PLAY_KEY, play)
}

/// Deletes a saved contest round that the current bank cannot rebuild.
pub fn discard_contest_play(why: &str) {
    if let Some(value) = read_raw(CONTEST_PLAY_KEY) {
        discard(CONTEST_PLAY_KEY, &value, why);
    }
}

/// Rounds played, scores and review boxes.
#[must_use]
pub fn load_progress() -> Loaded<Progress> {
    read_decoded(PROGRESS_KEY, decode_progress)
}

pub fn save_progress(progress: &Progress) -> Result<(), WriteFailed> {
    write_json(PROGRESS_KEY, progress)
}

/// Contest rounds already played on this device.
#[must_use]
pub fn load_attempts() -> Loaded<Vec<Attempt>> {
    read_decoded(ATTEMPTS_KEY, decode_attempts)
}

pub fn save_attempts(attempts: &[Attempt]) -> Result<(), WriteFailed> {
    write_json(ATTEMPTS_KEY, attempts)
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
            ("[]", "invalid type: sequence"),
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

    #[test]
    fn a_saved_play_progress_and_attempts_read_back_and_damage_is_refused() {
        let play = r#"{"kind":{"mode":"contest","round_no":1,"day":1059,"player":{"name":"An","birth_year":null,"unit":"Xã A","phone":""},"prediction":null},
            "setup":{"length":10,"topics":[],"difficulty":"mixed","timed":false},
            "round":{"seed":1,"started_at":5,"questions":[["q1",[0,1]]],"answers":[],"showing_feedback":false,"finished_at":null,"no_feedback":true,"time_limit_ms":900000}}"#;
        let saved = decode_play(play).unwrap();
        assert!(matches!(saved.kind, PlayKind::Contest { round_no: 1, .. }));
        assert_eq!(saved.round.time_limit_ms, Some(900_000));
        assert!(decode_play(&play.replace("contest", "cheat")).is_err());
        assert!(decode_play(r#"{"kind":{"mode":"practice"}}"#)
            .unwrap_err()
            .contains("missing field"));

        let progress = Progress::default();
        let json = json::to_string(&progress.to_json());
        assert_eq!(decode_progress(&json).unwrap(), progress);
        assert!(decode_progress(r#"{"rounds":"many"}"#).is_err());
        assert!(decode_attempts(r#"[{"contest":"x"}]"#)
            .unwrap_err()
            .contains("missing field"));
        assert_eq!(decode_attempts("[]").unwrap(), Vec::new());
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
    // Host mode is on the tools page only: its record keeps serde.
    match serde_json::to_string(record) {
        Ok(json) => write(HOST_KEY, &json),
        Err(e) => {
            gloo::console::error!(format!("could not encode {HOST_KEY}: {e}"));
            Err(WriteFailed::Refused)
        }
    }
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
