//! How a host sets a contest up: the teams, which questions, the time and
//! the scoring, with the limits a set-up must keep and why one cannot
//! start.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::quiz::bank::QuestionBank;
use crate::quiz::question::{Difficulty, Question};

/// Fewest and most teams in a contest.
pub const MIN_TEAMS: usize = 2;
pub const MAX_TEAMS: usize = 8;
/// Most questions in one contest: about two hours at a generous pace.
pub const MAX_QUESTIONS: usize = 50;
/// Shortest and longest time limit per question, in seconds.
pub const MIN_SECONDS: u32 = 5;
pub const MAX_SECONDS: u32 = 600;
/// Most points for one correct answer.
pub const MAX_POINTS: u32 = 100;
/// How many team colours the interface offers.
pub const COLOURS: u8 = 8;
/// Longest team name, in characters, so it fits on a projector.
pub const MAX_NAME_CHARS: usize = 40;

/// A team: its name and the colour it is shown in (an index into the
/// interface's palette). Teams are also numbered by position, from 1, so
/// colour is never the only way to tell them apart.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Team {
    pub name: String,
    pub colour: u8,
}

/// Which difficulty the questions are drawn from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DifficultyFilter {
    #[default]
    Any,
    Easy,
    Medium,
    Hard,
}

impl DifficultyFilter {
    pub const ALL: [DifficultyFilter; 4] = [
        DifficultyFilter::Any,
        DifficultyFilter::Easy,
        DifficultyFilter::Medium,
        DifficultyFilter::Hard,
    ];

    /// Whether a question of this difficulty may be drawn.
    #[must_use]
    pub fn admits(self, difficulty: Difficulty) -> bool {
        match self {
            DifficultyFilter::Any => true,
            DifficultyFilter::Easy => difficulty == Difficulty::Easy,
            DifficultyFilter::Medium => difficulty == Difficulty::Medium,
            DifficultyFilter::Hard => difficulty == Difficulty::Hard,
        }
    }
}

/// How the host set the contest up.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HostSetup {
    pub teams: Vec<Team>,
    /// How many questions to draw.
    pub questions: usize,
    /// Topic ids to draw from (none listed: nothing to draw).
    pub topics: Vec<String>,
    pub difficulty: DifficultyFilter,
    /// Seconds per question; `None` for no time limit.
    pub seconds: Option<u32>,
    /// Points for a correct answer.
    pub points: u32,
    /// Whether a correct answer earns extra points for time left: up to
    /// as many again, in proportion to the time remaining.
    pub speed_bonus: bool,
    /// Whether a wrong answer passes the question to the other teams
    /// (otherwise it closes the question).
    pub pass_on_wrong: bool,
}

impl HostSetup {
    /// A usual contest with these team names over these topics: 10
    /// questions of any difficulty, 30 seconds each, 10 points, no speed
    /// bonus, passing on.
    #[must_use]
    pub fn new(names: &[String], topics: Vec<String>) -> HostSetup {
        HostSetup {
            teams: names
                .iter()
                .zip((0..COLOURS).cycle())
                .map(|(name, colour)| Team {
                    name: name.clone(),
                    colour,
                })
                .collect(),
            questions: 10,
            topics,
            difficulty: DifficultyFilter::Any,
            seconds: Some(30),
            points: 10,
            speed_bonus: false,
            pass_on_wrong: true,
        }
    }

    /// The bank's questions this set-up may draw, in bank order.
    #[must_use]
    pub fn matching<'b>(&self, bank: &'b QuestionBank) -> Vec<&'b Rc<Question>> {
        bank.questions()
            .iter()
            .filter(|q| self.topics.iter().any(|t| t == q.topic().as_str()))
            .filter(|q| self.difficulty.admits(q.difficulty()))
            .collect()
    }

    /// How many questions this set-up can ask at most: the matching ones,
    /// one per family (see `draw::drawable`).
    #[must_use]
    pub fn drawable(&self, bank: &QuestionBank) -> usize {
        crate::quiz::draw::drawable(self.matching(bank))
    }

    /// Every problem with this set-up; empty when a contest can start.
    #[must_use]
    pub fn problems(&self, bank: &QuestionBank) -> Vec<SetupProblem> {
        let mut problems = Vec::new();
        if self.teams.len() < MIN_TEAMS {
            problems.push(SetupProblem::TooFewTeams);
        }
        if self.teams.len() > MAX_TEAMS {
            problems.push(SetupProblem::TooManyTeams);
        }
        let names: Vec<String> = self.teams.iter().map(|t| t.name.trim().to_lowercase()).collect();
        for (i, name) in names.iter().enumerate() {
            if name.is_empty() {
                problems.push(SetupProblem::BlankName(i));
            } else if name.chars().count() > MAX_NAME_CHARS {
                problems.push(SetupProblem::LongName(i));
            } else if let Some(first) = names[..i].iter().position(|n| n == name) {
                problems.push(SetupProblem::SameName(first, i));
            }
        }
        if !(1..=MAX_QUESTIONS).contains(&self.questions) {
            problems.push(SetupProblem::QuestionCount);
        }
        if self.seconds.is_some_and(|s| !(MIN_SECONDS..=MAX_SECONDS).contains(&s)) {
            problems.push(SetupProblem::Seconds);
        }
        if !(1..=MAX_POINTS).contains(&self.points) {
            problems.push(SetupProblem::Points);
        }
        if self.matching(bank).is_empty() {
            problems.push(SetupProblem::NoQuestions);
        }
        problems
    }
}

/// Why a set-up cannot start a contest. Team positions count from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetupProblem {
    TooFewTeams,
    TooManyTeams,
    BlankName(usize),
    LongName(usize),
    /// Two teams share a name (ignoring case and surrounding spaces).
    SameName(usize, usize),
    QuestionCount,
    Seconds,
    Points,
    /// No question of the bank fits the topics and difficulty.
    NoQuestions,
}
