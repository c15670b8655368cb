//! Wall-clock time and fresh seeds, read at the edge and handed to the
//! engine as data.

use crate::quiz::Millis;

/// Now, in milliseconds since the Unix epoch.
#[must_use]
pub fn now() -> Millis {
    // Date.now() is a whole, positive number of milliseconds well below 2^53.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Millis(js_sys::Date::now() as u64)
}

/// A seed for a new round: random bits mixed with the time.
#[must_use]
pub fn fresh_seed() -> u64 {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let random = (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64;
    random ^ now().0.rotate_left(32)
}

/// Today's date on this device, as days since 2024-01-01: contest rounds
/// open and close by the player's local calendar day.
#[must_use]
pub fn today() -> i64 {
    let date = js_sys::Date::new_0();
    crate::quiz::contest::day_number(
        i32::try_from(date.get_full_year()).unwrap_or(2024),
        date.get_month() + 1,
        date.get_date(),
    )
}

/// This year on this device.
#[must_use]
pub fn this_year() -> u16 {
    u16::try_from(js_sys::Date::new_0().get_full_year()).unwrap_or(2026)
}
