//! The saved records against JSON written by the serde derives of the
//! version before (fixtures made with that code on 2026-12-06): each must
//! read back and be written again byte for byte.

use super::super::{decode_attempts, decode_play, decode_progress, decode_round};
use super::ToJson;
use crate::json;

/// `SavedPlay`s of each kind, as the serde code wrote them.
const PLAYS: [&str; 6] = [
    r#"{"kind":{"mode":"practice"},"setup":{"length":10,"topics":[],"difficulty":"mixed","timed":false},"round":{"seed":18446744073709551615,"started_at":1733450000123,"questions":[["q-01",[2,0,1,3]],["tf_2",[0,1]]],"answers":[[[1,3],1733450005000]],"showing_feedback":true,"finished_at":null,"no_feedback":false,"time_limit_ms":null}}"#,
    r#"{"kind":{"mode":"review"},"setup":{"length":5,"topics":["ocop","law-2023"],"difficulty":"hard","timed":true},"round":{"seed":18446744073709551615,"started_at":1733450000123,"questions":[["q-01",[2,0,1,3]],["tf_2",[0,1]]],"answers":[[[1,3],1733450005000]],"showing_feedback":true,"finished_at":null,"no_feedback":false,"time_limit_ms":null}}"#,
    r#"{"kind":{"mode":"challenge","score":7},"setup":{"length":10,"topics":[],"difficulty":"mixed","timed":false},"round":{"seed":7,"started_at":5,"questions":[["q1",[0,1]]],"answers":[[[],9]],"showing_feedback":false,"finished_at":12,"no_feedback":true,"time_limit_ms":900000}}"#,
    r#"{"kind":{"mode":"challenge","score":null},"setup":{"length":10,"topics":[],"difficulty":"mixed","timed":false},"round":{"seed":7,"started_at":5,"questions":[["q1",[0,1]]],"answers":[[[],9]],"showing_feedback":false,"finished_at":12,"no_feedback":true,"time_limit_ms":900000}}"#,
    r#"{"kind":{"mode":"contest","round_no":2,"day":1059,"player":{"name":"Nguyễn Văn \"An\"\n\\","birth_year":1987,"unit":"HTX Tân Phú","phone":"0912 345 678"},"prediction":1234},"setup":{"length":10,"topics":[],"difficulty":"mixed","timed":false},"round":{"seed":7,"started_at":5,"questions":[["q1",[0,1]]],"answers":[[[],9]],"showing_feedback":false,"finished_at":12,"no_feedback":true,"time_limit_ms":900000}}"#,
    r#"{"kind":{"mode":"contest","round_no":1,"day":0,"player":{"name":"An","birth_year":null,"unit":"","phone":""},"prediction":null},"setup":{"length":10,"topics":[],"difficulty":"mixed","timed":false},"round":{"seed":7,"started_at":5,"questions":[["q1",[0,1]]],"answers":[[[],9]],"showing_feedback":false,"finished_at":12,"no_feedback":true,"time_limit_ms":900000}}"#,
];

const ROUND: &str = r#"{"seed":18446744073709551615,"started_at":1733450000123,"questions":[["q-01",[2,0,1,3]],["tf_2",[0,1]]],"answers":[[[1,3],1733450005000]],"showing_feedback":true,"finished_at":null,"no_feedback":false,"time_limit_ms":null}"#;

const PROGRESS: [&str; 2] = [
    r#"{"rounds":0,"best_percent":0,"percent_sum":0,"topics":{},"history":[],"review":{"rounds":0,"cards":{}}}"#,
    r#"{"rounds":3,"best_percent":90,"percent_sum":210,"topics":{"Luật \"2023\"":[0,2],"ocop":[5,8]},"history":[{"mode":"contest","at":1733450000123,"correct":9,"total":10,"seconds":301},{"mode":"practice","at":1,"correct":0,"total":10,"seconds":0},{"mode":"review","at":2,"correct":1,"total":1,"seconds":4294967295},{"mode":"challenge","at":3,"correct":2,"total":3,"seconds":4}],"review":{"rounds":3,"cards":{"q1":{"box":1,"due":4},"q2":{"box":5,"due":19}}}}"#,
];

const ATTEMPTS: [&str; 2] = [
    r#"[{"contest":"Cuộc thi 😀 tìm hiểu","round_no":1,"code":"AB12-CD","name":"An","unit":"Xã A","correct":8,"total":10,"seconds":95,"day":1059}]"#,
    "[]",
];

#[test]
fn saved_plays_from_the_serde_version_read_and_write_back_the_same() {
    for text in PLAYS {
        let play = decode_play(text).unwrap_or_else(|e| panic!("{e}: {text}"));
        assert_eq!(json::to_string(&play.to_json()), text);
    }
    let round = decode_round(ROUND).unwrap();
    assert_eq!(round.seed, u64::MAX);
    assert_eq!(json::to_string(&round.to_json()), ROUND);
}

#[test]
fn saved_progress_and_attempts_from_the_serde_version_read_and_write_back_the_same() {
    for text in PROGRESS {
        let progress = decode_progress(text).unwrap_or_else(|e| panic!("{e}: {text}"));
        assert_eq!(json::to_string(&progress.to_json()), text);
    }
    let progress = decode_progress(PROGRESS[1]).unwrap();
    assert_eq!(progress.topics["Luật \"2023\""], (0, 2));
    assert_eq!(progress.review.cards["q2"].box_no, 5);
    for text in ATTEMPTS {
        let attempts = decode_attempts(text).unwrap_or_else(|e| panic!("{e}: {text}"));
        assert_eq!(json::to_string(&attempts.to_json()), text);
    }
}

#[test]
fn a_round_saved_before_contests_existed_reads_with_feedback_and_no_limit() {
    let round = decode_round(
        r#"{"seed":1,"started_at":5,"questions":[["q1",[1,0]]],"answers":[],"showing_feedback":false,"finished_at":null}"#,
    )
    .unwrap();
    assert!(!round.no_feedback);
    assert_eq!(round.time_limit_ms, None);
}

#[test]
fn a_damaged_kind_or_setup_is_refused_with_serde_s_words() {
    let play = PLAYS[4];
    for (from, to, reason) in [
        (r#""mode":"contest""#, r#""mode":"cheat""#, "unknown variant `cheat`"),
        (
            r#""round_no":2"#,
            r#""round_no":300"#,
            "invalid value: integer `300`, expected u8",
        ),
        (
            r#""timed":false"#,
            r#""timed":0"#,
            "invalid type: integer `0`, expected a boolean",
        ),
        (r#""timed":false"#, r#""timed":false,"x":1"#, "unknown field `x`"),
        (r#""mode":"contest","#, "", "missing field `mode`"),
    ] {
        let damaged = play.replacen(from, to, 1);
        assert_ne!(damaged, play);
        let error = decode_play(&damaged).unwrap_err();
        assert!(error.contains(reason), "{damaged}: {error}");
    }
    assert!(
        decode_play(r#"{"kind":{"mode":"practice","score":1},"setup":{},"round":{}}"#)
            .unwrap_err()
            .contains("unknown field `score`")
    );
}
