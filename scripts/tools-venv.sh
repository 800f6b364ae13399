# Shared by the scripts that use Python test tools: one venv outside the repository, with pinned versions,
# created and filled only with what is missing (a cold install takes about a minute).
# Source it; it sets VENV (override with CAIRN_TOOLS_VENV) and defines require_python_tools.
VENV="${CAIRN_TOOLS_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/cairn-tools-venv}"

# require_python_tools NAME==VERSION...: creates the venv if needed and pip-installs the pins it does not already
# hold at exactly that version.
require_python_tools() {
  [ -x "$VENV/bin/python" ] || { echo "creating the tools venv in $VENV…"; python3 -m venv "$VENV"; }
  local pin missing=()
  for pin in "$@"; do
    "$VENV/bin/python" -c 'import sys, importlib.metadata as m; n, v = sys.argv[1].split("==")
sys.exit(m.version(n) != v)' "$pin" 2>/dev/null || missing+=("$pin")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "installing ${missing[*]} into $VENV…"
    "$VENV/bin/pip" install -q "${missing[@]}"
  fi
}
