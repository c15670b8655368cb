#!/usr/bin/env bash
# Performance benchmark of the release build. A benchmark, not a test: it
# reports figures (bench/results/latest.json, a table on stdout) and fails
# only if it cannot measure. What the figures mean: BENCHMARKS.md.
#
#   scripts/bench.sh [options for bench/run.mjs, e.g. --loads 5 --no-lighthouse]
#
# Builds into a private folder (BENCH_DIST, default /tmp/bench-dist), never
# into dist/, which the tests and `trunk serve` may be using at the time.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh --browser
say() { printf '\n== bench: %s\n' "$*"; }

DIST="${BENCH_DIST:-/tmp/bench-dist}"
NAMES="${DIST}-names"

say "release build into $DIST"
trunk build --release --dist "$DIST"

# The release wasm has lost its function names (wasm-opt), so twiggy cannot
# say what is in it. Run wasm-bindgen ourselves on cargo's output, which keeps
# the names: same code, before wasm-opt. Copied first because other builds
# share target/.
say "wasm with function names, for twiggy"
rm -rf "$NAMES" && mkdir -p "$NAMES"
cp target/wasm32-unknown-unknown/release/coop-quiz.wasm "$NAMES/coop-quiz.wasm"
wasm-bindgen --target web --out-dir "$NAMES" "$NAMES/coop-quiz.wasm"
if ! command -v twiggy >/dev/null; then
  say "installing twiggy 0.8.0 (about 2 minutes; optional)"
  cargo install twiggy --version 0.8.0 || echo "twiggy could not be installed: the report will skip it" >&2
fi

# Lighthouse is big; it lives in bench/, away from the tests' e2e/.
if ! cmp -s bench/package-lock.json bench/node_modules/.installed-from-lock.json 2>/dev/null; then
  say "installing the benchmark's npm packages (lighthouse, playwright-core)"
  (cd bench && npm ci --no-audit --no-fund && cp package-lock.json node_modules/.installed-from-lock.json)
fi

say "first load of each page (brotli -q 11)"
node scripts/first-load.mjs "$DIST"
node scripts/first-load.mjs "$DIST" --page contest.html
node scripts/first-load.mjs "$DIST" --page learn.html
node scripts/first-load.mjs "$DIST" --page tools.html

say "verify page: 1,000 / 10,000 / 100,000 result codes at 4x CPU slowdown"
node scripts/bench-verify.mjs --dist "$DIST"

say "measuring (about 3 minutes)"
node bench/run.mjs --dist "$DIST" --names-wasm "$NAMES/coop-quiz_bg.wasm" "$@"
