"""The state dictionary and its fast pass (issue 3, first part)."""

from __future__ import annotations

import pytest

from diplomap.extract.actors import entry_for, find_state_mentions, is_current


def _found(text: str, date: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.code, m.sector) for m in find_state_mentions(text, "doc", date)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the Republic of Korea", "KOR"),  # pycountry's fuzzy search would say PRK
        ("the Democratic People's Republic of Korea", "PRK"),
        ("the ROK", "KOR"),
        ("the DPRK", "PRK"),
        ("the PRC", "CHN"),
        ("the Russian Federation", "RUS"),
        ("the United Kingdom", "GBR"),
        ("the Soviet Union", "SUN"),
        ("Viet Nam", "VNM"),
        ("Vietnam", "VNM"),
        ("the Islamic Republic of Iran", "IRN"),
        ("Kyiv", "UKR"),
    ],
)
def test_actors_state_names_resolve_exactly(text: str, code: str) -> None:
    [(_, found, _)] = _found(f"Officials from {text} met on Monday.")
    assert found == code


def test_actors_metonyms_carry_sectors_and_longest_match_wins() -> None:
    found = _found("The Kremlin and the Pentagon traded words; North Korea and South Korean officials listened.")
    # "The Kremlin" opens the sentence: the span is the name itself, "Kremlin"
    assert found == [
        ("Kremlin", "RUS", "GOV"), ("the Pentagon", "USA", "MIL"), ("North Korea", "PRK", None),
        ("South Korean", "KOR", None),
    ]  # fmt: skip


def test_actors_case_sensitive_acronyms() -> None:
    assert _found("Let us talk about the US and the UK.") == [("US", "USA", None), ("UK", "GBR", None)]


def test_actors_ambiguous_words_have_no_code_yet() -> None:
    assert _found("Korea was divided in 1945.") == [("Korea", None, None)]


def test_actors_dated_metonym() -> None:
    assert [m.code for m in find_state_mentions("Officials at the Blue House said no.", "d", "2019-05")] == ["KOR"]
    assert list(find_state_mentions("Tourists visit the Blue House now.", "d", "2024-06")) == []
    soviet = entry_for("Soviet")
    assert soviet is not None and not is_current(soviet, "2024-06") and is_current(soviet, "1985")
