//! Choosing a round's questions from candidates already in random order,
//! so that no two questions of one family meet in one round (one would
//! give the other away, or the player would answer the same thing twice).

use super::question::Question;
/// The first `length` of `candidates`, in their order, skipping any
/// question whose family an earlier pick already has. Questions with no
/// family are never skipped.
#[must_use]
pub fn one_per_family<Q: AsRef<Question>>(candidates: impl IntoIterator<Item = Q>, length: usize) -> Vec<Q> {
    // A round holds at most a few dozen questions: a list is enough, and
    // keeps hashing code out of the players' wasm.
    let mut taken: Vec<String> = Vec::new();
    let mut picks = Vec::with_capacity(length);
    for question in candidates {
        if picks.len() == length {
            break;
        }
        if let Some(family) = question.as_ref().family() {
            if taken.iter().any(|t| t == family) {
                continue;
            }
            taken.push(family.to_owned());
        }
        picks.push(question);
    }
    picks
}

/// How many questions one round can draw from `questions` at most: every
/// question without a family, and one of each family. Screens that say how
/// many questions a choice of topics offers count this way, so they never
/// promise a round longer than the draw can give.
#[must_use]
pub fn drawable<Q: AsRef<Question>>(questions: impl IntoIterator<Item = Q>) -> usize {
    let mut families: Vec<String> = Vec::new();
    let mut loose = 0;
    for question in questions {
        match question.as_ref().family() {
            Some(family) if !families.iter().any(|f| f == family) => families.push(family.to_owned()),
            Some(_) => {}
            None => loose += 1,
        }
    }
    loose + families.len()
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::quiz::fixture;

    fn in_family(id: &str, family: Option<&str>) -> Rc<Question> {
        let mut question = fixture::single(id, "t", 4, 0);
        question.family = family.map(str::to_owned);
        Rc::new(question)
    }

    fn ids(picks: &[Rc<Question>]) -> Vec<&str> {
        picks.iter().map(|q| q.id().as_str()).collect()
    }

    #[test]
    fn a_second_question_of_a_family_is_skipped_and_the_next_one_taken() {
        let candidates = vec![
            in_family("a", Some("caps")),
            in_family("b", None),
            in_family("c", Some("caps")),
            in_family("d", Some("dates")),
            in_family("e", None),
        ];
        assert_eq!(ids(&one_per_family(candidates.clone(), 3)), ["a", "b", "d"]);
        assert_eq!(ids(&one_per_family(candidates.clone(), 10)), ["a", "b", "d", "e"]);
        assert_eq!(ids(&one_per_family(candidates, 0)), Vec::<&str>::new());
    }

    #[test]
    fn a_family_counts_once_towards_what_a_round_can_draw() {
        let candidates = vec![
            in_family("a", Some("caps")),
            in_family("b", None),
            in_family("c", Some("caps")),
            in_family("d", Some("dates")),
            in_family("e", None),
            in_family("f", Some("caps")),
        ];
        assert_eq!(drawable(&candidates), 4);
        assert_eq!(drawable(&candidates), one_per_family(candidates.clone(), 100).len());
        assert_eq!(drawable(Vec::<Rc<Question>>::new()), 0);
    }

    #[test]
    fn questions_without_a_family_are_all_kept_in_order() {
        let candidates: Vec<_> = ["a", "b", "c"].iter().map(|id| in_family(id, None)).collect();
        assert_eq!(ids(&one_per_family(candidates, 3)), ["a", "b", "c"]);
    }
}
