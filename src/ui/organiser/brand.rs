//! The organiser's branding at run time: fetched from
//! `static/branding.json` after the first render (the quiz never waits for
//! it), checked by `content::branding`, and applied. A missing file means
//! the defaults; a broken one means the defaults plus its problems, which
//! the organiser page lists.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::content::branding::{parse_branding, Branding};
use crate::content::ContentError;
use crate::quiz::Lang;
use crate::ui::bank_loader::fetch_text;

/// The branding in force and what was wrong with the file, if anything.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BrandState {
    pub branding: Rc<Branding>,
    pub problems: Rc<Vec<ContentError>>,
}

impl BrandState {
    /// The organiser's title in `lang`, if they set one.
    #[must_use]
    pub fn title(&self, lang: Lang) -> Option<String> {
        self.branding.title.as_ref().map(|t| t.get(lang).to_owned())
    }
}

/// Loads the branding once and keeps `--brand` on `<html>` in step.
#[hook]
pub fn use_branding() -> BrandState {
    let state = use_state(BrandState::default);
    {
        let state = state.clone();
        use_effect_with((), move |()| {
            yew::platform::spawn_local(async move {
                // No file (or no network) is not a problem: the defaults stay.
                if let Ok(text) = fetch_text("static/branding.json").await {
                    state.set(match parse_branding(&text) {
                        Ok(branding) => BrandState {
                            branding: Rc::new(branding),
                            problems: Rc::default(),
                        },
                        Err(problems) => BrandState {
                            branding: Rc::default(),
                            problems: Rc::new(problems),
                        },
                    });
                }
            });
        });
    }
    // Through the CSSOM, which the Content-Security-Policy allows (it
    // forbids style attributes); styles/organiser.css uses the variable.
    use_effect_with(state.branding.colour.clone(), |colour| {
        let root = gloo::utils::document()
            .document_element()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(root) = root {
            let _ignored = match colour {
                Some(colour) => root.style().set_property("--brand", colour),
                None => root.style().remove_property("--brand").map(|_| ()),
            };
        }
    });
    (*state).clone()
}
