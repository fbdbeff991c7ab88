"""CAMEO's reading of stored reports (`diplomap events --cameo`, `api.as_cameo`, `/api/events?cameo=true`):
an act of material cooperation announced for the future is diplomap's planned act and CAMEO's intent."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import stored
from diplomap import api
from diplomap.config import Settings
from diplomap.serve import queries
from diplomap.store import Store
from test_cli import diplomap

# written for this test: one announced act of aid, one act done
STORY = (
    "Title: Norway to send aid to Yemen\nDate: 2023-05-10\n\n"
    "Norway said on Wednesday that it will provide humanitarian aid to Yemen.\n\n"
    "Sweden condemned the attack on the port."
)


def test_the_cameo_reading_of_stored_reports(tmp_path: Path, settings: Settings) -> None:
    stored(tmp_path, settings, {"story.txt": STORY})
    own = {r.id: r for r in api.event_reports(settings)}
    as_cameo = {r.id: r for r in api.event_reports(settings, cameo=True)}
    assert own.keys() == as_cameo.keys()
    [aid] = [r for r in own.values() if r.cameo_root == "07"]
    assert aid.status == "planned" and [a.code for a in aid.actors] == ["NOR"]
    assert (as_cameo[aid.id].cameo, as_cameo[aid.id].status) == ("0333", "occurred")
    others = [i for i in own if i != aid.id]
    assert others and all(own[i] == as_cameo[i] for i in others), "only the announced act reads otherwise"

    listed = diplomap("events", "--store", settings.store, "--format", "jsonl", "--cameo")
    assert listed.returncode == 0, listed.stderr
    rows = {row["id"]: row for row in map(json.loads, listed.stdout.splitlines())}
    assert (rows[aid.id]["cameo"], rows[aid.id]["status"]) == ("0333", "occurred")
    refused = diplomap("events", "--store", settings.store, "--cameo", "--consolidated")
    assert refused.returncode != 0 and "--cameo" in refused.stderr

    with Store(settings.store, read_only=True) as store:
        page, more = queries.list_events(store, queries.EventFilters(), consolidated=False, limit=10, offset=0,
                                         cameo=True)  # fmt: skip
    assert not more and {(e["id"], e["cameo"]) for e in page} == {(r.id, r.cameo) for r in as_cameo.values()}
