#!/usr/bin/env bash
# Installs what is missing, builds the site and serves it with live reload.
#   scripts/serve.sh [--port 8080]  (then open the printed address)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh
PORT=8080
[[ "${1:-}" == "--port" ]] && PORT="$2"
echo
echo "Serving the quiz at http://127.0.0.1:$PORT/  (Ctrl+C to stop)"
exec trunk serve --release --address 127.0.0.1 --port "$PORT"
