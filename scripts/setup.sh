#!/usr/bin/env bash
# Installs what building and testing need, at pinned versions, skipping
# whatever is already there. Needs only the Rust toolchain (rustup, cargo),
# Node.js with npm, and, for --browser, apt (Debian). Nothing is downloaded
# except through the package registries: Trunk never fetches tools itself.
#
#   scripts/setup.sh            build tools (wasm target, Trunk, wasm-bindgen, wasm-opt)
#   scripts/setup.sh --browser  also the browsers for the tests: Chromium and
#                               chromedriver (the full suite), Firefox ESR,
#                               WebKitGTK's WebDriver and MiniBrowser, Xvfb
#                               and the vi_VN locale data (the core flows)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.22.1
say() { printf '\n== setup: %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "installing Trunk $TRUNK_VERSION (about 8 minutes on 2 cores)"
  # Trunk 0.22 declares a newer rust-version than it needs; it builds and
  # runs with the stable toolchain here.
  cargo install --locked --ignore-rust-version trunk --version "$TRUNK_VERSION"
fi

# wasm-bindgen-cli must match the wasm-bindgen library in Cargo.lock exactly.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if ! grep -q "wasm_bindgen = \"$WBG_VERSION\"" Trunk.toml; then
  echo "Trunk.toml pins another wasm-bindgen than Cargo.lock ($WBG_VERSION): update [tools] wasm_bindgen" >&2
  exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WBG_VERSION"; then
  say "installing wasm-bindgen-cli $WBG_VERSION (about 2 minutes)"
  # Not --locked: its lockfile pins a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi

# wasm-opt (binaryen) and the end-to-end test packages come from npm, pinned
# by e2e/package-lock.json. Debian's binaryen is too old for today's rustc.
# A copy of the lockfile marks what node_modules was installed from.
if ! cmp -s e2e/package-lock.json e2e/node_modules/.installed-from-lock.json 2>/dev/null; then
  say "installing npm packages (binaryen, playwright-core, puppeteer-core, axe-core)"
  (cd e2e && npm ci --no-audit --no-fund && cp package-lock.json node_modules/.installed-from-lock.json)
fi

# Trunk runs cargo offline (see Trunk.toml), so the crates must be here.
cargo fetch --quiet

if [[ "${1:-}" == "--browser" ]]; then
  # Each Debian package, with a file that shows it is there.
  missing=()
  while read -r pkg file; do
    [[ -e "$file" ]] || missing+=("$pkg")
  done <<'PACKAGES'
chromium /usr/bin/chromium
chromium-driver /usr/bin/chromedriver
firefox-esr /usr/bin/firefox
webkit2gtk-driver /usr/bin/WebKitWebDriver
xvfb /usr/bin/Xvfb
locales /usr/share/i18n/locales/vi_VN
PACKAGES
  if (( ${#missing[@]} )); then
    say "installing from Debian: ${missing[*]}"
    SUDO=""
    [[ $(id -u) -ne 0 ]] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
  fi
fi
say "tools ready"
