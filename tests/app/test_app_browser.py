"""Browser tests: Playwright drives Debian's Chromium (headless, never a downloaded browser)
against the real server: sign in, create a case from a report, approve a draft, htmx search,
and the layout at phone width (390 px)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from tests.app.apphelp import PASSWORD
from tests.app.liveserver import LiveServer, add_users

from sarcnav.app.demo import seed_demo
from sarcnav.store import Store

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SHOTS = Path(os.environ.get("SARCNAV_SCREENSHOTS", "/tmp/sarcnav-screenshots"))

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs chromium")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("browser")
    store = Store.open(data_dir=data)
    add_users(store)
    seed_demo(store, cases=8)
    store.close()
    live = LiveServer(data).start()
    yield live
    live.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser, server: LiveServer) -> Iterator[Page]:
    context = browser.new_context(base_url=server.url)
    opened = context.new_page()
    external: list[str] = []
    opened.on(
        "request",
        lambda r: external.append(r.url) if not r.url.startswith(server.url) else None,
    )
    yield opened
    context.close()
    assert external == [], "pages must load nothing from other hosts"


def sign_in(page: Page, role: str) -> None:
    page.goto("/signin")
    page.get_by_label("Username").fill(role)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_sign_in(page: Page) -> None:
    page.goto("/cases")
    expect(page).to_have_url("/signin")
    page.get_by_label("Username").fill("clinician")
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_have_text("Username or password is wrong.")
    sign_in(page, "clinician")
    expect(page).to_have_url("/cases")
    expect(page.get_by_role("heading", name="Cases")).to_be_visible()
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url("/signin")


def test_create_case_from_pasted_report(page: Page) -> None:
    sign_in(page, "clinician")
    page.get_by_role("link", name="New case").click()
    page.get_by_label("Case id (optional)").fill("SYN-BROWSER-1")
    report = "SYNTHETIC report. Uterine spindle cell tumour, 9 cm. <b>not bold</b>"
    page.get_by_label("Pathology report (paste the text)").fill(report)
    page.get_by_label("Synthetic (test) data").check()
    page.get_by_role("button", name="Create case").click()
    expect(page.get_by_role("heading", name="Case SYN-BROWSER-1")).to_be_visible()
    expect(page.locator("pre.report")).to_have_text(report)
    expect(page.locator("b")).to_have_count(0)
    expect(page.locator("h1 .tag")).to_have_text("synthetic")


def test_search_updates_the_list_in_place(page: Page) -> None:
    sign_in(page, "clinician")
    page.get_by_label("Search").fill("SYN-00003")
    expect(page.locator("#results tbody tr")).to_have_count(1)
    expect(page.locator("#results")).to_contain_text("SYN-00003")
    expect(page.get_by_role("heading", name="Cases")).to_have_count(1)


def test_navigator_edits_and_approves_a_draft(page: Page) -> None:
    sign_in(page, "navigator")
    expect(page).to_have_url("/inbox")
    page.get_by_role("link", name="Enquiry 1", exact=True).click()
    page.get_by_label("Draft reply").fill("Thank you for your message. SYNTHETIC reply.")
    page.get_by_role("button", name="Save draft").click()
    page.get_by_role("button", name="Approve the saved draft").click()
    expect(page.get_by_text("Approved by navigator")).to_be_visible()
    expect(page.locator("#approved-reply")).to_have_text(
        "Thank you for your message. SYNTHETIC reply."
    )


@pytest.mark.parametrize(
    "role, path", [("clinician", "/cases"), ("clinician", "/cases/2"), ("navigator", "/inbox")]
)
def test_phone_width_has_no_sideways_scroll(
    browser: Browser, server: LiveServer, role: str, path: str
) -> None:
    context = browser.new_context(base_url=server.url, viewport={"width": 390, "height": 844})
    page = context.new_page()
    sign_in(page, role)
    page.goto(path)
    width = page.evaluate("document.documentElement.scrollWidth")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{role}{path.replace('/', '-')}.png"), full_page=True)
    context.close()
    assert width <= 390
