//! For organisers (`tools.html#/verify`): a form's results file (CSV or
//! `.xlsx`) or pasted codes, checked in slices with a progress bar so the
//! page stays responsive, ranked by the contest's rule with the
//! organiser's choices (what time means, one entry per person), shown a
//! page at a time, downloaded as CSV and `.xlsx`. All in the browser: no
//! result leaves the organiser's device. The work itself is the pure engine
//! (`content::form_export`, `quiz::verifier`, `content::xlsx`).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::text::{count, verify_summary, verify_text, VerifyText as T};
use crate::content::csv::CsvError;
use crate::content::form_export::FormExport;
use crate::content::xlsx::{ranking_sheet_names, read_first_sheet, WorkbookWriter, RANKING_WIDTHS, UNITS_WIDTHS};
use crate::i18n::{format_duration, Lang};
use crate::quiz::contest::{civil_date, ContestRules, ReplayError};
use crate::quiz::ranking::RankRule;
use crate::quiz::result_code::CodeError;
use crate::quiz::standings_table::{
    ranking_csv_head, ranking_csv_row, ranking_header, ranking_row, units_header, units_row, Cell,
};
use crate::quiz::verifier::{Flag, Keep, PersonKey, Ranked, TimeSource, Verified, Verifier, VerifyOptions};
use crate::quiz::QuestionBank;
use crate::ui::file_io::{read_bytes, save_bytes};
use crate::ui::refs::{BankRef, ContestRef};
use crate::ui::widgets::file_picker::FilePicker;

/// Rows of the ranking on one page.
const PAGE_ROWS: usize = 50;
/// Flagged entries listed on the page (all of them are counted).
const FLAGGED_SHOWN: usize = 200;
/// How long one slice of checking may hold the page before it yields to
/// the browser (input, painting the progress bar).
const SLICE_MS: f64 = 75.0;
/// Rows read between looks at the clock.
const ROWS_PER_LOOK: usize = 250;

#[derive(Properties, PartialEq)]
pub struct VerifyScreenProps {
    pub bank: BankRef,
    pub contest: Option<ContestRef>,
}

/// What the organiser handed over.
enum Input {
    Pasted(String),
    File(web_sys::File),
}

/// Why a file gave no entries.
#[derive(Clone, Debug, PartialEq)]
enum Problem {
    NotAnExport,
    OldExcel,
    Empty,
    NoCodeColumn,
    UnclosedQuote(usize),
    Unreadable(String),
}

/// A finished check, kept while the organiser looks at it.
struct Checked {
    /// In a `RefCell` only so the organiser's choices can change without
    /// checking again (`Verified::set_options`).
    verified: RefCell<Verified>,
    has_timestamps: bool,
    has_phones: bool,
    /// Rows without a code (a header, a greeting in a paste).
    skipped: usize,
    /// Told apart from the check before, for memos.
    id: u32,
    /// The latest perfect count and ranking with the choices they were made
    /// with: the first is made before the page shows the results, each in
    /// its own turn of the page (`run`), and turning a page of the ranking
    /// redoes neither.
    perfect: RefCell<Option<((u8, VerifyOptions), u32)>>,
    ranked: RefCell<Option<RankedFor>>,
}

/// A ranking and the (round, actual number, choices) it was made for.
type RankedFor = ((u8, u32, VerifyOptions), Rc<Ranked>);

impl Checked {
    /// How many valid results of the round have every answer right.
    fn perfect(&self, round_no: u8, options: VerifyOptions) -> u32 {
        let key = (round_no, options);
        if let Some((made, perfect)) = *self.perfect.borrow() {
            if made == key {
                return perfect;
            }
        }
        let mut verified = self.verified.borrow_mut();
        verified.set_options(options);
        let perfect = verified.perfect_count(round_no);
        *self.perfect.borrow_mut() = Some((key, perfect));
        perfect
    }

    /// The ranking of the round with these choices.
    fn ranked(&self, round_no: u8, actual: u32, options: VerifyOptions) -> Rc<Ranked> {
        let key = (round_no, actual, options);
        if let Some((made, ranked)) = &*self.ranked.borrow() {
            if *made == key {
                return ranked.clone();
            }
        }
        let mut verified = self.verified.borrow_mut();
        verified.set_options(options);
        let ranked = Rc::new(verified.rank(round_no, actual));
        *self.ranked.borrow_mut() = Some((key, ranked.clone()));
        ranked
    }
}

impl PartialEq for Checked {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

#[derive(Clone, PartialEq)]
enum Job {
    Idle,
    Reading,
    Checking { done: usize, total: usize, entries: usize },
    Failed(Problem),
    Done(Rc<Checked>),
}

/// The counts the page shows and the e2e test reads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub entries: usize,
    pub ranked: usize,
    pub repeated: usize,
    pub broken: usize,
    pub set_aside: usize,
}

fn problem_text(lang: Lang, problem: &Problem) -> String {
    match problem {
        Problem::NotAnExport => verify_text(lang, T::NotAnExport).to_owned(),
        Problem::OldExcel => verify_text(lang, T::OldExcel).to_owned(),
        Problem::Empty => verify_text(lang, T::EmptyFile).to_owned(),
        Problem::NoCodeColumn => verify_text(lang, T::NoCodeColumn).to_owned(),
        Problem::UnclosedQuote(row) => format!("{} {row}.", verify_text(lang, T::UnclosedQuote)),
        Problem::Unreadable(why) => format!("{}: {why}", verify_text(lang, T::CannotRead)),
    }
}

fn flag_text(lang: Lang, flag: Flag) -> String {
    let t = |key| verify_text(lang, key).to_owned();
    match flag {
        Flag::BadCode(CodeError::Malformed) => t(T::BadFormat),
        Flag::BadCode(CodeError::Checksum) => t(T::BadChecksum),
        Flag::Mismatch(ReplayError::OtherBank) => t(T::OtherBank),
        Flag::Mismatch(ReplayError::WrongLength) => t(T::WrongLength),
        Flag::Mismatch(ReplayError::ImpossibleAnswer) => t(T::ImpossibleAnswer),
        Flag::Mismatch(ReplayError::OverTime) => t(T::OverTime),
        Flag::MissingName => t(T::MissingName),
        Flag::Duplicate { first_line } => match lang {
            Lang::Vi => format!("Trùng với mã ở dòng {first_line}."),
            Lang::En => format!("The same code as on line {first_line}."),
        },
        Flag::SamePerson { kept_line } => match lang {
            Lang::Vi => format!("Người này đã có bài được tính ở dòng {kept_line}."),
            Lang::En => format!("This person's entry on line {kept_line} counts."),
        },
    }
}

/// The file's kind by its first bytes: an `.xlsx` is a ZIP archive, an old
/// `.xls` an OLE compound file; anything else is read as text.
enum FileKind {
    Workbook,
    OldExcel,
    Text,
}

fn kind_of(bytes: &[u8]) -> FileKind {
    if bytes.starts_with(b"PK\x03\x04") {
        FileKind::Workbook
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        FileKind::OldExcel
    } else {
        FileKind::Text
    }
}

/// Lets the browser paint and handle input before the next slice:
/// `scheduler.yield()` where the browser has it (Chromium), which resumes
/// as soon as the page is idle; otherwise a timer, which browsers hold back
/// at least 4 ms after a few in a row (about a quarter of a second over
/// 100,000 codes).
async fn yield_to_browser() {
    let scheduler = js_sys::Reflect::get(&js_sys::global(), &"scheduler".into()).ok();
    let yield_fn = scheduler
        .as_ref()
        .filter(|s| s.is_object())
        .and_then(|s| js_sys::Reflect::get(s, &"yield".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let wait = match (scheduler, yield_fn) {
        (Some(scheduler), Some(yield_fn)) => yield_fn
            .call0(&scheduler)
            .ok()
            .and_then(|p| p.dyn_into::<js_sys::Promise>().ok()),
        _ => None,
    };
    let wait = wait.unwrap_or_else(|| {
        js_sys::Promise::new(&mut |resolve, _| {
            let _id = gloo::utils::window().set_timeout_with_callback(&resolve);
        })
    });
    let _resolved = wasm_bindgen_futures::JsFuture::from(wait).await;
}

/// A named moment on the page's performance timeline (`performance.mark`),
/// where the benchmark (scripts/bench-verify.mjs) reads how long each
/// phase of a check took. Nothing happens where the browser lacks it.
fn mark(name: &str) {
    let performance = js_sys::Reflect::get(&js_sys::global(), &"performance".into()).ok();
    let mark_fn = performance
        .as_ref()
        .filter(|p| p.is_object())
        .and_then(|p| js_sys::Reflect::get(p, &"mark".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let (Some(performance), Some(mark_fn)) = (performance, mark_fn) {
        let _mark = mark_fn.call1(&performance, &name.into());
    }
}

/// One check's settings and where it reports.
struct Check {
    bank: Rc<QuestionBank>,
    rules: ContestRules,
    options: VerifyOptions,
    job: UseStateHandle<Job>,
    /// This check's number, and the latest one's.
    id: u32,
    latest: Rc<RefCell<u32>>,
    lang: Lang,
}

/// Reads and checks `input`, reporting progress through `job` (while
/// `id` is still the latest check), and leaves the result there.
async fn run(input: Input, check: Check) {
    let Check {
        bank,
        rules,
        options,
        job,
        id,
        latest,
        lang,
    } = check;
    // A newer check (another file chosen meanwhile) makes this one stop.
    let current = || *latest.borrow() == id;
    let text;
    let export = match input {
        Input::Pasted(pasted) => {
            text = pasted;
            FormExport::from_csv(&text)
        }
        Input::File(file) => {
            let bytes = match read_bytes(&file).await {
                Ok(bytes) => bytes,
                Err(why) => return job.set(Job::Failed(Problem::Unreadable(why))),
            };
            if !current() {
                return;
            }
            match kind_of(&bytes) {
                FileKind::OldExcel => return job.set(Job::Failed(Problem::OldExcel)),
                FileKind::Workbook => match read_first_sheet(&bytes) {
                    Ok(rows) if rows.is_empty() => return job.set(Job::Failed(Problem::Empty)),
                    Ok(rows) => Ok(FormExport::from_rows(rows)),
                    Err(why) => {
                        let why = match lang {
                            Lang::Vi => why.vietnamese(),
                            Lang::En => why.to_string(),
                        };
                        return job.set(Job::Failed(Problem::Unreadable(why)));
                    }
                },
                FileKind::Text => match String::from_utf8(bytes) {
                    Ok(decoded) => {
                        text = decoded;
                        FormExport::from_csv(&text)
                    }
                    Err(_) => return job.set(Job::Failed(Problem::NotAnExport)),
                },
            }
        }
    };
    mark("verify:read");
    let mut export = match export {
        Ok(export) => export,
        Err(CsvError::Empty) => return job.set(Job::Failed(Problem::Empty)),
        Err(CsvError::Workbook) => return job.set(Job::Failed(Problem::NotAnExport)),
        Err(CsvError::UnclosedQuote { row }) => return job.set(Job::Failed(Problem::UnclosedQuote(row))),
    };
    let verified = match check_rows(&mut export, &bank, &rules, options, &job, &current).await {
        None => return,
        Some(Err(problem)) => return job.set(Job::Failed(problem)),
        Some(Ok(verified)) => verified,
    };
    let round_no = verified.rounds().first().copied().unwrap_or(1);
    let checked = Checked {
        verified: RefCell::new(verified),
        has_timestamps: export.columns().timestamp.is_some(),
        has_phones: export.columns().phone.is_some(),
        skipped: export.skipped(),
        id,
        perfect: RefCell::new(None),
        ranked: RefCell::new(None),
    };
    // The ranking the page will show first, made here so that no one
    // block of the page does it all: the perfect count and the sort, then
    // (each on the next turn) the players per unit and the first page.
    let perfect = checked.perfect(round_no, options);
    let mut ranked = checked.verified.borrow().rank_order(round_no, perfect);
    mark("verify:ranked");
    yield_to_browser().await;
    if !current() {
        return;
    }
    checked.verified.borrow().count_units(&mut ranked);
    *checked.ranked.borrow_mut() = Some(((round_no, perfect, options), Rc::new(ranked)));
    yield_to_browser().await;
    if current() {
        job.set(Job::Done(Rc::new(checked)));
    }
}

/// Checks every row of `export` in slices of about [`SLICE_MS`], showing
/// progress between them; `None` when a newer check took over.
async fn check_rows(
    export: &mut FormExport<'_>,
    bank: &QuestionBank,
    rules: &ContestRules,
    options: VerifyOptions,
    job: &UseStateHandle<Job>,
    current: &impl Fn() -> bool,
) -> Option<Result<Verified, Problem>> {
    let mut verifier = Verifier::new(bank, rules, options);
    loop {
        let started = js_sys::Date::now();
        let mut progress = None;
        while js_sys::Date::now() - started < SLICE_MS {
            match export.feed(&mut verifier, ROWS_PER_LOOK) {
                Ok(p) => {
                    progress = Some(p);
                    if p.finished {
                        break;
                    }
                }
                Err(CsvError::UnclosedQuote { row }) => return Some(Err(Problem::UnclosedQuote(row))),
                Err(_) => return Some(Err(Problem::NotAnExport)),
            }
        }
        let Some(progress) = progress else { continue };
        let entries = verifier.progress().entries;
        if progress.finished && entries == 0 {
            return Some(Err(Problem::NoCodeColumn));
        }
        job.set(Job::Checking {
            done: if progress.finished {
                progress.total
            } else {
                progress.done
            },
            total: progress.total.max(1),
            entries,
        });
        mark("verify:yield");
        yield_to_browser().await;
        mark("verify:resume");
        if !current() {
            return None;
        }
        if progress.finished {
            // Marking repeats, then (on the next turn) the ranking: two
            // shorter blocks of the page than one.
            mark("verify:checked");
            let marked = verifier.finish();
            mark("verify:marked");
            yield_to_browser().await;
            return current().then_some(Ok(marked));
        }
    }
}

/// Ranked rows written between looks at the clock while a download is made.
const DOWNLOAD_ROWS_PER_LOOK: usize = 200;

/// Writes the ranking as `.xlsx` (else CSV) in slices of about
/// [`SLICE_MS`], the page free between them (`making` shows how far), and
/// hands the file to the browser. The choices are those of the ranking
/// shown when the button was pressed.
async fn make_download(
    checked: Rc<Checked>,
    ranked: Rc<Ranked>,
    xlsx: bool,
    lang: Lang,
    making: UseStateHandle<Option<u8>>,
) {
    let vietnamese = lang == Lang::Vi;
    let total = ranked.len();
    let mut csv = String::new();
    let mut scratch = String::new();
    let mut workbook = WorkbookWriter::new();
    let (first, second) = ranking_sheet_names(vietnamese);
    if xlsx {
        workbook.start_sheet(first, RANKING_WIDTHS);
        workbook.push_row(&ranking_header(vietnamese).map(Cell::Text));
    } else {
        csv.reserve(64 + total * 160);
        ranking_csv_head(vietnamese, &mut csv);
    }
    let mut from = 0;
    while from < total {
        let started = js_sys::Date::now();
        while from < total && js_sys::Date::now() - started < SLICE_MS {
            // Borrowed within the slice only: the organiser may change a
            // choice (and so rank again) while the file is made.
            let verified = checked.verified.borrow();
            for placed in verified.placed(&ranked, from, DOWNLOAD_ROWS_PER_LOOK) {
                if xlsx {
                    workbook.push_row(&ranking_row(&placed));
                } else {
                    ranking_csv_row(&placed, &mut csv, &mut scratch);
                }
            }
            from = (from + DOWNLOAD_ROWS_PER_LOOK).min(total);
        }
        making.set(Some(u8::try_from(from * 100 / total.max(1)).unwrap_or(100)));
        yield_to_browser().await;
    }
    let saved = if xlsx {
        workbook.start_sheet(second, UNITS_WIDTHS);
        workbook.push_row(&units_header(vietnamese).map(Cell::Text));
        for unit in checked.verified.borrow().units(&ranked) {
            workbook.push_row(&units_row(&unit));
        }
        save_bytes(
            "xep-hang-hoi-thi.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            &workbook.finish(),
        )
    } else {
        save_bytes("xep-hang-hoi-thi.csv", "text/csv;charset=utf-8", csv.as_bytes())
    };
    if let Err(why) = saved {
        gloo::console::error!(format!("download failed: {why}"));
    }
    making.set(None);
}

/// The organiser's choice of one entry per person, as the `<select>` lists it.
const PERSON_CHOICES: [(Option<(PersonKey, Keep)>, T); 5] = [
    (None, T::PersonEvery),
    (Some((PersonKey::NameBirthUnit, Keep::First)), T::PersonNameFirst),
    (Some((PersonKey::NameBirthUnit, Keep::Best)), T::PersonNameBest),
    (Some((PersonKey::Phone, Keep::First)), T::PersonPhoneFirst),
    (Some((PersonKey::Phone, Keep::Best)), T::PersonPhoneBest),
];

#[component]
pub fn VerifyScreen(props: &VerifyScreenProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = move |key| verify_text(lang, key);
    let pasted = use_state(String::new);
    let job = use_state(|| Job::Idle);
    let latest = use_mut_ref(|| 0u32);
    let contest_default = props
        .contest
        .as_ref()
        .and_then(|c| c.0.one_entry_per_person)
        .map(|keep| (PersonKey::NameBirthUnit, keep));
    let options = use_state(|| VerifyOptions {
        time: TimeSource::Device,
        one_per_person: contest_default,
    });
    let round_choice = use_state(|| None::<u8>);
    let actual_text = use_state(String::new);
    let page = use_state(|| 0usize);

    let Some(contest) = props.contest.as_ref() else {
        return html! {
            <section class="screen verify" aria-labelledby="verify-title">
                <h1 id="verify-title">{ t(T::Title) }</h1>
                <p class="notice">{ t(T::NoContest) }</p>
            </section>
        };
    };
    let rules = contest.0.rules.clone();

    let start = {
        let (job, latest, bank, options, page) = (
            job.clone(),
            latest.clone(),
            props.bank.0.clone(),
            options.clone(),
            page.clone(),
        );
        Callback::from(move |input: Input| {
            let id = {
                let mut latest = latest.borrow_mut();
                *latest += 1;
                *latest
            };
            page.set(0);
            if matches!(&input, Input::Pasted(text) if text.trim().is_empty()) {
                return job.set(Job::Idle);
            }
            job.set(Job::Reading);
            let check = Check {
                bank: bank.clone(),
                rules: rules.clone(),
                options: *options,
                job: job.clone(),
                id,
                latest: latest.clone(),
                lang,
            };
            yew::platform::spawn_local(run(input, check));
        })
    };
    // A paste is checked as it changes; a newer check stops the one before.
    let on_paste_input = {
        let (pasted, start) = (pasted.clone(), start.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value();
            pasted.set(text.clone());
            start.emit(Input::Pasted(text));
        })
    };
    let on_file = {
        let (start, pasted) = (start.clone(), pasted.clone());
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                // The results shown are the file's, not an older paste's.
                pasted.set(String::new());
                start.emit(Input::File(file));
            }
        })
    };

    let body = match &*job {
        Job::Idle => Html::default(),
        Job::Reading => html! {
            <div class="verify-progress" role="status">
                <p class="progress-label">{ t(T::Reading) }</p>
                <progress class="progress-track" aria-label={t(T::Reading)} />
            </div>
        },
        Job::Checking { done, total, entries } => {
            let per_cent = done.saturating_mul(100) / (*total).max(1);
            html! {
                <div class="verify-progress" role="status">
                    <p class="progress-label">{ format!("{} {}%: {} {}", t(T::Checking), per_cent, count(lang, *entries), match lang { Lang::Vi => "mã", Lang::En => "codes" }) }</p>
                    <progress class="progress-track" max="100" value={per_cent.to_string()} aria-label={t(T::Checking)} />
                </div>
            }
        }
        Job::Failed(problem) => html! {
            <p class="notice notice-error verify-problem" role="alert">{ problem_text(lang, problem) }</p>
        },
        Job::Done(checked) => html! {
            <Results checked={checked.clone()} rules={contest.0.rules.clone()} options={options.clone()}
                round_choice={round_choice.clone()} actual_text={actual_text.clone()} page={page.clone()}
                contest_default={contest_default} />
        },
    };
    html! {
        <section class="screen verify" aria-labelledby="verify-title">
            <h1 id="verify-title">{ t(T::Title) }</h1>
            <p class="muted">{ contest.0.title.get(lang) }</p>
            <p>{ t(T::Intro) }</p>
            <p class="field-label">{ t(T::FileLabel) }</p>
            <FilePicker id="codes-file" accept=".csv,.xlsx,.txt,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                button={t(T::FileButton)} nothing_chosen={t(T::NoFile)} on_change={on_file} />
            <label for="codes" class="field-label">{ t(T::PasteLabel) }</label>
            // Codes, names and units: no spell-check underlining Vietnamese
            // names, no capitals or corrections a phone would slip into a code.
            <textarea id="codes" class="field codes" rows="5" value={(*pasted).clone()} oninput={on_paste_input}
                spellcheck="false" autocapitalize="off" autocorrect="off" autocomplete="off" />
            { body }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ResultsProps {
    checked: Rc<Checked>,
    rules: ContestRules,
    options: UseStateHandle<VerifyOptions>,
    round_choice: UseStateHandle<Option<u8>>,
    actual_text: UseStateHandle<String>,
    page: UseStateHandle<usize>,
    contest_default: Option<(PersonKey, Keep)>,
}

/// The counts, the organiser's choices, the ranking a page at a time, the
/// downloads, units and the entries to look at.
#[component]
fn Results(props: &ResultsProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = move |key| verify_text(lang, key);
    let checked = &props.checked;
    let options = *props.options;
    // While a download is being made: how far, in per cent.
    let making = use_state(|| None::<u8>);
    let (rounds, progress) = {
        let verified = checked.verified.borrow();
        (verified.rounds(), verified.progress())
    };
    let round_no = props
        .round_choice
        .filter(|r| rounds.contains(r))
        .or_else(|| rounds.first().copied())
        .unwrap_or(1);
    // Kept between renders (`Checked`): turning a page of the ranking
    // redoes none of it.
    let perfect = checked.perfect(round_no, options);
    let actual = props.actual_text.trim().parse::<u32>().unwrap_or(perfect);
    let ranked = checked.ranked(round_no, actual, options);
    let (repeated, broken) = *use_memo(checked.clone(), |checked| {
        let (mut repeated, mut broken) = (0, 0);
        for (_, flag) in checked.verified.borrow().flagged() {
            match flag {
                Flag::Duplicate { .. } => repeated += 1,
                Flag::SamePerson { .. } => {}
                _ => broken += 1,
            }
        }
        (repeated, broken)
    });
    let verified = checked.verified.borrow();
    let summary = Summary {
        entries: progress.entries,
        ranked: ranked.len(),
        repeated,
        broken,
        set_aside: ranked.set_aside.len(),
    };
    let pages = ranked.len().div_ceil(PAGE_ROWS).max(1);
    let page_no = (*props.page).min(pages - 1);

    let on_time = |time: TimeSource| {
        let state = props.options.clone();
        Callback::from(move |_: Event| state.set(VerifyOptions { time, ..*state }))
    };
    let on_person = {
        let (state, page) = (props.options.clone(), props.page.clone());
        Callback::from(move |e: Event| {
            let i: usize = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value()
                .parse()
                .unwrap_or(0);
            state.set(VerifyOptions {
                one_per_person: PERSON_CHOICES.get(i).and_then(|c| c.0),
                ..*state
            });
            page.set(0);
        })
    };
    let on_round = {
        let (choice, page) = (props.round_choice.clone(), props.page.clone());
        Callback::from(move |e: Event| {
            choice.set(
                e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value()
                    .parse()
                    .ok(),
            );
            page.set(0);
        })
    };
    let on_actual = {
        let actual_text = props.actual_text.clone();
        Callback::from(move |e: InputEvent| {
            actual_text.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value());
        })
    };
    let go = |to: usize| {
        let page = props.page.clone();
        Callback::from(move |_: MouseEvent| page.set(to))
    };
    let download = |xlsx: bool| {
        let (checked, ranked, making) = (checked.clone(), ranked.clone(), making.clone());
        Callback::from(move |_: MouseEvent| {
            making.set(Some(0));
            yew::platform::spawn_local(make_download(
                checked.clone(),
                ranked.clone(),
                xlsx,
                lang,
                making.clone(),
            ));
        })
    };
    let by_submitted = options.time == TimeSource::Submitted;
    let rows = verified
        .placed(&ranked, page_no * PAGE_ROWS, PAGE_ROWS)
        .into_iter()
        .map(|p| {
            let time = if by_submitted {
                p.entry.submitted.map_or_else(|| "—".to_owned(), moment)
            } else {
                format_duration(lang, u64::from(p.seconds) * 1000)
            };
            html! {
                // `data-label`: each value's heading, shown beside it where a
                // narrow screen lays the rows out as cards (styles/app.css).
                <tr key={p.entry.line}>
                    <td class="ranking-place">{ p.place }</td>
                    <td class="ranking-name">{ p.entry.name }</td>
                    <td class="ranking-unit">{ p.entry.unit }</td>
                    <td data-label={t(T::Score)}>{ format!("{}/{}", p.correct, p.total) }</td>
                    <td data-label={t(T::Prediction)}>{ p.prediction }</td>
                    <td data-label={if by_submitted { t(T::Submitted) } else { t(T::Time) }}>{ time }</td>
                </tr>
            }
        });
    let flagged_total = progress.flagged;
    let person_index = PERSON_CHOICES
        .iter()
        .position(|c| c.0 == options.one_per_person)
        .unwrap_or(0);
    let time_choice = |value: TimeSource, label: T| {
        html! {
            <label class="mode-option">
                <input type="radio" name="time-source" checked={options.time == value} onchange={on_time(value)} />
                { t(label) }
            </label>
        }
    };
    html! {
        <>
            <p role="status" class="verify-summary">{ verify_summary(lang, &summary) }</p>
            <h2>{ t(T::Options) }</h2>
            <fieldset class="import-mode verify-time">
                <legend>{ t(T::TimeLegend) }</legend>
                { time_choice(TimeSource::Device, T::TimeDevice) }
                { time_choice(TimeSource::Submitted, T::TimeSubmitted) }
                if by_submitted && !checked.has_timestamps {
                    <p class="muted">{ t(T::NoTimestampColumn) }</p>
                }
            </fieldset>
            <label for="one-per-person" class="field-label">{ t(T::PersonLabel) }</label>
            <select id="one-per-person" class="field" onchange={on_person}>
                { for PERSON_CHOICES.iter().enumerate()
                    .filter(|(_, c)| checked.has_phones || !matches!(c.0, Some((PersonKey::Phone, _))) || c.0 == options.one_per_person)
                    .map(|(i, c)| html! {
                        <option value={i.to_string()} selected={i == person_index}>
                            { t(c.1) }{ if c.0 == props.contest_default && c.0.is_some() { format!(" {}", t(T::ContestSays)) } else { String::new() } }
                        </option>
                    }) }
            </select>
            if rounds.len() > 1 {
                <label for="round-no" class="field-label">{ t(T::Round) }</label>
                <select id="round-no" class="field" onchange={on_round}>
                    { for rounds.iter().map(|r| html! { <option value={r.to_string()} selected={*r == round_no}>{ r }</option> }) }
                </select>
            }
            <label for="actual" class="field-label">{ t(T::Actual) }</label>
            <input id="actual" class="field" type="text" inputmode="numeric" placeholder={perfect.to_string()} value={(*props.actual_text).clone()} oninput={on_actual} />
            <h2>{ match lang { Lang::Vi => format!("Bảng xếp hạng vòng {round_no}"), Lang::En => format!("Ranking, round {round_no}") } }</h2>
            <p class="muted">{ t(T::RankedBy) }{ props.rules.ranking.iter().map(|r| match r {
                RankRule::Score => t(T::ByScore),
                RankRule::Prediction => t(T::ByPrediction),
                RankRule::Time => t(T::ByTime),
            }).collect::<Vec<_>>().join(" → ") }{ match lang { Lang::Vi => format!(". Đáp án dự đoán: {actual}."), Lang::En => format!(". Actual number: {actual}.") } }</p>
            <div class="actions">
                <button type="button" class="button button-primary" onclick={download(true)} disabled={ranked.is_empty() || making.is_some()}>{ t(T::DownloadXlsx) }</button>
                <button type="button" class="button" onclick={download(false)} disabled={ranked.is_empty() || making.is_some()}>{ t(T::DownloadCsv) }</button>
            </div>
            <p class="muted making-file" role="status">{ making.map(|per_cent| format!("{} {per_cent}%", t(T::MakingFile))).unwrap_or_default() }</p>
            <div class="table-wrap">
                <table class="ranking">
                    <thead><tr>
                        <th scope="col">{ t(T::Place) }</th>
                        <th scope="col">{ t(T::Name) }</th>
                        <th scope="col">{ t(T::Unit) }</th>
                        <th scope="col">{ t(T::Score) }</th>
                        <th scope="col">{ t(T::Prediction) }</th>
                        <th scope="col">{ if by_submitted { t(T::Submitted) } else { t(T::Time) } }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            if pages > 1 {
                <nav class="pager" aria-label={t(T::Pager)}>
                    <button type="button" class="button" onclick={go(0)} disabled={page_no == 0} aria-label={t(T::First)}>{ "«" }</button>
                    <button type="button" class="button" onclick={go(page_no.saturating_sub(1))} disabled={page_no == 0} aria-label={t(T::Previous)}>{ "‹" }</button>
                    <span class="pager-where" aria-live="polite">{ match lang {
                        Lang::Vi => format!("Trang {} / {} (hạng {}–{})", count(lang, page_no + 1), count(lang, pages), count(lang, page_no * PAGE_ROWS + 1), count(lang, ((page_no + 1) * PAGE_ROWS).min(ranked.len()))),
                        Lang::En => format!("Page {} of {} (places {}–{})", count(lang, page_no + 1), count(lang, pages), count(lang, page_no * PAGE_ROWS + 1), count(lang, ((page_no + 1) * PAGE_ROWS).min(ranked.len()))),
                    } }</span>
                    <button type="button" class="button" onclick={go(page_no + 1)} disabled={page_no + 1 >= pages} aria-label={t(T::Next)}>{ "›" }</button>
                    <button type="button" class="button" onclick={go(pages - 1)} disabled={page_no + 1 >= pages} aria-label={t(T::Last)}>{ "»" }</button>
                </nav>
            }
            <h2>{ t(T::Units) }</h2>
            <ol class="units">{ for verified.units(&ranked).into_iter().map(|(unit, n)| html! { <li><span>{ unit }</span><strong>{ count(lang, n) }</strong></li> }) }</ol>
            if flagged_total > 0 || !ranked.set_aside.is_empty() {
                <h2>{ t(T::Flagged) }</h2>
                <ul class="flagged">
                    { for verified.flagged().take(FLAGGED_SHOWN).map(|(entry, flag)| html! {
                        <li>
                            <strong>{ match lang { Lang::Vi => format!("Dòng {}: ", entry.line), Lang::En => format!("Line {}: ", entry.line) } }</strong>
                            { format!("{} · {} — ", entry.name, entry.unit) }
                            <span class="flag-reason">{ flag_text(lang, flag) }</span>
                        </li>
                    }) }
                    { for ranked.set_aside.iter().take(FLAGGED_SHOWN.saturating_sub(flagged_total)).map(|(line, kept)| html! {
                        <li>
                            <strong>{ match lang { Lang::Vi => format!("Dòng {line}: "), Lang::En => format!("Line {line}: ") } }</strong>
                            <span class="flag-reason">{ flag_text(lang, Flag::SamePerson { kept_line: *kept }) }</span>
                        </li>
                    }) }
                </ul>
                if flagged_total + ranked.set_aside.len() > FLAGGED_SHOWN {
                    <p class="muted">{ match lang {
                        Lang::Vi => format!("… và {} dòng khác.", count(lang, flagged_total + ranked.set_aside.len() - FLAGGED_SHOWN)),
                        Lang::En => format!("… and {} more.", count(lang, flagged_total + ranked.set_aside.len() - FLAGGED_SHOWN)),
                    } }</p>
                }
            }
            if checked.skipped > 0 {
                <p class="muted">{ match lang {
                    Lang::Vi => format!("{} dòng không có mã (dòng tiêu đề, ghi chú) được bỏ qua.", count(lang, checked.skipped)),
                    Lang::En => format!("{} rows without a code (a header, notes) were skipped.", count(lang, checked.skipped)),
                } }</p>
            }
        </>
    }
}

/// A form's timestamp (seconds since 2024-01-01) as `dd/mm/yyyy hh:mm:ss`.
fn moment(at: u32) -> String {
    let (y, m, d) = civil_date(i64::from(at / 86_400));
    let s = at % 86_400;
    format!("{d:02}/{m:02}/{y:04} {:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}
