"""The dashboard in a real browser: headless Chromium (Debian's, /usr/bin/chromium) driven by
Playwright against a real uvicorn server on a free local port."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("browser tests need Chromium at /usr/bin/chromium (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip(
    "playwright.sync_api",
    reason="browser tests need the playwright package (pip install -e '.[test]'; its own browsers are not used)",
)
uvicorn = pytest.importorskip("uvicorn", reason="the dashboard needs uvicorn (pip install -e .)")

from diplomap.config import Settings  # noqa: E402
from diplomap.serve import ServeOptions, create_app  # noqa: E402
from test_serve import examples_store  # noqa: E402

HOSTILE_TITLE = "<script>alert(1)</script>"
HOSTILE_OUTLET = "<b onmouseover=alert(6)>Evil Outlet</b>"
HOSTILE_TEXT = (
    "🇷🇺🎉 Russia and South Korea held talks in Seoul on Tuesday. <img src=x onerror=alert(2)> Click "
    '<a href="javascript:alert(3)">here</a> or javascript:alert(4).\n\n'
    "𝕏 Russian Foreign Minister Sergei Lavrov met his South Korean counterpart in Seoul."
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = examples_store(tmp_path_factory, "dashboard")
    app = create_app(Settings(store=str(store), progress=False), ServeOptions())
    port = _free_port()
    web = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=web.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not web.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    web.should_exit = True
    thread.join(30)


class Watched:
    """A page whose dialogs (alert, confirm…) and script errors are recorded: none may happen."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda exc: self.errors.append(f"page error: {exc}"))
        page.on("console", lambda msg: self.errors.append(f"console: {msg.text}") if msg.type == "error" else None)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def clean(self) -> None:
        assert not self.dialogs, f"a script from the data ran: {self.dialogs}"
        assert not self.errors, f"errors in the page (a CSP violation shows here): {self.errors}"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    watched = Watched(context.new_page())
    yield watched
    context.close()


def _chart(page: Any, selector: str) -> None:
    page.wait_for_selector(f"{selector} .main-svg", timeout=15_000)


def test_dashboard_navigates_and_draws(server: str, page: Watched) -> None:
    p = page.page
    p.goto(server + "/")
    _chart(p, "#matrix")
    assert "Overview" in p.title() and p.locator("#matrix .heatmaplayer").count() == 1
    years = p.locator("select[name=period] option").all_inner_texts()
    p.select_option("select[name=period]", years[-2])
    p.wait_for_url(f"**/?period={years[-2]}")
    _chart(p, "#matrix")

    p.click("nav >> text=Network")
    _chart(p, "#network")
    assert p.locator("text=balanced triads").count() == 1
    p.locator("table a[href^='/pair/']").first.click()
    p.wait_for_url("**/pair/**")
    _chart(p, "#trajectory")
    assert p.locator("table.events tbody tr").count() > 0, "the pair's events with their sentences"

    p.click("nav >> text=Outlets")
    p.click("text=Northeast Asia Review")
    p.wait_for_url("**/outlet?name=*")
    _chart(p, "#stances")
    p.locator("table a[href^='/document/']").first.click()
    p.wait_for_url("**/document/**")
    assert p.locator("#text mark.mention").count() > 0 and p.locator("#text mark.event").count() > 0

    pair = json.loads(p.request.get(server + "/api/reuse").text())["pairs"][0]
    p.goto(f"{server}/document/{pair['b']}")
    link = p.locator("a.reuse-link").first
    assert p.locator("#text mark.reuse").count() > 0
    link.click()
    p.wait_for_url(f"**/document/{pair['a']}#p-*")
    p.uncheck("input[data-layer=mention]")
    assert "hide-mention" in (p.locator("#text").get_attribute("class") or "")
    page.clean()


def _hostile_batch(fillers: int) -> bytes:
    lines = [{"title": HOSTILE_TITLE, "text": HOSTILE_TEXT, "url": "javascript:alert(5)", "outlet": HOSTILE_OUTLET,
              "published": "2024-05-02"}]  # fmt: skip
    for i in range(fillers):
        lines.append({
            "title": f"Ministers meet, round {i}", "url": f"https://filler.example/{i}", "outlet": "Filler Daily",
            "published": f"2023-{1 + i % 12:02d}-{1 + i % 27:02d}",
            "text": f"Report {i}: Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in "
                    f"Tokyo for the {i}th time. China criticised the United States over trade curbs number {i}. "
                    f"Russia signed an agreement with North Korea on item {i} and warned Ukraine against attack {i}.",
        })  # fmt: skip
    return "\n".join(json.dumps(x, ensure_ascii=False) for x in lines).encode()


def test_dashboard_hostile_document_uploaded_while_pages_are_read(server: str, page: Watched) -> None:
    p = page.page
    p.goto(server + "/")
    upload = p.request.post(server + "/api/ingest", multipart={
        "files": {"name": "<img src=x onerror=alert(7)>.jsonl", "mimeType": "application/json",
                  "buffer": _hostile_batch(80)},
    })  # fmt: skip
    assert upload.status == 202, upload.text()
    job_id = upload.json()["id"]
    read_while_busy = 0
    deadline = time.monotonic() + 90
    while True:
        status = p.request.get(f"{server}/api/jobs/{job_id}").json()["status"]
        if status in ("done", "failed"):
            break
        assert time.monotonic() < deadline, "the ingest did not end"
        for url in ("/", "/documents", "/network"):
            assert p.goto(server + url).status == 200
        read_while_busy += 1
    assert status == "done" and read_while_busy > 0, "pages were read while the server was ingesting"

    p.goto(server + "/")
    assert p.locator("ul.jobs").inner_text().count("<img src=x onerror=alert(7)>.jsonl") == 1, "names shown as text"
    docs = p.request.get(server + "/api/documents?limit=1000").json()["documents"]
    [hostile] = [d for d in docs if d["title"] == HOSTILE_TITLE]
    detail = p.request.get(f"{server}/api/documents/{hostile['id']}").json()
    p.goto(f"{server}/document/{hostile['id']}")
    assert p.locator("h1").inner_text() == HOSTILE_TITLE, "the title shows literally"
    assert p.locator("script:not([src])").count() == 1, "only the page's JSON block, and no script from the data"
    assert p.locator("script[type='application/json']").count() == 1
    assert p.locator("img").count() == 0 and p.locator("#text a").count() == 0
    assert p.locator("a[href^='javascript:'], a[href^='JAVASCRIPT:']").count() == 0
    shown = p.locator("#text").inner_text()
    assert shown.strip() == detail["document"]["text"].strip(), "the text shows literally, markup included"
    assert 'onerror=alert(2)' in shown and "javascript:alert(4)" in shown
    marks = p.locator("#text mark.mention").all_inner_texts()
    assert detail["mentions"] and marks == [m["text"] for m in detail["mentions"]], (
        "mentions after emoji and astral characters are marked where the code-point offsets say"
    )
    assert marks[0] == "Russia"

    p.goto(server + "/outlets")
    outlet = p.locator("a", has_text="Evil Outlet")
    assert outlet.inner_text() == HOSTILE_OUTLET
    outlet.hover()
    outlet.click()
    p.wait_for_url("**/outlet?name=*")
    assert p.locator("h1").inner_text() == HOSTILE_OUTLET
    p.locator("h1").hover()
    page.clean()


def test_dashboard_codes_a_sentence_typed_on_the_try_page(server: str, page: Watched, tmp_path: Path) -> None:
    """The "Try" page, as an analyst uses it: type a text (with markup in it, which must stay text),
    submit, read the report with its rule and, clause by clause, why another verb gave none."""
    p = page.page
    p.goto(f"{server}/")
    p.click("nav >> text=Try")
    p.fill("textarea[name=text]", "Japan's prime minister met Joe Biden on Sunday. <img src=x onerror=alert(7)> "
                                  "Mexico ordered the Peruvian ambassador home on Tuesday.")  # fmt: skip
    p.fill("input[name=published]", "2023-05-08")
    p.click("button[type=submit]")
    p.wait_for_selector("#reports tbody tr", timeout=60_000)
    row = p.inner_text("#reports tbody tr")
    assert "verb/meet" in row and "JPN → USA" in row and "2023-05-07" in row
    assert p.locator("#text mark.trigger").first.inner_text() == "met"
    unread = p.inner_text("#clauses")
    assert "no report from ordered: no sense of 'order' fits" in " ".join(unread.split())
    assert "<img src=x onerror=alert(7)>" in p.inner_text("#text")  # shown as text, never run
    p.screenshot(path=str(tmp_path / "try.png"), full_page=True)
    page.clean()
