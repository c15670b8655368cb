//! Saving a value to the device each time it changes.

use yew::prelude::*;

use crate::storage::WriteFailed;
use crate::ui::notices::Notice;

/// Saves `value` with `save` whenever it changes (and once at the start),
/// so a reload, a closed tab or a crash loses nothing; a failed write
/// becomes a notice, never a panic. Saving runs in an effect, never in a
/// reducer (STYLE.md, "Persist from an effect").
#[hook]
pub fn use_saved<T, F>(value: T, save: F, on_notice: Callback<Notice>)
where
    T: PartialEq + 'static,
    F: Fn(&T) -> Result<(), WriteFailed> + 'static,
{
    use_effect_with(value, move |value| {
        if let Err(failure) = save(value) {
            on_notice.emit(failure.into());
        }
    });
}
