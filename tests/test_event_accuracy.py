"""Pinned floors of the event coder on the gold set in bench/data/events (and zero events off topic).

The floors sit just under the figures measured when this version of the coder was first run on
each half (bench/README.md): they catch regressions; they are far below the issue's goals, which
are not met yet. The seed documents come from ../shared and are scored where it is present.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import conflibert_events  # noqa: E402
import events_eval  # noqa: E402
import plover_eval  # noqa: E402
from conftest import shared_path  # noqa: E402

# split → subset → metric → floor ("status" is the status accuracy on paired events)
FLOORS = {
    "tune": {
        # the texts as a run reads them (the headline is the title, not coded), batches one to
        # fifty-one included, conventions D1-D11 applied; events-25 on batches one to sixty-seven:
        # texts 0.540 / 0.365 (status 0.931); events-24 on batches one to sixty-three:
        # texts 0.541 / 0.366 (status 0.932; events-23 on the same gold 0.539 / 0.364: the sixty-first
        # to sixty-third batches are harder, 0.438 / 0.277 on texts 521-552, so the recall floor moved
        # down with the data, not the code); events-23 (the reports of events-20, with a confidence) on
        # batches one to fifty-nine: texts 0.545 / 0.371; events-22 to fifty-one: texts 0.546 / 0.377
        # (status 0.933), seeds 0.648 / 0.507 (on batches one
        # to forty-seven: texts 0.553 / 0.384; to forty-three: texts 0.564 / 0.393; on batches one
        # to thirty-one: texts 0.584 / 0.408; the recipient fallback costs the tune half's first 64
        # documents four events, whose rules were written to leave those recipients empty:
        # bench/README "Coder events-20")
        "tune/texts": {"precision": 0.53, "recall": 0.36, "status": 0.92},
        "tune/seeds": {"precision": 0.63, "recall": 0.49},
    },
    "blind": {
        # events-25, batches one to sixty-seven: texts 0.497 / 0.339 (status 0.920); events-24,
        # batches one to sixty-three: texts 0.498 / 0.342 (status 0.920); events-23,
        # batches one to fifty-nine: texts 0.501 / 0.344; events-22, batches one to
        # fifty-one included: texts 0.500 / 0.347 (status 0.922); to
        # forty-seven 0.512 / 0.353; to forty-three 0.510 / 0.353; events-20
        # on batches one to thirty-one: texts 0.513 / 0.350 (status 0.924), seeds
        # 0.500 / 0.262 (without the recipient fallback, on batches one to fifteen: texts 0.503 /
        # 0.350, seeds 0.591 / 0.310; events-19 on the first eleven batches' blind half 0.501 / 0.355)
        "blind/texts": {"precision": 0.49, "recall": 0.33, "status": 0.91},
        "blind/seeds": {"precision": 0.48, "recall": 0.25},
    },
}


@pytest.mark.parametrize("split", ["tune", "blind"])
def test_event_coder_meets_its_floors(split: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(events_eval, "write_result", lambda name, data: _write(tmp_path / f"{name}.json", data))
    assert events_eval.main(["--split", split]) == 0
    [result] = [json.loads(p.read_text()) for p in tmp_path.glob("*.json")]
    assert not result["problems"], result["problems"]
    assert result["offtopic"]["texts"] == 12 and result["offtopic"]["reports"] == 0, "off-topic news has no events"
    checked = 0
    for subset, floors in FLOORS[split].items():
        numbers = result["results"].get(subset)
        if numbers is None or not numbers.get("documents"):
            assert subset.endswith("/seeds") and result["seeds_skipped"], f"{subset} missing"
            continue  # ../shared is absent: the own texts still count
        for metric, floor in floors.items():
            value = numbers["on_paired"][metric] if metric == "status" else numbers[metric]
            assert value >= floor, f"{subset} {metric} {value:.3f} < floor {floor}"
            checked += 1
    assert checked >= 3
    # every gold event without a prediction has one diagnosed cause
    main = result["results"][split]
    missed = sum(n for by in main["missed_by_cause"].values() for n in by.values())
    assert missed == main["gold_events"] - main["paired"] > 0


def _write(path: Path, data: dict[str, object]) -> str:
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


# The held-out halves of the public sets (../shared/data), scored like the gold set: just under
# the figures of coder events-18 and events-20 (PLOVER blind main 0.535, any 0.547, with appeals
# typed REQUEST; ConfliBERT test quad 0.579, penta 0.663; events-20 scores CAMEO's reading of its
# reports, cameo_reading). The goals (0.8) are not met.
@pytest.mark.parametrize(
    ("script", "args", "data", "floors"),
    [
        (plover_eval, ["--split", "blind"], "plover", {("blind", "main"): 0.52, ("blind", "any"): 0.53}),
        (conflibert_events, ["--split", "test"], "conflibert-cameo",
         {("quad", "accuracy"): 0.57, ("penta", "accuracy"): 0.65}),
    ],
    ids=["plover-blind", "conflibert-test"],
)
def test_public_sets_meet_their_floors(script: object, args: list[str], data: str, floors: dict[tuple[str, str], float],
                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    shared_path("data", data)  # skips, saying why, where ../shared is absent
    monkeypatch.setattr(script, "write_result", lambda name, result: _write(tmp_path / f"{name}.json", result))
    assert script.main(args) == 0  # type: ignore[attr-defined]
    [result] = [json.loads(p.read_text()) for p in tmp_path.glob("*.json")]
    for (group, metric), floor in floors.items():
        value = result["results"][group][metric]
        assert value >= floor, f"{data} {group} {metric} {value:.3f} < floor {floor}"


# The agreement studies (bench/data/events/agreement): second labellings scored against the gold
# by the eval's own rules. Pinned just under what was measured (labellers 0.928 F1 on ten tune
# texts, 0.962 and 0.934 on the sixth and seventh batches once the decided conventions D1-D11 were
# applied to the gold; the coder events-20 against the gold 0.730, 0.384 and 0.430): a change to
# the scoring or the gold that moved the labellers apart, or a coder that fell behind, shows here.
@pytest.mark.parametrize(("study", "texts", "labellers", "coder"),
                         [("ten_tune_texts", 10, 0.90, 0.72), ("batch6", 8, 0.93, 0.37), ("batch7", 8, 0.91, 0.41)])
def test_second_labellings_agree_with_the_gold(study: str, texts: int, labellers: float, coder: float,
                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    import events_agreement

    path = ROOT / "bench" / "data" / "events" / "agreement" / f"{study}.jsonl"
    monkeypatch.setattr(events_agreement, "write_result", lambda name, data: _write(tmp_path / f"{name}.json", data))
    assert events_agreement.main(["--second", str(path)]) == 0
    result = json.loads((tmp_path / "events_agreement.json").read_text())["studies"][study]
    assert len(result["documents"]) == texts
    numbers = result["results"]
    assert numbers["second vs first"]["f1"] >= labellers
    assert numbers["first vs second"]["paired"] == numbers["second vs first"]["paired"]  # pairing is symmetric
    assert numbers["coder vs first"]["f1"] >= coder


def test_a_labelling_agrees_fully_with_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The study's scoring, held to the obvious: the gold's own rows for two texts score 1.0."""
    import events_agreement

    docs = ("texts/27_galwan_valley_clash_2020.txt", "texts/45_inf_withdrawal_2019.txt")
    gold = (ROOT / "bench" / "data" / "events" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    same = tmp_path / "same.jsonl"
    same.write_text("\n".join(r for r in gold if json.loads(r)["doc"] in docs) + "\n", encoding="utf-8")
    monkeypatch.setattr(events_agreement, "write_result", lambda name, data: _write(tmp_path / f"{name}.json", data))
    assert events_agreement.main(["--second", str(same)]) == 0
    result = json.loads((tmp_path / "events_agreement.json").read_text())["studies"]["same"]["results"]
    assert result["second vs first"]["gold_events"] > 20
    assert result["second vs first"]["precision"] == result["second vs first"]["recall"] == 1.0
