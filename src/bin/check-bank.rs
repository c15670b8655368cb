//! `check-bank [--lang en] [--strict] [DIR | SHEET.csv]`: checks the files an organiser
//! publishes (`DIR/questions.json` and, if present, `DIR/contest.json` and
//! `DIR/branding.json`; DIR is `static` by default) with the app's own
//! checks and messages. Prints each problem on its own line and exits with
//! 1 if there is any, 2 if it was called wrongly, so CI and publishing
//! scripts can stop on it. Warnings about a bank that loads but would
//! mislead players (`content::lint`) are printed too; `--strict` makes
//! them fail the check as well.
//!
//! Given a `.csv` file (the organiser spreadsheet), it checks that instead,
//! as the organiser page imports it (on the topics and documents of
//! `static/questions.json`), with the page's messages by row and column.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use coop_quiz::content::branding::parse_branding;
use coop_quiz::content::{english, notes, parse_bank, ContentError, Place};
use coop_quiz::quiz::Lang;

const USAGE: &str = "usage: check-bank [--lang vi|en] [--strict] [DIR | SHEET.csv]   \
                     (DIR holds questions.json; default: static; a .csv is checked as the organiser page imports it)";

/// The options given on the command line.
struct Options {
    lang: Lang,
    dir: PathBuf,
    /// Warnings fail the check too.
    strict: bool,
}

fn options(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut options = Options {
        lang: Lang::Vi,
        dir: PathBuf::from("static"),
        strict: false,
    };
    let mut dir_given = false;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => {
                let code = args.next().unwrap_or_default();
                options.lang = Lang::from_code(&code).ok_or(format!("unknown language \"{code}\"; use vi or en"))?;
            }
            "--strict" => options.strict = true,
            "-h" | "--help" => return Err(String::new()),
            _ if arg.starts_with('-') || dir_given => return Err(format!("unexpected argument \"{arg}\"")),
            _ => {
                options.dir = PathBuf::from(arg);
                dir_given = true;
            }
        }
    }
    Ok(options)
}

/// How one file fared.
enum Outcome {
    Fine(String),
    Absent,
    Problems(Vec<String>),
}

/// Reads `path` and checks it with `check`, which says what it found.
fn check_file(
    path: &Path,
    required: bool,
    lang: Lang,
    check: impl Fn(&str) -> Result<String, Vec<ContentError>>,
) -> Outcome {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => return Outcome::Absent,
        Err(e) => return Outcome::Problems(vec![e.to_string()]),
    };
    match check(&text) {
        Ok(summary) => Outcome::Fine(summary),
        Err(errors) => Outcome::Problems(errors.iter().map(|e| e.describe(lang)).collect()),
    }
}

/// `(file name, required, check)` for each file; a new config adds a line.
type Check = (
    &'static str,
    bool,
    fn(&str, &Path, Lang) -> Result<String, Vec<ContentError>>,
);

const CHECKS: [Check; 3] = [
    ("questions.json", true, bank),
    ("contest.json", false, contest),
    ("branding.json", false, branding),
];

fn bank(text: &str, dir: &Path, lang: Lang) -> Result<String, Vec<ContentError>> {
    let bank = parse_bank(text)?;
    let counts = match lang {
        Lang::Vi => format!("{} câu hỏi, {} chủ đề", bank.questions().len(), bank.topics().len()),
        Lang::En => format!("{} questions, {} topics", bank.questions().len(), bank.topics().len()),
    };
    // A built site's bank: its explanations, sources and facts are in
    // questions.notes.json; without them players read none, so a missing
    // or mismatched file is a problem here.
    if bank.awaits_notes() {
        let notes = std::fs::read_to_string(dir.join("questions.notes.json"))
            .map_err(|e| format!("questions.notes.json: {e}"))
            .and_then(|notes| notes::add_notes(&bank, text, &notes).map_err(|p| p.to_string()));
        if let Err(why) = notes {
            return Err(vec![ContentError {
                place: Place::File,
                field: "explanation".to_owned(),
                problem: format!("the questions have no explanations or sources, and {why}"),
                problem_vi: format!("các câu hỏi không có phần giải thích và căn cứ, và {why}"),
            }]);
        }
    }
    if bank.has_english() {
        return Ok(counts);
    }
    // A built site's bank: its English is in questions.en.json, used only
    // when made for this very file (docs/question-bank.md). Not an error:
    // the site works, in Vietnamese for English readers.
    let english = std::fs::read_to_string(dir.join("questions.en.json"))
        .map_err(|e| e.to_string())
        .and_then(|en| english::add_english(&bank, text, &en).map_err(|p| p.to_string()));
    Ok(match (english, lang) {
        (Ok(()), Lang::Vi) => format!("{counts}; tiếng Anh trong questions.en.json khớp"),
        (Ok(()), Lang::En) => format!("{counts}; the English in questions.en.json matches"),
        (Err(why), Lang::Vi) => {
            format!("{counts}; CHỈ CÓ TIẾNG VIỆT, người đọc tiếng Anh sẽ thấy tiếng Việt ({why})")
        }
        (Err(why), Lang::En) => format!("{counts}; VIETNAMESE ONLY, English readers will see Vietnamese ({why})"),
    })
}

/// The contest is checked against the bank beside it (its topics, and
/// whether enough questions fit), as the app does.
fn contest(text: &str, dir: &Path, lang: Lang) -> Result<String, Vec<ContentError>> {
    let Some(bank) = std::fs::read_to_string(dir.join("questions.json"))
        .ok()
        .and_then(|bank| parse_bank(&bank).ok())
    else {
        return Ok(match lang {
            Lang::Vi => "chưa kiểm tra được vì bộ câu hỏi có lỗi".to_owned(),
            Lang::En => "not checked: the bank has problems".to_owned(),
        });
    };
    let contest = coop_quiz::content::contest::parse_contest(text, &bank)?;
    let minutes = contest.rules.time_limit_ms / 60_000;
    Ok(match lang {
        Lang::Vi => format!(
            "{} câu, {minutes} phút, {} vòng",
            contest.rules.questions,
            contest.rounds.len()
        ),
        Lang::En => format!(
            "{} questions, {minutes} minutes, {} round{}",
            contest.rules.questions,
            contest.rounds.len(),
            if contest.rounds.len() == 1 { "" } else { "s" }
        ),
    })
}

fn branding(text: &str, dir: &Path, lang: Lang) -> Result<String, Vec<ContentError>> {
    let branding = parse_branding(text)?;
    // The path is relative to the site (static/logo.png); DIR is static/.
    if let Some(logo) = &branding.logo {
        let file = dir.join(logo.trim_start_matches("static/"));
        if !file.is_file() {
            let shown = file.display();
            return Err(vec![ContentError {
                place: coop_quiz::content::Place::File,
                field: "logo".to_owned(),
                problem: format!("{shown} does not exist"),
                problem_vi: format!("không có tệp {shown}"),
            }]);
        }
    }
    Ok(match lang {
        Lang::Vi => "hợp lệ".to_owned(),
        Lang::En => "valid".to_owned(),
    })
}

/// Checks an organiser spreadsheet as the organiser page imports it:
/// its problems (✗) or its question count (✓), then its warnings (⚠).
/// Returns whether the check failed.
fn check_sheet(path: &Path, options: &Options) -> bool {
    use coop_quiz::content::csv_import::{import_csv, Mode};
    let shown = path.display();
    let base = Path::new("static").join("questions.json");
    let read = |path: &Path| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    let (sheet, base) = match (read(path), read(&base)) {
        (Ok(sheet), Ok(base)) => (sheet, base),
        (Err(e), _) | (_, Err(e)) => {
            println!("✗ {shown}: {e}");
            return true;
        }
    };
    match import_csv(&sheet, &base, Mode::Replace) {
        Err(problems) => {
            for problem in problems {
                println!("✗ {shown}: {}", problem.describe(options.lang));
            }
            true
        }
        Ok(imported) => {
            match options.lang {
                Lang::Vi => println!("✓ {shown}: {} câu hỏi", imported.added),
                Lang::En => println!("✓ {shown}: {} questions", imported.added),
            }
            for warning in &imported.warnings {
                println!("⚠ {shown}: {}", warning.describe(options.lang));
            }
            options.strict && !imported.warnings.is_empty()
        }
    }
}

fn main() -> ExitCode {
    let options = match options(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("{message}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let is_sheet = options.dir.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    if is_sheet {
        return if check_sheet(&options.dir, &options) {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        };
    }
    let mut failed = false;
    for (name, required, check) in CHECKS {
        let path = options.dir.join(name);
        let shown = path.display();
        match check_file(&path, required, options.lang, |text| {
            check(text, &options.dir, options.lang)
        }) {
            Outcome::Fine(summary) => println!("✓ {shown}: {summary}"),
            Outcome::Absent => {}
            Outcome::Problems(problems) => {
                failed = true;
                for problem in problems {
                    println!("✗ {shown}: {problem}");
                }
            }
        }
    }
    let path = options.dir.join("questions.json");
    let warnings = std::fs::read_to_string(&path)
        .ok()
        .and_then(|text| parse_bank(&text).ok())
        .map(|bank| coop_quiz::content::lint::lint(&bank))
        .unwrap_or_default();
    for warning in &warnings {
        println!("⚠ {}: {}", path.display(), warning.describe(options.lang));
    }
    if options.strict && !warnings.is_empty() {
        failed = true;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
