use super::*;
use crate::content::contest::parse_contest;
use crate::content::parse_bank;
use crate::quiz::contest::day_number;
use crate::quiz::result_code::ContestResult;

fn bank() -> Rc<QuestionBank> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/questions.json")).unwrap();
    Rc::new(parse_bank(&text).unwrap())
}

fn with_contest(json: &str) -> ContestSession {
    let mut s = ContestSession::new(bank());
    s.contest = Some(ContestRef(Rc::new(parse_contest(json, &s.bank.0).unwrap())));
    s
}

const CONTEST: &str = r#"{"schema": 1, "title": {"vi": "Hội thi", "en": "Contest"}, "questions": 5, "seconds": 60,
    "tiebreak": {"vi": "Bao nhiêu?", "en": "How many?"}}"#;

/// Answers every question with the first option shown.
fn play_out(mut s: ContestSession) -> ContestSession {
    while let Some(play) = s.play.as_ref().filter(|p| p.round.current_index().is_some()) {
        let index = play.round.current_index().unwrap();
        let first = play.round.questions()[index].order()[0];
        let at = Millis(1_000 * (index as u64 + 1));
        s = s
            .step(ContestAction::Answer {
                index,
                picked: vec![first],
                at,
            })
            .unwrap();
    }
    s
}

fn player() -> Player {
    Player {
        name: "Nguyễn Văn An".into(),
        birth_year: Some(1980),
        unit: "Xã Tân Phú".into(),
        phone: String::new(),
    }
}

fn start_contest(s: &ContestSession, seed: u32) -> Option<ContestSession> {
    s.step(ContestAction::Start {
        player: player(),
        seed,
        day: 1_059,
        at: Millis(0),
    })
}

#[test]
fn a_contest_round_counts_once_per_device_and_its_code_checks_out() {
    let s = with_contest(CONTEST);
    let playing = start_contest(&s, 4242).unwrap();
    assert!(!playing.play.as_ref().unwrap().round.shows_feedback());
    assert!(start_contest(&playing, 1).is_none(), "no second attempt");

    let done = play_out(playing);
    assert!(done.play.as_ref().unwrap().awaits_prediction());
    let predicted = done.step(ContestAction::Predict(37)).unwrap();
    assert!(predicted.step(ContestAction::Predict(38)).is_none(), "answered once");
    let attempt = predicted.attempt(1).unwrap().clone();
    let summary = predicted.play.as_ref().unwrap().round.summary().unwrap();
    assert_eq!((attempt.correct, attempt.total), (summary.correct, 5));

    assert!(attempt.code.starts_with("HTX2-"), "drawn one by one: {}", attempt.code);
    let decoded = ContestResult::decode(&attempt.code, "Nguyễn Văn An", "Xã Tân Phú").unwrap();
    assert_eq!(decoded.prediction, 37);
    assert_eq!(decoded.seed, 4242);
    let rules = &predicted.contest.as_ref().unwrap().0.rules;
    let replayed = crate::quiz::contest::replay(&predicted.bank.0, rules, &decoded).unwrap();
    assert_eq!(replayed.correct, summary.correct);
    assert!(start_contest(&predicted, 2).is_none(), "still no second attempt");
}

#[test]
fn a_contest_round_saved_before_the_one_by_one_draw_gives_a_code_that_checks_out() {
    // The version before drew contest rounds by shuffling every candidate;
    // a round begun then is saved with its questions and resumed by this
    // version. Its code must say so (HTX1), or the organiser would replay
    // other questions.
    use crate::quiz::verifier::{Entry, Verifier, VerifyOptions};
    use crate::quiz::Draw;

    let s = with_contest(CONTEST);
    let rules = s.contest.as_ref().unwrap().0.rules.clone();
    for seed in [4242, 7, 90_001] {
        let begun = start_contest(&s, seed).unwrap();
        let play = begun.play.clone().unwrap();
        let before = rules.start_drawn(&begun.bank.0, seed, Millis(0), Draw::Shuffled);
        assert_ne!(
            before.questions(),
            play.round.questions(),
            "seed {seed}: the two draws differ"
        );
        let first = before.questions()[0].order()[0];
        let half = before
            .apply(Action::Answer {
                picked: vec![first],
                at: Millis(900),
            })
            .unwrap();
        let resumed = begun.resume(play.kind, &half.record(), Screen::Round).unwrap();
        let done = play_out(resumed).step(ContestAction::Predict(12)).unwrap();
        let attempt = done.attempt(1).unwrap();
        let summary = done.play.as_ref().unwrap().round.summary().unwrap();
        assert!(attempt.code.starts_with("HTX1-"), "seed {seed}: {}", attempt.code);

        let decoded = ContestResult::decode(&attempt.code, "Nguyễn Văn An", "Xã Tân Phú").unwrap();
        let replayed = crate::quiz::contest::replay(&done.bank.0, &rules, &decoded).unwrap();
        assert_eq!((replayed.correct, replayed.total), (summary.correct, 5), "seed {seed}");
        let mut verifier = Verifier::new(&done.bank.0, &rules, VerifyOptions::default());
        verifier.push(Entry {
            line: 1,
            code: &attempt.code,
            name: "Nguyễn Văn An",
            unit: "Xã Tân Phú",
            ..Entry::default()
        });
        let checked = verifier.finish();
        let placed = checked.standings(1, 0).placed;
        assert_eq!(placed.len(), 1, "seed {seed}: the organiser's check takes it");
        assert_eq!(placed[0].correct, summary.correct);
    }
}

#[test]
fn a_contest_round_ends_when_time_is_up() {
    let playing = start_contest(&with_contest(CONTEST), 7).unwrap();
    let ended = playing
        .step(ContestAction::Round(Action::TimeUp { at: Millis(60_000) }))
        .unwrap();
    assert!(ended.play.as_ref().unwrap().awaits_prediction());
    assert_eq!(ended.attempt(1).unwrap().correct, 0);
    assert!(!ended.attempt(1).unwrap().code.is_empty());
}

#[test]
fn a_contest_outside_its_dates_cannot_start() {
    let json = CONTEST.replace(
        "\"schema\": 1,",
        r#""schema": 1, "rounds": [{"opens": "2027-01-01", "closes": "2027-01-07"}],"#,
    );
    let s = with_contest(&json);
    assert!(start_contest(&s, 1).is_none(), "opens in 2027");
    let day = u16::try_from(day_number(2027, 1, 3)).unwrap();
    assert!(s
        .step(ContestAction::Start {
            player: player(),
            seed: 1,
            day,
            at: Millis(0)
        })
        .is_some());
}

#[test]
fn impossible_steps_change_nothing() {
    let s = ContestSession::new(bank());
    assert!(start_contest(&s, 1).is_none(), "no contest file");
    assert!(s.step(ContestAction::Predict(1)).is_none(), "no round");
    assert!(s.step(ContestAction::Show(Screen::Round)).is_none(), "no round to show");
    assert!(s.step(ContestAction::Show(Screen::Rules)).is_none(), "already there");
    let playing = start_contest(&with_contest(CONTEST), 4242).unwrap();
    assert!(
        playing.step(ContestAction::Predict(1)).is_none(),
        "not before the last answer"
    );
    let rules = playing.step(ContestAction::Show(Screen::Rules)).unwrap();
    assert!(rules.under_way(), "leaving the round keeps it to continue");
    assert!(start_contest(&rules, 1).is_none(), "nor does it start another");
}

#[test]
fn an_answer_counts_only_for_the_question_it_names() {
    // A contest moves straight on after an answer: a second tap on the
    // question just answered, landing before the screen is redrawn, names
    // that question and must not answer the next one.
    let playing = start_contest(&with_contest(CONTEST), 4242).unwrap();
    let first = playing.play.as_ref().unwrap().round.questions()[0].order()[0];
    let tap = |index| ContestAction::Answer {
        index,
        picked: vec![first],
        at: Millis(1_000),
    };
    let answered = playing.step(tap(0)).unwrap();
    assert_eq!(answered.play.as_ref().unwrap().round.current_index(), Some(1));
    assert!(answered.step(tap(0)).is_none(), "the second tap is not taken");
    assert_eq!(
        answered.refusal(&tap(0)).as_deref(),
        Some("question 1 is not waiting for an answer")
    );
    // Question 2's own first option: the draw decides how many options it has.
    let second = answered.play.as_ref().unwrap().round.questions()[1].order()[0];
    let tap_second = ContestAction::Answer {
        index: 1,
        picked: vec![second],
        at: Millis(2_000),
    };
    assert!(answered.step(tap_second).is_some(), "question 2 still takes its answer");
}

#[test]
fn a_finished_contest_round_counts_in_progress_once() {
    let done = play_out(start_contest(&with_contest(CONTEST), 99).unwrap());
    assert_eq!(done.progress.rounds, 1);
    let predicted = done.step(ContestAction::Predict(5)).unwrap();
    assert_eq!(predicted.progress.rounds, 1, "the tie-break adds no round");
}
