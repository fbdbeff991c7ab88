"""`diplomap code` / `api.code_text`: one text coded on the spot, with no store, as a run codes a
document's text; each clause with the reason the coder read it or passed it by, and its parse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import EXAMPLES
from diplomap import api
from diplomap.config import Settings
from diplomap.errors import DiplomapError
from diplomap.extract.code_text import partial_date
from diplomap.extract.events.coder import GATE_NO_ACTOR, GATE_NO_EVENT_WORD
from test_cli import diplomap

# Written for these tests about a real event: Fumio Kishida's visit to Seoul on Sunday 7 May 2023.
MEETING = "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul on Sunday."
NO_ACTOR = "The weather in the capital was mild."
NO_EVENT_WORD = "South Korea's economy grew in the first quarter."
TEXT = f"{MEETING} {NO_ACTOR} {NO_EVENT_WORD}"
# Mexico and Peru's 2022 row; Russia's expulsions of diplomats; the tensions over Ukraine.
UNREAD = ("Mexico ordered the Peruvian ambassador home on Tuesday. Officials in the capital expelled two Russian "
          "diplomats. Russia was to blame for the tensions with Ukraine. Japan held talks with China.")
# The Philippine resupply runs at Second Thomas Shoal (the README's example lexicon reads "rammed").
RAMMED = "China's coast guard rammed a Philippine supply boat near Second Thomas Shoal."


def _facts(reports: list) -> list[tuple]:
    return sorted((r.cameo, tuple(a.code for a in r.actors), tuple(x.code for x in r.recipients), r.status, r.date,
                   r.rule, r.sentence.strip()) for r in reports)  # fmt: skip


def test_a_text_is_coded_as_a_run_codes_it(tmp_path: Path) -> None:
    coded = api.code_text(TEXT, published="2023-05-08")
    [meeting] = coded.reports
    assert (meeting.cameo, [a.code for a in meeting.actors], [x.code for x in meeting.recipients]) == (
        "040", ["JPN"], ["KOR"])  # fmt: skip
    assert (meeting.status, meeting.date, meeting.rule) == ("occurred", "2023-05-07", "verb/meet")  # "on Sunday"
    assert coded.text[meeting.trigger_start : meeting.trigger_end] == "met"
    # the same text as a document of a real run, into a real store: the same reports
    corpus = tmp_path / "in"
    corpus.mkdir()
    record = {"title": "Kishida in Seoul", "text": TEXT, "published": "2023-05-08", "url": "https://example.org/k"}
    (corpus / "k.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    settings = Settings(store=str(tmp_path / "s.duckdb"), progress=False)
    api.run([str(corpus)], settings, pipeline=api.main_pipeline, extract=True)
    assert _facts(api.event_reports(settings)) == _facts(list(coded.reports))
    # the same text coded again: the same reports, ids included
    assert [r.id for r in api.code_text(TEXT, published="2023-05-08").reports] == [meeting.id]


def test_each_clause_says_why_it_was_read_or_passed_by() -> None:
    coded = api.code_text(TEXT)
    meeting, weather, economy = coded.clauses
    assert (meeting.passed_by, meeting.reports) == (None, 1)
    assert meeting.places == ("Seoul=KOR",) and "Seoul=KOR" not in meeting.actors and meeting.tokens  # and its parse
    met = next(t for t in meeting.tokens if t.text == "met")
    assert (met.lemma, met.pos, met.dep) == ("meet", "VERB", "ROOT")
    assert (weather.passed_by, weather.actors, weather.tokens) == (GATE_NO_ACTOR, (), ())
    assert (economy.passed_by, economy.actors) == (GATE_NO_EVENT_WORD, ("South Korea=KOR",))
    assert [TEXT[c.start : c.end].strip() for c in coded.clauses] == [MEETING, NO_ACTOR, NO_EVENT_WORD]
    # without a publication date, "on Sunday" cannot be placed
    assert coded.reports[0].date is None
    # without the explanation (the clauses coded once): the same reports, no unread words
    plain = api.code_text(TEXT, explain=False)
    assert [r.id for r in plain.reports] == [r.id for r in coded.reports]
    assert not any(c.unread for c in api.code_text(UNREAD, explain=False).clauses)


def test_dates_are_checked() -> None:
    assert partial_date("2024").precision == "year" and partial_date("2024-06").precision == "month"
    assert partial_date("2024-06-19").value == "2024-06-19"
    for bad in ("2024-13", "2023-02-30", "2024-06-00", "2024-00", "19 June 2024", "24-06", "", "２０２４"):
        with pytest.raises(DiplomapError, match="not a date"):
            partial_date(bad)
    with pytest.raises(DiplomapError, match="no text"):
        api.code_text("  \n")
    # the models loaded once, for many texts: a date as a string or a PartialDate
    coder = api.text_coder()
    assert coder.code(MEETING, "2023-05-08").reports[0].date == "2023-05-07"
    assert coder.code(MEETING, partial_date("2023-05-08")).reports[0].date == "2023-05-07"


def test_the_command(tmp_path: Path) -> None:
    table = diplomap("code", TEXT, "--published", "2023-05-08", "--why")
    assert table.returncode == 0, table.stderr
    assert "verb/meet" in table.stdout and "2023-05-07" in table.stdout
    assert "not parsed: no recognised actor" in table.stdout
    assert "not parsed: no word of the event lexicon" in table.stdout
    # jsonl: the report objects of CONTRACTS.md, one a line; read from standard input
    piped = diplomap("code", "-", "--published", "2023-05-08", "--format", "jsonl", stdin=TEXT.encode())
    [report] = [json.loads(line) for line in piped.stdout.splitlines()]
    assert report["cameo"] == "040" and report["date"] == "2023-05-07" and report["sentence"].strip() == MEETING
    assert {"id", "actors", "recipients", "status", "rule", "coder_version", "confidence"} <= set(report)
    # --why with jsonl: one object per clause, its reports inside; --parse adds the words
    why = diplomap("code", TEXT, "--format", "jsonl", "--why")
    clauses = [json.loads(line) for line in why.stdout.splitlines()]
    assert [c["parsed"] for c in clauses] == [True, False, False] and len(clauses[0]["reports"]) == 1
    assert "tokens" not in clauses[0]
    parsed = diplomap("code", TEXT, "--format", "jsonl", "--parse")
    assert any(t["lemma"] == "meet" for t in json.loads(parsed.stdout.splitlines()[0])["tokens"])
    # a user's own lexicon, as `run` takes it: the rule says the sense is the user's
    ours = diplomap("code", RAMMED, "--event-lexicon", str(EXAMPLES.parent / "event_lexicon.yaml"), "--format",
                    "jsonl")  # fmt: skip
    assert ours.returncode == 0, ours.stderr
    assert [json.loads(line)["rule"] for line in ours.stdout.splitlines()] == ["verb/ram/src:user"]
    # refusals: exit 2 with the reason
    for args, reason in ((("x", "--published", "2024-13"), "not a date"), (("  ",), "no text to code"),
                         (("x", "--event-lexicon", str(tmp_path / "nope.yaml")), "does not exist")):  # fmt: skip
        refused = diplomap("code", *args)
        assert refused.returncode == 2 and reason in " ".join(refused.stderr.split())
    # nothing to report says where to look
    quiet = diplomap("code", NO_ACTOR)
    assert quiet.returncode == 0 and "--why" in quiet.stderr


def test_a_lexicon_verb_that_gave_no_report_says_which_step_stopped_it(tmp_path: Path) -> None:
    ordered, expelled, blamed, talks = api.code_text(UNREAD).clauses
    [w] = ordered.unread
    assert (w.word, w.lemma, w.step) == ("ordered", "order", "no-sense")
    assert UNREAD[w.start : w.end] == "ordered"
    # what the clause offers (the time, "on Tuesday", is not offered) and what the senses need
    assert "object 'ambassador'" in w.reason and "'on'" not in w.reason and "particle 'out'" in w.reason
    # the entry it offers, with a code chosen, reads the sentence as a user's lexicon
    entry = w.reason.split("an entry that would read it: ")[1].split(" (CODE")[0]
    assert entry == '{lemma: order, objects: [ambassador], cameo: "CODE"}'
    ours = tmp_path / "ours.yaml"
    ours.write_text("verbs:\n  - " + entry.replace("CODE", "161") + "\n", encoding="utf-8")
    settings = Settings(progress=False, event_lexicon_files=str(ours))
    [read] = api.code_text(UNREAD.split(". ")[0] + ".", settings).reports
    assert (read.cameo, read.rule) == ("161", "verb/order/obj:ambassador/src:user")
    [w] = expelled.unread
    assert w.step == "no-actor" and "'Officials in the capital' is not a recognised actor" in w.reason
    [w] = blamed.unread
    assert (w.word, w.step) == ("blame", "left-out") and "sense 112" in w.reason
    assert talks.reports == 1 and not talks.unread  # "held" is the light verb of the noun that was read
    # a verb read as a governor's content is no unread verb ("agreed to send": the intent names it);
    # a lexicon noun that is no event is told what a noun event needs; a place is no actor
    agreed, noun, place = api.code_text("Germany agreed to send tanks to Ukraine. Russia's campaign of strikes "
                                        "went on. Japan's envoy said the ceasefire in Gaza held.").clauses
    assert agreed.reports == 1 and not agreed.unread
    assert [(w.word, w.step) for w in noun.unread] == [("strikes", "noun")] and "owner" in noun.unread[0].reason
    assert place.places == ("Gaza=PSE",) and "Gaza=PSE" not in place.actors
    shown = diplomap("code", UNREAD, "--why")
    assert shown.returncode == 0
    assert "no report from 'ordered': no sense of 'order' fits" in " ".join(shown.stdout.split())
    listed = diplomap("code", UNREAD, "--why", "--format", "jsonl")
    steps = [[w["step"] for w in json.loads(line)["unread"]] for line in listed.stdout.splitlines()]
    assert steps == [["no-sense"], ["no-actor"], ["left-out"], []]
