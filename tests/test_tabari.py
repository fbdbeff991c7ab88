"""TABARI/PETRARCH dictionaries → diplomap actor files (diplomap.extract.tabari).

The dictionary snippets here are written for these tests: invented actors (the republic of
Veldoria, code VLD, and its people) and a few real-world facts in the format's own style.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import shared_path
from diplomap.extract.tabari import (
    Problem,
    convert_actors,
    convert_agents,
    convert_file,
    dump_yaml,
    merge,
    split_code,
)


def _persons(text: str) -> dict[str, dict[str, object]]:
    data, _ = convert_actors(text)
    return {str(p["name"]): p for p in data["persons"]}


def _institutions(text: str) -> list[dict[str, object]]:
    data, _ = convert_actors(text)
    return data["institutions"]


def _reasons(problems: list[Problem]) -> list[str]:
    return [p.reason for p in problems]


# --------------------------------------------------------------------------- codes


@pytest.mark.parametrize(
    ("cameo", "code", "sector"),
    [
        ("RUSGOV", "RUS", "GOV"),
        ("PSEREBHMS", "PSE", "REB"),  # the third group (HMS) stays in cameo only
        ("VLDHMSMIL", "VLD", None),  # the next three letters are no sector: none
        ("SAF", "SAF", None),
        ("USAEDU", "USA", "EDU"),
        ("IGOUNO", "UN", "IGO"),
        ("IGOEUREEC", "EU", "IGO"),
        ("IGOWSTNAT", "NATO", "IGO"),
        ("IGOSEAASN", "ASEAN", "IGO"),
        ("IGOAFRAFU", "AU", "IGO"),
        ("IGOMEAARL", "ARL", "IGO"),
        ("IGOUNOHLHWHO", "WHO", "IGO"),  # the most specific body wins over its parent UN
        ("IGOUNODEVWBK", "WB", "IGO"),
        ("IGOBUSOPC", "OPEC", "IGO"),
        ("IGOQQQZZZ", "IGOQQQZZZ", "IGO"),  # unknown organisation: the whole code
        ("IGO", "IGO", "IGO"),
        ("ELI", None, "ELI"),  # a sector on its own names no actor
        ("NGOHINDEV", "NGO", "HIN"),
        ("MNCUSA", "MNC", None),
        ("pse", "PSE", None),
    ],
)
def test_split_code(cameo: str, code: str | None, sector: str | None) -> None:
    assert split_code(cameo) == (code, sector)


# --------------------------------------------------------------------------- persons and dates

VELDORIA = """\
# Veldoria: an invented republic for these tests
VELDORIA_  [VLD]
+VELDORIAN_
+PORT_ARREN

MARTA_OSKARSDOTTIR_  # two terms and a post abroad
+MARTA_B._OSKARSDOTTIR
+PRESIDENT_OSKARSDOTTIR
\t[VLDGOV 19940922-20040712]  # first term
\t[VLDGOV >20040309]
\t[IGOUNO 930101 - 940601]
"""


def test_dated_actor_becomes_a_person_with_roles() -> None:
    persons = _persons(VELDORIA)
    marta = persons["Marta Oskarsdottir"]
    assert marta["aliases"] == ["Marta B. Oskarsdottir", "President Oskarsdottir"]
    assert marta["roles"] == [
        {"code": "VLD", "sector": "GOV", "cameo": "VLDGOV", "from": "1994-09", "until": "2004-07"},
        {"code": "VLD", "sector": "GOV", "cameo": "VLDGOV", "from": "2004-03"},
        {"code": "UN", "sector": "IGO", "cameo": "IGOUNO", "from": "1993-01", "until": "1994-06"},
    ]


def test_undated_actor_becomes_an_institution() -> None:
    [veldoria] = _institutions(VELDORIA)
    assert veldoria == {"names": ["Veldoria", "Veldorian", "Port Arren"], "code": "VLD", "sector": None, "cameo": "VLD"}


def test_until_dates_and_two_digit_years() -> None:
    text = """\
OLD_VELDORIAN_KINGDOM_
\t[VLD <290131]
\t[VLDELI 300201-991231]
"""
    [kingdom] = _persons(text).values()
    assert kingdom["roles"] == [
        {"code": "VLD", "sector": None, "cameo": "VLD", "until": "2029-01"},  # 00-29: 2000s
        {"code": "VLD", "sector": "ELI", "cameo": "VLDELI", "from": "1930-02", "until": "1999-12"},  # 30-99: 1900s
    ]


def test_mixed_dated_and_undated_codes_give_a_person_with_an_undated_role() -> None:
    text = "TOMAS_WREN_ [VLDELI]\n\t[VLDGOV 20100101-20141231]\n\t[VLDMIL <20091231]\n"
    [tomas] = _persons(text).values()
    assert tomas["roles"] == [
        {"code": "VLD", "sector": "ELI", "cameo": "VLDELI"},
        {"code": "VLD", "sector": "GOV", "cameo": "VLDGOV", "from": "2010-01", "until": "2014-12"},
        {"code": "VLD", "sector": "MIL", "cameo": "VLDMIL", "until": "2009-12"},
    ]


def test_several_codes_on_one_line() -> None:
    text = "ANDRES_KOLL_\t[VLDGOV 010120-050120] [IGOUNOKID >050501] [ELI]# later at UNICEF\n"
    [andres] = _persons(text).values()
    assert [(r["code"], r["sector"]) for r in andres["roles"]] == [("VLD", "GOV"), ("UNICEF", "IGO"), (None, "ELI")]


def test_several_undated_codes_first_wins_rest_in_note() -> None:
    [ministry] = _institutions("VELDORIAN_INTERIOR_MINISTRY_ [VLDGOV] [VLDCOP]\n\t[VLDGOV]\n")
    assert ministry["cameo"] == "VLDGOV" and ministry["sector"] == "GOV"
    assert ministry["note"] == "other codes in the source: VLDCOP"


def test_persons_with_the_same_name_are_merged() -> None:
    text = "IRINA_VALE_\n\t[VLDGOV 20010101-20050101]\nIRINA_VALE_\n+I._VALE\n\t[VLDGOV >20120101]\n"
    data, _ = convert_actors(text)
    assert data["persons"] == [
        {
            "name": "Irina Vale",
            "aliases": ["I. Vale"],
            "roles": [
                {"code": "VLD", "sector": "GOV", "cameo": "VLDGOV", "from": "2001-01", "until": "2005-01"},
                {"code": "VLD", "sector": "GOV", "cameo": "VLDGOV", "from": "2012-01"},
            ],
        }
    ]


def test_exact_repeats_are_dropped() -> None:
    assert len(_institutions("PORT_ARREN_HARBOUR_ [VLDBUS]\n\nPORT_ARREN_HARBOUR_ [VLDBUS]\n")) == 1


def test_null_code_is_a_note_beside_real_codes_and_a_problem_alone() -> None:
    data, problems = convert_actors("LORD_OF_EASTMARCH\n\t[--- <950630]\n\t[VLDELI]\nEASTMARCH_SEA [---]\n")
    assert data["institutions"] == [
        {
            "names": ["Lord of Eastmarch"],
            "code": "VLD",
            "sector": "ELI",
            "cameo": "VLDELI",
            "note": "ignored [--- <950630]: the source marks no actor there",
        }
    ]
    assert [p.line for p in problems] == [4] and "[---]" in problems[0].reason


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("SERGEY_V._LAVROV_", "Sergey V. Lavrov"),
        ("UNITED_NATIONS_SECRETARY-GENERAL", "United Nations Secretary-General"),
        ("AL-QAEDA", "Al-Qaeda"),
        ("U.N._", "U.N."),
        ("IMF", "IMF"),
        ("NATO_SUMMIT_", "NATO Summit"),
        ("MINISTRY_OF_THE_INTERIOR_", "Ministry of the Interior"),
        ("MOON_JAE_IN_", "Moon Jae In"),  # a last word is never a small word
        ("O'NEILL_", "O'Neill"),
        ("WOMEN'S_LEAGUE_", "Women's League"),
        ("POPE_JOHN_PAUL_II", "Pope John Paul II"),
        ("G77_", "G77"),
        ("MR._GRAY", "Mr. Gray"),
        ("harbour   master", "Harbour Master"),  # spaces collapse; any case comes out title-cased
    ],
)
def test_names_are_readable(phrase: str, name: str) -> None:
    [entry] = _institutions(f"{phrase} [VLD]\n")
    assert entry["names"] == [name]


def test_names_that_differ_only_in_case_or_underscores_are_one_name() -> None:
    [entry] = _institutions("PORT_ARREN_ [VLD]\n+PORT ARREN\n+Port_Arren_\n+PORT__ARREN\n")
    assert entry["names"] == ["Port Arren"]


def test_punctuation_only_and_broken_names_are_problems() -> None:
    data, problems = convert_actors("VELDORIA [VLD]\n+--.--\n+VEL\x1aDORIA\n")
    assert data["institutions"][0]["names"] == ["Veldoria"]
    assert [p.line for p in problems] == [2, 3]
    assert "no letters or digits" in problems[0].reason and "'\\x1a'" in problems[1].reason


def test_macros_expand_in_actor_names() -> None:
    [entry] = _institutions("!CAPITAL! = PORT_ARREN, ARREN\nVELDORIAN_GOVERNMENT_IN_!CAPITAL! [VLDGOV]\n")
    assert entry["names"] == ["Veldorian Government in Port Arren", "Veldorian Government in Arren"]


# --------------------------------------------------------------------------- records without a code line


def test_unmarked_synonyms_run_on_until_the_codes() -> None:
    # real files leave out the "+" of synonyms: every phrase before the codes is the same person
    text = """\
KAJA_LINDQVIST_  # no code on this line
KAJA_M._LINDQVIST
PRIME_MINISTER_LINDQVIST
\t[VLDGOV 20150101-20190630]
"""
    [kaja] = _persons(text).values()
    assert kaja["name"] == "Kaja Lindqvist"
    assert kaja["aliases"] == ["Kaja M. Lindqvist", "Prime Minister Lindqvist"]


def test_indented_phrase_with_a_code_joins_the_record_above() -> None:
    text = "JOHN_P HALLORAN_\n\tJOHN_HALLORAN_\t[IGOUNODEVWBK 470301-490630]\n"
    [john] = _persons(text).values()
    assert john["name"] == "John P Halloran" and john["aliases"] == ["John Halloran"]


def test_codeless_phrase_below_an_actor_and_ended_by_a_blank_line_is_its_synonym() -> None:
    text = "VELDORIAN_NAVY_ [VLDMIL]\nVELDORIAN_FLEET_\n\nVELDORIAN_ARMY_ [VLDMIL]\n"
    navy, army = _institutions(text)
    assert navy["names"] == ["Veldorian Navy", "Veldorian Fleet"]
    assert army["names"] == ["Veldorian Army"]


def test_codeless_record_with_no_actor_to_join_is_a_problem() -> None:
    text = """\
VELDORIA [VLD]

VELDORIAN_POSTAL_SERVICE_
+POST_VELDORIA_

ARREN_PORT_AUTHORITY_ [VLDBUS]
LIST_OF_NAMES
HARBOUR_BOARD [VLDBUS]
"""
    data, problems = convert_actors(text)
    assert [i["names"][0] for i in data["institutions"]] == ["Veldoria", "Arren Port Authority", "Harbour Board"]
    assert [p.line for p in problems] == [3, 7]
    assert all(p.reason.startswith("no code for this actor") for p in problems)


# --------------------------------------------------------------------------- comments and layout


def test_comments_and_blank_lines() -> None:
    text = """\
<!-- VELDORIA TEST DICTIONARY -->
<!--
VELDORIA_INSIDE_A_COMMENT [VLD]
# -->
; an old KEDS comment
VELDORIA  [VLD] ; trailing comment
\t
# ANOTHER [XXX]
<! -- a sloppy comment -->
ARREN  [VLDGOV]  # trailing comment
---STOP---
AFTER_THE_STOP [VLD]
"""
    data, problems = convert_actors(text)
    assert [i["names"] for i in data["institutions"]] == [["Veldoria"], ["Arren"]]
    assert problems == []


def test_unclosed_comment_is_reported() -> None:
    _, problems = convert_actors("VELDORIA [VLD]\n<!-- never closed\nARREN [VLDGOV]\n")
    assert [(p.line, p.text) for p in problems] == [(2, "<!-- never closed")]


def test_code_on_following_lines_and_lower_case_codes() -> None:
    [entry] = _institutions("PALESTINIAN_AUTHORITY\n+PA_\n\n\t[psegov]\n")
    assert entry == {"names": ["Palestinian Authority", "Pa"], "code": "PSE", "sector": "GOV", "cameo": "PSEGOV"}


# --------------------------------------------------------------------------- malformed lines


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("\t[VLDGOV 2004017-20061201]", "has 7 digits"),
        ("\t[VLDGOV >201005011]", "has 9 digits"),
        ("\t[VLDGOV 20121204]", "no <, > or range"),
        ("\t[VLDGOV 20121207-20120802]", "ends before it starts"),
        ("\t[VLDGOV >20121340]", "not a calendar date"),
        ("\t[VLDGOV ~2012]", "cannot read the date restriction"),
        ("\t[+++]", "cannot read the code"),
        ("\t[VLD/ARN]", "compound codes"),
        ("\t[~GOV]", "agent code"),
        ("\t[VLDGOV] Veldorian Post $1,000", "text beside the codes"),
    ],
)
def test_malformed_code_lines_are_problems(line: str, reason: str) -> None:
    data, problems = convert_actors(f"KEEPER_OF_ARREN_ [VLDELI]\n{line}\n")
    assert len(problems) == 1 and reason in problems[0].reason
    assert problems[0] == Problem(2, line, problems[0].reason)
    assert data["institutions"][0]["cameo"] == "VLDELI"  # the record itself still converts


def test_lines_without_an_actor_are_problems() -> None:
    _, problems = convert_actors("+ORPHAN_SYNONYM\n\t[VLD]\nVELDORIA [VLD]\n+]BROKEN_\n")
    assert [(p.line, p.reason) for p in problems] == [
        (1, "a synonym (+) with no actor above it"),
        (2, "a code with no actor above it"),
        (4, "unexpected character ']' in the name; the name is skipped"),
    ]


def test_actor_whose_only_code_is_unreadable_is_reported_once() -> None:
    data, problems = convert_actors("NAMELESS_ONE  [###]\n")
    assert data["institutions"] == [] and len(problems) == 1


# --------------------------------------------------------------------------- agents

AGENTS = """\
<!-- agents written for these tests -->
!PERSON! = MAN, MEN, WOMAN, WOMEN
!MINST! = MINISTER, MINISTRY

FOREIGN_MINISTER [~GOVFRM] # a comment
OPPOSITION_GROUP [~OPP]
ARMED_FORCES {} [~MIL]
TROOP [~MIL]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
AUTHORITY  [~GOV]
ENVOY [~GOV]
WITNESS [~CVL]
CHURCH [~REL]
CONGRESS!PERSON! [~LEG]
!MINST!_OF_FISHERIES [~GOV]
POLICE {} [ ~COP]
RELIEF_AGENCY  [  NGO~]
"""


def test_agents_codes_words_and_plurals() -> None:
    data, problems = convert_agents(AGENTS)
    assert problems == []
    by_cameo = {a["cameo"]: a for a in data["agents"]}
    foreign_minister = {"words": ["foreign minister", "foreign ministers"], "sector": "GOV", "cameo": "GOVFRM"}
    assert by_cameo["GOVFRM"] == foreign_minister
    assert by_cameo["OPP"]["words"] == ["opposition group", "opposition groups"]
    assert by_cameo["MIL"]["words"] == ["armed forces", "troop", "troops"]  # {} means no plural
    assert by_cameo["GOV"]["words"] == [
        "attorney general", "attorneys general",  # the irregular plural in braces
        "authority", "authorities", "envoy", "envoys",  # consonant + y, vowel + y
        "minister of fisheries", "ministry of fisheries",  # substitution sets: no plurals added
    ]  # fmt: skip
    assert by_cameo["CVL"]["words"] == ["witness", "witnesses"]
    assert by_cameo["REL"]["words"] == ["church", "churches"]
    assert by_cameo["LEG"]["words"] == ["congressman", "congressmen", "congresswoman", "congresswomen"]
    assert by_cameo["COP"] == {"words": ["police"], "sector": "COP", "cameo": "COP"}
    ngo = by_cameo["NGO"]
    assert ngo["sector"] == "NGO" and "before the state's code" in ngo["note"]


def test_agents_six_letter_code_splits_into_sector() -> None:
    data, _ = convert_agents("COPTIC_PRIEST [~CHRCPT]\n")
    assert data["agents"] == [{"words": ["coptic priest", "coptic priests"], "sector": "CHR", "cameo": "CHRCPT"}]


def test_agent_problems() -> None:
    text = """\
ISLAMIST_MILITANT
DEPARTMENT_OF_FORESTS [~ENV}
HARBOUR!GUARD! [~MIL]
CLERK [GOV]
!EMPTY! =
SCRIBE [~EDU]
"""
    data, problems = convert_agents(text)
    assert data["agents"] == [{"words": ["scribe", "scribes"], "sector": "EDU", "cameo": "EDU"}]
    assert [(p.line, p.reason) for p in problems] == [
        (1, "no [~CODE] on this agent line"),
        (2, "cannot read this agent line"),
        (3, "the substitution set !GUARD! is not defined above this line"),
        (4, "an agent code needs one ~, before or after it: [GOV]"),
        (5, "a substitution set with no forms"),
    ]


# --------------------------------------------------------------------------- files, merging and YAML


def test_convert_file_picks_agents_or_actors_and_names_its_source(tmp_path: Path) -> None:
    actors, agents = tmp_path / "veldoria.actors.txt", tmp_path / "veldoria.agents.txt"
    actors.write_text(VELDORIA, encoding="utf-8")
    agents.write_text(AGENTS, encoding="utf-8")
    data, problems = convert_file(actors)
    assert data["source"] == ["veldoria.actors.txt"] and problems == []
    assert list(data) == ["version", "case_sensitive", "source", "persons", "institutions"]
    data, problems = convert_file(agents)
    assert list(data) == ["version", "case_sensitive", "source", "agents"] and problems == []


def test_convert_file_reads_windows_encoded_files(tmp_path: Path) -> None:
    path = tmp_path / "old.actors.txt"
    path.write_bytes("JOS\xc9_MART\xcdNEZ_ [VLDGOV]\n".encode("latin-1"))
    data, problems = convert_file(path)
    assert data["institutions"][0]["names"] == ["José Martínez"] and problems == []


def test_merge_joins_files_and_drops_repeats() -> None:
    actors, _ = convert_actors(VELDORIA)
    agents, _ = convert_agents(AGENTS)
    merged = merge([{**actors, "source": ["a.txt"]}, {**agents, "source": ["b.txt"]}, actors])
    assert merged["source"] == ["a.txt", "b.txt"]
    assert len(merged["persons"]) == 1 and len(merged["institutions"]) == 1
    assert merged["agents"] == agents["agents"]


def test_merge_joins_persons_of_the_same_name_across_files() -> None:
    early, _ = convert_actors("IRINA_VALE_\n\t[VLDGOV 20010101-20050101]\n")
    late, _ = convert_actors("IRINA_VALE_\n+I._VALE\n\t[VLDGOV >20120101]\n")
    [irina] = merge([early, late])["persons"]
    assert irina["aliases"] == ["I. Vale"] and [r.get("from") for r in irina["roles"]] == ["2001-01", "2012-01"]
    assert len(early["persons"][0]["roles"]) == 1  # the inputs are left as they were


def test_dump_yaml_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "veldoria.actors.txt"
    path.write_text(VELDORIA + "SÃO_ARREN_ [VLD]\n", encoding="utf-8")
    data, _ = convert_file(path)
    text = dump_yaml(data)
    assert text.startswith("# ") and "# Source: veldoria.actors.txt\n" in text
    body = [line for line in text.splitlines() if not line.startswith("#")]
    assert body[:2] == ["version: 1", "case_sensitive: false"]
    assert '"1994-09"' in text and "São Arren" in text  # months quoted, letters as they are
    loaded = yaml.safe_load(text)
    assert loaded == {k: v for k, v in data.items() if k != "source"}
    assert dump_yaml(data) == text  # no clock, no randomness


def test_dump_yaml_round_trip_agents() -> None:
    data, _ = convert_agents(AGENTS)
    assert yaml.safe_load(dump_yaml(data)) == data


def test_dump_yaml_orders_header_keys_first() -> None:
    text = dump_yaml({"agents": [], "case_sensitive": False, "version": 1})
    assert [line for line in text.splitlines() if not line.startswith("#")] == [
        "version: 1",
        "case_sensitive: false",
        "agents: []",
    ]


# --------------------------------------------------------------------------- the real dictionaries


@pytest.mark.shared
def test_shared_petrarch_validation_dictionaries() -> None:
    folder = shared_path("data", "petrarch2-validation")
    actors, problems = convert_file(folder / "PETR.Validate.actors.txt")
    persons = {p["name"]: p for p in actors["persons"]}
    assert len(actors["institutions"]) > 100 and len(persons) >= 5
    assert persons["Gollum"]["aliases"] == ["Smeagol", "Slinker", "Stinker"]
    assert [r.get("from") for r in persons["Gollum"]["roles"]] == [None, "1995-06", "1999-08"]
    assert len(problems) <= 5  # [---] alone, [+++] and two compound codes
    agents, problems = convert_file(folder / "PETR.Validate.agents.txt")
    assert problems == [] and len(agents["agents"]) > 20
    words = {w for a in agents["agents"] for w in a["words"]}
    assert {"congressman", "congresswomen", "attorneys general", "golden geese"} <= words
    for data in (actors, agents):
        assert yaml.safe_load(dump_yaml(data)) == {k: v for k, v in data.items() if k != "source"}


@pytest.mark.shared
def test_shared_phoenix_countries_dictionary() -> None:
    path = shared_path("data", "phoenix-cameo-dictionaries", "Phoenix.Countries.actors.txt")
    data, problems = convert_file(path)
    persons = {p["name"]: p for p in data["persons"]}
    assert len(persons) + len(data["institutions"]) > 5_000
    lavrov = persons["Sergey Lavrov"]
    assert "Lavrov" in lavrov["aliases"]
    assert {"code": "RUS", "sector": "GOV", "cameo": "RUSGOV", "from": "2004-03"} in lavrov["roles"]
    assert len(problems) < 0.001 * len(path.read_text("utf-8").splitlines())
