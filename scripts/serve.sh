#!/usr/bin/env bash
# Installs what is missing, builds the site (four pages: index.html for
# players, contest.html for the contest, learn.html for Learn, tools.html
# for hosts and organisers, see scripts/post-build.mjs) and serves it with
# live reload.
#   scripts/serve.sh [--port 8080]  (then open the printed address)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh
PORT=8080
[[ "${1:-}" == "--port" ]] && PORT="$2"
echo
echo "Serving the quiz at http://127.0.0.1:$PORT/ and the tools at http://127.0.0.1:$PORT/tools.html  (Ctrl+C to stop)"
exec trunk serve --release --address 127.0.0.1 --port "$PORT"
