//! The address's hash: reading it, following its changes, and keeping it
//! in step with what a component shows. Hash routes work on any static
//! server, with no rewrite rules.

use gloo::events::EventListener;
use yew::prelude::*;

/// The hash in the address bar now (`#/play`), or "" if there is none.
#[must_use]
pub fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Calls `on_change` with the new hash each time it changes (a link, the
/// back button, a typed address). `history.replaceState` fires no
/// `hashchange`, so a page that rewrites its own hash is not re-routed.
/// The listener is made once, with the first `on_change`: it may hold
/// only what stays valid (a dispatcher, a state handle's setter).
#[hook]
pub fn use_hash_change(on_change: Callback<String>) {
    use_effect_with((), move |()| {
        let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
            on_change.emit(current_hash());
        });
        move || drop(listener)
    });
}

/// The hash, redrawn on every change.
#[hook]
pub fn use_hash() -> String {
    let hash = use_state(current_hash);
    {
        let hash = hash.clone();
        use_hash_change(Callback::from(move |now| hash.set(now)));
    }
    (*hash).clone()
}

/// Keeps the address at `hash`, the address of what the component shows,
/// so a reload, a bookmark or the back button returns to it.
#[hook]
pub fn use_shown_hash(hash: String) {
    use_effect_with(hash, |hash| {
        if current_hash() != *hash {
            let _ignored = gloo::utils::window().location().set_hash(hash);
        }
    });
}
