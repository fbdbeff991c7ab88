from __future__ import annotations

import pytest

from diplomap.model import PartialDate, Rejection, canonical_url, document_id, text_hash


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTPS://Example.COM/a/b?utm_source=x&b=2&a=1#frag", "https://example.com/a/b?a=1&b=2"),
        ("http://example.com:80/x", "http://example.com/x"),
        ("https://example.com", "https://example.com/"),
        ("ftp://example.com/x", None),
        ("not a url", None),
        ("https://2020-01-02T03:04:05", None),
    ],
)
def test_model_canonical_url(url: str, canonical: str | None) -> None:
    assert canonical_url(url) == canonical


def test_model_document_id_from_url_ignores_tracking_and_fragment() -> None:
    a = document_id(url="https://example.com/story?utm_medium=rss", content_digest="1")
    b = document_id(url="https://EXAMPLE.com/story#comments", content_digest="2")
    assert a == b


def test_model_document_id_from_bytes_without_url() -> None:
    assert document_id(url=None, content_digest="abc") == document_id(url=None, content_digest="abc")
    assert document_id(url=None, content_digest="abc") != document_id(url=None, content_digest="abd")


def test_model_text_hash_normalises_case_space_and_nfc() -> None:
    assert text_hash("Caf\u00e9  Seoul\n\nNews") == text_hash("cafe\u0301 seoul news")


def test_model_partial_date_checks_precision() -> None:
    assert PartialDate("2021-03", "month").precision == "month"
    with pytest.raises(ValueError):
        PartialDate("2021-03", "day")


def test_model_rejection_reason_is_from_the_closed_list() -> None:
    with pytest.raises(ValueError):
        Rejection("x", "something-else")
