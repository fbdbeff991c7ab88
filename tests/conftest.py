from __future__ import annotations

import socket
from pathlib import Path

import pytest

from diplomap.config import Settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "corpus"


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """diplomap must never reach the network on its own (feeds the user asks for aside)."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a test tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(store=str(tmp_path / "test.duckdb"), progress=False)


def stored(tmp_path: Path, settings: Settings, texts: dict[str, str]) -> None:
    """Run diplomap (extraction included) on a folder of texts written for a test, by file name."""
    from diplomap import api

    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    api.run([folder], settings, extract=True)


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared ships with the project's CI, not with a user's clone)")
    return path


# A page dump written for these tests (not from any real site): furniture around an article.
PAGE_DUMP = """Skip to content
Harbour Notes — independent writing on Northeast Asia

Seoul and Tokyo mend a frayed relationship

Published 16 March 2023
By Mina Kowalski
[AD:TOP]
Reading Time: 4 mins

President Yoon Suk Yeol flew to Tokyo on Thursday for the first bilateral visit by a South Korean leader in 12 years.
He and Prime Minister Fumio Kishida agreed to restore regular summit meetings between the two governments.

Share
Tweet
Email

Japan said it would lift the export controls on three chemicals that it had imposed on South Korea in 2019.
Seoul, in turn, withdrew its complaint at the World Trade Organization.
Read more: Why the wartime labour ruling still divides the two neighbours
Critics in Seoul said the government had given too much away on compensation for forced labour.

Mina Kowalski is a contributing editor at Harbour Notes.
Comments are closed.
Support independent writing: donate today
Copyright © 2023 Harbour Notes. All rights reserved.
"""
