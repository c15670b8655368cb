//! Reads an organiser's contest settings (`static/contest.json`), checked
//! against the bank they will draw from. Every problem is listed, as for the
//! bank, so an organiser fixes them all at once.

use super::read::{check_schema, decode, read_root, text, RawText};
use super::submit::{read_submit, RawSubmit, SubmitTo};
use super::{ContentError, Place};
use crate::json::{DecodeError, Fields, FromJson, Value};
use crate::quiz::challenge::parse_difficulty;
use crate::quiz::contest::{day_number, ContestRules};
use crate::quiz::ranking::{RankRule, USUAL};
use crate::quiz::result_code::{MAX_QUESTIONS, MAX_SECONDS};
use crate::quiz::verifier::Keep;
use crate::quiz::{Localized, QuestionBank, TopicId};

/// One counted round of a contest: the days (inclusive) it is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ContestRound {
    /// Days since 2024-01-01; `None` when the round has no first or last day.
    pub opens: Option<i64>,
    pub closes: Option<i64>,
}

impl ContestRound {
    fn is_open_on(&self, day: i64) -> bool {
        self.opens.is_none_or(|o| o <= day) && self.closes.is_none_or(|c| day <= c)
    }
}

/// A checked contest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contest {
    pub title: Localized,
    pub tiebreak: Localized,
    /// The units a player chooses from; free text when empty.
    pub units: Vec<String>,
    /// Where players send their results (a form, an e-mail), if named.
    pub submit: Option<SubmitTo>,
    pub rounds: Vec<ContestRound>,
    pub rules: ContestRules,
    /// Which entry counts when a person sends several (`"first"` or
    /// `"best"`); `None`: the organiser chooses on the verify page.
    pub one_entry_per_person: Option<Keep>,
}

/// Where the contest stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Schedule {
    /// Round `number` (from 1) is open.
    Open { number: u8 },
    /// No round is open yet; the next opens on this day.
    NotYet { opens: i64 },
    /// Every round has closed.
    Over,
}

impl Contest {
    /// Which round is open on `day` (days since 2024-01-01).
    #[must_use]
    pub fn schedule(&self, day: i64) -> Schedule {
        if let Some(i) = self.rounds.iter().position(|r| r.is_open_on(day)) {
            return Schedule::Open {
                number: u8::try_from(i + 1).unwrap_or(u8::MAX),
            };
        }
        self.rounds
            .iter()
            .filter_map(|r| r.opens.filter(|o| *o > day))
            .min()
            .map_or(Schedule::Over, |opens| Schedule::NotYet { opens })
    }
}

struct RawContest {
    title: RawText,
    questions: usize,
    /// Milliseconds, from a number of minutes that may have decimals.
    minutes: Option<Minutes>,
    seconds: Option<u64>,
    topics: Vec<String>,
    difficulty: Option<String>,
    tiebreak: RawText,
    units: Vec<String>,
    submit: Option<RawSubmit>,
    rounds: Vec<RawRound>,
    ranking: Option<Vec<String>>,
    one_entry_per_person: Option<String>,
}

impl FromJson for RawContest {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        let f = Fields::strict(
            value,
            "a contest { … }",
            &[
                "schema",
                "title",
                "questions",
                "minutes",
                "seconds",
                "topics",
                "difficulty",
                "tiebreak",
                "units",
                "submit",
                "rounds",
                "ranking",
                "one_entry_per_person",
            ],
        )?;
        Ok(RawContest {
            title: f.get("title")?,
            questions: f.get::<Option<usize>>("questions")?.unwrap_or(20),
            minutes: f.get("minutes")?,
            seconds: f.get("seconds")?,
            topics: f.or_default("topics")?,
            difficulty: f.get("difficulty")?,
            tiebreak: f.get("tiebreak")?,
            units: f.or_default("units")?,
            submit: f.get("submit")?,
            rounds: f.or_default("rounds")?,
            ranking: f.get("ranking")?,
            one_entry_per_person: f.get("one_entry_per_person")?,
        })
    }
}

/// A number of minutes as milliseconds, rounded, read from the number's
/// decimal text: no floating point, whose code would weigh in every
/// player's wasm. `None` inside: zero or less.
struct Minutes(Option<u64>);

impl FromJson for Minutes {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        match value {
            Value::Number(n) => Ok(Minutes(minutes_to_ms(n))),
            other => Err(crate::json::invalid_type(other, "f64")),
        }
    }
}

/// `text` (a JSON number) minutes in milliseconds, rounded half up;
/// `None` when not more than zero. Saturates for huge values.
fn minutes_to_ms(text: &str) -> Option<u64> {
    if text.starts_with('-') {
        return None;
    }
    let (mantissa, exponent) = text.split_once(['e', 'E']).unwrap_or((text, "0"));
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let exponent: i64 = exponent.parse().unwrap_or(0);
    let digits = whole.bytes().chain(fraction.bytes()).map(|d| u128::from(d - b'0'));
    // Value = digits × 10^(exponent − fraction length); ms = value × 60 000.
    let mut scale = exponent - i64::try_from(fraction.len()).unwrap_or(i64::MAX);
    let mut number: u128 = 0;
    for d in digits {
        if number > u128::from(u64::MAX) {
            // Beyond any limit: further digits only scale it.
            scale += 1;
        } else {
            number = number * 10 + d;
        }
    }
    if number == 0 {
        return None;
    }
    let mut ms = number * 60_000;
    while scale > 0 && ms <= u128::from(u64::MAX) {
        ms *= 10;
        scale -= 1;
    }
    while scale < 0 && ms > 0 {
        let last = scale == -1;
        ms = if last { (ms + 5) / 10 } else { ms / 10 };
        scale += 1;
    }
    Some(u64::try_from(ms).unwrap_or(u64::MAX))
}

struct RawRound {
    opens: Option<String>,
    closes: Option<String>,
}

impl FromJson for RawRound {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        let f = Fields::strict(value, "a round { \"opens\": …, \"closes\": … }", &["opens", "closes"])?;
        Ok(RawRound {
            opens: f.get("opens")?,
            closes: f.get("closes")?,
        })
    }
}

fn problem(errors: &mut Vec<ContentError>, field: impl Into<String>, en: impl Into<String>, vi: impl Into<String>) {
    errors.push(ContentError::new(&Place::File, field, en, vi));
}

/// A `YYYY-MM-DD` date as a day number, or `None` if it is not one.
fn date(text: &str) -> Option<i64> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let day = day_number(y, m, d);
    // 31 February is not a date: it must read back as itself.
    (crate::quiz::contest::civil_date(day) == (y, m, d)).then_some(day)
}

/// The round's time limit in milliseconds (15 minutes when not given).
fn time_limit(minutes: Option<Minutes>, seconds: Option<u64>, errors: &mut Vec<ContentError>) -> u64 {
    let limit_ms = match (minutes, seconds) {
        (Some(Minutes(Some(ms))), None) => ms,
        (None, Some(s)) if s > 0 => s * 1000,
        (None, None) => 15 * 60_000,
        (Some(_), Some(_)) => {
            problem(
                errors,
                "minutes",
                "give \"minutes\" or \"seconds\", not both",
                "chỉ ghi \"minutes\" hoặc \"seconds\", không ghi cả hai",
            );
            0
        }
        _ => {
            problem(
                errors,
                "minutes",
                "the time limit must be more than zero",
                "thời gian làm bài phải lớn hơn 0",
            );
            0
        }
    };
    if limit_ms > u64::from(MAX_SECONDS) * 1000 {
        problem(
            errors,
            "minutes",
            format!("the time limit may be at most {} minutes", MAX_SECONDS / 60),
            format!("thời gian làm bài tối đa {} phút", MAX_SECONDS / 60),
        );
    }
    limit_ms
}

/// The ranking rules in the contest's order (score, prediction, time when not given).
fn ranking(names: Option<&[String]>, errors: &mut Vec<ContentError>) -> Vec<RankRule> {
    match names {
        None => USUAL.to_vec(),
        Some(names) => {
            let rules: Vec<Option<RankRule>> = names
                .iter()
                .map(|n| match n.as_str() {
                    "score" => Some(RankRule::Score),
                    "prediction" => Some(RankRule::Prediction),
                    "time" => Some(RankRule::Time),
                    _ => None,
                })
                .collect();
            let known: Vec<RankRule> = rules.iter().flatten().copied().collect();
            // Three rules at most: a look back beats linking a sort for them.
            let repeated = known.iter().enumerate().any(|(i, rule)| known[..i].contains(rule));
            if rules.contains(&None) || known.is_empty() || repeated {
                problem(
                    errors,
                    "ranking",
                    "list \"score\", \"prediction\" and \"time\" in the order they decide, each once",
                    "liệt kê \"score\", \"prediction\", \"time\" theo thứ tự xét, mỗi tiêu chí một lần",
                );
            }
            known
        }
    }
}

/// The counted rounds (one always-open round when none is given).
fn rounds(raw: &[RawRound], errors: &mut Vec<ContentError>) -> Vec<ContestRound> {
    let mut rounds = Vec::new();
    for (i, r) in raw.iter().enumerate() {
        let mut read = |value: &Option<String>, key: &str| -> Option<i64> {
            let text = value.as_deref()?;
            let day = date(text);
            if day.is_none() {
                problem(
                    errors,
                    format!("rounds[{i}].{key}"),
                    format!("\"{text}\" is not a date written YYYY-MM-DD"),
                    format!("\"{text}\" không phải ngày viết theo dạng YYYY-MM-DD (năm-tháng-ngày)"),
                );
            }
            day
        };
        let round = ContestRound {
            opens: read(&r.opens, "opens"),
            closes: read(&r.closes, "closes"),
        };
        if let (Some(o), Some(c)) = (round.opens, round.closes) {
            if c < o {
                problem(
                    errors,
                    format!("rounds[{i}]"),
                    "closes before it opens",
                    "ngày kết thúc trước ngày bắt đầu",
                );
            }
        }
        if let Some(previous) = rounds.last().and_then(|p: &ContestRound| p.closes) {
            if round.opens.is_none_or(|o| o <= previous) {
                problem(
                    errors,
                    format!("rounds[{i}].opens"),
                    "must open after the previous round closes",
                    "phải bắt đầu sau khi vòng trước kết thúc",
                );
            }
        }
        rounds.push(round);
    }
    if rounds.len() > 255 {
        problem(errors, "rounds", "at most 255 rounds", "tối đa 255 vòng thi");
    }
    if rounds.is_empty() {
        rounds.push(ContestRound {
            opens: None,
            closes: None,
        });
    }
    rounds
}

/// Reads and checks a contest file against `bank`.
pub fn parse_contest(json: &str, bank: &QuestionBank) -> Result<Contest, Vec<ContentError>> {
    let root = read_root(json)?;
    check_schema(&root)?;
    let mut errors = Vec::new();
    let Some(raw) = decode::<RawContest>(&Value::Object(root), &Place::File, &mut errors) else {
        return Err(errors);
    };
    let title = text(raw.title, &Place::File, "title", &mut errors);
    let tiebreak = text(raw.tiebreak, &Place::File, "tiebreak", &mut errors);

    if !(1..=MAX_QUESTIONS).contains(&raw.questions) {
        problem(
            &mut errors,
            "questions",
            format!("must be from 1 to {MAX_QUESTIONS}"),
            format!("phải từ 1 đến {MAX_QUESTIONS}"),
        );
    }
    let limit_ms = time_limit(raw.minutes, raw.seconds, &mut errors);

    let mut topics = Vec::new();
    for id in &raw.topics {
        let topic = TopicId::new(id.as_str());
        if bank.topic(&topic).is_none() {
            problem(
                &mut errors,
                "topics",
                format!("the bank has no topic \"{id}\""),
                format!("bộ câu hỏi không có chủ đề \"{id}\""),
            );
        }
        topics.push(topic);
    }
    let difficulty = match raw.difficulty.as_deref().map(parse_difficulty) {
        None => None,
        Some(Some(d)) => d,
        Some(None) => {
            problem(
                &mut errors,
                "difficulty",
                "must be easy, medium, hard or mixed",
                "phải là easy, medium, hard hoặc mixed",
            );
            None
        }
    };

    let ranking = ranking(raw.ranking.as_deref(), &mut errors);

    let rounds = rounds(&raw.rounds, &mut errors);
    let units: Vec<String> = raw.units.iter().map(|u| u.trim().to_owned()).collect();
    if units.iter().any(String::is_empty) {
        problem(&mut errors, "units", "a unit has no name", "có đơn vị chưa có tên");
    }
    let submit = raw.submit.and_then(|s| read_submit(s, &mut errors));

    let rules = ContestRules {
        questions: raw.questions,
        time_limit_ms: limit_ms,
        topics,
        difficulty,
        ranking,
    };
    let fit = bank
        .questions()
        .iter()
        .filter(|q| rules.round_config().admits(q))
        .count();
    if errors.is_empty() && fit < rules.questions {
        problem(
            &mut errors,
            "questions",
            format!(
                "asks for {} questions but only {fit} in the bank fit the topics and difficulty",
                rules.questions
            ),
            format!(
                "cần {} câu nhưng bộ câu hỏi chỉ có {fit} câu đúng chủ đề và mức độ đã chọn",
                rules.questions
            ),
        );
    }
    let one_entry_per_person = match raw.one_entry_per_person.as_deref() {
        None => None,
        Some("first") => Some(Keep::First),
        Some("best") => Some(Keep::Best),
        Some(_) => {
            let (en, vi) = ("must be \"first\" or \"best\"", "phải là \"first\" hoặc \"best\"");
            problem(&mut errors, "one_entry_per_person", en, vi);
            None
        }
    };
    if errors.is_empty() {
        Ok(Contest {
            title,
            tiebreak,
            units,
            submit,
            rounds,
            rules,
            one_entry_per_person,
        })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::parse_bank;

    fn bank() -> QuestionBank {
        parse_bank(include_str!("../../static/questions.json")).unwrap()
    }

    fn messages(json: &str) -> Vec<String> {
        parse_contest(json, &bank())
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    const MINIMAL: &str =
        r#"{"schema": 1, "title": {"vi": "Hội thi", "en": "Contest"}, "tiebreak": {"vi": "Dự đoán?", "en": "Guess?"}}"#;

    #[test]
    fn the_bundled_contest_file_reads() {
        let contest = parse_contest(include_str!("../../static/contest.json"), &bank()).unwrap();
        assert!(contest.rules.questions >= 10);
        assert!(!contest.title.get(crate::quiz::Lang::Vi).is_empty());
    }

    #[test]
    fn minutes_with_decimals_become_milliseconds_without_floating_point() {
        for (minutes, ms) in [
            ("1.5", Some(90_000)),
            ("0.25", Some(15_000)),
            ("2e1", Some(1_200_000)),
            ("1.5E+1", Some(900_000)),
            ("0.00001", Some(1)),
            ("10", Some(600_000)),
            ("0", None),
            ("0.0", None),
            ("-1", None),
            ("1e400", Some(u64::MAX)),
        ] {
            assert_eq!(minutes_to_ms(minutes), ms, "{minutes}");
        }
        let contest = parse_contest(
            &MINIMAL.replace("\"schema\": 1,", "\"schema\": 1, \"minutes\": 7.5,"),
            &bank(),
        );
        assert_eq!(contest.unwrap().rules.time_limit_ms, 450_000);
        let found = messages(&MINIMAL.replace("\"schema\": 1,", "\"schema\": 1, \"minutes\": \"7\","));
        assert!(found[0].contains("invalid type: string \"7\""), "{found:?}");
    }

    #[test]
    fn a_minimal_file_gets_twenty_questions_in_fifteen_minutes_always_open() {
        let contest = parse_contest(MINIMAL, &bank()).unwrap();
        assert_eq!(contest.rules.questions, 20);
        assert_eq!(contest.rules.time_limit_ms, 15 * 60_000);
        assert_eq!(contest.rules.ranking, USUAL);
        assert_eq!(contest.schedule(0), Schedule::Open { number: 1 });
    }

    #[test]
    fn weekly_rounds_open_and_close_on_their_days() {
        let json = MINIMAL.replace(
            "\"schema\": 1,",
            r#""schema": 1, "rounds": [{"opens": "2026-11-23", "closes": "2026-11-29"}, {"opens": "2026-11-30", "closes": "2026-12-06"}],"#,
        );
        let contest = parse_contest(&json, &bank()).unwrap();
        let day = |d| day_number(2026, 11, d);
        assert_eq!(contest.schedule(day(22)), Schedule::NotYet { opens: day(23) });
        assert_eq!(contest.schedule(day(25)), Schedule::Open { number: 1 });
        assert_eq!(contest.schedule(day(30)), Schedule::Open { number: 2 });
        assert_eq!(contest.schedule(day_number(2026, 12, 7)), Schedule::Over);
    }

    #[test]
    fn every_mistake_is_listed_with_its_field() {
        let json = r#"{"schema": 1, "title": {"vi": "", "en": "Contest"}, "tiebreak": {"vi": "a", "en": "b"},
            "questions": 70, "minutes": 0, "topics": ["nope"], "difficulty": "extreme",
            "rounds": [{"opens": "2026-02-31"}, {"opens": "2026-12-01", "closes": "2026-11-01"}],
            "ranking": ["score", "luck"], "units": ["Xã A", " "]}"#;
        let found = messages(json);
        for expected in [
            "field \"title.vi\": empty text",
            "field \"questions\": must be from 1 to 63",
            "field \"minutes\": the time limit must be more than zero",
            "field \"topics\": the bank has no topic \"nope\"",
            "field \"difficulty\": must be easy",
            "field \"rounds[0].opens\": \"2026-02-31\" is not a date",
            "field \"rounds[1]\": closes before it opens",
            "field \"ranking\": list",
            "field \"units\": a unit has no name",
        ] {
            assert!(
                found.iter().any(|m| m.contains(expected)),
                "missing {expected:?} in {found:#?}"
            );
        }
    }

    #[test]
    fn a_contest_asking_more_than_the_bank_holds_is_refused() {
        let json = MINIMAL.replace(
            "\"schema\": 1,",
            r#""schema": 1, "questions": 60, "topics": ["ocop"], "difficulty": "hard","#,
        );
        let found = messages(&json);
        assert!(found[0].contains("but only"), "{found:?}");
    }

    #[test]
    fn a_submit_setting_is_read_and_its_problems_listed_with_the_others() {
        let with = |submit: &str| MINIMAL.replace("\"schema\": 1,", &format!("\"schema\": 1, \"submit\": {submit},"));
        let contest = parse_contest(
            &with(r#"{"form": "https://forms.gle/x?c={code}", "email": "a@b.vn"}"#),
            &bank(),
        )
        .unwrap();
        let submit = contest.submit.unwrap();
        assert_eq!(submit.form.as_deref(), Some("https://forms.gle/x?c={code}"));
        assert_eq!(submit.email.as_deref(), Some("a@b.vn"));
        assert_eq!(parse_contest(MINIMAL, &bank()).unwrap().submit, None);
        let found = messages(&with(r#"{"form": "http://x.vn/{code}", "sheet": 1}"#));
        assert!(found[0].contains("sheet"), "{found:?}");
        let found = messages(&with(r#"{"form": "http://x.vn/{code}"}"#));
        assert!(
            found
                .iter()
                .any(|m| m.contains("field \"submit.form\": must be an address starting with https://")),
            "{found:?}"
        );
    }

    #[test]
    fn unknown_keys_and_broken_json_are_named() {
        assert!(messages(&MINIMAL.replace("\"schema\": 1,", "\"schema\": 1, \"prize\": 5,"))[0].contains("prize"));
        assert!(messages("{")[0].contains("line 1"));
    }

    #[test]
    fn one_entry_per_person_is_first_best_or_left_to_the_organiser() {
        let with = |extra: &str| {
            let json = format!(
                r#"{{"schema": 1, "title": {{"vi": "Hội thi", "en": "Contest"}}, "tiebreak": {{"vi": "Bao nhiêu?", "en": "How many?"}}{extra}}}"#
            );
            parse_contest(&json, &bank())
        };
        assert_eq!(with("").unwrap().one_entry_per_person, None);
        assert_eq!(
            with(r#", "one_entry_per_person": "best""#)
                .unwrap()
                .one_entry_per_person,
            Some(Keep::Best)
        );
        assert_eq!(
            with(r#", "one_entry_per_person": "first""#)
                .unwrap()
                .one_entry_per_person,
            Some(Keep::First)
        );
        let errors = with(r#", "one_entry_per_person": "last""#).unwrap_err();
        assert_eq!(errors[0].field, "one_entry_per_person");
    }
}
