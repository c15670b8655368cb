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
    fn questions_without_a_family_are_all_kept_in_order() {
        let candidates: Vec<_> = ["a", "b", "c"].iter().map(|id| in_family(id, None)).collect();
        assert_eq!(ids(&one_per_family(candidates, 3)), ["a", "b", "c"]);
    }
}
