//! The contest's last question: a number to predict, which breaks ties.

use yew::prelude::*;

use crate::i18n::Lang;
use crate::quiz::result_code::MAX_PREDICTION;
use crate::ui::contest::session::ContestAction;
use crate::ui::contest::text::{t, T};
use crate::ui::hooks::use_focused_on_mount;
use crate::ui::refs::ContestRef;

#[derive(Properties, PartialEq)]
pub struct TieBreakScreenProps {
    pub contest: Option<ContestRef>,
    pub on_action: Callback<ContestAction>,
}

/// The prediction typed, or what is wrong with it.
fn read_prediction(text: &str) -> Result<u32, T> {
    let digits: String = text.chars().filter(|c| !matches!(c, ' ' | '.' | ',')).collect();
    if digits.is_empty() {
        return Err(T::PredictionMissing);
    }
    match digits.parse::<u32>() {
        Ok(n) if n <= MAX_PREDICTION => Ok(n),
        Ok(_) => Err(T::PredictionTooLarge),
        Err(_) => Err(T::PredictionNotDigits),
    }
}

#[component]
pub fn TieBreakScreen(props: &TieBreakScreenProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let value = use_state(String::new);
    let problem = use_state(|| None::<T>);
    let input = use_focused_on_mount();
    let question = props.contest.as_ref().map_or_else(
        || t(lang, T::TieBreakQuestion).to_owned(),
        |c| c.0.tiebreak.get(lang).to_owned(),
    );
    let oninput = {
        let value = value.clone();
        Callback::from(move |e: InputEvent| value.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
    };
    let onsubmit = {
        let (value, problem, on_action) = (value.clone(), problem.clone(), props.on_action.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match read_prediction(&value) {
                Ok(n) => on_action.emit(ContestAction::Predict(n)),
                Err(why) => problem.set(Some(why)),
            }
        })
    };
    html! {
        <section class="screen tie-break" aria-labelledby="tie-title">
            <h1 id="tie-title">{ t(lang, T::TieBreakTitle) }</h1>
            <p class="muted">{ t(lang, T::TieBreakIntro) }</p>
            <form {onsubmit} novalidate=true>
                <label for="prediction" class="field-label">{ question }</label>
                <input id="prediction" ref={input} class="field" type="text" inputmode="numeric" autocomplete="off"
                    value={(*value).clone()} {oninput}
                    aria-invalid={problem.is_some().to_string()} aria-describedby="prediction-problem" />
                <p id="prediction-problem" class="field-problem" role="alert">
                    { problem.map(|problem| t(lang, problem)).unwrap_or_default() }
                </p>
                <button type="submit" class="button button-primary">{ t(lang, T::SubmitPrediction) }</button>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predictions_accept_grouped_digits_and_refuse_the_rest() {
        assert_eq!(read_prediction("1.234"), Ok(1234));
        assert_eq!(read_prediction(" 56 "), Ok(56));
        assert_eq!(read_prediction("0"), Ok(0));
        assert!(read_prediction("").is_err());
        assert!(read_prediction("abc").is_err());
        assert!(read_prediction("-3").is_err());
        assert!(read_prediction("9999999").is_err());
    }
}
