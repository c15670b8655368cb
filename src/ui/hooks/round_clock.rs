//! A timed round's clock.

use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::quiz::Millis;
use crate::ui::clock;

/// The time now, redrawn every second while a round with `deadline`
/// runs; calls `on_time_up` with the time once it is past the deadline.
/// The deadline is absolute, so a tab left in the background or a reload
/// loses no time and gains none; a tab shown again checks at once
/// (background tabs' timers are throttled). With no deadline, no timer.
#[hook]
pub fn use_round_clock(deadline: Option<Millis>, on_time_up: Callback<Millis>) -> Millis {
    let now = use_state(clock::now);
    use_effect_with(deadline, {
        let now = now.clone();
        move |deadline: &Option<Millis>| {
            let tick = deadline.map(|deadline| {
                let check = move || {
                    let at = clock::now();
                    now.set(at);
                    if at >= deadline {
                        on_time_up.emit(at);
                    }
                };
                check();
                let visible = EventListener::new(&gloo::utils::document(), "visibilitychange", {
                    let check = check.clone();
                    move |_| check()
                });
                (Interval::new(1_000, check), visible)
            });
            move || drop(tick)
        }
    });
    *now
}
