//! Component tests in a real browser (headless Chromium through
//! wasm-bindgen-test-runner): render, click, wait for Yew, read the page.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use std::time::Duration;

use coop_quiz::content::{parse_bank, ContentError, Place};
use coop_quiz::i18n::Lang;
use coop_quiz::ui::{bank_problems, PlayerArea};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

const BANK: &str = include_str!("../static/questions.json");

#[derive(Properties, PartialEq)]
struct HostProps {
    lang: Lang,
}

#[component]
fn Host(props: &HostProps) -> Html {
    let bank = use_memo((), |()| {
        parse_bank(BANK).expect("the bundled bank is valid (tests/bank_content.rs)")
    });
    html! {
        <ContextProvider<Lang> context={props.lang}>
            <PlayerArea bank={Rc::new((*bank).clone())} on_notice={Callback::noop()} />
        </ContextProvider<Lang>>
    }
}

/// A fresh element to render into, with no saved round and no address,
/// so tests do not see each other.
fn root() -> Element {
    if let Some(storage) = gloo::utils::window().local_storage().ok().flatten() {
        storage.clear().unwrap();
    }
    gloo::utils::window().location().set_hash("").unwrap();
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// Lets Yew run its scheduled renders and effects.
async fn settle() {
    for _ in 0..3 {
        yew::platform::time::sleep(Duration::ZERO).await;
    }
}

fn find(root: &Element, selector: &str) -> Option<HtmlElement> {
    root.query_selector(selector).unwrap().map(JsCast::unchecked_into)
}

fn text_of(root: &Element, selector: &str) -> String {
    find(root, selector)
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

async fn click(root: &Element, selector: &str) {
    find(root, selector)
        .unwrap_or_else(|| panic!("no {selector} on screen"))
        .click();
    settle().await;
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

/// Answers with the first option shown (ticking it and checking, for a
/// multiple-select question).
async fn answer_first(root: &Element) {
    let multiple = find(root, ".choice[aria-pressed]").is_some();
    click(root, ".choice").await;
    if multiple {
        click(root, ".question > .button-primary").await;
    }
}

#[wasm_bindgen_test]
async fn start_screen_shows_the_vietnamese_title_and_a_start_button() {
    let root = root();
    yew::Renderer::<Host>::with_root_and_props(root.clone(), HostProps { lang: Lang::Vi }).render();
    settle().await;
    assert_eq!(text_of(&root, "h1"), "Tìm hiểu Hợp tác xã kiểu mới");
    assert_eq!(text_of(&root, ".button-primary"), "Bắt đầu (10 câu hỏi)");
}

#[wasm_bindgen_test]
async fn answering_shows_feedback_with_explanation_and_source_then_moves_on() {
    let root = root();
    yew::Renderer::<Host>::with_root_and_props(root.clone(), HostProps { lang: Lang::Vi }).render();
    settle().await;
    click(&root, ".button-primary").await;
    assert_eq!(text_of(&root, ".progress-label"), "Câu 1/10");
    assert!(count(&root, ".choice") >= 2);
    assert!(find(&root, ".feedback").is_none(), "no feedback before answering");

    answer_first(&root).await;
    let verdict = text_of(&root, ".verdict");
    assert!(
        verdict.contains("Chính xác!") || verdict.contains("Chưa đúng"),
        "{verdict}"
    );
    assert!(text_of(&root, ".explanation").starts_with("Giải thích: "));
    assert!(text_of(&root, ".source").starts_with("Căn cứ: "));
    assert!(count(&root, ".choice.right") >= 1, "the right answer is marked");
    assert!(
        find(&root, ".choice:not(:disabled)").is_none(),
        "options are locked after answering"
    );

    click(&root, ".next").await;
    assert_eq!(text_of(&root, ".progress-label"), "Câu 2/10");
    assert!(find(&root, ".feedback").is_none());
}

#[wasm_bindgen_test]
async fn a_whole_round_in_english_scores_the_answers_that_were_right() {
    let root = root();
    yew::Renderer::<Host>::with_root_and_props(root.clone(), HostProps { lang: Lang::En }).render();
    settle().await;
    click(&root, ".button-primary").await;
    let mut right = 0;
    for n in 1..=10 {
        assert_eq!(text_of(&root, ".progress-label"), format!("Question {n} of 10"));
        answer_first(&root).await;
        if text_of(&root, ".verdict").contains("Correct!") {
            right += 1;
        }
        click(&root, ".next").await;
    }
    assert_eq!(text_of(&root, "h1"), "Results");
    assert_eq!(text_of(&root, "[data-testid=score]"), format!("{right} of 10 correct"));
    assert_eq!(count(&root, ".review-item"), 10);
    assert_eq!(count(&root, ".review-item.right"), right);
}

#[derive(Properties, PartialEq)]
struct ProblemsProps {
    errors: Rc<Vec<ContentError>>,
}

#[component]
fn Problems(props: &ProblemsProps) -> Html {
    bank_problems(Lang::Vi, &props.errors)
}

#[wasm_bindgen_test]
async fn a_broken_bank_lists_every_problem_as_plain_text() {
    let errors = vec![
        ContentError {
            place: Place::Question("q1".into()),
            field: "answer".into(),
            problem: "letter E points at no option".into(),
            problem_vi: "chữ cái E không ứng với phương án nào".into(),
        },
        ContentError {
            place: Place::File,
            field: String::new(),
            problem: "<img src=x onerror=alert(1)>".into(),
            problem_vi: "<img src=x onerror=alert(1)>".into(),
        },
    ];
    let root = root();
    yew::Renderer::<Problems>::with_root_and_props(
        root.clone(),
        ProblemsProps {
            errors: Rc::new(errors),
        },
    )
    .render();
    settle().await;
    assert_eq!(count(&root, ".problem-list li"), 2);
    assert!(text_of(&root, ".problem-list")
        .contains("câu hỏi q1, trường \"answer\": chữ cái E không ứng với phương án nào"));
    assert!(
        text_of(&root, ".problem-list").contains("<img src=x onerror=alert(1)>"),
        "markup shown as text"
    );
    assert_eq!(count(&root, ".problem-list img"), 0, "markup never becomes an element");
}

#[wasm_bindgen_test]
async fn the_panic_screen_explains_and_offers_a_reload_that_needs_no_code() {
    let root = root();
    coop_quiz::ui::panic_screen::render_into(&root, "panicked at <b>src/x.rs</b>");
    let screen = find(&root, "[role=alert]").expect("an alert");
    assert!(screen.text_content().unwrap().contains("Đã xảy ra lỗi"));
    let link = find(&root, "a.button").expect("a reload link");
    assert_eq!(link.text_content().unwrap(), "Tải lại trang");
    let href = link.get_attribute("href").unwrap();
    assert!(href.contains("?reload="), "{href}");
    assert_eq!(text_of(&root, ".panic-detail"), "panicked at <b>src/x.rs</b>");
    assert_eq!(count(&root, ".panic-detail b"), 0, "the message stays text");
}

#[wasm_bindgen_test]
async fn the_practice_screen_counts_what_fits_and_starts_a_round_of_the_chosen_length() {
    let root = root();
    yew::Renderer::<Host>::with_root_and_props(root.clone(), HostProps { lang: Lang::En }).render();
    settle().await;
    click(&root, ".modes .mode").await; // the first way to play: practice
    assert_eq!(text_of(&root, "h1"), "Practise by topic");
    // Counted as a round draws them: one question per family.
    let bank = parse_bank(BANK).unwrap();
    let drawable = coop_quiz::quiz::draw::drawable(bank.questions());
    assert!(drawable < bank.questions().len(), "the bundled bank has families");
    let status = text_of(&root, "[role=status]");
    assert!(status.contains(&format!("({drawable} in the bank fit)")), "{status}");
    // Tick one topic, choose 5 questions and hard: the count follows.
    click(&root, ".checks input[type=checkbox]").await;
    let radios = root.query_selector_all("input[name=length]").unwrap();
    radios.get(0).unwrap().unchecked_into::<HtmlElement>().click();
    let hard = root.query_selector_all("input[name=difficulty]").unwrap();
    hard.get(3).unwrap().unchecked_into::<HtmlElement>().click();
    settle().await;
    let status = text_of(&root, "[role=status]");
    assert!(status.starts_with("This round has 5 questions"), "{status}");
    click(&root, "button[type=submit]").await;
    assert_eq!(text_of(&root, ".progress-label"), "Question 1 of 5");
    assert!(find(&root, ".countdown").is_none(), "no timer unless asked for");
}

#[wasm_bindgen_test]
async fn a_contest_round_saved_on_the_players_page_moves_to_the_contest_page_and_is_not_lost() {
    // Saved by the version before the contest had a page of its own: the
    // players' page does not resume it, and its first save (of no round)
    // does not delete it; the contest page finds it.
    let root = root();
    let contest_play = r#"{"kind":{"mode":"contest","round_no":1,"day":1059,"player":{"name":"An","birth_year":null,"unit":"Xã A","phone":""},"prediction":null},
        "setup":{"length":10,"topics":[],"difficulty":"mixed","timed":false},
        "round":{"seed":1,"started_at":5,"questions":[["q1",[0,1]]],"answers":[],"showing_feedback":false,"finished_at":null,"no_feedback":true,"time_limit_ms":900000}}"#;
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    storage.set_item("coopquiz.play.v1", contest_play).unwrap();
    yew::Renderer::<Host>::with_root_and_props(root.clone(), HostProps { lang: Lang::Vi }).render();
    settle().await;
    assert_eq!(
        text_of(&root, ".button-primary"),
        "Bắt đầu (10 câu hỏi)",
        "no round to continue here"
    );
    assert_eq!(count(&root, ".actions .button"), 1, "only the start button");
    assert_eq!(storage.get_item("coopquiz.play.v1").unwrap(), None);
    let moved = coop_quiz::storage::load_contest_play()
        .found()
        .expect("the contest page finds it");
    assert!(matches!(
        moved.kind,
        coop_quiz::quiz::play::PlayKind::Contest { round_no: 1, .. }
    ));
}
