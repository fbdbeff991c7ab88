#!/usr/bin/env python3
"""Regenerate examples/corpus/warc/harbour-wire-crawl.warc.gz.

Writes a small WARC/1.0 file by hand, using only the standard library:
one warcinfo record, one request record and two response records
(HTTP/1.1 200 + an HTML article page). Every record is its own gzip
member, as in crawler output. The output is deterministic (fixed record
ids, fixed dates, gzip mtime 0), so re-running it gives the same bytes.

The two articles were written for the diplomap example corpus about real
events; Harbour Wire and its domain are fictional.

Usage:  python examples/tools/make_warc.py [output-path]
"""
from __future__ import annotations

import base64
import gzip
import hashlib
import io
import sys
import uuid
from html import escape
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "corpus" / "warc" / "harbour-wire-crawl.warc.gz"
NS = uuid.UUID("6f1c2a52-9d0e-4c55-a3a1-2f7b0c1d9e11")  # fixed namespace for record ids

PAGES = [
    {
        "url": "https://harbour-wire.example/world/2017/09/03/north-korea-sixth-nuclear-test",
        "warc_date": "2024-07-02T03:14:07Z",
        "published": "2017-09-03T16:20:00+09:00",
        "human_date": "3 September 2017",
        "author": "Daniel Okafor",
        "title": "North Korea conducts sixth nuclear test, claims hydrogen bomb",
        "paras": [
            "North Korea carried out its sixth and most powerful nuclear test on Sunday, 3 September 2017, and said it had detonated a hydrogen bomb designed to be mounted on an intercontinental ballistic missile.",
            "The United States Geological Survey recorded a magnitude 6.3 seismic event near the Punggye-ri test site in the north-east of the country shortly after midday local time. A second, weaker tremor detected minutes later was thought by some seismologists to have been caused by a collapse at the site.",
            "Hours before the test, state media released photographs of Kim Jong Un inspecting what it said was a thermonuclear warhead, a peanut-shaped device displayed next to the nose cone of a missile.",
            "President Moon Jae-in convened his National Security Council and called for the strongest possible response, including new UN Security Council measures to isolate the North. Japanese Prime Minister Shinzo Abe called the test absolutely unacceptable. China's foreign ministry said it firmly opposed and strongly condemned the test, which came as President Xi Jinping was hosting a BRICS summit in Xiamen.",
            "The test came less than a week after North Korea fired a ballistic missile over the northern Japanese island of Hokkaido on 29 August.",
        ],
    },
    {
        "url": "https://harbour-wire.example/world/2017/11/29/hwasong-15-icbm-launch",
        "warc_date": "2024-07-02T03:14:11Z",
        "published": "2017-11-29T09:40:00+09:00",
        "human_date": "29 November 2017",
        "author": "Daniel Okafor",
        "title": "Hwasong-15 launch puts the whole US mainland in range, Pyongyang says",
        "paras": [
            "North Korea launched a new intercontinental ballistic missile, the Hwasong-15, in the early hours of Wednesday, ending a pause of more than two months in its missile testing.",
            "Fired on a steep trajectory from near Pyongyang, the missile flew for about 53 minutes, climbed to an altitude of roughly 4,500 kilometres and fell into the sea about 950 kilometres away, inside Japan's exclusive economic zone, according to South Korean and Japanese officials.",
            "In a statement read on state television, North Korea said the missile could carry a super-large heavy warhead and strike anywhere on the US mainland, and that Kim Jong Un had declared that the country had finally completed its state nuclear force.",
            "Experts said that on a normal trajectory the missile could travel well over 10,000 kilometres, although it remained unclear whether Pyongyang had mastered the technology needed for a warhead to survive re-entry into the atmosphere.",
            "Within minutes of the launch, the South Korean military carried out a precision strike drill with its own missiles. The UN Security Council scheduled an emergency meeting at the request of the United States, Japan and South Korea.",
        ],
    },
]


def page_html(p: dict) -> str:
    t = escape(p["title"])
    body = []
    for i, para in enumerate(p["paras"]):
        body.append(f"        <p>{escape(para, quote=False)}</p>")
        if i == 2:
            body.append('        <div class="ad ad--inarticle" data-ad="inarticle-1"><span>Advertisement</span></div>')
    body_html = "\n".join(body)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{t} - Harbour Wire</title>
<meta name="author" content="{p['author']}">
<meta property="og:title" content="{t}">
<meta property="og:site_name" content="Harbour Wire">
<meta property="og:type" content="article">
<meta property="og:url" content="{p['url']}">
<meta property="article:published_time" content="{p['published']}">
<link rel="canonical" href="{p['url']}">
</head>
<body>
<div class="cookie-notice" id="cn">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies">Find out more</a> <button>OK</button></div>
<div class="topbar"><a href="/">HARBOUR WIRE</a> <span class="tagline">News from the ports and capitals of East Asia</span> <a class="login" href="/login">Log in</a> <a class="sub" href="/subscribe">Subscribe</a></div>
<nav class="mainnav">
  <a href="/world">World</a> | <a href="/business">Business</a> | <a href="/markets">Markets</a> | <a href="/opinion">Opinion</a> | <a href="/podcasts">Podcasts</a>
</nav>
<div class="wrap">
  <div class="col-main">
    <article id="story">
      <h1>{t}</h1>
      <div class="meta"><span class="author">{p['author']}</span> <span class="date">{p['human_date']}</span></div>
      <ul class="social">
        <li><a href="#" class="fb">Share on Facebook</a></li>
        <li><a href="#" class="x">Share on X</a></li>
      </ul>
      <div class="article-content">
{body_html}
      </div>
      <div class="readmore">Read more: <a href="/world/explainers/un-sanctions-north-korea">A guide to UN sanctions on North Korea</a></div>
    </article>
    <div id="comments"><p>Comments are closed.</p></div>
  </div>
  <div class="col-side"><div class="ad" data-ad="side-1">Advertisement</div></div>
</div>
<footer>
  <p>&copy; Harbour Wire 2017. All rights reserved. Reproduction without permission is prohibited.</p>
</footer>
</body>
</html>
"""


def sha1_b32(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def record_id(name: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(NS, name)}>"


def warc_record(headers: list[tuple[str, str]], block: bytes) -> bytes:
    head = ["WARC/1.0"] + [f"{k}: {v}" for k, v in headers]
    head.append(f"Content-Length: {len(block)}")
    raw = ("\r\n".join(head) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:  # one gzip member per record
        gz.write(raw)
    return buf.getvalue()


def build() -> bytes:
    out = []
    filename = OUT.name
    info = (
        "software: diplomap examples/tools/make_warc.py\r\n"
        "format: WARC File Format 1.0\r\n"
        "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.0/\r\n"
        "description: Two Harbour Wire article pages (fictional outlet) for the diplomap example corpus\r\n"
        "robots: obey\r\n"
    ).encode("utf-8")
    out.append(warc_record([
        ("WARC-Type", "warcinfo"),
        ("WARC-Date", "2024-07-02T03:14:05Z"),
        ("WARC-Filename", filename),
        ("WARC-Record-ID", record_id("warcinfo")),
        ("Content-Type", "application/warc-fields"),
    ], info))
    warcinfo_id = record_id("warcinfo")

    for n, p in enumerate(PAGES):
        payload = page_html(p).encode("utf-8")
        http_head = (
            "HTTP/1.1 200 OK\r\n"
            "Date: " + ("Tue, 02 Jul 2024 03:14:07 GMT" if n == 0 else "Tue, 02 Jul 2024 03:14:11 GMT") + "\r\n"
            "Server: nginx\r\n"
            "Content-Type: text/html; charset=utf-8\r\n"
            f"Content-Length: {len(payload)}\r\n"
            "Cache-Control: max-age=300\r\n"
            "Connection: close\r\n"
            "\r\n"
        ).encode("ascii")
        resp_block = http_head + payload
        resp_id = record_id("response-" + p["url"])
        if n == 0:
            path = p["url"].split("harbour-wire.example", 1)[1]
            req_block = (
                f"GET {path} HTTP/1.1\r\n"
                "Host: harbour-wire.example\r\n"
                "User-Agent: diplomap-example-crawler/0.1\r\n"
                "Accept: text/html,application/xhtml+xml\r\n"
                "Accept-Language: en\r\n"
                "\r\n"
            ).encode("ascii")
            out.append(warc_record([
                ("WARC-Type", "request"),
                ("WARC-Target-URI", p["url"]),
                ("WARC-Date", p["warc_date"]),
                ("WARC-Record-ID", record_id("request-" + p["url"])),
                ("WARC-Concurrent-To", resp_id),
                ("WARC-Warcinfo-ID", warcinfo_id),
                ("WARC-Block-Digest", sha1_b32(req_block)),
                ("Content-Type", "application/http; msgtype=request"),
            ], req_block))
        out.append(warc_record([
            ("WARC-Type", "response"),
            ("WARC-Target-URI", p["url"]),
            ("WARC-Date", p["warc_date"]),
            ("WARC-Record-ID", resp_id),
            ("WARC-Warcinfo-ID", warcinfo_id),
            ("WARC-IP-Address", "192.0.2.17"),
            ("WARC-Block-Digest", sha1_b32(resp_block)),
            ("WARC-Payload-Digest", sha1_b32(payload)),
            ("Content-Type", "application/http; msgtype=response"),
        ], resp_block))
    return b"".join(out)


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(build())
    print(f"wrote {target} ({target.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
