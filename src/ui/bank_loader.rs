//! Fetches `static/questions.json` from beside the page and checks it.

use std::future::Future;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::content::contest::{parse_contest, Contest};
use crate::content::{self, parse_bank, ContentError};
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
/// the service worker's background check. Also returns the file's text:
/// its English (`add_english`) is checked against it.
pub async fn load_bank() -> (BankState, Rc<str>) {
    let text: Rc<str> = match fetch_text(BANK).await {
        Ok(text) => Rc::from(text),
        Err(reason) => return (BankState::Unavailable(reason), Rc::from("")),
    };
    let state = match parse_bank(&text) {
        Ok(bank) => BankState::Ready(Rc::new(bank)),
        Err(errors) => BankState::Broken(Rc::new(errors)),
    };
    (state, text)
}

const BANK: &str = "static/questions.json";
/// The English of a built site's bank, which sends `questions.json` in
/// Vietnamese only (`content::english`); fetched only for English.
const BANK_ENGLISH: &str = "static/questions.en.json";
/// How long the English may take before the player reads Vietnamese.
const ENGLISH_WAIT_MS: i32 = 10_000;

/// Fetches the English of `bank` (read from `text`) and adds it in place.
/// Missing, offline, broken or made for another `questions.json`: an
/// error, the bank unchanged (Vietnamese), never English of another file.
/// A fetch that has not answered in `ENGLISH_WAIT_MS` counts as missing.
pub async fn add_english(bank: &QuestionBank, text: &str) -> Result<(), String> {
    let mut fetch = std::pin::pin!(fetch_text(BANK_ENGLISH));
    let mut timer = JsFuture::from(js_sys::Promise::new(&mut |resolve, _| {
        let _id =
            gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ENGLISH_WAIT_MS);
    }));
    let english = std::future::poll_fn(|cx| match fetch.as_mut().poll(cx) {
        std::task::Poll::Ready(got) => std::task::Poll::Ready(got),
        std::task::Poll::Pending => std::pin::Pin::new(&mut timer)
            .poll(cx)
            .map(|_| Err("no answer in time".to_owned())),
    })
    .await?;
    content::english::add_english(bank, text, &english).map_err(|problem| problem.summary().to_owned())
}

/// The explanations, sources and facts of a built site's bank, sent apart
/// from it (`content::notes`): the players' page fetches them once the
/// start screen works, since a player needs them only after answering.
const BANK_NOTES: &str = "static/questions.notes.json";

/// Fetches the notes of `bank` (read from `text`) and adds them in place.
/// Missing, offline, broken or made for another `questions.json`: an
/// error, and nothing added.
pub async fn add_notes(bank: &QuestionBank, text: &str) -> Result<(), String> {
    let notes = fetch_text(BANK_NOTES).await?;
    content::notes::add_notes(bank, text, &notes).map_err(|problem| problem.summary().to_owned())
}

/// How often a failed download of the explanations is tried again, and
/// the wait before the first retry (doubled for each next one; a device
/// coming back online cuts it short): 20 s, 40 s, 80 s, 160 s, 320 s.
pub const NOTES_RETRIES: u32 = 5;
pub const NOTES_FIRST_RETRY_MS: i32 = 20_000;

/// Resolves when the browser says the device is back online, or after
/// `ms`, whichever comes first: the moment a failed download is worth
/// trying again.
pub async fn online_or_after(ms: i32) {
    let window = gloo::utils::window();
    let mut on_online = None;
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        let _timer = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        let _listening = window.add_event_listener_with_callback("online", &resolve);
        on_online = Some(resolve);
    });
    let _woken = JsFuture::from(wait).await;
    if let Some(resolve) = on_online {
        let _removed = window.remove_event_listener_with_callback("online", &resolve);
    }
}

/// The bank's text as the organiser page's base for an import: with its
/// notes (explanations, documents, sources, facts) and English put back
/// when the site sends them apart, so an imported (or exported) bank
/// keeps them. The notes are required (an error says why they could not
/// be had); `None` for the English: not available (why).
pub async fn bilingual_bank_text() -> Result<(Rc<str>, Option<String>), String> {
    let text = fetch_text(BANK).await?;
    let Ok(bank) = parse_bank(&text) else {
        return Ok((Rc::from(text), None));
    };
    let root = if bank.awaits_notes() {
        let notes = fetch_text(BANK_NOTES)
            .await
            .map_err(|why| format!("{BANK_NOTES}: {why}"))?;
        Some(content::notes::with_notes(&text, &notes).map_err(|p| p.to_string())?)
    } else {
        None
    };
    if bank.has_english() {
        return Ok((
            root.map_or(Rc::from(text), |root| Rc::from(content::csv_import::to_json(&root))),
            None,
        ));
    }
    let english = match fetch_text(BANK_ENGLISH).await {
        Ok(english) => content::english::bilingual(&text, root.clone(), &english).map_err(|p| p.to_string()),
        Err(why) => Err(why),
    };
    Ok(match (english, root) {
        (Ok(root), _) => (Rc::from(content::csv_import::to_json(&root)), None),
        (Err(why), Some(root)) => (Rc::from(content::csv_import::to_json(&root)), Some(why)),
        (Err(why), None) => (Rc::from(text), Some(why)),
    })
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

const CONTEST: &str = "static/contest.json";

/// The text of `static/contest.json`, or `None` if the site has none (or
/// it could not be fetched: the console says which).
async fn fetch_contest() -> Option<String> {
    fetch_text(CONTEST)
        .await
        .map_err(|reason| gloo::console::log!(format!("no contest on this site: {reason}")))
        .ok()
}

/// Fetches and checks `static/contest.json` against `bank` (the contest page).
pub async fn load_contest(bank: &QuestionBank) -> ContestState {
    let Some(text) = fetch_contest().await else {
        return ContestState::Absent;
    };
    match parse_contest(&text, bank) {
        Ok(contest) => ContestState::Ready(Rc::new(contest)),
        Err(errors) => ContestState::Broken(Rc::new(errors)),
    }
}

/// Whether this site runs a contest: `static/contest.json` is there. The
/// players' start screen then links to the contest page, which reads and
/// checks the file (its problems are shown there, to the organiser).
pub async fn contest_on_site() -> bool {
    fetch_contest().await.is_some()
}

/// The body of `url` as text, or why not. Plain `fetch` through web-sys:
/// an HTTP client crate would add kilobytes to the wasm for one request.
#[inline(never)]
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
