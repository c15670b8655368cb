//! Fetches `static/questions.json` from beside the page and checks it.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::content::contest::{parse_contest, Contest};
use crate::content::{parse_bank, ContentError};
use crate::quiz::QuestionBank;

/// Where loading the bank got to.
#[derive(Clone, Debug, PartialEq)]
pub enum BankState {
    Loading,
    Ready(Rc<QuestionBank>),
    /// The file arrived but is broken: every problem, for the organiser.
    Broken(Rc<Vec<ContentError>>),
    /// The file could not be fetched (offline, missing, server error).
    Unavailable(String),
}

/// Fetches and checks the bank. Relative to the page, so the site works
/// from any sub-path. A plain request, so it picks up the download that
/// index.html starts with `<link rel="preload">` while the wasm loads;
/// freshness comes from the server's `Cache-Control: no-cache` (README) and
/// the service worker's background check.
pub async fn load_bank() -> BankState {
    let text = match fetch_text("static/questions.json").await {
        Ok(text) => text,
        Err(reason) => return BankState::Unavailable(reason),
    };
    match parse_bank(&text) {
        Ok(bank) => BankState::Ready(Rc::new(bank)),
        Err(errors) => BankState::Broken(Rc::new(errors)),
    }
}

/// Where loading the organiser's contest settings got to.
#[derive(Clone, Debug, PartialEq)]
pub enum ContestState {
    Loading,
    /// No contest on this site (no `static/contest.json`, or it could not
    /// be fetched): the contest button is not shown.
    Absent,
    Ready(Rc<Contest>),
    /// The file is broken: the contest screen lists the problems.
    Broken(Rc<Vec<ContentError>>),
}

/// Fetches and checks `static/contest.json` against `bank`.
pub async fn load_contest(bank: &QuestionBank) -> ContestState {
    match fetch_text("static/contest.json").await {
        Ok(text) => match parse_contest(&text, bank) {
            Ok(contest) => ContestState::Ready(Rc::new(contest)),
            Err(errors) => ContestState::Broken(Rc::new(errors)),
        },
        Err(reason) => {
            gloo::console::log!(format!("no contest on this site: {reason}"));
            ContestState::Absent
        }
    }
}

/// The body of `url` as text, or why not. Plain `fetch` through web-sys:
/// an HTTP client crate would add kilobytes to the wasm for one request.
pub(crate) async fn fetch_text(url: &str) -> Result<String, String> {
    let describe = |e: wasm_bindgen::JsValue| e.as_string().unwrap_or_else(|| format!("{e:?}"));
    let response: Response = JsFuture::from(gloo::utils::window().fetch_with_str(url))
        .await
        .map_err(describe)?
        .dyn_into()
        .map_err(describe)?;
    if !response.ok() {
        return Err(format!("HTTP {} {}", response.status(), response.status_text()));
    }
    let body = JsFuture::from(response.text().map_err(describe)?)
        .await
        .map_err(describe)?;
    body.as_string().ok_or_else(|| "the response is not text".to_owned())
}
