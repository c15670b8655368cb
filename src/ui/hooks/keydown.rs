//! Keyboard shortcuts: one `keydown` listener per component, with the
//! checks every shortcut needs made once.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A key pressed with no Ctrl, Alt or Meta (those belong to the browser
/// and the system), as a shortcut map reads it.
pub struct KeyPress {
    /// `KeyboardEvent.key`: "1", "Enter", " ".
    pub key: String,
    /// `KeyboardEvent.code`: "Digit1", "Space".
    pub code: String,
    pub shift: bool,
    /// The tag name of the element that has focus ("BUTTON", "INPUT"),
    /// or "" if none: such keys may be the element's own (Enter clicks a
    /// focused button, Space ticks a focused box).
    pub target_tag: String,
    event: web_sys::KeyboardEvent,
}

impl KeyPress {
    /// Stops the browser's own action (Space scrolling the page).
    pub fn prevent_default(&self) {
        self.event.prevent_default();
    }
}

type Handler = Rc<dyn Fn(&KeyPress)>;

/// Calls `handler` for each shortcut key. The listener is attached with
/// the component's first drawing, not in an effect: Yew may let the
/// browser run between drawing and effects, and a key pressed then would
/// find no listener and be lost. Keys act on the component as last drawn:
/// each drawing hands in its own `handler`.
#[hook]
pub fn use_keydown<F>(handler: F)
where
    F: Fn(&KeyPress) + 'static,
{
    let latest = use_mut_ref(|| None::<Handler>);
    *latest.borrow_mut() = Some(Rc::new(handler));
    use_memo((), move |()| listen(latest));
}

fn listen(latest: Rc<RefCell<Option<Handler>>>) -> EventListener {
    let options = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |event| {
        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        if event.ctrl_key() || event.alt_key() || event.meta_key() {
            return;
        }
        let target_tag = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .map(|e| e.tag_name())
            .unwrap_or_default();
        let press = KeyPress {
            key: event.key(),
            code: event.code(),
            shift: event.shift_key(),
            target_tag,
            event: event.clone(),
        };
        // Cloned out first: the handler may redraw the component, which
        // hands in the next handler.
        let handler = latest.borrow().clone();
        if let Some(handler) = handler {
            handler(&press);
        }
    })
}
