//! Ranking contest results as knowledge contests do: by score, then by how
//! close the tie-break prediction came, then by the shorter time. The order
//! of the rules is set per contest.

use serde::{Deserialize, Serialize};

/// One rule of the ranking, applied in the contest's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RankRule {
    /// More right answers first.
    Score,
    /// The prediction closest to the actual number first.
    Prediction,
    /// Less time first.
    Time,
}

/// The usual order: score, then prediction, then time.
pub const USUAL: [RankRule; 3] = [RankRule::Score, RankRule::Prediction, RankRule::Time];

/// What the ranking looks at in one result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Standing {
    pub correct: usize,
    pub prediction: u32,
    pub seconds: u32,
}

impl Standing {
    fn key(&self, rule: RankRule, actual: u32) -> (std::cmp::Reverse<usize>, u32) {
        match rule {
            RankRule::Score => (std::cmp::Reverse(self.correct), 0),
            RankRule::Prediction => (std::cmp::Reverse(0), self.prediction.abs_diff(actual)),
            RankRule::Time => (std::cmp::Reverse(0), self.seconds),
        }
    }

    pub(crate) fn compare(&self, other: &Standing, rules: &[RankRule], actual: u32) -> std::cmp::Ordering {
        rules
            .iter()
            .map(|rule| self.key(*rule, actual).cmp(&other.key(*rule, actual)))
            .find(|order| order.is_ne())
            .unwrap_or(std::cmp::Ordering::Equal)
    }
}

/// Up to three rules' keys in one number, the first rule highest; orders
/// as `Standing::compare` does.
fn packed_key(s: &Standing, rules: &[RankRule], actual: u32) -> u128 {
    rules.iter().fold(0u128, |key, rule| {
        let part = match rule {
            RankRule::Score => u64::from(u32::MAX) - s.correct.min(u32::MAX as usize) as u64,
            RankRule::Prediction => u64::from(s.prediction.abs_diff(actual)),
            RankRule::Time => u64::from(s.seconds),
        };
        (key << 33) | u128::from(part)
    })
}

/// The order to list `standings` in (indices, best first) and each one's
/// place. Results equal under every rule share a place and the next place
/// is skipped (1, 1, 3), as prize lists do. `actual` is the number the
/// predictions guessed at.
#[must_use]
pub fn rank(standings: &[Standing], rules: &[RankRule], actual: u32) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..standings.len()).collect();
    if rules.len() <= 3 {
        // The rules' keys packed into one number, with the index last so
        // equal results keep the order they were pasted in: 100,000 codes
        // sort several times faster than through `compare`.
        let mut keyed: Vec<(u128, usize)> = standings
            .iter()
            .enumerate()
            .map(|(i, s)| (packed_key(s, rules, actual), i))
            .collect();
        keyed.sort_unstable();
        order = keyed.into_iter().map(|(_, i)| i).collect();
    } else {
        // A stable sort: equal results keep the order they were pasted in.
        order.sort_by(|&a, &b| standings[a].compare(&standings[b], rules, actual));
    }
    let mut placed: Vec<(usize, usize)> = Vec::with_capacity(order.len());
    for (position, &index) in order.iter().enumerate() {
        let place = match placed.last() {
            Some(&(previous, place)) if standings[previous].compare(&standings[index], rules, actual).is_eq() => place,
            _ => position + 1,
        };
        placed.push((index, place));
    }
    placed
}

#[cfg(test)]
#[allow(clippy::cast_possible_truncation)] // small random test values
mod tests {
    use super::*;
    use crate::quiz::order::Rng;

    fn s(correct: usize, prediction: u32, seconds: u32) -> Standing {
        Standing {
            correct,
            prediction,
            seconds,
        }
    }

    #[test]
    fn score_then_closest_prediction_then_shorter_time() {
        let standings = [
            s(18, 100, 300),
            s(20, 50, 900),
            s(18, 95, 800),
            s(18, 105, 200),
            s(18, 95, 700),
        ];
        let ranked = rank(&standings, &USUAL, 100);
        assert_eq!(
            ranked,
            [(1, 1), (0, 2), (3, 3), (4, 4), (2, 5)],
            "20 right wins; then 100 is exact; 95 and 105 are both 5 off, so time decides"
        );
    }

    #[test]
    fn equal_results_share_a_place_and_the_next_place_is_skipped() {
        let standings = [s(10, 5, 60), s(12, 5, 60), s(10, 5, 60), s(9, 5, 60)];
        assert_eq!(rank(&standings, &USUAL, 5), [(1, 1), (0, 2), (2, 2), (3, 4)]);
    }

    #[test]
    fn a_contest_can_put_time_before_the_prediction() {
        let standings = [s(10, 100, 90), s(10, 0, 60)];
        let rules = [RankRule::Score, RankRule::Time, RankRule::Prediction];
        assert_eq!(rank(&standings, &rules, 100)[0].0, 1, "faster wins under this rule");
        assert_eq!(
            rank(&standings, &USUAL, 100)[0].0,
            0,
            "exact prediction wins under the usual rule"
        );
    }

    #[test]
    fn property_the_packed_keys_order_as_compare_does() {
        let mut rng = Rng::new(19);
        let rule_sets: [&[RankRule]; 4] = [
            &USUAL,
            &[RankRule::Time, RankRule::Score],
            &[RankRule::Prediction],
            &[RankRule::Score, RankRule::Time, RankRule::Prediction],
        ];
        for rules in rule_sets {
            for _ in 0..2_000 {
                let mut one = || s(rng.below(21), rng.below(40) as u32, rng.below(30) as u32);
                let (a, b) = (one(), one());
                let actual = 20;
                assert_eq!(
                    packed_key(&a, rules, actual).cmp(&packed_key(&b, rules, actual)),
                    a.compare(&b, rules, actual),
                    "{a:?} {b:?} {rules:?}"
                );
            }
        }
    }

    #[test]
    fn property_the_ranking_is_a_sorted_permutation_with_consistent_places() {
        let mut rng = Rng::new(42);
        for _ in 0..500 {
            let n = rng.below(30);
            let standings: Vec<Standing> = (0..n)
                .map(|_| s(rng.below(6), rng.below(20) as u32, rng.below(5) as u32))
                .collect();
            let actual = rng.below(20) as u32;
            let ranked = rank(&standings, &USUAL, actual);
            let mut seen: Vec<usize> = ranked.iter().map(|(i, _)| *i).collect();
            seen.sort_unstable();
            assert_eq!(seen, (0..n).collect::<Vec<_>>(), "every result listed once");
            for pair in ranked.windows(2) {
                let ((a, pa), (b, pb)) = (pair[0], pair[1]);
                let order = standings[a].compare(&standings[b], &USUAL, actual);
                assert!(order.is_le(), "listed best first");
                if order.is_eq() {
                    assert_eq!(pa, pb, "equal results share a place");
                } else {
                    assert!(pb > pa, "a worse result has a later place");
                }
            }
            for (position, (_, place)) in ranked.iter().enumerate() {
                assert!(*place <= position + 1, "a place never exceeds the position");
                let better = ranked.iter().filter(|(_, p)| p < place).count();
                assert_eq!(*place, better + 1, "place = 1 + number strictly better");
            }
        }
    }
}
