"""`diplomap serve`: the HTTP API through the real ASGI stack (FastAPI's TestClient), on a store
built from examples/corpus; its answers must be the library's (the CLI's) answers."""

from __future__ import annotations

import html.parser
import json
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi", reason="the dashboard needs fastapi (pip install -e .)")
pytest.importorskip("httpx", reason="the API tests need httpx (pip install -e '.[test]')")

from fastapi.testclient import TestClient

from conftest import EXAMPLES, PAGE_DUMP
from diplomap import analysis, api
from diplomap.config import Settings
from diplomap.serve import ServeOptions, check_bind, create_app
from diplomap.serve.highlight import Span, render, safe_url
from test_cli import CONTRACT_FIELDS, diplomap

LOCAL = "http://127.0.0.1"
MENTION_FIELDS = {"document_id", "start", "end", "text", "code", "sector", "person", "role", "confidence"}
REPORT_FIELDS = {"id", "event_id", "document_id", "date", "date_precision", "actors", "recipients", "joint", "cameo",
                 "cameo_root", "quad_class", "plover", "plover_mode", "goldstein", "status", "historical",
                 "attribution", "sentence", "start", "end", "rule", "coder_version"}  # fmt: skip
EVENT_FIELDS = {"event_id", "date", "actors", "recipients", "joint", "cameo", "plover", "status", "reports",
                "independent_sources", "report_ids"}  # fmt: skip
RELATION_FIELDS = {"period", "actor", "recipient", "directed", "events", "quad_counts", "goldstein_sum",
                   "goldstein_mean", "index", "confidence", "independent_sources"}  # fmt: skip
REUSE_FIELDS = {"a", "b", "relation", "passages", "share_a", "share_b", "earlier"}


def examples_store(factory: pytest.TempPathFactory, name: str) -> Path:
    """A copy of the store `diplomap run examples/corpus` makes; built once per test session
    (the dashboard tests share it), copied for each module so each may write to its own."""
    built = factory.getbasetemp() / "serve-examples" / "examples.duckdb"
    if not built.exists():
        built.parent.mkdir(parents=True, exist_ok=True)
        api.run([EXAMPLES], Settings(store=str(built), progress=False), extract=True)
    copy = factory.mktemp(name) / "store.duckdb"
    shutil.copy(built, copy)
    return copy


# Filters of `diplomap events` (CLI names → library keywords) and the API's query for each.
EVENT_CASES: list[tuple[dict[str, Any], str]] = [
    ({}, ""),
    ({"actors": ["RUS"]}, "actor=RUS"),
    ({"actors": ["KOR", "PRK"]}, "actor=KOR&actor=prk"),
    ({"between": ("KOR", "RUS")}, "between=KOR,RUS"),
    ({"between": ("RUS", "KOR"), "directed": True}, "between=RUS,KOR&directed=true"),
    ({"since": "2018-04", "until": "2019"}, "since=2018-04&until=2019"),
    ({"status": "planned"}, "status=planned"),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return examples_store(tmp_path_factory, "serve")


@pytest.fixture(scope="module")
def expected(store: Path) -> dict[str, Any]:
    """What the library (and so the CLI) answers, read before the server holds the store."""
    s = Settings(store=str(store), progress=False)
    reports = api.event_reports(s)
    document = reports[0].document_id
    years = sorted({r.period for r in analysis.relations(s, "year")})
    return {
        "document": document,
        "documents": [json.loads(json.dumps(d.to_json())) for d in _documents(s)],
        "reports": {q: [e.id for e in api.event_reports(s, **f)] for f, q in EVENT_CASES},
        "events": {q: [e.event_id for e in api.real_world_events(s, **f)] for f, q in EVENT_CASES},
        "document_reports": [e.id for e in api.event_reports(s, document_id=document)],
        "relations": [r.to_json() for r in analysis.relations(s, "year", directed=False)],  # the CLI default
        "relations_kor_q": [r.to_json() for r in analysis.relations(s, "quarter", actors=["KOR"], directed=True)],
        "years": years,
        "network": {y: analysis.network(s, y) for y in years},
        "changes": [x.to_json() for x in analysis.changes(s, "2017", "2018")],
        "explain": analysis.explain(s, "KOR", "PRK", "2018"),
        "framing": [c.to_json() for c in analysis.framing(s, actors=["RUS"])],
        "framing_event": analysis.framing_of_event(s, api.real_world_events(s, between=("KOR", "PRK"))[0].event_id),
        "hedging": [h.to_json() for h in analysis.hedging_of(s, "KOR", "USA", "CHN")],
        "reuse": api.reuse_pairs(s),
        "mentions_prk": [m.to_json() for m in api.actor_mentions(s, code="PRK")],
    }


def _documents(s: Settings) -> list[Any]:
    from diplomap.store import Store

    with Store(s.store, read_only=True) as db:
        return list(db.documents())


@pytest.fixture(scope="module")
def client(store: Path, expected: dict[str, Any]) -> Iterator[TestClient]:
    app = create_app(Settings(store=str(store), progress=False), ServeOptions(warm=False, max_upload_files=3,
                                                                              max_upload_bytes=200_000))  # fmt: skip
    with TestClient(app, base_url=LOCAL) as c:
        yield c


def test_serve_health_and_openapi(client: TestClient, expected: dict[str, Any]) -> None:
    health = client.get("/api/health").json()
    assert health["status"] == "ok" and health["counts"]["documents"] == len(expected["documents"])
    assert health["counts"]["events"] > 0 and health["counts"]["event_reports"] > 0
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/health", "/api/documents", "/api/documents/{document_id}", "/api/actors", "/api/events",
                 "/api/relations", "/api/network", "/api/framing", "/api/changes", "/api/explain", "/api/reuse",
                 "/api/ingest", "/api/watch", "/api/jobs/{job_id}"):  # fmt: skip
        assert path in paths, f"{path} is not in the OpenAPI document"
    assert "Relation" in json.dumps(paths["/api/relations"]), "answers are described by their models"


def test_serve_documents_list_and_detail(client: TestClient, expected: dict[str, Any]) -> None:
    page = client.get("/api/documents", params={"limit": 5, "offset": 3}).json()
    assert page["total"] == len(expected["documents"]) and len(page["documents"]) == 5
    assert [d["id"] for d in page["documents"]] == [d["id"] for d in expected["documents"][3:8]], "the CLI's order"
    assert set(page["documents"][0]) >= CONTRACT_FIELDS and "text" not in page["documents"][0]
    outlet = next(d["outlet"] for d in expected["documents"] if d["outlet"])
    by_outlet = client.get("/api/documents", params={"outlet": outlet}).json()
    assert by_outlet["documents"] and {d["outlet"] for d in by_outlet["documents"]} == {outlet}

    detail = client.get(f"/api/documents/{expected['document']}").json()
    doc, text = detail["document"], detail["document"]["text"]
    assert CONTRACT_FIELDS | {"text"} <= set(doc) and detail["warnings"] == doc["warnings"]
    assert detail["mentions"] and set(detail["mentions"][0]) >= MENTION_FIELDS
    for m in detail["mentions"]:
        assert text[m["start"] : m["end"]] == m["text"], "offsets are code points into text"
    assert [e["id"] for e in detail["events"]] == expected["document_reports"]
    assert set(detail["events"][0]) >= REPORT_FIELDS

    pair = expected["reuse"][0]
    shared = client.get(f"/api/documents/{pair['a']}").json()["reuse"]
    assert shared[0]["other"] == pair["b"] and shared[0]["relation"] == pair["relation"]
    first = shared[0]["passages"][0]
    assert (first["start"], first["other_start"]) == (pair["passages"][0]["a_start"], pair["passages"][0]["b_start"])


def test_serve_not_found(client: TestClient) -> None:
    for url in ("/api/documents/nope", "/api/jobs/nope", "/api/framing?event=ev-nope", "/api/nothing"):
        r = client.get(url)
        assert r.status_code == 404 and "detail" in r.json(), url
    assert client.delete("/api/watch/nope").status_code == 404
    page = client.get("/document/nope")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]
    assert client.get("/outlet", params={"name": "No Such Outlet"}).status_code == 404


@pytest.mark.parametrize(("filters", "query"), EVENT_CASES, ids=[q or "all" for _, q in EVENT_CASES])
def test_serve_events_filter_as_the_cli(client: TestClient, expected: dict[str, Any], filters: dict[str, Any],
                                        query: str) -> None:  # fmt: skip
    reports = client.get(f"/api/events?{query}&limit=1000").json()
    assert [e["id"] for e in reports["events"]] == expected["reports"][query] and not reports["more"]
    events = client.get(f"/api/events?{query}&consolidated=true&limit=1000").json()
    assert [e["event_id"] for e in events["events"]] == expected["events"][query]
    if events["events"]:
        assert set(events["events"][0]) >= EVENT_FIELDS


def test_serve_events_pages_and_bad_filters(client: TestClient, expected: dict[str, Any]) -> None:
    page = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert [e["id"] for e in page["events"]] == expected["reports"][""][5:10] and page["more"]
    doc = client.get("/api/events", params={"document": expected["document"]}).json()
    assert [e["id"] for e in doc["events"]] == expected["document_reports"]
    assert client.get("/api/events", params={"status": "rumoured"}).status_code == 422
    assert client.get("/api/events", params={"between": "KOR"}).status_code == 422
    assert client.get("/api/events", params={"limit": 0}).status_code == 422
    assert client.get("/api/network", params={"period": "June 2024"}).status_code == 422
    assert client.get("/api/relations", params={"period": "decade"}).status_code == 422
    assert client.get("/api/changes", params={"from": "2017", "to": "2018-Q1"}).status_code == 422


def test_serve_events_by_confidence(client: TestClient, expected: dict[str, Any]) -> None:
    every = client.get("/api/events", params={"limit": 1000}).json()["events"]
    assert every and all(0.0 < e["confidence"] < 1.0 for e in every)
    threshold = sorted(e["confidence"] for e in every)[len(every) // 2]
    kept = client.get("/api/events", params={"limit": 1000, "min_confidence": threshold}).json()["events"]
    assert [e["id"] for e in kept] == [e["id"] for e in every if e["confidence"] >= threshold]
    assert 0 < len(kept) < len(every)
    assert client.get("/api/events", params={"min_confidence": 0.5, "consolidated": True}).status_code == 422
    assert client.get("/api/events", params={"min_confidence": 2}).status_code == 422
    page = client.get("/document/" + quote(expected["document"], safe=""))
    assert page.status_code == 200 and "conf." in page.text


def test_serve_model_answers_are_the_librarys(client: TestClient, expected: dict[str, Any]) -> None:
    assert client.get("/api/relations").json()["relations"] == expected["relations"]
    rows = client.get("/api/relations", params={"period": "quarter", "actor": "kor", "directed": "true"}).json()
    assert rows["relations"] == expected["relations_kor_q"] and set(rows["relations"][0]) >= RELATION_FIELDS
    year = expected["years"][-1]
    only = client.get("/api/relations", params={"at": year}).json()["relations"]
    assert only == [r for r in expected["relations"] if r["period"] == year]
    assert client.get("/api/periods").json()["periods"] == expected["years"]
    for y in expected["years"]:
        assert client.get("/api/network", params={"period": y}).json() == expected["network"][y]
    assert client.get("/api/changes", params={"from": "2017", "to": "2018"}).json()["changes"] == expected["changes"]
    assert client.get("/api/explain", params={"a": "prk", "b": "KOR", "period": "2018"}).json() == expected["explain"]
    assert client.get("/api/framing", params={"actor": "RUS"}).json()["cells"] == expected["framing"]
    event = expected["framing_event"]["event"]["event_id"]
    assert client.get("/api/framing", params={"event": event}).json() == expected["framing_event"]
    hedge = client.get("/api/hedging", params={"focal": "KOR", "a": "USA", "b": "CHN"}).json()["hedging"]
    assert hedge == expected["hedging"]
    pairs = client.get("/api/reuse").json()["pairs"]
    assert pairs == expected["reuse"] and set(pairs[0]) >= REUSE_FIELDS
    mentions = client.get("/api/actors", params={"code": "prk", "limit": 1000}).json()["mentions"]
    assert mentions == expected["mentions_prk"]
    summary = {a["code"]: a for a in client.get("/api/actors/summary").json()["actors"]}
    assert summary["PRK"]["mentions"] == len(expected["mentions_prk"])
    outlets = client.get("/api/outlets").json()["outlets"]
    assert sum(o["documents"] for o in outlets) == sum(1 for d in expected["documents"] if d["outlet"])


def test_serve_pages_render(client: TestClient, expected: dict[str, Any]) -> None:
    outlet = next(d["outlet"] for d in expected["documents"] if d["outlet"])
    for url, needle in (("/", "Relations in"), ("/pair/KOR/PRK", "KOR – PRK"), ("/network", "Network"),
                        ("/network?period=2018", "balanced triads"), ("/outlets", outlet), ("/documents", "Documents"),
                        (f"/outlet?name={outlet}", "Stance toward actors"),
                        (f"/document/{expected['document']}", 'class="mention"')):  # fmt: skip
        r = client.get(url)
        assert r.status_code == 200 and needle in r.text, url
        assert "script-src 'self'" in r.headers["content-security-policy"]
        assert r.headers["x-content-type-options"] == "nosniff"
    assert client.get("/static/dashboard.js").status_code == 200
    plotly = client.get("/vendor/plotly.min.js")
    assert plotly.status_code == 200 and len(plotly.content) > 1_000_000, "plotly.js from the installed package"


def test_serve_document_page_escapes_and_links_only_http(client: TestClient, expected: dict[str, Any]) -> None:
    hub = client.app.state.hub  # type: ignore[attr-defined]
    doc = expected["document"]
    hub.store.db.execute("UPDATE documents SET url = 'javascript:alert(5)', title = '<script>alert(1)</script>', "
                         "outlet = '<b>Evil</b> \"Outlet\"' WHERE id = ?", [doc])  # fmt: skip
    try:
        page = client.get(f"/document/{doc}").text
        assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        assert 'href="javascript:' not in page and "javascript:alert(5)" in page, "shown as text, not as a link"
        assert "<b>Evil</b>" not in page and "&lt;b&gt;Evil&lt;/b&gt;" in page
        outlets = client.get("/outlets").text
        assert "<b>Evil" not in outlets and "/outlet?name=%3Cb%3EEvil%3C%2Fb%3E%20%22Outlet%22" in outlets
    finally:
        hub.store.db.execute("UPDATE documents SET url = ?, title = ?, outlet = ? WHERE id = ?",
                             [*(next((d["url"], d["title"], d["outlet"]) for d in expected["documents"]
                                     if d["id"] == doc)), doc])  # fmt: skip


class _Balance(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.marks: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)
        if tag == "mark":
            self.marks.append("")

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, f"</{tag}> closes another tag"

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if "mark" in self.stack and self.marks:
            self.marks[-1] += data


def test_serve_highlight_counts_code_points_and_escapes() -> None:
    text = "🇷🇺🎉 Russia met 𝕏 <b>Korea</b> & \"Japan\"."
    russia = text.index("Russia")
    korea = text.index("<b>Korea</b>")
    spans = [Span(russia, russia + 6, "mention", (("title", 'RUS "x" <y>'),)),
             Span(0, len(text) - 1, "event", anchor="r-1"),
             Span(korea, korea + 12, "mention"), Span(korea + 3, len(text), "reuse", lead='<a href="/x">src</a>'),
             Span(5, 999, "mention")]  # fmt: skip
    out = render(text, spans)
    assert '<mark class="mention" title="RUS &quot;x&quot; &lt;y&gt;">Russia</mark>' in out
    assert "&lt;b&gt;" in out and "&lt;/b&gt;" in out and "<b>" not in out and "&amp; &quot;Japan&quot;" in out
    checker = _Balance()
    checker.feed(out)
    checker.close()
    assert not checker.stack, "every tag is closed"
    assert "".join(checker.text).replace("src", "") == text, "the text itself is unchanged"
    assert out.count('id="r-1"') == 1, "an anchor only on the first piece of a span"
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "//evil.example", "/relative",
                "http://", "https://x.example/\"onmouseover=1", None, ""):  # fmt: skip
        assert safe_url(bad) is None, bad


def test_serve_token_and_host_rules(store: Path) -> None:
    with pytest.raises(Exception, match="--token"):
        check_bind("0.0.0.0", None)
    check_bind("127.0.0.1", None)
    check_bind("::1", None)
    check_bind("0.0.0.0", "t" * 20)
    token = "secret-token-0123456789"
    app = create_app(Settings(store=str(store), progress=False), ServeOptions(token=token, warm=False))
    with TestClient(app, base_url="http://192.0.2.10:8750") as c:
        assert c.get("/api/health").status_code == 401
        assert c.get("/", headers={"Authorization": "Bearer wrong-token-00000000"}).status_code == 401
        assert c.get("/api/health", headers={"Authorization": f"Bearer {token}"}).status_code == 200
        first = c.get(f"/?token={token}")
        assert first.status_code == 200 and "HttpOnly" in first.headers["set-cookie"]
        assert c.get("/api/health").status_code == 200, "the cookie set by ?token= is enough afterwards"
    app.state.hub.close()


def test_serve_refuses_foreign_hosts_and_cross_site_writes(client: TestClient) -> None:
    assert client.get("/api/health", headers={"Host": "evil.example"}).status_code == 421
    assert client.get("/api/health", headers={"Host": "localhost:8750"}).status_code == 200
    r = client.post("/api/watch", json={"path": "/tmp"}, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403


def test_serve_cli_requires_a_token_off_loopback(tmp_path: Path) -> None:
    ran = diplomap("serve", "--store", str(tmp_path / "s.duckdb"), "--host", "0.0.0.0")
    assert ran.returncode == 2 and "--token" in ran.stderr


def _wait(client: TestClient, job_id: str, timeout: float = 60) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} did not end")


def test_serve_ingest_upload(client: TestClient, expected: dict[str, Any]) -> None:
    before = client.get("/api/health").json()
    files = [("files", ("../../etc/passwd", PAGE_DUMP.encode(), "text/plain"))]
    job = client.post("/api/ingest?wait=true", files=files).json()
    assert job["status"] == "done", job
    assert job["summary"]["stored"] == 1 and job["files"] == ["../../etc/passwd"], "the name is only shown"
    after = client.get("/api/health").json()
    assert after["counts"]["documents"] == before["counts"]["documents"] + 1
    assert after["generation"] == before["generation"] + 1, "the model is rebuilt after an ingest"
    found = client.get("/api/documents", params={"limit": 1000}).json()["documents"]
    new = [d for d in found if d["title"] == "Seoul and Tokyo mend a frayed relationship"]
    assert len(new) == 1 and "/etc/passwd" not in new[0]["origin"] and new[0]["origin"].endswith(".upload")
    assert not Path(new[0]["origin"]).exists(), "uploads are removed once read"

    queued = client.post("/api/ingest", files=files)  # the same bytes again: a job that stores nothing new
    assert queued.status_code == 202 and _wait(client, queued.json()["id"])["summary"]["stored"] == 0

    too_many = [("files", (f"{i}.txt", b"x", "text/plain")) for i in range(4)]
    assert client.post("/api/ingest", files=too_many).status_code == 400
    assert client.post("/api/ingest", files=[("files", ("big.txt", b"x" * 200_001, "text/plain"))]).status_code == 413
    assert client.post("/api/ingest", data={"other": "1"}).status_code == 422


def test_serve_watch_folder(client: TestClient, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (tmp_path / "file.txt").write_text("x")
    for bad in ("inbox", "../inbox", str(tmp_path / "missing"), str(tmp_path / "file.txt"), "/tmp/\x00x"):
        r = client.post("/api/watch", json={"path": bad})
        assert r.status_code == 422, bad
    (folder / "page.txt").write_text(PAGE_DUMP.replace("Seoul and Tokyo", "Tokyo and Seoul"))
    watch = client.post("/api/watch", json={"path": str(tmp_path / "inbox" / ".." / "inbox"), "interval_s": 1})
    assert watch.status_code == 201 and watch.json()["path"] == str(folder.resolve())
    assert watch.json()["interval_s"] == 2.0, "intervals have a floor"
    hub = client.app.state.hub  # type: ignore[attr-defined]
    [job] = hub.poll_watches()
    assert _wait(client, job.id)["summary"]["inputs"] == 1
    assert hub.poll_watches(time.time() + 5) == [], "nothing changed: no job"
    listed = client.get("/api/watch").json()["watches"]
    assert [w["id"] for w in listed] == [watch.json()["id"]] and listed[0]["files"] == 1
    assert client.delete(f"/api/watch/{watch.json()['id']}").status_code == 204
    assert client.get("/api/watch").json()["watches"] == []


def test_serve_watch_roots(store: Path, tmp_path: Path) -> None:
    inside, outside = tmp_path / "in", tmp_path / "out"
    inside.mkdir()
    outside.mkdir()
    (inside / "link").symlink_to(outside)
    app = create_app(Settings(store=str(store), progress=False),
                     ServeOptions(warm=False, watch_roots=(str(inside),)))  # fmt: skip
    with TestClient(app, base_url=LOCAL) as c:
        assert c.post("/api/watch", json={"path": str(outside)}).status_code == 422
        assert c.post("/api/watch", json={"path": str(inside / "link")}).status_code == 422, "symlinks are resolved"
        assert c.post("/api/watch", json={"path": str(inside)}).status_code == 201
    app.state.hub.close()


def test_serve_codes_a_text_as_the_library_does(client: TestClient, expected: dict[str, Any]) -> None:
    """`/api/code` and the "Try" page: `diplomap code --why` through the server, nothing stored."""
    text = "Japan's prime minister met Joe Biden on Sunday. Mexico ordered the Peruvian ambassador home on Tuesday."
    answer = client.get("/api/code", params={"text": text, "published": "2023-05-08"})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    library = api.code_text(text, published="2023-05-08")
    assert body["reports"] == [r.to_json() for r in library.reports] and set(body["reports"][0]) >= REPORT_FIELDS
    assert [c["parsed"] for c in body["clauses"]] == [True, True] and "tokens" not in body["clauses"][0]
    assert body["clauses"][1]["unread"][0]["step"] == "no-sense"
    assert client.get("/api/events", params={"document": body["document_id"]}).json()["events"] == []  # not stored
    parsed = client.get("/api/code", params={"text": text, "parse": "true"}).json()
    assert any(t["lemma"] == "meet" for t in parsed["clauses"][0]["tokens"])
    assert client.get("/api/code", params={"text": text, "published": "2023-13"}).status_code == 422
    assert client.get("/api/code", params={"text": "  "}).status_code == 422
    assert client.get("/api/code", params={"text": "x" * 20_001}).status_code == 413
    assert body["clauses"][0]["report_count"] == 1 and body["clauses"][0]["places"] == []
    # a long text goes in a JSON body: the same answer
    posted = client.post("/api/code", json={"text": text, "published": "2023-05-08"})
    assert posted.status_code == 200 and posted.json() == body
    assert client.post("/api/code", json={"text": "x" * 20_001}).status_code == 413
    assert client.post("/api/code", json={"text": text, "colour": "red"}).status_code == 422
    shown = client.get("/try", params={"text": text + " <script>alert(1)</script>", "published": "2023-05-08"})
    assert shown.status_code == 200 and "verb/meet" in shown.text and "<script>alert(1)" not in shown.text
    assert "no report from <b>ordered</b>" in shown.text
    form = client.post("/try", data={"text": text, "published": "2023-05-08"})  # what the page's form sends
    assert form.status_code == 200 and "verb/meet" in form.text and "2023-05-07" in form.text
    assert client.get("/try").status_code == 200
    # each report of a document links its sentence to the Try page
    page = client.get(f"/document/{expected['document']}").text
    links = re.findall(r'<a class="try" href="([^"]+)"', page)
    assert links and all(link.startswith("/try?text=") for link in links)
    tried = client.get(html.unescape(links[0]))
    assert tried.status_code == 200 and "Clause by clause" in tried.text
    assert client.get("/try", params={"text": "x" * 20_001}).status_code == 422


def test_serve_codes_with_the_lexicon_file_as_it_is_now(tmp_path: Path) -> None:
    """A user trying an entry edits their lexicon file between two requests: the next one reads it."""
    ours = tmp_path / "our_verbs.yaml"
    ours.write_text("# nothing yet\n", encoding="utf-8")
    settings = Settings(store=str(tmp_path / "s.duckdb"), progress=False, event_lexicon_files=str(ours))
    rammed = "China's coast guard rammed a Philippine supply boat."
    with TestClient(create_app(settings, ServeOptions(warm=False)), base_url=LOCAL) as c:
        [before] = c.get("/api/code", params={"text": rammed}).json()["reports"]
        assert (before["cameo"], before["rule"]) == ("171", "verb/ram")  # the packaged sense
        ours.write_text((EXAMPLES.parent / "event_lexicon.yaml").read_text(encoding="utf-8"), encoding="utf-8")
        [after] = c.get("/api/code", params={"text": rammed}).json()["reports"]
        assert (after["cameo"], after["rule"]) == ("190", "verb/ram/src:user")
