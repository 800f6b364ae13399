# Shared by the scripts that use Python test tools: one venv outside the repository, with pinned versions,
# created and filled only with what is missing (a cold install takes about a minute).
# Source it; it sets VENV (override with CAIRN_TOOLS_VENV) and defines require_python_tools.
VENV="${CAIRN_TOOLS_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/cairn-tools-venv}"

# has_python_tool NAME==VERSION: succeeds when the venv holds NAME at exactly VERSION.
has_python_tool() {
  "$VENV/bin/python" - "$1" 2>/dev/null <<'PY'
import importlib.metadata, sys
name, version = sys.argv[1].split("==")
sys.exit(importlib.metadata.version(name) != version)
PY
}

# require_python_tools NAME==VERSION...: creates the venv if needed and pip-installs only the pins it lacks.
require_python_tools() {
  [ -x "$VENV/bin/python" ] || { echo "creating the tools venv in $VENV…"; python3 -m venv "$VENV"; }
  local pin missing=()
  for pin in "$@"; do has_python_tool "$pin" || missing+=("$pin"); done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "installing ${missing[*]} into $VENV…"
    "$VENV/bin/pip" install -q "${missing[@]}"
  fi
}
