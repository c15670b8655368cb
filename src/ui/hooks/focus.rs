//! Focus on what a screen is about once it appears.

use yew::prelude::*;

/// An element focused when its screen appears (the results' target, the
/// tie-break's box), so keyboard and screen-reader users land on it.
#[hook]
pub fn use_focused_on_mount() -> NodeRef {
    let target = use_node_ref();
    use_effect_with((), {
        let target = target.clone();
        move |()| {
            if let Some(element) = target.cast::<web_sys::HtmlElement>() {
                let _ignored = element.focus();
            }
        }
    });
    target
}
