"""The page of `djgen serve` in a real browser: headless Chromium, driven by Playwright, on the
page served by uvicorn on 127.0.0.1, with every request elsewhere refused.

It needs Debian's `chromium` (or the browser DJGEN_CHROMIUM names); without one it skips on a
laptop and fails in CI (CI=true), which installs it. With DJGEN_SCREENSHOTS set to a folder
(`docs` for the README's pictures), the page is photographed there, valid and invalid.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from djgen.serve.app import create_app
from tests.test_cli import BAD_DIAGRAM

if os.environ.get("CI", "").lower() != "true":
    pytest.importorskip("playwright.sync_api")
import playwright.sync_api as playwright  # in CI an import error fails: the dev extra has it

# A shared machine can be slow: each check waits up to this long before it fails.
playwright.expect.set_options(timeout=30_000)

FIXED = BAD_DIAGRAM.replace("DateTim\n", "DateTime\n").replace("Custmer", "Customer")


def _chromium() -> str:
    found = os.environ.get("DJGEN_CHROMIUM") or shutil.which("chromium")
    if found:
        return found
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("CI needs Debian's chromium for the browser test (apt-get install chromium)")
    pytest.skip("no chromium on this machine")


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    """The service on a free port of 127.0.0.1, under uvicorn, on a thread of this process."""
    server = uvicorn.Server(
        uvicorn.Config(create_app(), host="127.0.0.1", port=0, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_type_see_the_error_fix_it_see_the_diagram_download(served: str, tmp_path: Path) -> None:
    shots = os.environ.get("DJGEN_SCREENSHOTS")
    elsewhere: list[str] = []
    complaints: list[str] = []  # errors in the console: a script that failed, a policy violated
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=_chromium(), args=["--no-sandbox"])
        context = browser.new_context(
            viewport={"width": 1400, "height": 1000}, accept_downloads=True
        )

        def only_here(route: playwright.Route) -> None:
            if route.request.url.startswith(served):
                route.continue_()
            else:
                elsewhere.append(route.request.url)
                route.abort()

        context.route("**/*", only_here)
        page = context.new_page()
        page.on("console", lambda m: m.type == "error" and complaints.append(m.text))
        page.on("pageerror", lambda e: complaints.append(str(e)))
        page.goto(served)
        page.wait_for_selector("#diagram svg")  # the example, drawn

        editor = page.get_by_role("textbox", name="Model")
        editor.fill(BAD_DIAGRAM)
        problem = page.locator("#problems li.error button").filter(has_text="DJG201")
        playwright.expect(problem).to_contain_text("4:17 error[DJG201]: unknown type 'DateTim'")
        playwright.expect(page.locator("#problems li")).to_have_count(2)
        playwright.expect(page.locator("#gutter div").nth(3)).to_have_class("error")
        playwright.expect(page.locator("#gutter div.error")).to_have_count(2)
        playwright.expect(page.get_by_role("button", name="Download project")).to_be_disabled()
        if shots:
            page.screenshot(path=f"{shots}/serve-invalid.png")
        problem.click()
        caret = page.evaluate("document.getElementById('editor').selectionStart")
        assert caret == len("\n".join(BAD_DIAGRAM.split("\n")[:3])) + 1 + 16

        editor.fill(FIXED)
        playwright.expect(page.locator("#problems li")).to_have_text(["No problems."])
        svg = page.locator("#diagram svg")
        playwright.expect(svg).to_contain_text("Order")
        playwright.expect(svg).to_contain_text("Customer")
        playwright.expect(page.locator("#relations")).to_contain_text(
            "Order.customer → Customer (ForeignKey"
        )
        playwright.expect(page.locator("#files")).to_contain_text("manage.py")
        if shots:
            page.screenshot(path=f"{shots}/serve-valid.png")

        with page.expect_download() as started:
            page.get_by_role("button", name="Download project").click()
        download = started.value
        assert download.failure() is None
        assert download.suggested_filename == "project.zip"
        saved = tmp_path / download.suggested_filename
        download.save_as(saved)

        shared = page.url
        again = context.new_page()
        again.goto(shared)
        playwright.expect(again.get_by_role("textbox", name="Model")).to_have_value(FIXED)
        browser.close()
    with zipfile.ZipFile(saved) as archive:
        assert "project/manage.py" in archive.namelist()
    assert elsewhere == []
    assert complaints == []
