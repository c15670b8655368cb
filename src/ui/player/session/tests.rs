use super::*;
use crate::content::contest::parse_contest;
use crate::content::parse_bank;
use crate::quiz::contest::day_number;
use crate::quiz::result_code::ContestResult;
use crate::quiz::ChoiceId;

fn bank() -> Rc<QuestionBank> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/questions.json")).unwrap();
    Rc::new(parse_bank(&text).unwrap())
}

fn session() -> Session {
    Session::new(bank())
}

fn with_contest(json: &str) -> Session {
    let mut s = session();
    s.contest = Some(ContestRef(Rc::new(parse_contest(json, &s.bank.0).unwrap())));
    s
}

const CONTEST: &str = r#"{"schema": 1, "title": {"vi": "Hội thi", "en": "Contest"}, "questions": 5, "seconds": 60,
    "tiebreak": {"vi": "Bao nhiêu?", "en": "How many?"}}"#;

fn quick(seed: u64) -> SessionAction {
    SessionAction::StartPractice {
        setup: Setup::default(),
        seed,
        at: Millis(0),
    }
}

/// Answers every question with the first option shown, moving on after feedback.
fn play_out(mut s: Session) -> Session {
    while let Some(play) = s.play.as_ref().filter(|p| p.round.current_index().is_some()) {
        let index = play.round.current_index().unwrap();
        let first = play.round.questions()[index].order()[0];
        let at = Millis(1_000 * (index as u64 + 1));
        s = s
            .step(SessionAction::Round(Action::Answer {
                picked: vec![first],
                at,
            }))
            .unwrap();
        if let Some(after) = s.step(SessionAction::Round(Action::Next { at })) {
            s = after;
        }
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

fn start_contest(s: &Session, seed: u32) -> Option<Session> {
    s.step(SessionAction::StartContest {
        player: player(),
        seed,
        day: 1_059,
        at: Millis(0),
    })
}

#[test]
fn starting_shows_a_fresh_round_and_play_again_draws_another() {
    let s = session();
    assert!(s.visible_play().is_none());
    let playing = s.step(quick(1)).unwrap();
    assert_eq!(playing.screen, Screen::Round);
    assert_eq!(playing.visible_play().unwrap().round.len(), 10);
    let again = playing.step(quick(2)).unwrap();
    assert_ne!(again.play, playing.play);
}

#[test]
fn going_home_keeps_the_round_to_continue() {
    let playing = session().step(quick(1)).unwrap();
    let home = playing.step(SessionAction::Show(Screen::Start)).unwrap();
    assert!(home.visible_play().is_none());
    assert_eq!(home.play, playing.play);
    let back = home.step(SessionAction::Show(Screen::Round)).unwrap();
    assert_eq!(back.visible_play(), playing.play.as_ref());
}

#[test]
fn a_saved_round_resumes_on_the_same_question_with_the_same_answers() {
    let mut playing = session().step(quick(4)).unwrap();
    for step in [
        SessionAction::Round(Action::Answer {
            picked: vec![ChoiceId(0)],
            at: Millis(10),
        }),
        SessionAction::Round(Action::Next { at: Millis(20) }),
    ] {
        playing = playing.step(step).unwrap();
    }
    let play = playing.play.clone().unwrap();
    let record = play.round.record();
    let resumed = session()
        .resume(play.kind.clone(), play.setup.clone(), &record, Screen::Round)
        .unwrap();
    assert_eq!(resumed.play, playing.play);
    assert_eq!(resumed.visible_play().unwrap().round.current_index(), Some(1));
}

#[test]
fn a_finished_round_counts_in_progress_once_and_its_misses_go_to_review() {
    let done = play_out(session().step(quick(3)).unwrap());
    assert_eq!(done.progress.rounds, 1);
    let wrong = done
        .play
        .as_ref()
        .unwrap()
        .round
        .answers()
        .iter()
        .filter(|a| !a.correct)
        .count();
    assert!(wrong > 0, "the first option is not always right");
    // Nothing more happens to a finished round.
    assert!(done
        .step(SessionAction::Round(Action::Next { at: Millis(99) }))
        .is_none());
    // One more round later, the misses are due.
    let later = play_out(done.step(SessionAction::PlayAgain { seed: 9, at: Millis(0) }).unwrap());
    assert_eq!(later.progress.rounds, 2);
    let review = later
        .step(SessionAction::StartReview { seed: 1, at: Millis(0) })
        .unwrap();
    let first = &review.play.as_ref().unwrap().round.questions()[0];
    let card = later.progress.review.cards[first.question().id().as_str()];
    assert_eq!(card.box_no, 1, "a missed question comes first");
    assert!(
        session()
            .step(SessionAction::StartReview { seed: 1, at: Millis(0) })
            .is_none(),
        "nothing to review"
    );
}

#[test]
fn practice_settings_decide_the_draw_and_play_again_keeps_them() {
    let setup = Setup {
        length: 5,
        topics: vec!["ocop".into()],
        difficulty: "easy".into(),
        timed: true,
    };
    let s = session()
        .step(SessionAction::StartPractice {
            setup: setup.clone(),
            seed: 5,
            at: Millis(0),
        })
        .unwrap();
    let again = s.step(SessionAction::PlayAgain { seed: 6, at: Millis(0) }).unwrap();
    for state in [&s, &again] {
        let play = state.play.as_ref().unwrap();
        assert_eq!(play.round.len(), 5);
        assert_eq!(play.round.time_limit_ms(), Some(150_000));
        for q in play.round.questions() {
            assert_eq!(q.question().topic().as_str(), "ocop");
        }
    }
}

#[test]
fn a_challenge_gives_the_same_round_and_remembers_the_friends_score() {
    let mine = session().step(quick(77)).unwrap();
    let challenge = Challenge {
        seed: 77,
        config: Setup::default().config(),
        score: Some(6),
    };
    let invited = session().step(SessionAction::Invite(challenge)).unwrap();
    assert_eq!(invited.screen, Screen::Invite);
    let accepted = invited.step(SessionAction::AcceptChallenge { at: Millis(5) }).unwrap();
    let theirs = accepted.play.as_ref().unwrap();
    assert_eq!(theirs.kind, PlayKind::Challenge { score: Some(6) });
    assert_eq!(theirs.round.questions(), mine.play.as_ref().unwrap().round.questions());
    assert!(
        accepted
            .step(SessionAction::AcceptChallenge { at: Millis(5) })
            .is_none(),
        "used once"
    );
}

#[test]
fn a_contest_round_counts_once_per_device_and_its_code_checks_out() {
    let s = with_contest(CONTEST);
    let playing = start_contest(&s, 4242).unwrap();
    assert!(!playing.play.as_ref().unwrap().round.shows_feedback());
    assert!(start_contest(&playing, 1).is_none(), "no second attempt");
    assert!(
        playing.step(quick(1)).is_none(),
        "a contest round is not dropped for practice"
    );

    let done = play_out(playing);
    assert!(done.play.as_ref().unwrap().awaits_prediction());
    let predicted = done.step(SessionAction::Predict(37)).unwrap();
    assert!(predicted.step(SessionAction::Predict(38)).is_none(), "answered once");
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
        let resumed = begun
            .resume(play.kind, play.setup, &half.record(), Screen::Round)
            .unwrap();
        let done = play_out(resumed).step(SessionAction::Predict(12)).unwrap();
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
        .step(SessionAction::Round(Action::TimeUp { at: Millis(60_000) }))
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
        .step(SessionAction::StartContest {
            player: player(),
            seed: 1,
            day,
            at: Millis(0)
        })
        .is_some());
}

#[test]
fn impossible_steps_change_nothing() {
    let s = session();
    assert!(s.step(SessionAction::Show(Screen::Round)).is_none(), "no round to show");
    assert!(s.step(SessionAction::Show(Screen::Invite)).is_none(), "no challenge");
    assert!(s.step(SessionAction::Show(Screen::Start)).is_none(), "already there");
    assert!(
        s.step(SessionAction::Round(Action::Next { at: Millis(0) })).is_none(),
        "no round"
    );
    assert!(s.step(SessionAction::Predict(1)).is_none(), "no contest");
    assert!(start_contest(&s, 1).is_none(), "no contest file");
    assert!(s.step(SessionAction::ResetProgress).is_none(), "nothing to reset");
}

#[test]
fn an_answer_counts_only_for_the_question_it_names() {
    // A contest moves straight on after an answer: a second tap on the
    // question just answered, landing before the screen is redrawn, names
    // that question and must not answer the next one.
    let playing = start_contest(&with_contest(CONTEST), 4242).unwrap();
    let first = playing.play.as_ref().unwrap().round.questions()[0].order()[0];
    let tap = |index| SessionAction::Answer {
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
    let tap_second = SessionAction::Answer {
        index: 1,
        picked: vec![second],
        at: Millis(2_000),
    };
    assert!(answered.step(tap_second).is_some(), "question 2 still takes its answer");

    // With feedback, a second tap on the question shown is refused by the round.
    let practice = session().step(quick(3)).unwrap();
    let first = practice.play.as_ref().unwrap().round.questions()[0].order()[0];
    let tap = SessionAction::Answer {
        index: 0,
        picked: vec![first],
        at: Millis(1_000),
    };
    let shown = practice.step(tap.clone()).unwrap();
    assert!(shown.step(tap.clone()).is_none());
    assert_eq!(
        shown.refusal(&tap).as_deref(),
        Some("question 1 is not waiting for an answer")
    );
    assert_eq!(shown.refusal(&SessionAction::Show(Screen::Start)), None, "not a tap");
}
