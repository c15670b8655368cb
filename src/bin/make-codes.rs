//! `make-codes [--count N] [--duplicates N] [--tampered N] [--seed S]
//! [--format lines|form] [DIR]`: prints N result codes for the contest in
//! `DIR` (`questions.json` and `contest.json`; `static` by default), made as
//! players' devices make them, with some lines repeating an earlier code and
//! some with one symbol changed. The same arguments print the same file, so
//! tests and benchmarks can rely on it.
//!
//! `--format lines` (default) prints the players' own `code | name | unit`
//! lines; `--format form` prints a Google Forms CSV export (Vietnamese
//! header, a timestamp, the unit in quotes). A summary of what was made goes
//! to stderr.

use std::path::PathBuf;
use std::process::ExitCode;

use coop_quiz::content::contest::parse_contest;
use coop_quiz::content::parse_bank;
use coop_quiz::quiz::sample_codes::{form_csv, sample_codes, Kind};

const USAGE: &str =
    "usage: make-codes [--count N] [--duplicates N] [--tampered N] [--seed S] [--format lines|form] [DIR]";

struct Options {
    count: usize,
    duplicates: Option<usize>,
    tampered: Option<usize>,
    seed: u64,
    form: bool,
    dir: PathBuf,
}

fn number<T: std::str::FromStr>(flag: &str, value: Option<String>) -> Result<T, String> {
    let value = value.unwrap_or_default();
    value
        .parse()
        .map_err(|_| format!("{flag} needs a whole number, not \"{value}\""))
}

fn options(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut options = Options {
        count: 1_000,
        duplicates: None,
        tampered: None,
        seed: 1,
        form: false,
        dir: PathBuf::from("static"),
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--count" => options.count = number(&arg, args.next())?,
            "--duplicates" => options.duplicates = Some(number(&arg, args.next())?),
            "--tampered" => options.tampered = Some(number(&arg, args.next())?),
            "--seed" => options.seed = number(&arg, args.next())?,
            "--format" => {
                options.form = match args.next().as_deref() {
                    Some("form") => true,
                    Some("lines") => false,
                    other => return Err(format!("unknown format {other:?}; use lines or form")),
                }
            }
            "-h" | "--help" => return Err(String::new()),
            _ if arg.starts_with('-') => return Err(format!("unexpected argument \"{arg}\"")),
            _ => options.dir = PathBuf::from(arg),
        }
    }
    Ok(options)
}

fn main() -> ExitCode {
    let options = match options(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(problem) => {
            eprintln!("{problem}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let read = |file: &str| std::fs::read_to_string(options.dir.join(file)).map_err(|e| format!("{file}: {e}"));
    let made = read("questions.json").and_then(|bank_text| {
        let bank = parse_bank(&bank_text).map_err(|e| format!("questions.json: {} problems", e.len()))?;
        let contest =
            parse_contest(&read("contest.json")?, &bank).map_err(|e| format!("contest.json: {} problems", e.len()))?;
        // 0.5% repeated and 0.5% changed unless told otherwise.
        let per_cent = options.count / 200;
        Ok(sample_codes(
            &bank,
            &contest.rules,
            options.count,
            options.duplicates.unwrap_or(per_cent),
            options.tampered.unwrap_or(per_cent),
            options.seed,
        ))
    });
    let lines = match made {
        Ok(lines) => lines,
        Err(problem) => {
            eprintln!("make-codes: {problem}");
            return ExitCode::FAILURE;
        }
    };
    let out = if options.form {
        form_csv(&lines)
    } else {
        lines
            .iter()
            .flat_map(|s| [s.code.as_str(), " | ", &s.name, " | ", &s.unit, "\n"])
            .collect()
    };
    print!("{out}");
    let count = |kind| lines.iter().filter(|s| s.kind == kind).count();
    let perfect = lines
        .iter()
        .filter(|s| s.kind == Kind::Valid && s.correct == s.total)
        .count();
    eprintln!(
        "make-codes: {} lines: {} valid ({perfect} with every answer right), {} repeated, {} changed",
        lines.len(),
        count(Kind::Valid),
        count(Kind::Duplicate),
        count(Kind::Tampered)
    );
    ExitCode::SUCCESS
}
