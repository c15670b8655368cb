//! Organiser tools (`#/organiser`): turn a spreadsheet (an Excel `.xlsx`
//! workbook or CSV) into a
//! checked `questions.json` to download (replacing or extending the
//! bundled bank), preview its questions as players see them, and see
//! whether `branding.json` is valid. The checks themselves are pure
//! (`content::csv_import`, `content::branding`); this is the shell.

pub mod brand;
mod columns;
mod preview;
pub mod text;

use std::rc::Rc;

use yew::prelude::*;

use self::brand::BrandState;
use self::text::{imported_count, org_text, OrgText};
use super::file_io::{download, read_chosen};
use crate::content::csv_import::{import_csv, import_xlsx, ImportError, Imported, Mode};
use crate::quiz::{Lang, QuestionBank};
use crate::ui::bank_loader::bilingual_bank_text;
use crate::ui::widgets::explanation::use_notes;
use crate::ui::widgets::file_picker::FilePicker;

#[derive(Properties, PartialEq)]
pub struct OrganiserAreaProps {
    /// The bundled bank, or none when it is broken or missing: the page
    /// still opens, since it is where an organiser fixes the bank.
    pub bank: Option<Rc<QuestionBank>>,
}

/// The file the organiser chose, as read.
#[derive(Clone, PartialEq)]
enum Chosen {
    None,
    Reading,
    Unreadable(String),
    Csv(Rc<str>),
    /// An `.xlsx` workbook (a ZIP archive), read as bytes.
    Workbook(Rc<[u8]>),
}

#[component]
pub fn OrganiserArea(props: &OrganiserAreaProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let brand = use_context::<BrandState>().unwrap_or_default();
    let t = |key| org_text(lang, key);
    // Read so the column help re-renders when the bank's documents arrive
    // with its notes (`content::notes`): the bank itself is the same value.
    let _notes = use_notes();
    // The bundled bank's file: topics and documents for the import, and
    // its questions in Merge mode, with their English put back when the
    // site sends it apart (`questions.en.json`).
    let base = use_state(|| None::<Result<Rc<str>, String>>);
    let english_missing = use_state(|| None::<String>);
    {
        let (base, english_missing) = (base.clone(), english_missing.clone());
        use_effect_with((), move |()| {
            yew::platform::spawn_local(async move {
                match bilingual_bank_text().await {
                    Ok((text, missing)) => {
                        english_missing.set(missing);
                        base.set(Some(Ok(text)));
                    }
                    Err(why) => base.set(Some(Err(why))),
                }
            });
        });
    }
    let chosen = use_state(|| Chosen::None);
    let mode = use_state(|| Mode::Replace);
    let result = use_memo(
        ((*chosen).clone(), *mode, (*base).clone()),
        |(chosen, mode, base)| match (chosen, base) {
            (Chosen::Csv(csv), Some(Ok(base))) => Some(import_csv(csv, base, *mode).map(Rc::new)),
            (Chosen::Workbook(xlsx), Some(Ok(base))) => Some(import_xlsx(xlsx, base, *mode).map(Rc::new)),
            _ => None,
        },
    );
    let on_file = {
        let chosen = chosen.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let chosen = chosen.clone();
            chosen.set(Chosen::Reading);
            yew::platform::spawn_local(async move {
                chosen.set(match read_chosen(&input).await {
                    None => Chosen::None,
                    // A workbook is a ZIP archive; anything else is read as CSV text.
                    Some((_, Ok(bytes))) if bytes.starts_with(b"PK\x03\x04") => Chosen::Workbook(Rc::from(bytes)),
                    Some((_, Ok(bytes))) => Chosen::Csv(Rc::from(String::from_utf8_lossy(&bytes).as_ref())),
                    Some((name, Err(why))) => Chosen::Unreadable(format!("{name}: {why}")),
                });
            });
        })
    };
    let mode_option = |value: Mode, label: OrgText| {
        let onchange = {
            let mode = mode.clone();
            Callback::from(move |_: Event| mode.set(value))
        };
        html! {
            <label class="mode-option">
                <input type="radio" name="import-mode" checked={*mode == value} {onchange} />
                { t(label) }
            </label>
        }
    };
    html! {
        <section class="screen organiser" aria-labelledby="organiser-title">
            <h1 id="organiser-title">{ t(OrgText::Heading) }</h1>
            <p class="lead">{ t(OrgText::Intro) }</p>
            <h2>{ t(OrgText::Step1) }</h2>
            <p>{ t(OrgText::Step1Body) }</p>
            <p><a class="button" href="static/question-template.csv" download="question-template.csv">{ t(OrgText::Template) }</a></p>
            if let Some(bank) = &props.bank {
                { columns::column_help(bank, lang) }
            }
            <p class="muted">{ t(OrgText::SaveAsCsv) }</p>
            <h2>{ t(OrgText::Step2) }</h2>
            <fieldset class="import-mode">
                <legend>{ t(OrgText::ModeLegend) }</legend>
                { mode_option(Mode::Replace, OrgText::ModeReplace) }
                { mode_option(Mode::Merge, OrgText::ModeMerge) }
            </fieldset>
            <p class="file-label">{ t(OrgText::ChooseFile) }</p>
            <FilePicker id="csv-file" accept=".xlsx,.csv,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" button={t(OrgText::ChooseButton)}
                nothing_chosen={t(OrgText::NoFileChosen)} on_change={on_file} />
            if let Some(Err(why)) = &*base {
                <p class="notice notice-error" role="alert">{ t(OrgText::BankUnavailable) }{ ": " }{ why.clone() }</p>
            }
            if let Some(why) = &*english_missing {
                <p class="notice" role="status">{ t(OrgText::EnglishUnavailable) }{ " (" }{ why.clone() }{ ")" }</p>
            }
            { status(&chosen, result.as_ref().as_ref(), lang) }
            { branding_report(&brand, lang) }
            <p><a href="#/">{ t(OrgText::Home) }</a></p>
        </section>
    }
}

/// Where the import stands: reading, the problems, or the download and preview.
fn status(chosen: &Chosen, result: Option<&Result<Rc<Imported>, Vec<ImportError>>>, lang: Lang) -> Html {
    let t = |key| org_text(lang, key);
    match (chosen, result) {
        (Chosen::Reading, _) => html! { <p class="notice" role="status">{ t(OrgText::Reading) }</p> },
        (Chosen::Unreadable(why), _) => html! {
            <p class="notice notice-error" role="alert">{ t(OrgText::CannotRead) }{ ": " }{ why.clone() }</p>
        },
        (_, Some(Err(errors))) => html! {
            <div class="notice notice-error import-problems" role="alert">
                <p>{ t(OrgText::ProblemsIntro) }</p>
                <ol>
                    for error in errors {
                        <li>{ error.describe(lang) }</li>
                    }
                </ol>
            </div>
        },
        (_, Some(Ok(imported))) => {
            let onclick = {
                let imported = imported.clone();
                Callback::from(move |_: MouseEvent| {
                    if let Err(why) = download("questions.json", "application/json", &imported.json) {
                        gloo::console::error!(format!("download failed: {why}"));
                    }
                })
            };
            let total = imported.bank.questions().len();
            html! {
                <>
                    <div class="notice import-ready" role="status">
                        <p><strong>{ t(OrgText::Ready) }</strong>{ " " }{ imported_count(lang, imported.added, total) }</p>
                        <button type="button" class="button button-primary" {onclick}>{ t(OrgText::Download) }</button>
                        <p class="detail">{ t(OrgText::AfterDownload) }</p>
                    </div>
                    if !imported.warnings.is_empty() {
                        <div class="notice import-warnings">
                            <p>{ t(OrgText::WarningsIntro) }</p>
                            <ul>
                                for warning in &imported.warnings {
                                    <li>{ warning.describe(lang) }</li>
                                }
                            </ul>
                        </div>
                    }
                    <h2>{ t(OrgText::Step3) }</h2>
                    <p class="muted">{ t(OrgText::PreviewNote) }</p>
                    { preview::preview(&imported.bank, total - imported.added, lang) }
                </>
            }
        }
        _ => Html::default(),
    }
}

/// Whether `branding.json` was accepted, and if not, why.
fn branding_report(brand: &BrandState, lang: Lang) -> Html {
    let t = |key| org_text(lang, key);
    html! {
        <>
            <h2>{ t(OrgText::Branding) }</h2>
            if brand.problems.is_empty() {
                <p class="muted">{ t(OrgText::BrandingFine) }</p>
            } else {
                <div class="notice notice-error branding-problems">
                    <p>{ t(OrgText::BrandingProblems) }</p>
                    <ul>
                        for problem in brand.problems.iter() {
                            <li>{ problem.describe(lang) }</li>
                        }
                    </ul>
                </div>
            }
        </>
    }
}
