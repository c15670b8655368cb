//! `bench-verify [DIR]`: how long the organiser's check takes for 1,000,
//! 10,000 and 100,000 result codes (0.5% repeated, 0.5% changed by one
//! symbol, made by `quiz::sample_codes` for the contest in `DIR`, `static`
//! by default) read from a Google Forms CSV export. Prints a table of
//! milliseconds (mean of 3 runs at 100,000, 30 at 10,000, 300 at 1,000) for each step the verify page runs, and
//! the longest single chunk of 5,000 rows (what would freeze a page between
//! two progress updates). Native figures: the site's wasm at 4x CPU
//! slowdown runs about 10 times slower. Build with `--release`.
//!
//! Times are the thread's CPU time where Linux tells it
//! (`/proc/thread-self/schedstat`), so other work on a shared machine does
//! not inflate them; elsewhere, wall time.
//!
//! `bench-verify --once N [DIR]` runs each step once for N codes, in
//! functions of their own (`once_check`, `once_decode`, `once_replay`), for
//! an instruction count that a busy machine cannot blur:
//! `valgrind --tool=callgrind --toggle-collect='*once_*' target/release/bench-verify --once 100000`,
//! then `callgrind_annotate --inclusive=yes`.

use std::process::ExitCode;
use std::time::Instant as WallClock;

use coop_quiz::content::contest::parse_contest;
use coop_quiz::content::form_export::FormExport;
use coop_quiz::content::parse_bank;
use coop_quiz::content::xlsx::ranking_workbook;
use coop_quiz::quiz::bank::QuestionBank;
use coop_quiz::quiz::contest::ContestRules;
use coop_quiz::quiz::replay_table::ReplayTable;
use coop_quiz::quiz::result_code::PackedResult;
use coop_quiz::quiz::sample_codes::{form_csv, sample_codes, SampleCode};
use coop_quiz::quiz::standings_table::ranking_csv;
use coop_quiz::quiz::verifier::{Verifier, VerifyOptions};

const CHUNK: usize = 5_000;

/// A moment on the thread's CPU clock (or the wall clock).
#[derive(Clone, Copy)]
enum Instant {
    Cpu(u64),
    Wall(WallClock),
}

fn cpu_nanos() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

impl Instant {
    fn now() -> Instant {
        cpu_nanos().map_or_else(|| Instant::Wall(WallClock::now()), Instant::Cpu)
    }
}

fn ms(since: Instant) -> f64 {
    match since {
        Instant::Cpu(start) => {
            std::time::Duration::from_nanos(cpu_nanos().unwrap_or(start).saturating_sub(start)).as_secs_f64() * 1000.0
        }
        Instant::Wall(start) => start.elapsed().as_secs_f64() * 1000.0,
    }
}

/// The mean of the runs (the CPU clock advances in scheduler ticks of a
/// few milliseconds, so small batches are run many times and averaged).
fn mean(runs: Vec<f64>) -> f64 {
    runs.iter().sum::<f64>() / f64::from(u32::try_from(runs.len()).unwrap_or(u32::MAX).max(1))
}

/// Read + check of a whole export, once (`--once`).
#[inline(never)]
fn once_check(text: &str, bank: &QuestionBank, rules: &ContestRules) -> usize {
    let Ok(mut export) = FormExport::from_csv(text) else {
        return 0;
    };
    let mut verifier = Verifier::new(bank, rules, VerifyOptions::default());
    while export.feed(&mut verifier, CHUNK).is_ok_and(|p| !p.finished) {}
    verifier.progress().valid
}

/// Decoding every code, once (`--once`).
#[inline(never)]
fn once_decode(lines: &[SampleCode]) -> usize {
    lines
        .iter()
        .filter(|s| PackedResult::decode(&s.code, &s.name, &s.unit).is_ok())
        .count()
}

/// Replaying every decoded code, once (`--once`).
#[inline(never)]
fn once_replay(table: &mut ReplayTable, decoded: &[PackedResult]) -> usize {
    decoded.iter().filter(|c| table.replay(c).is_ok()).count()
}

/// `--once N`: each step once over N codes, for callgrind.
fn run_once(count: usize, bank: &QuestionBank, rules: &ContestRules) {
    let lines = sample_codes(bank, rules, count, count / 200, count / 200, 2026);
    let text = form_csv(&lines);
    let decoded: Vec<PackedResult> = lines
        .iter()
        .filter_map(|s| PackedResult::decode(&s.code, &s.name, &s.unit).ok())
        .collect();
    let mut table = ReplayTable::new(bank, rules);
    let valid = once_check(&text, bank, rules);
    let read = once_decode(&lines);
    let replayed = once_replay(&mut table, &decoded);
    println!("{count} codes: {valid} valid, {read} read, {replayed} replayed");
}

/// `[--once N] [DIR]`: the count for `--once`, if given, and the folder of
/// the data files (`static` by default).
fn arguments() -> (Option<usize>, std::path::PathBuf) {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let once = args.iter().position(|a| a == "--once").map(|at| {
        let count = args
            .get(at + 1)
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or(100_000);
        args.drain(at..(at + 2).min(args.len()));
        count
    });
    let dir = std::path::PathBuf::from(args.first().cloned().unwrap_or_else(|| "static".into()));
    (once, dir)
}

fn main() -> ExitCode {
    let (once, dir) = arguments();
    let read = |file: &str| std::fs::read_to_string(dir.join(file)).map_err(|e| format!("{file}: {e}"));
    let loaded = read("questions.json").and_then(|text| {
        let bank = parse_bank(&text).map_err(|e| format!("questions.json: {} problems", e.len()))?;
        let contest =
            parse_contest(&read("contest.json")?, &bank).map_err(|e| format!("contest.json: {} problems", e.len()))?;
        Ok((bank, contest))
    });
    let (bank, contest) = match loaded {
        Ok(loaded) => loaded,
        Err(problem) => {
            eprintln!("bench-verify: {problem}");
            return ExitCode::FAILURE;
        }
    };
    if let Some(count) = once {
        run_once(count, &bank, &contest.rules);
        return ExitCode::SUCCESS;
    }
    println!("| codes | read + check | longest chunk of {CHUNK} | rank | CSV | .xlsx | total | valid | flagged |");
    println!("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for count in [1_000, 10_000, 100_000] {
        let lines = sample_codes(&bank, &contest.rules, count, count / 200, count / 200, 2026);
        let text = form_csv(&lines);
        let mut steps = [const { Vec::new() }; 6];
        let mut counts = (0, 0);
        for _ in 0..(300_000 / count).max(3) {
            let start = Instant::now();
            let mut export = match FormExport::from_csv(&text) {
                Ok(export) => export,
                Err(e) => {
                    eprintln!("bench-verify: {e:?}");
                    return ExitCode::FAILURE;
                }
            };
            let mut verifier = Verifier::new(&bank, &contest.rules, VerifyOptions::default());
            let mut longest: f64 = 0.0;
            loop {
                let chunk = Instant::now();
                let progress = export.feed(&mut verifier, CHUNK).unwrap_or_default();
                longest = longest.max(ms(chunk));
                if progress.finished {
                    break;
                }
            }
            steps[0].push(ms(start));
            steps[1].push(longest);
            let rank = Instant::now();
            let checked = verifier.finish();
            let standings = checked.standings(1, checked.perfect_count(1));
            steps[2].push(ms(rank));
            let csv = Instant::now();
            let csv_text = ranking_csv(&standings, true);
            steps[3].push(ms(csv));
            let xlsx = Instant::now();
            let workbook = ranking_workbook(&standings, true);
            steps[4].push(ms(xlsx));
            steps[5].push(ms(start));
            counts = (standings.placed.len(), checked.progress().flagged);
            std::hint::black_box((csv_text.len(), workbook.len()));
        }
        let [read, longest, rank, csv, xlsx, total] = steps.map(mean);
        println!(
            "| {count} | {read:.1} | {longest:.1} | {rank:.1} | {csv:.1} | {xlsx:.1} | {total:.1} | {} | {} |",
            counts.0, counts.1
        );
    }
    // What one code costs in the check, step by step (100,000 codes, best
    // of 3): decoding it (symbols, checksum), replaying its draw and
    // marking, and the rest of read + check (CSV parsing, keeping the text).
    let lines = sample_codes(&bank, &contest.rules, 100_000, 500, 500, 2026);
    let best = |f: &mut dyn FnMut() -> usize| {
        (0..3)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(f());
                ms(start)
            })
            .fold(f64::MAX, f64::min)
    };
    let decoded: Vec<PackedResult> = lines
        .iter()
        .filter_map(|s| PackedResult::decode(&s.code, &s.name, &s.unit).ok())
        .collect();
    let decode = best(&mut || {
        lines
            .iter()
            .filter(|s| PackedResult::decode(&s.code, &s.name, &s.unit).is_ok())
            .count()
    });
    let mut table = ReplayTable::new(&bank, &contest.rules);
    let replay = best(&mut || decoded.iter().filter(|c| table.replay(c).is_ok()).count());
    println!("\nper 100,000 codes: decode {decode:.1} ms, replay {replay:.1} ms");
    ExitCode::SUCCESS
}
