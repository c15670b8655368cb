//! The host session's rules: set-up checks, the countdown, awards, undo,
//! passing, ranking with ties, and rebuilding from saved data.

use super::*;
use crate::quiz::fixture;
use crate::quiz::ids::TopicId;
use crate::quiz::question::Difficulty;

fn names(n: usize) -> Vec<String> {
    (1..=n).map(|i| format!("Đội {i}")).collect()
}

fn setup(teams: usize) -> HostSetup {
    HostSetup::new(&names(teams), vec!["a".into(), "b".into()])
}

fn contest(s: HostSetup) -> HostSession {
    HostSession::start(&fixture::bank(30), s, 7).unwrap()
}

fn ok(session: &HostSession, action: HostAction) -> HostSession {
    session.apply(action).unwrap_or_else(|e| panic!("{action:?}: {e}"))
}

fn at(ms: u64) -> Millis {
    Millis(ms)
}

#[test]
fn a_usual_setup_draws_distinct_questions_the_same_way_for_the_same_seed() {
    let bank = fixture::bank(30);
    let a = HostSession::start(&bank, setup(3), 7).unwrap();
    let b = HostSession::start(&bank, setup(3), 7).unwrap();
    let c = HostSession::start(&bank, setup(3), 8).unwrap();
    assert_eq!(a.questions().len(), 10);
    assert_eq!(a, b);
    assert_ne!(a.questions(), c.questions());
    let mut ids: Vec<_> = a.questions().iter().map(|q| q.question().id().clone()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 10);
    assert_eq!(
        a.phase(),
        &HostPhase::Asking {
            index: 0,
            timer: Timer::default()
        }
    );
    assert_eq!(a.scores(), vec![0, 0, 0]);
}

#[test]
fn topics_and_difficulty_filter_the_draw_and_a_short_supply_gives_fewer_questions() {
    let mut questions: Vec<_> = (0..6).map(|i| fixture::single(&format!("a{i}"), "a", 4, 0)).collect();
    let mut hard = fixture::single("b-hard", "b", 4, 1);
    hard.difficulty = Difficulty::Hard;
    questions.push(hard);
    let bank = fixture::bank_of(questions);
    let mut s = setup(2);
    s.topics = vec!["b".into()];
    let session = HostSession::start(&bank, s.clone(), 1).unwrap();
    assert_eq!(session.questions().len(), 1, "only one question is in topic b");
    assert_eq!(session.questions()[0].question().topic(), &TopicId::new("b"));
    s.difficulty = DifficultyFilter::Easy;
    assert_eq!(s.problems(&bank), vec![SetupProblem::NoQuestions]);
    s.topics = vec!["a".into(), "b".into()];
    assert_eq!(s.matching(&bank).len(), 6);
    s.topics = Vec::new();
    assert_eq!(
        s.problems(&bank),
        vec![SetupProblem::NoQuestions],
        "no topic, no questions"
    );
}

#[test]
fn bad_setups_list_every_problem() {
    let bank = fixture::bank(5);
    let mut s = setup(1);
    s.questions = 0;
    s.seconds = Some(2);
    s.points = 0;
    assert_eq!(
        s.problems(&bank),
        vec![
            SetupProblem::TooFewTeams,
            SetupProblem::QuestionCount,
            SetupProblem::Seconds,
            SetupProblem::Points
        ]
    );
    let mut s = setup(9);
    s.teams[1].name = "  ".into();
    s.teams[2].name = " đội 1 ".into();
    s.teams[3].name = "x".repeat(MAX_NAME_CHARS + 1);
    assert_eq!(
        s.problems(&bank),
        vec![
            SetupProblem::TooManyTeams,
            SetupProblem::BlankName(1),
            SetupProblem::SameName(0, 2),
            SetupProblem::LongName(3)
        ]
    );
    assert!(HostSession::start(&bank, s, 1).is_err());
    let mut no_timer = setup(2);
    no_timer.seconds = None;
    assert_eq!(no_timer.problems(&bank), vec![]);
}

#[test]
fn the_countdown_runs_pauses_and_resumes_from_the_actions_times() {
    let s = contest(setup(2));
    assert_eq!(s.remaining(at(50_000)), Some(30_000), "not started: full time");
    let s = ok(&s, HostAction::StartTimer { at: at(1_000) });
    assert_eq!(s.remaining(at(11_000)), Some(20_000));
    let s = ok(&s, HostAction::PauseTimer { at: at(11_000) });
    assert_eq!(s.remaining(at(99_000)), Some(20_000), "paused time does not count");
    let s = ok(&s, HostAction::StartTimer { at: at(100_000) });
    assert_eq!(s.remaining(at(105_000)), Some(15_000));
    assert_eq!(s.remaining(at(500_000)), Some(0), "never below zero");
    assert_eq!(
        s.apply(HostAction::StartTimer { at: at(1) }),
        Err(HostRejected::TimerRunning)
    );
    let s = ok(&s, HostAction::Reveal { at: at(110_000) });
    assert_eq!(s.remaining(at(900_000)), Some(10_000), "the reveal stops the clock");
    assert_eq!(
        s.apply(HostAction::PauseTimer { at: at(1) }),
        Err(HostRejected::NotAsking)
    );
    let s = ok(&s, HostAction::Next { at: at(120_000) });
    assert_eq!(s.remaining(at(130_000)), None, "no clock on the scoreboard");
    let s = ok(&s, HostAction::Next { at: at(130_000) });
    assert_eq!(s.remaining(at(140_000)), Some(30_000), "a fresh clock per question");
}

#[test]
fn without_a_time_limit_the_timer_actions_are_refused() {
    let mut no_timer = setup(2);
    no_timer.seconds = None;
    let s = contest(no_timer);
    assert_eq!(s.remaining(at(5)), None);
    assert_eq!(
        s.apply(HostAction::StartTimer { at: at(1) }),
        Err(HostRejected::NoTimer)
    );
    assert_eq!(
        s.apply(HostAction::PauseTimer { at: at(1) }),
        Err(HostRejected::NoTimer)
    );
}

#[test]
fn a_correct_award_scores_and_closes_the_question() {
    let s = contest(setup(3));
    let s = ok(&s, HostAction::Award { team: 1, at: at(5) });
    assert_eq!(s.scores(), vec![0, 10, 0]);
    assert!(s.is_closed(0));
    assert_eq!(
        s.apply(HostAction::Award { team: 2, at: at(6) }),
        Err(HostRejected::QuestionClosed)
    );
    assert_eq!(
        s.apply(HostAction::MarkWrong { team: 0, at: at(6) }),
        Err(HostRejected::QuestionClosed)
    );
    assert_eq!(
        s.apply(HostAction::Award { team: 3, at: at(6) }),
        Err(HostRejected::NoSuchTeam(3))
    );
}

#[test]
fn with_passing_a_wrong_answer_lets_the_other_teams_try_but_not_the_same_team() {
    let s = contest(setup(3));
    let s = ok(&s, HostAction::MarkWrong { team: 0, at: at(5) });
    assert!(!s.is_closed(0));
    assert_eq!(
        s.apply(HostAction::Award { team: 0, at: at(6) }),
        Err(HostRejected::AlreadyAnswered(0))
    );
    let s = ok(&s, HostAction::MarkWrong { team: 1, at: at(7) });
    let s = ok(&s, HostAction::Award { team: 2, at: at(8) });
    assert_eq!(s.scores(), vec![0, 0, 10]);
    assert!(s.is_closed(0));
}

#[test]
fn without_passing_a_wrong_answer_closes_the_question() {
    let mut no_pass = setup(3);
    no_pass.pass_on_wrong = false;
    let s = contest(no_pass);
    let s = ok(&s, HostAction::MarkWrong { team: 2, at: at(5) });
    assert!(s.is_closed(0));
    assert_eq!(
        s.apply(HostAction::Award { team: 0, at: at(6) }),
        Err(HostRejected::QuestionClosed)
    );
}

#[test]
fn awards_after_the_reveal_count_but_not_on_the_scoreboard() {
    let s = contest(setup(2));
    let s = ok(&s, HostAction::Reveal { at: at(1) });
    let s = ok(&s, HostAction::Award { team: 0, at: at(2) });
    let s = ok(&s, HostAction::Next { at: at(3) });
    assert_eq!(s.phase(), &HostPhase::Scoreboard { after: 0 });
    assert_eq!(
        s.apply(HostAction::Award { team: 1, at: at(4) }),
        Err(HostRejected::NoQuestionShown)
    );
    assert_eq!(s.scores(), vec![10, 0]);
}

#[test]
fn the_speed_bonus_is_off_by_default_and_pays_for_time_left_when_on() {
    let s = contest(setup(2));
    let s = ok(&s, HostAction::StartTimer { at: at(0) });
    let s = ok(&s, HostAction::Award { team: 0, at: at(6_000) });
    assert_eq!(s.scores(), vec![10, 0], "no bonus by default");

    let mut fast = setup(2);
    fast.speed_bonus = true;
    let s = contest(fast.clone());
    let s = ok(&s, HostAction::StartTimer { at: at(0) });
    // 24 of 30 seconds left: 10 × 24 ÷ 30 = 8 extra points.
    let s = ok(&s, HostAction::Award { team: 0, at: at(6_000) });
    assert_eq!(s.scores(), vec![18, 0]);
    assert_eq!(s.awards()[0].outcome, Outcome::Correct { points: 10, bonus: 8 });
    // Time up: no bonus.
    let s = ok(&s, HostAction::Reveal { at: at(40_000) });
    let s = ok(&s, HostAction::Next { at: at(40_001) });
    let s = ok(&s, HostAction::Next { at: at(40_002) });
    let s = ok(&s, HostAction::StartTimer { at: at(50_000) });
    let s = ok(
        &s,
        HostAction::Award {
            team: 1,
            at: at(90_000),
        },
    );
    assert_eq!(s.scores(), vec![18, 10]);
    // A clock never started gives no bonus either.
    let s = contest(fast);
    let s = ok(&s, HostAction::Award { team: 1, at: at(1) });
    assert_eq!(s.scores(), vec![0, 10]);
}

#[test]
fn undo_takes_back_the_last_entry_even_from_an_earlier_question_and_reopens_it() {
    let s = contest(setup(3));
    assert_eq!(
        s.apply(HostAction::Undo { at: at(0) }),
        Err(HostRejected::NothingToUndo)
    );
    let s = ok(&s, HostAction::MarkWrong { team: 0, at: at(1) });
    let s = ok(&s, HostAction::Award { team: 1, at: at(2) });
    let s = ok(&s, HostAction::Undo { at: at(3) });
    assert_eq!(s.scores(), vec![0, 0, 0]);
    assert!(!s.is_closed(0), "the question is open again");
    let s = ok(&s, HostAction::Award { team: 2, at: at(4) });
    let s = ok(&s, HostAction::Reveal { at: at(5) });
    let s = ok(&s, HostAction::Next { at: at(6) });
    let s = ok(&s, HostAction::Undo { at: at(7) });
    assert_eq!(
        s.phase(),
        &HostPhase::Scoreboard { after: 0 },
        "undo does not move the contest"
    );
    assert_eq!(s.scores(), vec![0, 0, 0]);
    assert_eq!(s.awards().len(), 1, "team 1's wrong answer is still logged");
}

#[test]
fn next_needs_a_reveal_and_the_last_question_leads_to_the_final_ranking() {
    let mut short = setup(2);
    short.questions = 2;
    let s = contest(short);
    assert_eq!(s.apply(HostAction::Next { at: at(1) }), Err(HostRejected::NotRevealed));
    let s = ok(&s, HostAction::Reveal { at: at(1) });
    let s = ok(&s, HostAction::Next { at: at(2) });
    let s = ok(&s, HostAction::Next { at: at(3) });
    assert_eq!(s.current().map(|(i, _)| i), Some(1));
    let s = ok(&s, HostAction::Reveal { at: at(4) });
    let s = ok(&s, HostAction::Next { at: at(5) });
    assert_eq!(s.phase(), &HostPhase::Finished { at: at(5) });
    for action in [
        HostAction::Next { at: at(6) },
        HostAction::Reveal { at: at(6) },
        HostAction::Award { team: 0, at: at(6) },
        HostAction::End { at: at(6) },
    ] {
        assert_eq!(s.apply(action), Err(HostRejected::Finished), "{action:?}");
    }
}

#[test]
fn the_host_can_end_early_and_still_undo_a_mistake_afterwards() {
    let s = contest(setup(2));
    let s = ok(&s, HostAction::Award { team: 0, at: at(1) });
    let s = ok(&s, HostAction::End { at: at(2) });
    assert_eq!(s.phase(), &HostPhase::Finished { at: at(2) });
    let s = ok(&s, HostAction::Undo { at: at(3) });
    assert_eq!(s.scores(), vec![0, 0]);
}

/// Plays one question per entry of `winners`: that team answers correctly.
fn play(mut s: HostSession, winners: &[usize]) -> HostSession {
    for (i, &team) in winners.iter().enumerate() {
        let t = at(i as u64 * 100);
        s = ok(&s, HostAction::Award { team, at: t });
        s = ok(&s, HostAction::Reveal { at: t });
        s = ok(&s, HostAction::Next { at: t });
        if matches!(s.phase(), HostPhase::Scoreboard { .. }) {
            s = ok(&s, HostAction::Next { at: t });
        }
    }
    s
}

#[test]
fn equal_points_share_a_place_and_the_next_place_is_skipped() {
    let mut s5 = setup(4);
    s5.questions = 5;
    // Teams 2 and 3 score 20 each, team 1 scores 10, team 4 nothing.
    let s = play(contest(s5), &[1, 2, 0, 1, 2]);
    assert_eq!(s.phase(), &HostPhase::Finished { at: at(400) });
    let standings: Vec<(usize, u32, usize)> = s.standings().iter().map(|x| (x.team, x.points, x.place)).collect();
    assert_eq!(standings, vec![(1, 20, 1), (2, 20, 1), (0, 10, 3), (3, 0, 4)]);
}

#[test]
fn a_contest_where_nobody_scores_has_every_team_first() {
    let s = contest(setup(3));
    assert!(s.standings().iter().all(|x| x.place == 1));
}

#[test]
fn a_saved_contest_is_rebuilt_exactly_and_damaged_data_is_refused() {
    let bank = fixture::bank(30);
    let mut s = HostSession::start(&bank, setup(3), 11).unwrap();
    for action in [
        HostAction::StartTimer { at: at(1_000) },
        HostAction::MarkWrong { team: 0, at: at(4_000) },
        HostAction::PauseTimer { at: at(5_000) },
        HostAction::Award { team: 2, at: at(6_000) },
        HostAction::Reveal { at: at(7_000) },
    ] {
        s = ok(&s, action);
    }
    let record = s.record();
    let json = serde_json::to_string(&record).unwrap();
    assert!(json.contains(r#"{"start_timer":{"at":1000}}"#), "{json}");
    let decoded: HostRecord = serde_json::from_str(&json).unwrap();
    assert_eq!(HostSession::restore(&bank, &decoded).unwrap(), s);

    let mut bad = record.clone();
    bad.actions.push(HostAction::Award { team: 0, at: at(8_000) });
    assert_eq!(
        HostSession::restore(&bank, &bad),
        Err(HostRestoreError::Inconsistent(5))
    );
    let mut bad = record.clone();
    bad.questions.swap(0, 1);
    assert_eq!(HostSession::restore(&bank, &bad), Err(HostRestoreError::BankChanged));
    let mut bad = record;
    bad.setup.teams.truncate(1);
    assert!(matches!(
        HostSession::restore(&bank, &bad),
        Err(HostRestoreError::Setup(_))
    ));
}

#[test]
fn rejections_read_as_sentences() {
    assert_eq!(
        HostRejected::AlreadyAnswered(1).to_string(),
        "team 2 already answered this question"
    );
    assert_eq!(HostRejected::NotRevealed.to_string(), "reveal the answer first");
}
