"""Web archives (WARC, plain or gzip per record) through fastwarc.

Only ``response`` and ``resource`` records carry pages; their payload goes back through format
detection with the record's target URI and date already known. Other record types (request,
warcinfo, metadata) and non-success responses are counted as skipped, not rejected.
"""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO

from fastwarc.warc import ArchiveIterator, WarcRecordType

from ..model import RawInput, Rejection, Sourced

_PAGE_TYPES = (
    "text/html",
    "application/xhtml",
    "text/plain",
    "application/json",
    "application/xml",
    "text/xml",
    "application/rss",
    "application/atom",
)


def read_warc(data: bytes, origin: str) -> Iterator[RawInput | Rejection | str]:
    """Yield each page as a RawInput, a Rejection, or the name of a skip counter."""
    try:
        records = ArchiveIterator(
            BytesIO(data),
            record_types=WarcRecordType.response
            | WarcRecordType.resource
            | WarcRecordType.request
            | WarcRecordType.warcinfo
            | WarcRecordType.metadata,
            parse_http=True,
        )
        for index, record in enumerate(records, start=1):
            if record.record_type not in (WarcRecordType.response, WarcRecordType.resource):
                yield "warc-records-skipped"
                continue
            uri = record.headers.get("WARC-Target-URI") or ""
            where = f"{origin}#record-{index}"
            content_type = ""
            if record.record_type == WarcRecordType.response:
                http = record.http_headers
                status = getattr(http, "status_code", None) if http is not None else None
                if status is not None and not 200 <= int(status) < 300:
                    yield "warc-responses-skipped-status"
                    continue
                content_type = (http.get("Content-Type") or "").lower() if http is not None else ""
            else:
                content_type = (record.headers.get("Content-Type") or "").lower()
            if content_type and not content_type.startswith(_PAGE_TYPES):
                yield "warc-responses-skipped-not-a-page"
                continue
            payload = record.reader.read()
            known = {"url": Sourced(uri, "warc:WARC-Target-URI")} if uri else {}
            date = record.headers.get("WARC-Date")
            if date:
                # The crawl date is not the publication date: kept apart, never used as `published`.
                known["crawled"] = Sourced(date, "warc:WARC-Date")
            yield RawInput(where, payload, known)
    except Exception as exc:  # fastwarc raises several types on damaged archives
        yield Rejection(origin, "invalid-warc", f"cannot read WARC records: {exc}")
