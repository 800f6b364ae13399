#!/usr/bin/env bash
# Drives the web pages in headless Chromium as a salesperson and the administrator would
# (Tests/Browser/browser_flows.py): log in, find an account, quick add, log a call from Today, move a deal and log a
# follow-up from the board, accept and convert leads, save a filtered accounts view, edit an account (a refused
# email, then a good one), team week and adding a user on /admin, switch language; every flow in Chinese and in
# English (chosen with the language switch), at a desktop and a phone size, with an axe-core accessibility check
# and a screenshot after every page load. About four minutes against a debug build on two cores.
# Starts its own `cairn serve --demo` on a fresh SQLite database in a scratch folder, so the demo data is new.
# Usage: scripts/browser-test.sh [path-to-cairn-binary]
# Env: CAIRN_BROWSER_PORT (default: a free port), CAIRN_BROWSER_ARTIFACTS (screenshots; default
# .build/browser-artifacts), CAIRN_BROWSER_FLOWS, CAIRN_BROWSER_LANGUAGES (zh-CN,en), CAIRN_BROWSER_SIZES
# (desktop,phone): comma-separated names to run only those.
set -euo pipefail
cd "$(dirname "$0")/.."
CAIRN="${1:-.build/debug/cairn}"
[ -x "$CAIRN" ] || { echo "no cairn binary at $CAIRN (build it first: swift build --product cairn)" >&2; exit 1; }

# Debian's Chromium (Playwright's own browser download is not reachable here) and a CJK font, without which
# Chinese text renders as empty boxes in the screenshots.
if [ ! -x /usr/bin/chromium ] || ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
  echo "installing chromium and fonts-noto-cjk…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-noto-cjk >/dev/null
fi

source scripts/tools-venv.sh
require_python_tools playwright==1.65.2 axe-playwright-python==0.1.8

# A port the kernel says is free right now (a fixed one may be taken by a developer's server).
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT="${CAIRN_BROWSER_PORT:-$(free_port)}"
source scripts/cairn-server.sh
# Loading the demo happens before the server listens; a debug build takes several seconds for it.
# Loopback is trusted as a proxy, so the lock-out flow can sign in from an address of its own (X-Forwarded-For).
READY_SECONDS=60 start_server "$WORK/browser.sqlite" --demo --trusted-proxy 127.0.0.1

export CAIRN_BROWSER_ARTIFACTS="${CAIRN_BROWSER_ARTIFACTS:-$PWD/.build/browser-artifacts}"
echo "cairn (demo data) at $BASE; screenshots go to $CAIRN_BROWSER_ARTIFACTS"
# The suite's own last line is the summary (`browser: N passed, M failed`); its exit status is the script's.
CAIRN_BASE_URL="$BASE" "$VENV/bin/python" Tests/Browser/browser_flows.py
