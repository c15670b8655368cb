//! Time left in a timed round, as "12:34".

use yew::prelude::*;

use super::text::{t, time_left, T};
use crate::i18n::Lang;

/// "m:ss", rounded up so "0:00" shows only when the time is really up.
#[must_use]
pub fn clock_face(remaining_ms: u64) -> String {
    let seconds = remaining_ms.div_ceil(1000);
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// The time left. A function, not a component: it has no state, and each
/// component costs its own copy of Yew's lifecycle code in the wasm.
pub fn countdown(lang: Lang, remaining_ms: u64) -> Html {
    let low = remaining_ms <= 60_000;
    let class = classes!("countdown", low.then_some("countdown-low"));
    // role="timer" is not announced on every tick (its live region is off),
    // so screen readers are not interrupted once a second.
    html! {
        <p {class} role="timer" aria-label={t(lang, T::TimeLeft)}>
            { time_left(lang, &clock_face(remaining_ms)) }
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_face_rounds_up_to_the_second() {
        assert_eq!(clock_face(900_000), "15:00");
        assert_eq!(clock_face(61_001), "1:02");
        assert_eq!(clock_face(999), "0:01");
        assert_eq!(clock_face(0), "0:00");
    }
}
