//! What the host area shows: an offer to resume a saved contest, the
//! set-up form, or the contest itself. Transitions are pure
//! (`HostView::step`, tested natively); `Reducible` is where they meet Yew.

use std::rc::Rc;

use yew::Reducible;

use crate::quiz::host::{HostAction, HostRecord, HostSession, HostSetup};

/// The host area's state.
#[derive(Clone, Debug, PartialEq)]
pub enum HostView {
    /// A contest was saved before a reload: resume it or abandon it.
    Offer(HostSession),
    /// The set-up form, filled from the last contest if there was one.
    Setup { last: Option<HostSetup> },
    /// A contest on the projector (playing or finished).
    Live(HostSession),
}

/// What the host area can be asked.
#[derive(Clone, Debug, PartialEq)]
pub enum HostViewAction {
    Resume,
    Abandon,
    /// A contest drawn from the set-up form.
    Begin(HostSession),
    Host(HostAction),
    /// Leave a contest (finished, usually) for a new set-up.
    NewContest,
}

/// What storage should hold for a view.
#[derive(Clone, Debug, PartialEq)]
pub enum Keep {
    /// Leave the saved contest as it is (the host has not decided yet).
    AsIs,
    Contest(HostRecord),
    Nothing,
}

impl HostView {
    /// The view after `action`; `None` when it does not apply here.
    #[must_use]
    pub fn step(&self, action: HostViewAction) -> Option<HostView> {
        match (self, action) {
            (HostView::Offer(session), HostViewAction::Resume) => Some(HostView::Live(session.clone())),
            (HostView::Offer(session), HostViewAction::Abandon)
            | (HostView::Live(session), HostViewAction::NewContest) => Some(HostView::Setup {
                last: Some(session.setup().clone()),
            }),
            (HostView::Setup { .. }, HostViewAction::Begin(session)) => Some(HostView::Live(session)),
            (HostView::Live(session), HostViewAction::Host(action)) => session.apply(action).ok().map(HostView::Live),
            _ => None,
        }
    }

    /// What storage should hold while this view is shown.
    #[must_use]
    pub fn keep(&self) -> Keep {
        match self {
            HostView::Offer(_) => Keep::AsIs,
            HostView::Setup { .. } => Keep::Nothing,
            HostView::Live(session) => Keep::Contest(session.record()),
        }
    }
}

impl Reducible for HostView {
    type Action = HostViewAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        match self.step(action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::parse_bank;
    use crate::quiz::host::{HostPhase, Standing};
    use crate::quiz::Millis;

    fn real_bank() -> crate::quiz::QuestionBank {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/questions.json")).unwrap();
        parse_bank(&text).unwrap()
    }

    fn three_teams(bank: &crate::quiz::QuestionBank) -> HostSetup {
        let names: Vec<String> = ["Sao Mai", "Bình Minh", "Hoa Sen"].map(String::from).to_vec();
        let mut setup = HostSetup::new(&names, bank.topics().iter().map(|t| t.id.to_string()).collect());
        setup.questions = 3;
        setup
    }

    #[test]
    fn a_whole_contest_over_the_real_bank_is_saved_at_every_step_and_restores_exactly() {
        let bank = real_bank();
        let session = HostSession::start(&bank, three_teams(&bank), 2026).unwrap();
        let mut view = HostView::Setup { last: None };
        view = view.step(HostViewAction::Begin(session)).unwrap();
        let mut ms = 1_000;
        for winner in [0, 2, 0] {
            for action in [
                HostAction::StartTimer { at: Millis(ms) },
                HostAction::Award {
                    team: winner,
                    at: Millis(ms + 5_000),
                },
                HostAction::Reveal { at: Millis(ms + 6_000) },
                HostAction::Next { at: Millis(ms + 9_000) },
            ] {
                view = view.step(HostViewAction::Host(action)).unwrap();
                let (HostView::Live(live), Keep::Contest(record)) = (&view, view.keep()) else {
                    panic!("a contest is kept while it is shown");
                };
                assert_eq!(&HostSession::restore(&bank, &record).unwrap(), live);
            }
            ms += 20_000;
            if let HostView::Live(live) = &view {
                if matches!(live.phase(), HostPhase::Scoreboard { .. }) {
                    view = view
                        .step(HostViewAction::Host(HostAction::Next { at: Millis(ms) }))
                        .unwrap();
                }
            }
        }
        let HostView::Live(done) = &view else {
            panic!("still live")
        };
        assert!(matches!(done.phase(), HostPhase::Finished { .. }));
        assert_eq!(
            done.standings()[0],
            Standing {
                team: 0,
                points: 20,
                place: 1
            }
        );
        let fresh = view.step(HostViewAction::NewContest).unwrap();
        assert_eq!(fresh.keep(), Keep::Nothing, "a new set-up forgets the old contest");
        let HostView::Setup { last: Some(last) } = fresh else {
            panic!("set-up")
        };
        assert_eq!(last.teams[1].name, "Bình Minh", "the teams are offered again");
    }

    #[test]
    fn a_saved_contest_waits_for_the_host_and_refused_actions_change_nothing() {
        let bank = real_bank();
        let session = HostSession::start(&bank, three_teams(&bank), 1).unwrap();
        let offer = HostView::Offer(session.clone());
        assert_eq!(
            offer.keep(),
            Keep::AsIs,
            "nothing is overwritten before the host decides"
        );
        assert_eq!(
            offer.step(HostViewAction::Host(HostAction::Reveal { at: Millis(1) })),
            None
        );
        assert_eq!(
            offer.step(HostViewAction::Resume),
            Some(HostView::Live(session.clone()))
        );
        assert!(matches!(
            offer.step(HostViewAction::Abandon),
            Some(HostView::Setup { last: Some(_) })
        ));
        let live = HostView::Live(session);
        assert_eq!(
            live.step(HostViewAction::Host(HostAction::Next { at: Millis(1) })),
            None,
            "not revealed yet"
        );
    }
}
