//! The scoreboard between questions and the final ranking with its podium.
//! Equal points share a place ("1, 1, 3"), and a shared place says so.

use yew::prelude::*;

use super::text::{self, t, T};
use crate::i18n::Lang;
use crate::quiz::host::{HostSession, Standing};

/// Every team from first to last, each with its place, number and points.
pub fn standings_list(lang: Lang, session: &HostSession) -> Html {
    let standings = session.standings();
    let teams = &session.setup().teams;
    let rows = standings.iter().map(|s| {
        let shared = standings.iter().filter(|o| o.place == s.place).count() > 1;
        let team = &teams[s.team];
        html! {
            <li key={s.team} class={classes!("host-standing", format!("team-c{}", team.colour))}>
                <span class="host-place">{ text::place(lang, s.place, shared) }</span>
                <span class="host-badge">{ s.team + 1 }</span>
                <span class="host-team-name">{ team.name.clone() }</span>
                <span class="host-points">{ text::points(lang, s.points) }</span>
            </li>
        }
    });
    html! { <ol class="host-standings" data-testid="host-standings">{ for rows }</ol> }
}

/// The scores after question `after`.
pub fn scoreboard(lang: Lang, session: &HostSession, after: usize) -> Html {
    html! {
        <>
            <h1 class="host-board-title">{ text::scores_after(lang, after, session.questions().len()) }</h1>
            { standings_list(lang, session) }
        </>
    }
}

/// The teams on each podium step: places 1 to 3, tied teams together,
/// shown second, first, third as on a real podium.
fn podium_steps(standings: &[Standing]) -> Vec<(usize, Vec<Standing>)> {
    let mut steps: Vec<(usize, Vec<Standing>)> = Vec::new();
    for s in standings.iter().filter(|s| s.place <= 3) {
        match steps.iter_mut().find(|(place, _)| *place == s.place) {
            Some((_, teams)) => teams.push(*s),
            None => steps.push((s.place, vec![*s])),
        }
    }
    if steps.len() >= 2 {
        steps.swap(0, 1);
    }
    steps
}

/// The final screen: the winners, a podium and the full ranking.
pub fn final_ranking(lang: Lang, session: &HostSession) -> Html {
    let standings = session.standings();
    let teams = &session.setup().teams;
    let winners: Vec<String> = standings
        .iter()
        .filter(|s| s.place == 1)
        .map(|s| teams[s.team].name.clone())
        .collect();
    let steps = podium_steps(&standings).into_iter().map(|(place, on_step)| {
        let shared = on_step.len() > 1;
        html! {
            <li key={place} class={classes!("host-step", format!("host-step-{place}"))}>
                { for on_step.iter().map(|s| html! {
                    <p key={s.team} class={classes!("host-step-team", format!("team-c{}", teams[s.team].colour))}>
                        <span class="host-badge">{ s.team + 1 }</span>
                        <span class="host-team-name">{ teams[s.team].name.clone() }</span>
                    </p>
                }) }
                <div class="host-block">
                    <p class="host-step-place">{ text::place(lang, place, shared) }</p>
                    <p class="host-step-points">{ text::points(lang, on_step[0].points) }</p>
                </div>
            </li>
        }
    });
    html! {
        <>
            <h1 class="host-board-title">{ t(lang, T::FinalResults) }</h1>
            <p class="host-winner" data-testid="host-winner">{ text::winners(lang, &winners) }</p>
            <ol class="host-podium" aria-label={t(lang, T::Ranking)}>{ for steps }</ol>
            <h2>{ t(lang, T::Ranking) }</h2>
            { standings_list(lang, session) }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(team: usize, points: u32, place: usize) -> Standing {
        Standing { team, points, place }
    }

    #[test]
    fn the_podium_puts_first_in_the_middle_and_keeps_ties_together() {
        let steps = podium_steps(&[s(2, 30, 1), s(0, 20, 2), s(1, 10, 3), s(3, 0, 4)]);
        let places: Vec<usize> = steps.iter().map(|(p, _)| *p).collect();
        assert_eq!(places, vec![2, 1, 3]);
        let steps = podium_steps(&[s(0, 20, 1), s(1, 20, 1), s(2, 10, 3)]);
        assert_eq!(steps.len(), 2);
        assert_eq!(steps[1].0, 1);
        assert_eq!(steps[1].1.len(), 2, "the tied winners share the top step");
        let steps = podium_steps(&[s(0, 0, 1), s(1, 0, 1)]);
        assert_eq!(steps.len(), 1);
    }
}
