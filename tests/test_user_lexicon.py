"""A user's own event lexicon (`--event-lexicon`, setting `event_lexicon_files`): senses the packaged
lexicon lacks, added without editing the package; checked as the packaged file is; part of the
coder's version, so that a changed file recodes what it read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import EXAMPLES
from diplomap import api
from diplomap.config import Settings
from diplomap.extract.event_lexicon import LexiconError, RuleTrace, load_lexicon
from diplomap.extract.events import EventCoder
from diplomap.extract.recognise import ActorRecogniser
from diplomap.model import EventReport, PartialDate
from test_cli import diplomap

# Sentences written for these tests about real events (Peru and Ecuador's 1998 Brasília act; Mexico
# and Peru's 2022 row; the Philippine resupply runs at Second Thomas Shoal).
CEDED = "Peru will hand Ecuador one square kilometre at Tiwinza as private property."
RECALLED = "Mexico ordered the Peruvian ambassador home on Tuesday."
RAMMED = "China's coast guard rammed a Philippine supply boat near Second Thomas Shoal."

#: the README's example lexicon, shipped for users to copy
OUR_SENSES = (EXAMPLES.parent / "event_lexicon.yaml").read_text(encoding="utf-8")


def _code(text: str, lexicon_files: list[Path] | None = None) -> list[EventReport]:
    rec = ActorRecogniser(use_ner=False)
    coder = EventCoder(lexicon_files=lexicon_files or [])
    date = PartialDate("2022-12-20", "day")
    return coder.code(text, rec.recognise(text, "d", date.value, places=True), "d", date, None)


def _unwrapped(message: str) -> str:
    """A message as one line (the terminal printer wraps long ones)."""
    return " ".join(message.split())


def _parties(r: EventReport) -> tuple[set[str], set[str]]:
    return {a.code for a in r.actors}, {x.code for x in r.recipients}


@pytest.fixture
def ours(tmp_path: Path) -> Path:
    path = tmp_path / "our_verbs.yaml"
    path.write_text(OUR_SENSES, encoding="utf-8")
    return path


def test_a_users_senses_code_what_the_package_does_not(ours: Path) -> None:
    assert not _code(CEDED) and not _code(RECALLED)  # (the packaged lexicon lists neither object)
    (ceded,) = _code(CEDED, [ours])
    assert (ceded.cameo, ceded.status, _parties(ceded)) == ("0842", "planned", ({"PER"}, {"ECU"}))
    (recalled,) = _code(RECALLED, [ours])
    assert (recalled.cameo, _parties(recalled)) == ("161", ({"MEX"}, {"PER"}))
    assert ceded.coder_version != _code(RAMMED)[0].coder_version  # the file is part of the version
    # the rule says the sense is the user's, and the packaged rules say nothing new
    assert RuleTrace.parse(ceded.rule).senses[0][2].get("src") == "user"
    assert "src:" not in _code(RAMMED)[0].rule


def test_a_users_sense_wins_where_it_fits_as_well_as_the_packaged_one(ours: Path) -> None:
    (packaged,) = _code(RAMMED)
    (own,) = _code(RAMMED, [ours])
    assert packaged.cameo != "190" and own.cameo == "190" and _parties(own) == ({"CHN"}, {"PHL"})


def test_the_version_follows_the_files_content(ours: Path, tmp_path: Path) -> None:
    packaged = load_lexicon().version
    first = load_lexicon([ours]).version
    copy = tmp_path / "copy.yaml"
    copy.write_text(OUR_SENSES, encoding="utf-8")
    assert first != packaged and load_lexicon([copy]).version == first  # content, not the path
    ours.write_text(OUR_SENSES.replace('"190"', '"195"'), encoding="utf-8")
    assert load_lexicon([ours]).version not in (first, packaged)


@pytest.mark.parametrize(("content", "says"), [
    ("verbs:\n  - {lemma: hand, cameo: '999'}\n", "CAMEO code '999' is not in cameo.yaml"),
    ("verbs:\n  - {lemma: hand, cameo: '0842', objekts: [land]}\n", "unknown keys ['objekts']"),
    ("verbs:\n  - {lemma: hand}\n", "needs a lemma and a cameo code"),
    ("verbs:\n  - {lemma: hand, cameo: '0842', recipient: [sideways]}\n", "is not dobj, dative, none or prep:X"),
    ("complements: []\n", "unknown keys ['complements']"),
    ("- just a list\n", "not a mapping"),
    ("verbs: [\n", "not valid YAML"),
    ("verbs: {lemma: hand}\n", "not a list of entries"),
    # shapes YAML would otherwise misread: an unquoted code is a number (0161 in octal is 113), one
    # word for a list is its letters, "no" in quotes is true, two words never match a lemma
    ("verbs:\n  - {lemma: order, cameo: 0161}\n", "write the CAMEO code in quotes"),
    ("verbs:\n  - {lemma: order, cameo: '161', objects: ambassador}\n", "objects must be a list of words"),
    ("verbs:\n  - {lemma: meet, cameo: '040', symmetric: 'no'}\n", "symmetric must be true or false"),
    ("verbs:\n  - {lemma: hand over, cameo: '063'}\n", "lemma must be one word"),
    ("verbs:\n  - {lemma: hand, particle: [over], cameo: '063'}\n", "particle must be one word"),
])
def test_a_broken_file_is_refused_with_its_name_and_the_fault(tmp_path: Path, content: str, says: str) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load_lexicon([path])
    assert str(path) in str(caught.value) and says in str(caught.value)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="does not exist"):
        load_lexicon([tmp_path / "nope.yaml"])
    with pytest.raises(LexiconError, match="a list of paths, not one path"):
        load_lexicon(str(tmp_path / "nope.yaml"))  # type: ignore[arg-type]  # (not walked letter by letter)


def test_notes_comments_empty_files_and_repeats_change_nothing(ours: Path, tmp_path: Path) -> None:
    first = load_lexicon([ours]).version
    ours.write_text("# our senses, reviewed 2026-11\n" + OUR_SENSES.replace("we count ramming", "we treat ramming"),
                    encoding="utf-8")  # fmt: skip
    assert load_lexicon([ours]).version == first  # a comment or a note recodes nothing
    assert load_lexicon([ours, ours]).version == first  # the same file twice is read once
    empty, comments = tmp_path / "empty.yaml", tmp_path / "comments.yaml"
    empty.write_text("", encoding="utf-8")
    comments.write_text("# nothing yet\n", encoding="utf-8")
    packaged = load_lexicon().verbs
    assert load_lexicon([empty]).verbs == packaged and load_lexicon([comments]).verbs == packaged


def test_a_later_file_wins_over_an_earlier_one(ours: Path, tmp_path: Path) -> None:
    later = tmp_path / "later.yaml"
    later.write_text('verbs:\n  - {lemma: ram, cameo: "195"}\n', encoding="utf-8")
    assert [s.cameo for s in load_lexicon([ours, later]).verbs["ram"]][:2] == ["195", "190"]
    (own,) = _code(RAMMED, [ours, later])
    assert own.cameo == "195"


def test_forms_let_an_irregular_verb_through_the_gate(tmp_path: Path) -> None:
    text = "Niger's army overthrew President Mohamed Bazoum on Wednesday."
    plain, irregular = tmp_path / "plain.yaml", tmp_path / "irregular.yaml"
    plain.write_text('verbs:\n  - {lemma: overthrow, cameo: "180"}\n', encoding="utf-8")
    irregular.write_text('verbs:\n  - {lemma: overthrow, cameo: "180", forms: [overthrew, overthrown]}\n',
                         encoding="utf-8")  # fmt: skip
    assert not _code(text, [plain])  # the gate guesses regular forms only: "overthrowed"
    (coup,) = _code(text, [irregular])
    assert coup.cameo == "180" and _parties(coup)[0] == {"NER"}


@pytest.mark.slow
def test_run_recode_and_eval_with_a_users_lexicon(ours: Path, tmp_path: Path) -> None:
    """As a user runs it: a real store; the file's senses are stored; a recode without the file
    re-reads the document and drops them; a broken file stops the command before the store changes."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "brasilia.txt").write_text(f"Published: 1998-10-27\n\nPeru and Ecuador settle their border\n\n"
                                         f"{CEDED} {RECALLED}\n", encoding="utf-8")  # fmt: skip
    store = str(tmp_path / "s.duckdb")
    done = diplomap("run", str(corpus), "--store", store, "--event-lexicon", str(ours), "--json")
    assert done.returncode == 0, done.stderr
    codes = {r.cameo for r in api.event_reports(Settings(store=store, progress=False))}
    assert {"0842", "161"} <= codes
    again = diplomap("recode", "--store", store, "--event-lexicon", str(ours))
    assert again.returncode == 0 and "re-read 0 documents" in again.stdout  # nothing changed: nothing re-read
    without = diplomap("recode", "--store", store)
    assert without.returncode == 0 and "re-read 1 documents" in without.stdout
    assert not {"0842", "161"} & {r.cameo for r in api.event_reports(Settings(store=store, progress=False))}
    # the setting in a config file, as the option
    config = tmp_path / "diplomap.toml"
    config.write_text(f'[diplomap]\nevent_lexicon_files = "{ours}"\n', encoding="utf-8")
    configured = diplomap("recode", "--store", store, "--config", str(config))
    assert configured.returncode == 0 and "re-read 1 documents" in configured.stdout
    assert {"0842", "161"} <= {r.cameo for r in api.event_reports(Settings(store=store, progress=False))}
    broken = tmp_path / "broken.yaml"
    broken.write_text("verbs:\n  - {lemma: hand, cameo: '999'}\n", encoding="utf-8")
    refused = diplomap("run", str(corpus), "--store", str(tmp_path / "other.duckdb"), "--event-lexicon", str(broken))
    assert refused.returncode != 0 and "'999' is not in cameo.yaml" in _unwrapped(refused.stderr)
    assert not (tmp_path / "other.duckdb").exists()
    missing = diplomap("recode", "--store", store, "--event-lexicon", str(tmp_path / "nope.yaml"))
    assert missing.returncode != 0 and "does not exist" in _unwrapped(missing.stderr)
    # a recode with a broken file stops before it opens (or creates) a store
    nowhere = tmp_path / "nowhere.duckdb"
    stopped = diplomap("recode", "--store", str(nowhere), "--event-lexicon", str(broken))
    assert stopped.returncode != 0 and not nowhere.exists()
    # `ingest` extracts nothing: the lexicon option is refused there rather than ignored
    ingested = diplomap("ingest", str(corpus), "--store", str(tmp_path / "i.duckdb"), "--event-lexicon", str(ours))
    assert ingested.returncode != 0 and "diplomap recode" in _unwrapped(ingested.stderr)
    # evaluating against one's own gold with one's own senses
    gold = tmp_path / "gold.jsonl"
    text = (corpus / "brasilia.txt").read_text(encoding="utf-8")
    start = text.index(CEDED)
    row = {"doc": "in/brasilia.txt", "sentence": [start, start + len(CEDED)],
           "trigger": [start + CEDED.index("hand"), start + CEDED.index("hand") + 4], "actors": ["PER"],
           "recipients": ["ECU"], "cameo": "0842", "status": "planned"}  # fmt: skip
    gold.write_text(json.dumps(row) + "\n", encoding="utf-8")
    scored = diplomap("eval", "events", str(gold), "--event-lexicon", str(ours), "--json")
    assert scored.returncode == 0, scored.stderr
    overall = next(r for r in json.loads(scored.stdout)["scores"] if r["slice"] == "all")
    assert overall["gold"] == 1 and overall["recall"] == 1.0
    plain = diplomap("eval", "events", str(gold), "--json")
    assert next(r for r in json.loads(plain.stdout)["scores"] if r["slice"] == "all")["recall"] == 0.0
    # the miss, and the step that stopped it: no packaged sense of "hand" takes "kilometre"
    assert json.loads(plain.stdout)["missed_by_step"] == {"no-sense": 1}
    assert json.loads(scored.stdout)["missed_by_step"] == {}
    told = diplomap("eval", "events", str(gold))
    assert "no sense of the verb fits its clause 1" in " ".join(told.stdout.split())


def _gold_file(folder: Path, text: str, rows: list[tuple[str, str, list[str], list[str], str, str]]) -> Path:
    """A text and its gold rows (sentence, trigger word, actors, recipients, cameo, status) in ``folder``."""
    (folder / "docs").mkdir(exist_ok=True)
    (folder / "docs" / "a.txt").write_text(text, encoding="utf-8")
    lines = []
    for sentence, trigger, actors, recipients, cameo, status in rows:
        s = text.index(sentence)
        t = s + sentence.index(trigger)
        lines.append(json.dumps({"doc": "docs/a.txt", "sentence": [s, s + len(sentence)],
                                 "trigger": [t, t + len(trigger)], "actors": actors, "recipients": recipients,
                                 "cameo": cameo, "status": status}))  # fmt: skip
    gold = folder / "gold.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold


def test_suggested_senses_read_the_missed_events_and_load_as_a_lexicon(tmp_path: Path) -> None:
    from diplomap.evaluate import evaluate_events
    from diplomap.suggestions import SenseSuggestions

    said = "Lima said that it would answer in kind."
    text = f"Published: 2022-12-20\n\nMexico and Peru quarrel\n\n{CEDED} {RECALLED} {said}\n"
    gold = _gold_file(tmp_path, text, [(CEDED, "hand", ["PER"], ["ECU"], "0842", "planned"),
                                       (RECALLED, "ordered", ["MEX"], ["PER"], "161", "occurred"),
                                       (said, "said", ["PER"], ["MEX"], "130", "occurred")])  # fmt: skip
    found = SenseSuggestions()
    scores, _ = evaluate_events(gold, suggestions=found)
    assert scores.rows()[0]["recall"] == 0.0
    out = tmp_path / "suggested.yaml"
    assert found.write(out, gold) == 2  # not "said": a statement's event is in what it says
    verbs = {e["lemma"]: e for e in found.entries()["verbs"]}
    assert verbs["hand"]["objects"] == ["kilometre"] and verbs["hand"]["cameo"] == "0842"
    assert verbs["hand"]["recipient"] == ["dative"] and "1 missed gold event: docs/a.txt@" in verbs["hand"]["note"]
    assert verbs["order"]["objects"] == ["ambassador"] and verbs["order"]["cameo"] == "161"
    assert '"0842"' in out.read_text(encoding="utf-8")  # codes quoted, never read as numbers
    load_lexicon([out])  # the file is a valid user lexicon
    again, _ = evaluate_events(gold, event_lexicon_files=[out], suggestions=SenseSuggestions())
    assert again.rows()[0]["recall"] == 2 / 3


def test_a_server_with_a_broken_lexicon_file_does_not_start(tmp_path: Path) -> None:
    from diplomap.serve import create_app

    broken = tmp_path / "broken.yaml"
    broken.write_text("verbs:\n  - {lemma: hand, cameo: '999'}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"'999' is not in cameo\.yaml"):
        create_app(Settings(store=str(tmp_path / "s.duckdb"), progress=False, event_lexicon_files=str(broken)))
    assert not (tmp_path / "s.duckdb").exists()  # (stopped before the store is opened)
