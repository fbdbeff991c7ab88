"""Small helpers shared by the bench scripts: data paths, skipping, tables, JSON results.

The evaluation data lives outside the repository, in ``../shared/data`` seen from the project
root (``/work/shared/data`` on the development machine). Nothing from it is copied here; the
scripts read it at run time and exit 0 with a "skipped" message where it is absent.
"""

from __future__ import annotations

import json
import os
import platform
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
RESULTS = BENCH / "results"
#: load average when the script started (the other figures are taken when the result is written)
START_LOAD = [round(x, 2) for x in os.getloadavg()]


def shared_data(name: str) -> Path:
    """``../shared/data/<name>`` seen from the project root (override with DIPLOMAP_SHARED)."""
    base = Path(os.environ.get("DIPLOMAP_SHARED", ROOT.parent / "shared"))
    return base / "data" / name


def skip_if_absent(path: Path, script: str) -> None:
    """Print a clear message, write a 'skipped' result and exit 0 when ``path`` is missing."""
    if path.exists():
        return
    try:
        shown = "../" + str(path.relative_to(ROOT.parent))
    except ValueError:
        shown = str(path)
    print(f"skipped: {shown} absent")
    write_result(script, {"skipped": f"{shown} absent"})
    sys.exit(0)


def machine() -> dict[str, Any]:
    model = platform.processor() or ""
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, timeout=10).stdout
        for line in out.splitlines():
            if line.startswith("Model name:"):
                model = line.split(":", 1)[1].strip()
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        head = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h %s"], capture_output=True,
                              text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "src"], capture_output=True,
                               text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        head, dirty = "", ""
    return {
        "git_head": head,
        "src_uncommitted_changes": bool(dirty),
        "cpu_model": model,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "loadavg_at_start": START_LOAD,
        "loadavg_at_end": [round(x, 2) for x in os.getloadavg()],
    }


def write_result(script: str, data: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{script}.json"
    payload = {"script": f"bench/{script}.py", "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
               "machine": machine(), **data}
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    return path


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], title: str | None = None) -> str:
    """A plain-text table; floats get 3 decimals, right-aligned numbers."""

    def fmt(v: Any) -> str:
        if isinstance(v, float):
            return f"{v:.3f}"
        if isinstance(v, int) and not isinstance(v, bool):
            return f"{v:,}"
        return "" if v is None else str(v)

    cells = [[fmt(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    numeric = [all(isinstance(row[i], (int, float)) or row[i] is None for row in rows) and bool(rows)
               for i in range(len(headers))]

    def line(vals: Sequence[str]) -> str:
        return "  ".join(v.rjust(w) if num else v.ljust(w) for v, w, num in zip(vals, widths, numeric, strict=False))

    out = []
    if title:
        out.append(title)
    out.append(line(list(headers)))
    out.append("  ".join("-" * w for w in widths))
    out.extend(line(r) for r in cells)
    return "\n".join(out)


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(store: Path, *, timeout_s: float, quiet: bool = False) -> tuple[subprocess.Popen[bytes], str]:
    """``diplomap serve`` on ``store`` in a process of its own, on a free loopback port, without the
    caller's DIPLOMAP_ settings; returns the process and its base URL once ``/api/health`` answers.
    A server that exits or does not answer within ``timeout_s`` is stopped and the bench ends."""
    import httpx  # (only the benches that serve need it)

    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIPLOMAP_")}
    out = subprocess.DEVNULL if quiet else None
    server = subprocess.Popen([sys.executable, "-m", "diplomap", "serve", "--store", str(store), "--port", str(port)],
                              cwd=ROOT, env=env, stdout=out, stderr=out)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            if httpx.get(base + "/api/health", timeout=5).status_code == 200:
                return server, base
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline or server.poll() is not None:
            server.terminate()
            server.wait(60)
            raise SystemExit("the server did not start")
        time.sleep(0.2)
