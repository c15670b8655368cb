//! Fetches `static/questions.json` from beside the page and checks it.

use std::rc::Rc;

use gloo_net::http::Request;
use web_sys::RequestCache;

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
/// from any sub-path. `no-cache` revalidates with the server, so a bank an
/// organiser replaced is picked up at the next visit.
pub async fn load_bank() -> BankState {
    let response = match Request::get("static/questions.json")
        .cache(RequestCache::NoCache)
        .send()
        .await
    {
        Ok(response) => response,
        Err(e) => return BankState::Unavailable(e.to_string()),
    };
    if !response.ok() {
        return BankState::Unavailable(format!("HTTP {} {}", response.status(), response.status_text()));
    }
    match response.text().await {
        Ok(text) => match parse_bank(&text) {
            Ok(bank) => BankState::Ready(Rc::new(bank)),
            Err(errors) => BankState::Broken(Rc::new(errors)),
        },
        Err(e) => BankState::Unavailable(e.to_string()),
    }
}
