"""Latency of `diplomap serve` on a large store: p50/p95 of /api/relations, /api/events and
/api/network with concurrent clients.

Builds a store of N synthetic real-world events (and one report per event) straight into the
DuckDB tables with SQL (40 states, skewed so that a few are in most events, 25 years of day
dates, CAMEO codes of all four quad classes, 90% occurred), starts `diplomap serve` on it in its
own process, and runs a load process of C concurrent clients (asyncio streams, kept-alive HTTP/1.1
connections; httpx only to wait for the server) on this machine's loopback. Each endpoint gets
its own phase; the first request of each (cold: the model is built then) is timed on its own.
The goal (p95 < 150 ms) is judged on relations, real-world events and the network; event reports
(`/api/events` without `consolidated`, whose rows are read from the store by id) are measured too.

Run: .venv/bin/python bench/api_latency.py [--events 1000000] [--clients 20] [--requests 1000]
     [--store FILE] [--keep]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from benchlib import start_server, write_result
from diplomap.store import Store

STATES = ["USA", "CHN", "RUS", "KOR", "PRK", "JPN", "UKR", "GBR", "FRA", "DEU", "IND", "IRN", "ISR", "TUR", "SAU",
          "PAK", "AUS", "CAN", "BRA", "ZAF", "EGY", "IDN", "VNM", "PHL", "TWN", "POL", "ITA", "ESP", "MEX", "NGA",
          "ETH", "SYR", "IRQ", "AFG", "QAT", "ARE", "SRB", "HUN", "BLR", "MNG"]  # fmt: skip
#: (cameo, root, quad class, goldstein, neutral)
CAMEO = [("010", "01", 1, 0.0, True), ("036", "03", 1, 4.0, False), ("040", "04", 1, 1.0, False),
         ("042", "04", 1, 1.9, False), ("057", "05", 1, 8.0, False), ("061", "06", 2, 6.4, False),
         ("071", "07", 2, 7.4, False), ("111", "11", 3, -2.0, False), ("130", "13", 3, -4.4, False),
         ("163", "16", 4, -8.0, False), ("172", "17", 4, -5.0, False), ("190", "19", 4, -10.0, False)]  # fmt: skip


def build_store(path: Path, n: int) -> float:
    """N events and N reports; returns the seconds it took."""
    start = time.perf_counter()
    with Store(path) as store:  # creates the tables (migrations)
        db = store.db
        db.execute("SET enable_progress_bar = false")
        states = "[" + ", ".join(f"'{s}'" for s in STATES) + "]"
        cameo = "[" + ", ".join(f"'{c[0]}'" for c in CAMEO) + "]"
        roots = "[" + ", ".join(f"'{c[1]}'" for c in CAMEO) + "]"
        quads = "[" + ", ".join(str(c[2]) for c in CAMEO) + "]"
        gold = "[" + ", ".join(str(c[3]) for c in CAMEO) + "]"
        neutral = "[" + ", ".join("true" if c[4] else "false" for c in CAMEO) + "]"
        # Actor indexes drawn from a skewed distribution (the square of a uniform draw): the
        # first states are in many events, as the great powers are in news.
        db.execute(f"""
            CREATE TEMP TABLE synth AS
            SELECT i,
                   'ev-' || lpad(printf('%x', i), 16, '0') AS event_id,
                   'r-' || lpad(printf('%x', i), 16, '0') AS report_id,
                   'd-' || lpad(printf('%x', i // 3), 12, '0') AS document_id,
                   (DATE '2000-01-01' + CAST(hash(i, 1) % 9131 AS INTEGER))::VARCHAR AS date,
                   1 + CAST(floor(pow((hash(i, 2) % 10000) / 10000.0, 2) * 40) AS INTEGER) AS a,
                   1 + CAST(hash(i, 4) % 12 AS INTEGER) AS c,
                   hash(i, 5) % 100 AS s,
                   CAST(hash(i, 6) % 39 AS INTEGER) AS shift
            FROM range({n}) t(i)
        """)
        db.execute("""
            CREATE TEMP TABLE synth2 AS
            SELECT *, 1 + ((a - 1 + 1 + shift) % 40) AS r,
                   CASE WHEN s < 90 THEN 'occurred' WHEN s < 96 THEN 'planned' WHEN s < 99 THEN 'hypothetical'
                        ELSE 'negated' END AS status
            FROM synth
        """)
        def ref(x: str) -> str:  # the JSON list of one ActorRef
            return (f"'[{{\"code\": \"' || {x} || '\", \"sector\": null, \"person\": null, "
                    f"\"text\": \"' || {x} || '\"}}]'")

        actor, recipient = f"{states}[a]", f"{states}[r]"
        db.execute(f"""
            INSERT INTO events
            SELECT event_id, date, 'day', {ref(actor)}, {ref(recipient)}, [{actor}], [{recipient}],
                   false, {cameo}[c], {roots}[c], {quads}[c], NULL, {gold}[c], status, false, {neutral}[c],
                   1 + i % 4, 1 + i % 3, 1 + i % 3, [report_id], [document_id],
                   'Synthetic event ' || i || ': ' || {actor} || ' ' || {cameo}[c] || ' ' || {recipient} || '.'
            FROM synth2
        """)
        db.execute(f"""
            INSERT INTO event_reports
            SELECT report_id, event_id, document_id, date, 'day', 'stated', {ref(actor)},
                   {ref(recipient)}, [{actor}], [{recipient}], false, {cameo}[c], {roots}[c], {quads}[c],
                   NULL, NULL, {gold}[c], status, false, {neutral}[c], NULL,
                   'Synthetic event ' || i || ': ' || {actor} || ' ' || {cameo}[c] || ' ' || {recipient} || '.',
                   0, 40, 20, 25, 'synthetic', 'bench', NULL
            FROM synth2
        """)
        db.execute("CHECKPOINT")
    return time.perf_counter() - start


def workloads(rng: random.Random, years: list[str]) -> dict[str, list[str]]:
    """The requests of each phase: what the dashboard's pages ask for, with varied parameters."""
    top = STATES[:12]
    relations, events, reports, network = [], [], [], []
    for _ in range(400):
        a, b = rng.sample(top, 2)
        year = rng.choice(years)
        relations += [f"/api/relations?period=year&actor={a}", f"/api/relations?period=year&at={year}",
                      f"/api/relations?period=quarter&pair={a},{b}"]  # fmt: skip
        events += [f"/api/events?consolidated=true&between={a},{b}&since={year}&limit=50",
                   f"/api/events?consolidated=true&actor={a}&status=occurred&since={year}-06&limit=50",
                   f"/api/events?consolidated=true&actor={b}&until={year}&offset=100&limit=50"]  # fmt: skip
        reports += [f"/api/events?between={a},{b}&since={year}&limit=50",
                    f"/api/events?actor={a}&status=planned&until={year}&limit=50"]  # fmt: skip
        network.append(f"/api/network?period={year}")
    return {"relations": relations, "events": events, "network": network, "event_reports": reports}


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str, url: str) -> int:
    """One GET on a kept-alive connection; returns the status (the body is read and dropped).
    A bare HTTP/1.1 exchange: on two cores the load process must cost far less than the server
    (httpx's pure-Python parser costs about as much CPU per request as the server itself)."""
    writer.write(f"GET {url} HTTP/1.1\r\nHost: {host}\r\nAccept: application/json\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next(int(x.split(":", 1)[1]) for x in lines[1:] if x.lower().startswith("content-length:"))
    await reader.readexactly(length)
    return status


async def phase(base: str, urls: list[str], clients: int, total: int) -> dict[str, Any]:
    latencies: list[float] = []
    errors = 0
    queue: asyncio.Queue[str] = asyncio.Queue()
    for i in range(total):
        queue.put_nowait(urls[i % len(urls)])
    host = base.removeprefix("http://")
    name, port = host.rsplit(":", 1)

    async def worker() -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection(name, int(port), limit=1 << 24)
        try:
            while not queue.empty():
                url = queue.get_nowait()
                t0 = time.perf_counter()
                status = await _get(reader, writer, host, url)
                latencies.append(time.perf_counter() - t0)
                errors += status != 200
        finally:
            writer.close()

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    wall = time.perf_counter() - start
    ms = sorted(x * 1000 for x in latencies)
    pick = lambda q: round(ms[min(len(ms) - 1, int(q * len(ms)))], 1)  # noqa: E731
    return {"requests": len(ms), "errors": errors, "p50_ms": pick(0.50), "p95_ms": pick(0.95), "p99_ms": pick(0.99),
            "max_ms": round(ms[-1], 1), "mean_ms": round(statistics.fmean(ms), 1),
            "requests_per_s": round(len(ms) / wall, 1)}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=1000, help="requests per endpoint phase")
    ap.add_argument("--store", type=Path, help="build (or reuse, if it exists) the store here")
    ap.add_argument("--keep", action="store_true", help="keep the temporary store")
    args = ap.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="diplomap-latency-"))
    store = args.store or work / "latency.duckdb"
    built = None
    if not store.exists():
        built = build_store(store, args.events)
        print(f"built {store}: {args.events:,} events and reports in {built:.1f} s "
              f"({store.stat().st_size / 1e6:.0f} MB)", flush=True)  # fmt: skip
    server, base = start_server(store, timeout_s=120)
    result: dict[str, Any] = {"events": args.events, "clients": args.clients, "requests_per_phase": args.requests,
                              "store_build_s": None if built is None else round(built, 1)}  # fmt: skip
    try:
        cold = {}
        for name, url in (("relations", "/api/relations?period=year&actor=KOR"),
                          ("relations_quarter", "/api/relations?period=quarter&pair=KOR,USA"),
                          ("network", "/api/network?period=2020"),
                          ("events", "/api/events?consolidated=true&between=KOR,USA&limit=50"),
                          ("event_reports", "/api/events?between=KOR,USA&limit=50")):  # fmt: skip
            t0 = time.perf_counter()
            httpx.get(base + url, timeout=600).raise_for_status()
            cold[name] = round(time.perf_counter() - t0, 2)
        print(f"first requests (cold; the model is built by the first): {cold}", flush=True)
        result["first_request_s"] = cold
        years = httpx.get(base + "/api/periods?period=year", timeout=60).json()["periods"]
        for name, urls in workloads(random.Random(0), years).items():
            for url in dict.fromkeys(urls):  # each distinct request once before timing (network per period)
                if name == "network":
                    httpx.get(base + url, timeout=600)
            found = asyncio.run(phase(base, urls, args.clients, args.requests))
            result[name] = found
            print(f"{name:13} {found}", flush=True)
    finally:
        server.terminate()
        server.wait(60)
        if not args.keep and args.store is None:
            shutil.rmtree(work, ignore_errors=True)
    goal = all(result[k]["p95_ms"] < 150 and result[k]["errors"] == 0 for k in ("relations", "events", "network"))
    result["goal_p95_under_150ms"] = goal
    print(f"goal p95 < 150 ms on all three: {'met' if goal else 'NOT met'}")
    write_result("api_latency", result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
