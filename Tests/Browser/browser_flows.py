#!/usr/bin/env python3
"""Cairn's web pages driven by a real browser, the way a salesperson uses them.

Each flow runs in a fresh Chromium context (so it logs in itself) at a desktop and a phone window size. After every
page load it runs axe-core and fails the flow on any "serious" or "critical" violation, and it saves a full-page
screenshot named <size>-<flow>-<step>.png. Prints `PASS <flow> @<size>` or `FAIL <flow> @<size>: reason` per flow
and ends with `browser: N passed, M failed`; exits 1 when anything failed. A page that scrolls sideways as a whole
is reported as a NOTE line, not a failure.

Environment:
  CAIRN_BASE_URL           server to test (default http://127.0.0.1:8080); scripts/browser-test.sh starts one.
  CAIRN_BROWSER_ARTIFACTS  screenshot folder (default .build/browser-artifacts in the repository).
  CAIRN_CHROMIUM           browser binary (default /usr/bin/chromium).
  CAIRN_BROWSER_FLOWS      optional comma-separated flow names to run only those.

Flows act on the server's data (they log calls, add accounts, move deals), so they pick whatever item is there
rather than a fixed one: they pass on a fresh demo database and, mostly, on a server that has been used before.
"""

from __future__ import annotations

import os
import random
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from urllib.parse import urlparse

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page, sync_playwright

BASE_URL = os.environ.get("CAIRN_BASE_URL", "http://127.0.0.1:8080").rstrip("/")
REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("CAIRN_BROWSER_ARTIFACTS") or REPO / ".build" / "browser-artifacts").resolve()
CHROMIUM = os.environ.get("CAIRN_CHROMIUM", "/usr/bin/chromium")

SALES_EMAIL = "wang.lei@cairn.local"
PASSWORD = "cairn-demo"

# (name, width, height, is_mobile). is_mobile makes Chromium honour <meta name=viewport> as a phone does.
SIZES = [("desktop", 1280, 800, False), ("phone", 390, 844, True)]

# Pipeline stages in board order; a deal moves to the next one. won/lost are terminal (lost needs a reason).
STAGES = ["qualification", "needs_confirmed", "proposal", "negotiation", "won", "lost"]

STEP_TIMEOUT_MS = 15_000  # a debug build under load can take a few seconds per page
BLOCKING_IMPACTS = {"serious", "critical"}
AXE = Axe()


class FlowFailure(Exception):
    """A check in a flow did not hold; the message is the reason printed after FAIL."""


def check(condition: bool, reason: str) -> None:
    if not condition:
        raise FlowFailure(reason)


@dataclass
class Totals:
    pages_checked: int = 0
    blocking_violations: int = 0  # serious/critical violations (rule × page), summed over all pages
    layout_notes: list[str] = field(default_factory=list)


@dataclass
class FlowRun:
    """One flow at one window size: its page and what it found along the way."""

    page: Page
    flow: str
    size: str
    totals: Totals
    step_number: int = 0
    axe_problems: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    @property
    def path(self) -> str:
        return urlparse(self.page.url).path

    def checkpoint(self, step: str) -> None:
        """Called after every page load: axe, a full-page screenshot and a sideways-scroll check."""
        self.page.wait_for_load_state("load")
        self.step_number += 1
        name = f"{self.size}-{self.flow}-{self.step_number:02d}-{step}"
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        self.totals.pages_checked += 1
        for violation in AXE.run(self.page).response["violations"]:
            if violation.get("impact") not in BLOCKING_IMPACTS:
                continue
            self.totals.blocking_violations += 1
            targets = "; ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
            more = len(violation["nodes"]) - 5
            self.axe_problems.append(
                f"axe {violation['id']} ({violation['impact']}) on {self.path} [{step}]: {targets}"
                + (f" (+{more} more)" if more > 0 else "")
            )
        self._note_sideways_scroll(name)

    def _note_sideways_scroll(self, name: str) -> None:
        # A page wider than the window scrolls sideways as a whole; name the elements that stick out. Content inside
        # a deliberate scroller (the board) is clipped by it and is fine, except an absolutely positioned element
        # whose containing block lies outside the scroller: the scroller does not clip it, so it widens the page.
        offenders = self.page.evaluate(
            """() => {
              const width = document.documentElement.clientWidth;
              if (document.documentElement.scrollWidth <= width) return [];
              const clipped = (el) => {
                const position = getComputedStyle(el).position;
                if (position === 'fixed') return false;
                let positionedBetween = false;
                for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                  const style = getComputedStyle(p);
                  if (style.position !== 'static') positionedBetween = true;
                  if (['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX)) {
                    return position !== 'absolute' || positionedBetween;
                  }
                }
                return false;
              };
              const out = [];
              for (const el of document.body.querySelectorAll('*')) {
                const r = el.getBoundingClientRect();
                if (r.right > width + 1 && r.width > 0 && !clipped(el)) {
                  const id = el.id ? '#' + el.id : '';
                  const cls = el.classList.length ? '.' + [...el.classList].join('.') : '';
                  out.push(`${el.tagName.toLowerCase()}${id}${cls} (right edge ${Math.round(r.right)}px)`);
                }
              }
              const more = out.length > 3 ? [`… ${out.length - 3} more`] : [];
              return [`page ${document.documentElement.scrollWidth}px wide in ${width}px`, ...out.slice(0, 3), ...more];
            }"""
        )
        if offenders:
            self.totals.layout_notes.append(f"{name}: " + ", ".join(offenders))

    def submit(self, button_selector: str, step: str) -> None:
        """Clicks a button that submits a form or follows a link and waits for the resulting page."""
        with self.page.expect_navigation(wait_until="load", timeout=STEP_TIMEOUT_MS):
            self.page.locator(button_selector).first.click()
        self.checkpoint(step)


# ---- shared steps -------------------------------------------------------------------------------------------------


def log_in(run: FlowRun, email: str = SALES_EMAIL) -> None:
    page = run.page
    page.goto(f"{BASE_URL}/login", wait_until="load")
    run.checkpoint("login-page")
    page.fill("#field-email", email)
    page.fill("#field-password", PASSWORD)
    run.submit("main form button[type=submit]", "signed-in")
    check(run.path == "/today", f"login landed on {run.path}, expected /today")


def open_from_nav(run: FlowRun, href: str, step: str) -> None:
    """Follows a header navigation link, as a person would (fails when the link is hidden at this size)."""
    run.submit(f'header nav a[href="{href}"]', step)
    check(run.path == href, f"nav link {href} led to {run.path}")


def stamp() -> str:
    return time.strftime("%H%M%S") + f"{random.randint(0, 999):03d}"


# ---- flows --------------------------------------------------------------------------------------------------------


def flow_login(run: FlowRun) -> None:
    log_in(run)
    page = run.page
    check(page.locator("ol#today-list, main h1").count() > 0, "Today shows neither a list nor a heading")
    for selector in ("#quick-add-link", "#language-switch", 'header form[action="/logout"] button'):
        check(page.locator(selector).count() == 1, f"header lacks {selector}")
    check(page.locator("header nav a").count() > 0, "header has no navigation links")


def flow_find_account(run: FlowRun) -> None:
    log_in(run)
    page = run.page
    open_from_nav(run, "/accounts", "accounts")
    first = page.locator('table#accounts-table tbody tr a[href^="/accounts/"]').first
    check(first.count() == 1, "no account in table#accounts-table")
    name = first.inner_text().strip()
    term = name[:4]
    page.fill("#filter-q", term)
    run.submit("form#accounts-search button[type=submit]", "search-results")
    results = page.locator('table#accounts-table tbody tr a[href^="/accounts/"]')
    names = [text.strip() for text in results.all_inner_texts()]
    check(name in names, f"searching {term!r} did not list {name!r} (got {names[:5]})")
    with page.expect_navigation(wait_until="load", timeout=STEP_TIMEOUT_MS):
        results.nth(names.index(name)).click()
    run.checkpoint("account")
    heading = page.locator("main h1").first.inner_text().strip()
    check(heading == name, f"account page h1 is {heading!r}, expected {name!r}")


def flow_quick_add(run: FlowRun) -> None:
    log_in(run)
    page = run.page
    run.submit("#quick-add-link", "quick-add-form")
    check(run.path == "/accounts/new", f"#quick-add-link led to {run.path}")
    name = f"测试快速新建{stamp()}有限公司"
    phone = "139" + "".join(random.choices("0123456789", k=8))
    source = page.locator("#quick-source option").evaluate_all(
        "options => options.map(o => o.value).filter(v => v !== '')"
    )
    check(bool(source), "#quick-source has no non-empty option")
    page.fill("#quick-name", name)
    page.fill("#quick-phone", phone)
    page.select_option("#quick-source", source[0])
    run.submit("main form button[type=submit]", "account-created")
    check(re.fullmatch(r"/accounts/[^/]+", run.path) is not None and run.path != "/accounts/new",
          f"quick add stayed on {run.path}: {error_text(page)}")
    heading = page.locator("main h1").first.inner_text().strip()
    check(heading == name, f"new account page h1 is {heading!r}, expected {name!r}")
    check(page.locator("#missing-fields").count() == 1, "new account page has no #missing-fields")

    # A second account with an unusable phone number is refused with an error next to the phone field.
    page.goto(f"{BASE_URL}/accounts/new", wait_until="load")
    run.checkpoint("quick-add-again")
    page.fill("#quick-name", f"测试错误电话{stamp()}有限公司")
    page.fill("#quick-phone", "12345")
    run.submit("main form button[type=submit]", "invalid-phone")
    errors = page.locator(".field.has-error .error")
    check(errors.count() > 0, f"an invalid phone gave no .field.has-error .error (now on {run.path})")
    check(page.locator(".field.has-error #quick-phone").count() == 1,
          "the error is not on the phone field: " + error_text(page))


def error_text(page: Page) -> str:
    texts = page.locator(".error, .flash, [role=alert]").all_inner_texts()
    return "; ".join(t.strip() for t in texts if t.strip()) or "no error shown"


def flow_log_call(run: FlowRun) -> None:
    log_in(run)
    page = run.page
    # Prefer a new lead waiting for a first call; any item with a quick activity form will do otherwise.
    item = page.locator("li.today-item.reason-lead_awaiting_first_contact:has(details.quick-form)").first
    if item.count() == 0:
        item = page.locator("li.today-item:has(details.quick-form)").first
    check(item.count() == 1, "no item on Today has a quick activity form")
    record = item.get_attribute("data-record")
    item.locator("details.quick-form > summary").click()
    form = item.locator("details.quick-form form")
    check(form.is_visible(), "the quick form did not open from its summary")
    form.locator("select[name=kind]").select_option("call")
    form.locator("textarea[name=subject]").fill(f"浏览器测试：首次电话沟通，客户有意向 {stamp()}")
    rating = form.locator("select[name=rating]")
    if rating.count():
        rating.select_option(index=1)
    run.checkpoint("quick-form-open")
    with page.expect_navigation(wait_until="load", timeout=STEP_TIMEOUT_MS):
        form.locator("button[type=submit]").click()
    run.checkpoint("after-logging")
    check(run.path == "/today", f"logging a call led to {run.path}, expected /today")
    left = page.locator(f'li.today-item[data-record="{record}"]').count()
    check(left == 0, f"item {record} is still on Today after logging a call")


def flow_move_deal(run: FlowRun) -> None:
    log_in(run)
    page = run.page
    open_from_nav(run, "/pipeline", "board")
    check(page.locator(".board .board-column").count() > 0, "no .board-column on /pipeline")
    # The first card of the earliest open stage that has one moves one stage on.
    for index, stage in enumerate(STAGES[:4]):
        card = page.locator(f'.board-column[data-stage="{stage}"] .deal-card').first
        if card.count():
            target = STAGES[index + 1]
            break
    else:
        raise FlowFailure("no deal card in any open stage")
    deal = card.get_attribute("data-id")
    card.locator("form.move-form select[name=stage]").select_option(target)
    with page.expect_navigation(wait_until="load", timeout=STEP_TIMEOUT_MS):
        card.locator(".move-button").click()
    run.checkpoint("moved")
    check(run.path == "/pipeline", f"moving a deal led to {run.path}, expected /pipeline")
    moved = page.locator(f'.board-column[data-stage="{target}"] .deal-card[data-id="{deal}"]').count()
    check(moved == 1, f"deal {deal} is not in column {target} after moving it from {stage}")


def flow_language(run: FlowRun) -> None:
    log_in(run)
    page = run.page

    def expect_language(lang: str, nav_word: str, switch_label: str) -> None:
        html_lang = page.locator("html").get_attribute("lang")
        check(html_lang == lang, f"<html lang> is {html_lang!r}, expected {lang!r}")
        nav = " ".join(page.locator("header nav a").all_inner_texts())
        check(nav_word in nav, f"nav {nav!r} lacks {nav_word!r} in {lang}")
        label = page.locator("#language-switch").inner_text().strip()
        check(label == switch_label, f"#language-switch reads {label!r} in {lang}, expected {switch_label!r}")

    expect_language("zh-CN", "今日必做", "English")
    run.submit("#language-switch", "english")
    check(run.path == "/today", f"switching language left /today for {run.path}")
    expect_language("en", "Today", "中文")
    run.submit("#language-switch", "chinese")
    expect_language("zh-CN", "今日必做", "English")


# The language flow goes last; it would not matter (the choice is a cookie of its own context) but reads better.
FLOWS: list[tuple[str, Callable[[FlowRun], None]]] = [
    ("login", flow_login),
    ("find-account", flow_find_account),
    ("quick-add", flow_quick_add),
    ("log-call", flow_log_call),
    ("move-deal", flow_move_deal),
    ("language", flow_language),
]


# ---- runner -------------------------------------------------------------------------------------------------------


def first_line(error: BaseException) -> str:
    # Playwright errors carry a multi-line call log; the first line says what went wrong.
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0] if text else ''}"


def run_flow(browser, name: str, flow: Callable[[FlowRun], None], size: tuple, totals: Totals) -> bool:
    size_name, width, height, mobile = size
    context = browser.new_context(
        viewport={"width": width, "height": height}, is_mobile=mobile, has_touch=mobile, locale="zh-CN"
    )
    context.set_default_timeout(STEP_TIMEOUT_MS)
    page = context.new_page()
    run = FlowRun(page=page, flow=name, size=size_name, totals=totals)
    page.on("pageerror", lambda error: run.page_errors.append(f"script error: {error}"))
    page.on("response", lambda r: r.status >= 500 and run.page_errors.append(f"{r.status} from {r.url}"))
    reason = None
    try:
        flow(run)
    except FlowFailure as failure:
        reason = str(failure)
    except (PlaywrightError, AssertionError, KeyError, ValueError) as error:
        reason = first_line(error)
    if reason:
        try:  # what the page looked like when it failed; best effort, the page may be gone
            page.screenshot(path=str(ARTIFACTS / f"{size_name}-{name}-failed.png"), full_page=True)
        except PlaywrightError:
            pass
    problems = ([reason] if reason else []) + run.page_errors + run.axe_problems
    context.close()
    if problems:
        print(f"FAIL {name} @{size_name}: " + " | ".join(problems), flush=True)
        return False
    print(f"PASS {name} @{size_name}", flush=True)
    return True


def main() -> int:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("*.png"):  # only this run's pictures, so none is mistaken for a current one
        old.unlink()
    only = {n.strip() for n in os.environ.get("CAIRN_BROWSER_FLOWS", "").split(",") if n.strip()}
    flows = [(n, f) for n, f in FLOWS if not only or n in only]
    totals = Totals()
    passed = failed = 0
    print(f"browser flows against {BASE_URL}", flush=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"], headless=True)
        for size in SIZES:
            for name, flow in flows:
                if run_flow(browser, name, flow, size, totals):
                    passed += 1
                else:
                    failed += 1
        browser.close()
    for note in totals.layout_notes:
        print(f"NOTE page scrolls sideways: {note}")
    print(f"axe: {totals.pages_checked} pages checked, {totals.blocking_violations} serious/critical violations")
    print(f"screenshots: {ARTIFACTS}")
    print(f"browser: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
