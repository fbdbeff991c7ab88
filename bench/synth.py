"""A deterministic synthetic corpus of diplomatic news in the formats ``diplomap run`` reads.

Everything here is invented: thirty fictional outlets, fictional states, leaders and cities, and
sentences built from our own templates. ``make_corpus(folder, n, seed=0)`` writes, for ``n``
article documents (defaults scale with ``n``; shown for n = 10,000):

* plain-text page dumps (the rest, ~6,290): what a select-all / paste of an outlet's page gives:
  header navigation, the site tagline, ad placeholders, share buttons, the headline, a dateline
  and byline, the paragraphs (with "Read more:" cross-links and photo captions in between), a
  newsletter appeal, tags, comment and copyright footers, "Article printed from ...". Each outlet
  has its own recurring furniture lines, so corpus-wide furniture statistics have something to
  find;
* small HTML pages (15 %, ~1,500) with <title>, meta tags (og:site_name, author, published
  time), a nav bar, the article in <article>, a sidebar and a footer;
* JSONL files of 100 articles each (20 %, 20 files): title, text, published, url, outlet, author;
* one RSS 2.0 feed of 200 items with content:encoded bodies;
* a few WordPress REST API posts (10), one of them a list of posts (``posts-page-1.json``);
* exact byte copies of ~1 % of the text and HTML files under other names;
* a few broken files: empty, whitespace only, a PNG header with random bytes, random binary,
  a truncated JSON object, NUL-laden junk.

The same (n, seed) always gives the same bytes. Run ``python bench/synth.py FOLDER --docs N``
to write one and print its manifest.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta
from html import escape
from pathlib import Path
from typing import Any

# ----------------------------------------------------------------------------- world

STATES = [
    ("Aldoria", "Aldorian", "Vessburg"), ("Brevania", "Brevanian", "Port Halden"),
    ("Cassivel", "Cassivelan", "Tiraz"), ("Dorvenia", "Dorvenian", "Kelmarsk"),
    ("Estrada", "Estradan", "San Corvo"), ("Felmark", "Felmarkish", "Osterholm"),
    ("Galinor", "Galinorian", "Merrow"), ("Hesperine", "Hesperinian", "Lysandra"),
    ("Istrava", "Istravan", "Novo Brask"), ("Jorvalia", "Jorvalian", "Ketterdam"),
    ("Kaldoria", "Kaldorian", "Ashgrave"), ("Lunesse", "Lunessian", "Belcourt"),
    ("Moravant", "Moravantine", "Drezna"), ("Norhaven", "Norhavener", "Fjellvik"),
    ("Ostrelia", "Ostrelian", "Carvain"), ("Pellucia", "Pellucian", "Arrenta"),
    ("Quorvia", "Quorvian", "Zalesk"), ("Rusvania", "Rusvanian", "Varnograd"),
    ("Sarnavia", "Sarnavian", "Emberlin"), ("Tavoria", "Tavorian", "Cindra"),
    ("Ulmeria", "Ulmerian", "Hollis Bay"), ("Veskaria", "Veskarian", "Tornhelm"),
    ("Wexmoor", "Wexmoorish", "Greystone"), ("Yarovia", "Yarovian", "Pelgorod"),
]
OTHER_CITIES = ["Geneva Lakes", "Marisport", "Old Cassel", "Tern Harbour", "Valmora", "Highmere", "Saltreach",
                "Corrin", "Duskvale", "Eastwatch", "Fairholt", "Glimmerdeep"]
FIRST = ["Anika", "Boris", "Celeste", "Dmitar", "Elena", "Farid", "Greta", "Hakon", "Ilse", "Jonas", "Katya",
         "Lorenz", "Mirela", "Nikolai", "Odile", "Petra", "Quentin", "Rasmus", "Sabine", "Tomas", "Ulla",
         "Viktor", "Wilma", "Yusuf", "Zora", "Anselm", "Brigid", "Casimir", "Dagny", "Emil"]
LAST = ["Aranov", "Brandt", "Castellan", "Dunmore", "Eskeland", "Falk", "Grieve", "Halloran", "Ivers",
        "Jansky", "Korvel", "Lindqvist", "Marchetti", "Novak", "Orsini", "Petrov", "Quist", "Rheinfeld",
        "Sorensen", "Tallis", "Urbano", "Varga", "Wexley", "Yilmaz", "Zeller", "Abernathy", "Balogh",
        "Cerny", "Delacroix", "Ekström"]
ROLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Chancellor",
         "Trade Minister", "Minister of State", "Deputy Foreign Minister", "national security adviser"]
TOPICS = ["border demarcation", "a new trade agreement", "fishing rights in the northern straits",
          "the release of detained sailors", "energy supplies for the coming winter", "visa liberalisation",
          "a ceasefire along the disputed frontier", "the extradition of a former general",
          "joint naval exercises", "water sharing on the Ilmen river", "tariffs on steel and grain",
          "the reopening of consulates", "a prisoner exchange", "nuclear safety inspections",
          "sanctions relief", "refugee returns", "a rail link across the mountains",
          "debt restructuring", "airspace violations", "the status of the demilitarised zone"]
ORGS = ["the Council of Northern States", "the Maritime Compact", "the Continental Assembly",
        "the Treaty Organisation of the Straits", "the Coalition for Regional Security",
        "the United Assembly of States"]
VERBS_MEET = ["met", "held talks with", "received", "hosted", "spoke by telephone with"]
OUTCOMES = ["signed a memorandum of understanding", "agreed to resume talks next month",
            "issued a joint statement", "failed to reach agreement", "pledged closer cooperation",
            "announced a working group", "exchanged letters of intent", "postponed a decision"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

SENTENCES = [
    "{leader} of {state} {meet} {leader2} in {city} on {date} to discuss {topic}.",
    "The two sides {outcome} after {n} hours of talks, according to officials in {capital}.",
    "{state_adj} officials said the meeting had been \u201cfrank and constructive\u201d.",
    "{leader2} told reporters that {state2} would not accept any deal that ignored {topic}.",
    "The talks were the first at this level since relations were strained in {year}.",
    "Diplomats from {state} and {state2} are expected to meet again in {city2} before the end of {month}.",
    "{state} recalled its ambassador from {capital2} last {month} over {topic}.",
    "A spokesperson for the {state_adj} foreign ministry said the government remained committed to dialogue.",
    "Analysts in {capital} said the visit signalled a cautious thaw between the two governments.",
    "{org} welcomed the talks and urged both parties to avoid unilateral steps.",
    "Under the proposal, {state} would {action} in exchange for {concession}.",
    "Opposition leaders in {state2} criticised the government for conceding too much on {topic}.",
    "{leader} later travelled to {city2}, where {pronoun} laid a wreath at the memorial to the {year} treaty.",
    "Trade between {state} and {state2} fell by {pct} per cent last year, customs figures show.",
    "Protesters gathered outside the {state_adj} embassy in {capital2} on {weekday} evening.",
    "The ministry denied reports that {state} had expelled {n} diplomats from {state2}.",
    "Both governments said a summit could take place in {city} as early as {month}.",
    "\u201cWe have taken a first step, but there is a long road ahead,\u201d {leader} said.",
    "The agreement still has to be ratified by the parliament of {state2}.",
    "{org} is due to discuss {topic} at its next session in {city2}.",
]
ACTIONS = ["withdraw troops from the border area", "lift restrictions on imports", "reopen its airspace",
           "release detained fishermen", "suspend military drills", "grant access to inspectors"]
CONCESSIONS = ["a phased easing of sanctions", "guaranteed gas deliveries", "a seat at the negotiating table",
               "recognition of its maritime claims", "financial assistance for reconstruction"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

SECTIONS = ["World", "Politics", "Diplomacy", "Europe", "Asia", "Security", "Economy", "Opinion", "Analysis",
            "Video", "Podcasts", "Newsletters"]
OUTLET_WORDS = ["Meridian", "Northwind", "Capital", "Harbour", "Frontier", "Sentinel", "Compass", "Ledger",
                "Beacon", "Chronicle", "Observer", "Dispatch", "Tribune", "Courier", "Herald", "Gazette",
                "Monitor", "Review", "Record", "Standard", "Signal", "Atlas", "Crossroads", "Summit",
                "Embassy Row", "Parallel", "Lantern", "Keystone", "Horizon", "Bulletin"]
OUTLET_SUFFIX = ["Post", "Times", "Daily", "Weekly", "Wire", "Report", "Journal", "News", "Brief", "Digest"]


def make_outlets(rng: random.Random, k: int = 30) -> list[dict[str, Any]]:
    outlets = []
    for i in range(k):
        word = OUTLET_WORDS[i % len(OUTLET_WORDS)]
        name = f"The {word} {rng.choice(OUTLET_SUFFIX)}"
        domain = word.lower().replace(" ", "-") + "-" + name.split()[-1].lower() + ".example"
        nav = rng.sample(SECTIONS, rng.randint(5, 9))
        furniture = {
            "header": ["Skip to content", name, " | ".join(["Home", *nav]),
                       f"{rng.choice(['Independent', 'Trusted', 'Essential', 'Fearless'])} reporting on "
                       f"{rng.choice(['world affairs', 'diplomacy', 'the region', 'foreign policy'])} since "
                       f"{rng.randint(1950, 2015)}"],
            "ad": rng.choice(["[AD:TOP]", "Advertisement", "[AD:INLINE]", "Sponsored content"]),
            "share": rng.sample(["Share", "Tweet", "Email", "Print", "Facebook", "Twitter", "LinkedIn",
                                 "WhatsApp", "Copy link"], 4),
            "newsletter": f"Sign up for {name.replace('The ', 'the ')} briefing, our free "
                          f"{rng.choice(['daily', 'weekly'])} newsletter on diplomacy.",
            "appeal": f"{name} is reader-funded. Support independent journalism from just "
                      f"{rng.randint(2, 9)} a month.",
            "footer": [f"\u00a9 {rng.randint(2019, 2024)} {name}. All rights reserved.",
                       rng.choice(["Comments are closed.", "Leave a comment", "Be the first to comment"]),
                       " | ".join(rng.sample(["About us", "Contact", "Privacy policy", "Terms of use",
                                              "Advertise", "Careers", "Corrections"], 5))],
            "printed": f"Article printed from {name} (https://{domain})",
        }
        outlets.append({"name": name, "domain": domain, "furniture": furniture,
                        "style": rng.choice(["dump", "dump", "dump-byline-first"])})
    return outlets


# --------------------------------------------------------------------------- articles


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def make_article(rng: random.Random, outlets: list[dict[str, Any]], serial: int) -> dict[str, Any]:
    (s1, a1, c1), (s2, a2, c2) = rng.sample(STATES, 2)
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(0, 3650))
    leader = f"{rng.choice(ROLES)} {_person(rng)}"
    leader2 = f"{a2} {rng.choice(ROLES)} {_person(rng)}"
    topic = rng.choice(TOPICS)
    slots = {
        "state": s1, "state2": s2, "state_adj": a1, "capital": c1, "capital2": c2,
        "leader": leader, "leader2": leader2, "topic": topic,
        "city": rng.choice([c1, c2, *OTHER_CITIES]), "city2": rng.choice(OTHER_CITIES),
        "date": f"{day.day} {MONTHS[day.month - 1]} {day.year}", "year": str(rng.randint(1990, day.year)),
        "month": rng.choice(MONTHS), "meet": rng.choice(VERBS_MEET), "outcome": rng.choice(OUTCOMES),
        "org": rng.choice(ORGS), "n": str(rng.randint(2, 14)), "pct": str(rng.randint(3, 40)),
        "action": rng.choice(ACTIONS), "concession": rng.choice(CONCESSIONS),
        "pronoun": rng.choice(["he", "she"]), "weekday": rng.choice(WEEKDAYS),
    }
    def fill(template: str) -> str:
        sentence = template.format(**slots)
        return sentence[0].upper() + sentence[1:]

    paragraphs = [fill(SENTENCES[0]) + " " + fill(SENTENCES[1])]
    for _ in range(rng.randint(3, 7)):
        picks = rng.sample(SENTENCES[2:], rng.randint(2, 4))
        # a varying number and a serial-dependent detail keep articles from being near-duplicates
        slots["n"], slots["pct"] = str(rng.randint(2, 60)), str(rng.randint(3, 40))
        slots["month"], slots["city2"] = rng.choice(MONTHS), rng.choice(OTHER_CITIES)
        paragraphs.append(" ".join(fill(p) for p in picks))
    paragraphs.append(f"Officials said the file (reference {serial:06d}-{rng.randint(100, 999)}) would be "
                      f"reviewed again in {rng.choice(MONTHS)}.")
    title = rng.choice([
        f"{s1} and {s2} hold talks on {topic}",
        f"{a1} {leader} meets {a2} counterpart in {slots['city']}",
        f"{s1} and {s2} {slots['outcome']} on {topic}",
        f"{a1} envoy in {c2} as row over {topic} deepens",
    ])
    outlet = outlets[rng.randrange(len(outlets))]
    return {"title": title, "paragraphs": paragraphs, "date": day, "author": _person(rng),
            "outlet": outlet, "slug": f"{day.isoformat()}-{serial:06d}",
            "url": f"https://{outlet['domain']}/{day.year}/{day.month:02d}/{serial:06d}-"
                   + "-".join(title.lower().split()[:6]).replace(",", "")}


# ----------------------------------------------------------------------------- formats


def as_text_dump(rng: random.Random, art: dict[str, Any], related: list[str]) -> str:
    f = art["outlet"]["furniture"]
    d = art["date"]
    lines = list(f["header"])
    lines += [f["ad"], art["title"]]
    dateline = rng.choice([f"Published {d.day} {MONTHS[d.month - 1]} {d.year}",
                           f"{MONTHS[d.month - 1]} {d.day}, {d.year}", d.isoformat()])
    byline = f"By {art['author']}"
    lines += [byline, dateline] if art["outlet"]["style"] == "dump-byline-first" else [dateline, byline]
    lines.append(f"{rng.randint(2, 9)} min read")
    lines += f["share"]
    for i, para in enumerate(art["paragraphs"]):
        lines.append(para)
        if i == 1 and related:
            lines.append(f"Read more: {rng.choice(related)}")
        if i == 2 and rng.random() < 0.5:
            lines.append(f["ad"])
    lines += ["Tags: " + ", ".join(rng.sample([s for s, _, _ in STATES], 3)), f["newsletter"], f["appeal"]]
    lines += f["footer"] + [f["printed"]]
    return "\n\n".join(lines) + "\n"


def as_html(rng: random.Random, art: dict[str, Any], related: list[str]) -> str:
    o = art["outlet"]
    f = o["furniture"]
    nav = "".join(f'<li><a href="/{s.lower()}/">{escape(s)}</a></li>' for s in f["header"][2].split(" | "))
    paras = "\n".join(f"<p>{escape(p)}</p>" for p in art["paragraphs"])
    rel = "".join(f'<li><a href="/r/{i}">{escape(t)}</a></li>' for i, t in enumerate(related[:4]))
    iso = f"{art['date'].isoformat()}T{rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}:00Z"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{escape(art['title'])} | {escape(o['name'])}</title>
<meta property="og:title" content="{escape(art['title'])}">
<meta property="og:site_name" content="{escape(o['name'])}">
<meta name="author" content="{escape(art['author'])}">
<meta property="article:published_time" content="{iso}">
<link rel="canonical" href="{escape(art['url'])}">
</head><body>
<header><a class="logo" href="/">{escape(o['name'])}</a><nav><ul>{nav}</ul></nav>
<p class="tagline">{escape(f['header'][3])}</p></header>
<main><article>
<h1>{escape(art['title'])}</h1>
<p class="byline">By <span class="author">{escape(art['author'])}</span> |
<time datetime="{iso}">{art['date'].day} {MONTHS[art['date'].month - 1]} {art['date'].year}</time></p>
{paras}
</article>
<aside><h2>Related</h2><ul>{rel}</ul><p>{escape(f['newsletter'])}</p></aside></main>
<footer><p>{escape(f['footer'][0])}</p><p>{escape(f['footer'][2])}</p></footer>
</body></html>
"""


def as_record(art: dict[str, Any]) -> dict[str, Any]:
    return {"title": art["title"], "text": "\n\n".join(art["paragraphs"]), "published": art["date"].isoformat(),
            "url": art["url"], "outlet": art["outlet"]["name"], "author": art["author"]}


def as_rss(rng: random.Random, arts: list[dict[str, Any]], outlet: dict[str, Any]) -> str:
    items = []
    for a in arts:
        d = a["date"]
        pub = f"{WEEKDAYS[d.weekday()][:3]}, {d.day:02d} {MONTHS[d.month - 1][:3]} {d.year} 09:00:00 +0000"
        body = "".join(f"<p>{escape(p)}</p>" for p in a["paragraphs"])
        items.append(f"""  <item>
    <title>{escape(a['title'])}</title>
    <link>{escape(a['url'])}</link>
    <dc:creator><![CDATA[{a['author']}]]></dc:creator>
    <pubDate>{pub}</pubDate>
    <guid isPermaLink="false">{escape(a['url'])}</guid>
    <description><![CDATA[{a['paragraphs'][0][:200]} [&#8230;]]]></description>
    <content:encoded><![CDATA[{body}]]></content:encoded>
  </item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>{escape(outlet['name'])}</title>
  <link>https://{outlet['domain']}</link>
  <description>{escape(outlet['furniture']['header'][3])}</description>
  <language>en</language>
{chr(10).join(items)}
</channel>
</rss>
"""


def as_wordpress(art: dict[str, Any], post_id: int) -> dict[str, Any]:
    iso = f"{art['date'].isoformat()}T10:00:00"
    return {"id": post_id, "date": iso, "date_gmt": iso, "guid": {"rendered": f"https://{art['outlet']['domain']}/?p={post_id}"},
            "modified": iso, "slug": art["slug"], "status": "publish", "type": "post", "link": art["url"],
            "title": {"rendered": escape(art["title"])},
            "content": {"rendered": "\n".join(f"<p>{escape(p)}</p>" for p in art["paragraphs"]), "protected": False},
            "excerpt": {"rendered": f"<p>{escape(art['paragraphs'][0][:150])}</p>"},
            "author": 3, "categories": [7], "tags": [],
            "yoast_head_json": {"author": art["author"], "og_site_name": art["outlet"]["name"]}}


# ------------------------------------------------------------------------------ corpus


def plan(n: int) -> dict[str, int]:
    """How many article documents go to each format for n documents in all."""
    rss = min(200, n // 20)
    wordpress = min(10, max(1, n // 200)) if n >= 50 else 0
    jsonl_files = (n // 5) // 100
    html = round(n * 0.15)
    text = n - rss - wordpress - jsonl_files * 100 - html
    return {"text": text, "html": html, "jsonl_files": jsonl_files, "jsonl_docs": jsonl_files * 100,
            "rss_items": rss, "wordpress": wordpress}


def make_corpus(folder: str | Path, n: int, seed: int = 0) -> dict[str, Any]:
    """Write the corpus for ``n`` article documents under ``folder``; return its manifest."""
    folder = Path(folder)
    rng = random.Random(seed)
    outlets = make_outlets(rng)
    p = plan(n)
    arts = [make_article(rng, outlets, i) for i in range(n)]
    titles = [a["title"] for a in arts]
    files: dict[str, int] = {}

    def write(rel: str, data: bytes | str) -> Path:
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        kind = rel.split("/")[0]
        files[kind] = files.get(kind, 0) + 1
        return path

    i = 0
    text_paths, html_paths = [], []
    for _ in range(p["text"]):
        a = arts[i]
        text_paths.append(write(f"text/{a['outlet']['domain']}/{a['slug']}.txt",
                                as_text_dump(rng, a, rng.sample(titles, 3))))
        i += 1
    for _ in range(p["html"]):
        a = arts[i]
        html_paths.append(write(f"html/{a['outlet']['domain']}/{a['slug']}.html",
                                as_html(rng, a, rng.sample(titles, 4))))
        i += 1
    for k in range(p["jsonl_files"]):
        chunk = arts[i:i + 100]
        write(f"jsonl/batch-{k:03d}.jsonl", "".join(json.dumps(as_record(a), ensure_ascii=False) + "\n"
                                                    for a in chunk))
        i += 100
    if p["rss_items"]:
        write("feeds/wire.rss", as_rss(rng, arts[i:i + p["rss_items"]], outlets[0]))
        i += p["rss_items"]
    wp = arts[i:i + p["wordpress"]]
    i += len(wp)
    if wp:
        for k, a in enumerate(wp[:-1] if len(wp) > 1 else wp):
            write(f"wordpress/post-{1000 + k}.json", json.dumps(as_wordpress(a, 1000 + k)))
        if len(wp) > 1:
            write("wordpress/posts-page-1.json", json.dumps([as_wordpress(wp[-1], 2000)]))
    assert i == n, (i, n)

    # exact copies under other names (~1 % of the text and HTML files)
    copies = 0
    pool = text_paths + html_paths
    for src in rng.sample(pool, min(len(pool), max(1, n // 100))) if pool else []:
        write(f"copies/copy-{copies:04d}-{src.name}", src.read_bytes())
        copies += 1

    # broken inputs
    broken = {
        "broken/empty.txt": b"",
        "broken/blank.txt": b"   \n\n  \n",
        "broken/photo.png": b"\x89PNG\r\n\x1a\n" + rng.randbytes(2048),
        "broken/blob.bin": bytes([0, 1, 2, 0, 255]) + rng.randbytes(4096),
        "broken/truncated.json": b'{"title": "Talks resume", "text": "The two delegations me',
        "broken/nul-junk.txt": b"junk\x00\x00\x00" * 200,
    }
    for rel, data in broken.items():
        write(rel, data)

    manifest = {"seed": seed, "documents": n, "plan": p, "copies": copies, "broken": len(broken),
                "files": files, "total_files": sum(files.values()),
                "bytes": sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())}
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write a synthetic diplomatic-news corpus.")
    ap.add_argument("folder")
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    print(json.dumps(make_corpus(args.folder, args.docs, args.seed), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
