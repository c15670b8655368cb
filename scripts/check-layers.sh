#!/usr/bin/env bash
# The layers' import direction (ARCHITECTURE.md, "Invariants"): imports flow
# ui → study → content → quiz, and the three lower layers use no browser
# crate. Prints every offending file:line and fails if there is one.
# Test code (`mod tests { … }` after `#[cfg(test)]`, and tests.rs files) may
# build its fixtures from a higher layer: only what the site links counts.
set -euo pipefail
cd "$(dirname "$0")/.."

status=0

# offenders LAYER FORBIDDEN_MODULES PATHS…: lines of PATHS that name crate::X
# for X in FORBIDDEN_MODULES (a|b|c), alone or in a `crate::{…}` group.
offenders() {
  local layer=$1 forbidden=$2
  shift 2
  local pattern="crate::(${forbidden})([^a-z_]|\$)|crate::\\{([^}]*[^a-z_])?(${forbidden})([^a-z_]|\$)"
  local found
  found=$(find "$@" -name '*.rs' ! -name tests.rs -print0 | sort -z | xargs -0 awk -v pattern="$pattern" '
    FNR == 1 { in_tests = 0; after_cfg = 0 }
    after_cfg && /^mod [a-z_]+ \{/ { in_tests = 1 }
    { after_cfg = /^#\[cfg\(test\)\]/ }
    !in_tests && $0 ~ pattern { print FILENAME ":" FNR ": " $0 }
  ')
  if [[ -n $found ]]; then
    echo "$found"
    echo "$layer must not import $(tr '|' ',' <<<"$forbidden") (imports flow ui → study → content → quiz; ARCHITECTURE.md)" >&2
    status=1
  fi
}

offenders quiz 'content|study|ui|storage|i18n' src/quiz.rs src/quiz
offenders content 'study|ui|storage|i18n' src/content.rs src/content
offenders study 'ui|storage|i18n' src/study.rs src/study

if grep -rnE '\b(yew|web_sys|gloo|gloo_net|js_sys|wasm_bindgen)::' src/quiz.rs src/quiz src/content.rs src/content src/study.rs src/study; then
  echo "the engine, content and study code must not use browser crates (ARCHITECTURE.md, Invariants)" >&2
  status=1
fi

exit "$status"
