use super::*;
use crate::content::parse_bank;
use crate::quiz::ChoiceId;

fn bank() -> Rc<QuestionBank> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/questions.json")).unwrap();
    Rc::new(parse_bank(&text).unwrap())
}

fn session() -> Session {
    Session::new(bank())
}

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
fn impossible_steps_change_nothing() {
    let s = session();
    assert!(s.step(SessionAction::Show(Screen::Round)).is_none(), "no round to show");
    assert!(s.step(SessionAction::Show(Screen::Invite)).is_none(), "no challenge");
    assert!(s.step(SessionAction::Show(Screen::Start)).is_none(), "already there");
    assert!(
        s.step(SessionAction::Round(Action::Next { at: Millis(0) })).is_none(),
        "no round"
    );
    assert!(s.step(SessionAction::ResetProgress).is_none(), "nothing to reset");
}

#[test]
fn an_answer_counts_only_for_the_question_it_names() {
    // With feedback, a second tap on the question shown is refused by the
    // round (the contest's own test: `contest/session/tests.rs`).
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
