"""End-to-end speed of ``diplomap run`` with the event coder, on a realistic synthetic news stream.

By default the stream is ``bench/newsgen.py``'s (``--corpus newsgen``): wire copy and opinion
pieces about real states (the geopolitical share), other news, and their syndicated, spun and
exact copies, in varied wording. ``--corpus templates`` uses the older stream of this script,
generated from our own sentence templates about real actors (states, capitals, officials by
title, a few long-serving leaders by name), deterministic for a given ``--seed``:

* geopolitical wire copy (30 % of the mixed stream): ~700 words, about 40 sentences; about half
  carry a diplomatic event between two or three states ("X's foreign minister met Y's …",
  "X imposed sanctions on Y", "X will visit Y next month", "X denied …"), the rest background
  and quotes;
* other news (70 %): ~400 words of sport, business, weather, culture and science, which now and
  then names a country ("Japan beat Brazil 2-1", "shares of a Korean chipmaker rose").

Written as JSONL (title, text, published, url, outlet, author; 100 records a file; ``--format
json`` writes JSON arrays instead) and run as

    diplomap run FOLDER --store FRESH.duckdb --json --workers W     (W = 1 and 2)

for the mixed stream (``--docs`` articles) and for a geopolitical-only stream (30 % as many
articles). Reported: articles/s (the summary's ``read`` over wall time, process start and model
loads included), mentions and event reports stored.

The gate's saving is measured directly, in one process, on the same texts (title, blank line,
body): ``ActorRecogniser.recognise`` then ``EventCoder.code(..., gate=True)`` against
``gate=False`` (every sentence parsed); articles/s of each (recognition included, model loads
and a warm-up pass over ten articles excluded; the faster of two alternating passes), the coder's
own seconds, and the ratio ungated / gated.

Both formats are read alike: format detection looks at a JSONL file's whole first line, so a
first record longer than 4,096 characters (a 700-word article is ~4,600) is read as JSONL (an
earlier version rejected such a file as ``invalid-json``; ``--format json`` stays for comparison).

Run: .venv/bin/python bench/events_speed.py [--docs 1000] [--workers 1,2] [--direct 300] [--seed 0]
                                            [--format jsonl|json]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchlib import table, write_result
from events_eval import fingerprint
from throughput import run_once

NAME = "events_speed"

# ----------------------------------------------------------------------------- the geopolitical world

#: (name, adjective, capital); real states, the names the actor tables know
STATES = [
    ("the United States", "U.S.", "Washington"), ("China", "Chinese", "Beijing"), ("Russia", "Russian", "Moscow"),
    ("Japan", "Japanese", "Tokyo"), ("South Korea", "South Korean", "Seoul"),
    ("North Korea", "North Korean", "Pyongyang"), ("India", "Indian", "New Delhi"), ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"), ("Britain", "British", "London"), ("Turkey", "Turkish", "Ankara"),
    ("Iran", "Iranian", "Tehran"), ("Ukraine", "Ukrainian", "Kyiv"), ("Australia", "Australian", "Canberra"),
    ("Vietnam", "Vietnamese", "Hanoi"), ("the Philippines", "Philippine", "Manila"),
    ("Indonesia", "Indonesian", "Jakarta"), ("Brazil", "Brazilian", "Brasilia"), ("Egypt", "Egyptian", "Cairo"),
    ("Saudi Arabia", "Saudi", "Riyadh"), ("Pakistan", "Pakistani", "Islamabad"), ("Canada", "Canadian", "Ottawa"),
]
OFFICIALS = ["foreign minister", "defence minister", "president", "prime minister", "trade minister",
             "top diplomat", "ambassador", "envoy", "nuclear envoy", "vice foreign minister"]
NAMED = [("Russian President Vladimir Putin", "RUS"), ("Chinese President Xi Jinping", "CHN"),
         ("North Korean leader Kim Jong Un", "PRK"), ("Russian Foreign Minister Sergei Lavrov", "RUS"),
         ("Turkish President Recep Tayyip Erdogan", "TUR"), ("Chinese Foreign Minister Wang Yi", "CHN")]
TOPICS = ["trade", "nuclear disarmament", "maritime security", "energy cooperation", "the war in Ukraine",
          "sanctions relief", "climate policy", "supply chains", "fisheries", "a territorial dispute",
          "North Korea's missile programme", "visa rules", "semiconductor exports", "regional security"]
ACTIONS = ["missile tests", "military drills near the border", "new export controls", "naval deployment",
           "arrest of two foreign citizens", "seizure of a fishing boat", "repeated airspace violations"]
WRONGS = ["spying", "violating the ceasefire", "interfering in its elections", "cyberattacks on its banks",
          "harassing its coast guard", "breaking the sanctions regime"]
EVENT_TEMPLATES = [
    "{A_adj} {off} met {B_adj} counterpart in {city} on {weekday} to discuss {topic}.",
    "{A} and {B} signed an agreement on {topic} on {weekday}, officials said.",
    "{A_adj} {off} will visit {B_cap} next month for talks on {topic}, the ministry said.",
    "{A} condemned {B}'s {action}, calling it a threat to regional stability.",
    "{A} accused {B} of {wrong}.",
    "{A} imposed new sanctions on {B} over {topic} on {weekday}.",
    "{A} urged {B} to return to negotiations on {topic}.",
    "{A} threatened to retaliate if {B} went ahead with {action}.",
    "{A} and {B} held joint naval exercises in the {sea} this week.",
    "{A} denied that it had supplied weapons to {B}.",
    "{A} refused to meet a delegation from {B}.",
    "{A} pledged {n} million dollars in humanitarian aid to {B}.",
    "{A} expelled {n} {B_adj} diplomats on {weekday}.",
    "{A} praised {B}'s decision to resume talks on {topic}.",
    "{A} rejected {B}'s proposal for a joint committee on {topic}.",
    "{A} could impose tariffs on goods from {B} if the talks fail, officials warned.",
    "The {A_adj} {off} called {B_adj} officials on {weekday} to discuss {topic}.",
    "{named} met a delegation from {B} in {city} on {weekday}.",
    "{named} said {A} was ready to deepen cooperation with {B} on {topic}.",
    "{A}, {B} and {C} agreed to hold a trilateral summit later this year.",
    "{A} summoned {B}'s ambassador to protest against {action}.",
    "{A} welcomed the release of a detained {B_adj} journalist.",
]
FILLER = [
    "The talks come amid rising tension over {topic}.",
    "Analysts said the move was largely symbolic and unlikely to change the balance of power in the region.",
    "Trade between the two countries reached {n} billion dollars last year, according to customs data.",
    "The meeting lasted about {k} hours, according to people familiar with the discussions.",
    "It was the first such meeting since {year}.",
    "Markets reacted calmly to the news, with the main stock index up {pct} percent in afternoon trading.",
    "State media gave the visit prominent coverage, showing long rows of officials at the airport.",
    "Experts say the issue has long been a source of friction and has resisted several rounds of negotiation.",
    "Details of the agreement were not immediately released, and neither side took questions from reporters.",
    "Officials did not say when the next round of talks would take place.",
    "The ministry's statement was posted on its website late in the evening and ran to several pages.",
    "Diplomats in the capital described the atmosphere as businesslike but cool.",
    "Several hundred people gathered outside the venue, some carrying flags and banners.",
    "A spokesperson declined to give further details, citing the sensitivity of the discussions.",
    "The issue is expected to come up again at a regional forum in {month}.",
    "Observers noted that the wording of the final statement had been softened at the last minute.",
]
SEAS = ["East China Sea", "Sea of Japan", "South China Sea", "Mediterranean", "Black Sea", "Arabian Sea"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# ----------------------------------------------------------------------------- other news

OTHER = {
    "sport": [
        "{country} beat {country2} {g1}-{g2} in a friendly match on {weekday} night.",
        "The striker scored twice in the second half as the home side came from behind to win.",
        "The coach said after the game that his players had shown great character.",
        "Tickets for the final sold out within minutes, organisers said.",
        "The club confirmed that its captain would miss the next three matches with a knee injury.",
        "The tournament will be held in {month} next year, with sixteen teams taking part.",
        "Fans celebrated in the streets long after the final whistle.",
        "The veteran goalkeeper made a string of fine saves to keep his side in the game.",
    ],
    "business": [
        "Shares of the carmaker rose {pct} percent after it reported better-than-expected quarterly profit.",
        "A {adj} chipmaker said it would build a new plant at a cost of {n} billion dollars.",
        "The company's chief executive told analysts that demand had recovered faster than expected.",
        "Retail sales grew {pct} percent in {month} from a year earlier, data showed on {weekday}.",
        "The central bank left interest rates unchanged, as most economists had expected.",
        "The airline said it would add {k} new routes next summer to meet rising demand.",
        "Oil prices edged lower in early trading as traders weighed the outlook for demand.",
        "The startup raised {n} million dollars in a funding round led by a venture capital firm.",
    ],
    "weather": [
        "Heavy rain is expected across the region on {weekday}, the weather service said.",
        "Temperatures could reach {t} degrees in the afternoon, well above the seasonal average.",
        "Residents were advised to stay indoors as strong winds swept the coast.",
        "Several flights were delayed at the main airport because of fog.",
        "Forecasters said the dry spell was likely to continue into next week.",
        "Farmers said the late frost had damaged part of the fruit harvest.",
    ],
    "culture": [
        "The film opened to strong reviews and topped the box office on its first weekend.",
        "The museum's new exhibition brings together more than {k} works lent by collectors.",
        "The singer announced a world tour that will begin in {month}.",
        "A {adj} novel won the prize at a ceremony on {weekday} evening.",
        "The festival drew record crowds despite the rain, organisers said.",
        "Critics praised the production's staging and its young lead actor.",
    ],
    "science": [
        "Researchers said the new battery could be charged in a few minutes.",
        "The study, published in a leading journal, followed more than {n} thousand patients for ten years.",
        "Scientists observed the comet through a telescope in the mountains.",
        "The team plans to test the vaccine in a larger trial next year.",
        "Engineers completed the first test flight of the small drone without problems.",
        "The findings could help doctors detect the disease earlier, the authors said.",
    ],
}
COUNTRIES_SPORT = ["Japan", "Brazil", "South Korea", "Germany", "France", "Australia", "Mexico", "Spain"]


def _slots(rng: random.Random, day: date) -> dict[str, Any]:
    (a, a_adj, _), (b, b_adj, b_cap), (c, _, _) = rng.sample(STATES, 3)
    return {"A": a[0].upper() + a[1:], "A_adj": a_adj, "B": b, "B_adj": b_adj, "B_cap": b_cap, "C": c,
            "off": rng.choice(OFFICIALS), "city": rng.choice([b_cap, "Geneva", "Singapore", "Vienna", "Jakarta"]),
            "weekday": rng.choice(WEEKDAYS), "topic": rng.choice(TOPICS), "action": rng.choice(ACTIONS),
            "wrong": rng.choice(WRONGS), "sea": rng.choice(SEAS), "n": rng.randint(2, 90), "k": rng.randint(2, 9),
            "pct": rng.randint(1, 9), "year": rng.randint(1995, day.year - 1), "month": rng.choice(MONTHS),
            "named": rng.choice(NAMED)[0]}


def _sentence(template: str, slots: dict[str, Any]) -> str:
    s = template.format(**slots)
    return s[0].upper() + s[1:]


def geo_article(rng: random.Random, day: date) -> tuple[str, str]:
    """(title, body) of about 700 words: paragraphs of 2-4 sentences."""
    base = _slots(rng, day)
    title = _sentence(rng.choice(["{A} and {B} hold talks on {topic}", "{A_adj} {off} to visit {B_cap}",
                                  "{A} warns {B} over {action}", "{A} and {B} sign deal on {topic}"]), base)
    sentences: list[str] = []
    words = 0
    while words < 700:
        slots = dict(base) if rng.random() < 0.6 else _slots(rng, day)  # the story's pair, or a side story
        slots.update(weekday=rng.choice(WEEKDAYS), n=rng.randint(2, 90), pct=rng.randint(1, 9))
        template = rng.choice(EVENT_TEMPLATES if rng.random() < 0.5 else FILLER)
        sentences.append(_sentence(template, slots))
        words += len(sentences[-1].split())
    return title, _paragraphs(rng, sentences)


def other_article(rng: random.Random) -> tuple[str, str]:
    """(title, body) of about 400 words on a non-political subject."""
    kind = rng.choice(list(OTHER))
    c1, c2 = rng.sample(COUNTRIES_SPORT, 2)
    sentences: list[str] = []
    words = 0
    while words < 400:
        slots = {"country": c1, "country2": c2, "g1": rng.randint(1, 4), "g2": rng.randint(0, 3),
                 "weekday": rng.choice(WEEKDAYS), "month": rng.choice(MONTHS), "pct": rng.randint(1, 12),
                 "n": rng.randint(2, 900), "k": rng.randint(3, 40), "t": rng.randint(25, 38),
                 "adj": rng.choice(["Korean", "Japanese", "German", "French", "Brazilian"])}
        sentences.append(_sentence(rng.choice(OTHER[kind]), slots))
        words += len(sentences[-1].split())
    title = {"sport": f"{c1} beat {c2} in friendly", "business": "Shares rise as profit beats forecasts",
             "weather": "Heavy rain and wind expected", "culture": "Festival draws record crowds",
             "science": "Researchers report new findings"}[kind]
    return title, _paragraphs(rng, sentences)


def _paragraphs(rng: random.Random, sentences: list[str]) -> str:
    out, i = [], 0
    while i < len(sentences):
        k = rng.randint(2, 4)
        out.append(" ".join(sentences[i:i + k]))
        i += k
    return "\n\n".join(out)


def make_stream(n: int, geo_share: float, seed: int) -> list[dict[str, Any]]:
    """n records, a ``geo_share`` of them wire copy, shuffled, deterministic."""
    rng = random.Random(seed)
    n_geo = round(n * geo_share)
    kinds = ["geo"] * n_geo + ["other"] * (n - n_geo)
    rng.shuffle(kinds)
    records = []
    for i, kind in enumerate(kinds):
        day = date(2017, 1, 1) + timedelta(days=rng.randrange(0, 2500))
        title, body = geo_article(rng, day) if kind == "geo" else other_article(rng)
        records.append({"title": title, "text": body, "published": day.isoformat(), "kind": kind,
                        "url": f"https://wire.example.org/{day.year}/{i:06d}", "outlet": "Example Wire",
                        "author": "Staff Reporter"})
    return records


def newsgen_stream(n: int, geo_share: float, seed: int) -> list[dict[str, Any]]:
    """``bench/newsgen.py``'s documents (copies included) as this script's records: wire copy and
    opinion pieces are "geo", the rest "other"."""
    import newsgen

    fields = ("title", "text", "published", "url", "outlet", "author")
    return [{**{k: r[k] for k in fields}, "kind": "geo" if r["kind"] in ("wire", "opinion") else "other"}
            for r in newsgen.iter_records(n, seed=seed, geo_share=geo_share)]  # fmt: skip


def mean_words(records: list[dict[str, Any]], kind: str) -> float:
    sizes = [len(r["text"].split()) for r in records if r["kind"] == kind]
    return sum(sizes) / len(sizes) if sizes else 0.0


def write_stream(folder: Path, records: list[dict[str, Any]], fmt: str) -> None:
    """100 records a file: JSONL (one object a line) or a JSON array (``--format json``)."""
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(0, len(records), 100):
        objs = [{key: v for key, v in r.items() if key != "kind"} for r in records[k:k + 100]]
        text = "\n".join(json.dumps(o) for o in objs) + "\n" if fmt == "jsonl" else json.dumps(objs, indent=1)
        (folder / f"part-{k // 100:04d}.{fmt}").write_text(text, encoding="utf-8")


# ----------------------------------------------------------------------------- measuring


def timed_pass(rec: Any, coder: Any, texts: list[tuple[str, str, str]], gate: bool) -> dict[str, Any]:
    from diplomap.model import PartialDate

    t_rec = t_code = 0.0
    reports = {"geo": 0, "other": 0}
    for text, day, kind in texts:
        t0 = time.perf_counter()
        mentions = rec.recognise(text, date=day, places=True)
        t1 = time.perf_counter()
        reports[kind] += len(coder.code(text, mentions, published=PartialDate(day[:10], "day"), gate=gate))
        t_rec += t1 - t0
        t_code += time.perf_counter() - t1
    return {"recognise_s": t_rec, "code_s": t_code, "reports": reports["geo"] + reports["other"],
            "reports_in_other_news": reports["other"], "articles_per_s": len(texts) / (t_rec + t_code)}


def direct(records: list[dict[str, Any]], passes: int = 2) -> dict[str, Any]:
    """Recognise + code each text in one process, gate=True and gate=False: after a warm-up pass
    over a few texts with each, ``passes`` alternating passes; the faster pass of each counts."""
    from diplomap.extract.events import EventCoder
    from diplomap.extract.recognise import ActorRecogniser

    rec, coder = ActorRecogniser(), EventCoder()
    texts = [(f"{r['title']}\n\n{r['text']}", r["published"], r["kind"]) for r in records]
    for gate in (True, False):
        timed_pass(rec, coder, texts[:10], gate)
    best: dict[bool, dict[str, Any]] = {}
    for _ in range(passes):
        for gate in (True, False):
            p = timed_pass(rec, coder, texts, gate)
            if gate not in best or p["articles_per_s"] > best[gate]["articles_per_s"]:
                best[gate] = p
    g, u = best[True], best[False]
    return {"articles": len(texts), "geo_articles": sum(t[2] == "geo" for t in texts), "passes": passes,
            "gated": g, "ungated": u,
            "ratio_total": (u["recognise_s"] + u["code_s"]) / (g["recognise_s"] + g["code_s"]),
            "ratio_coder": u["code_s"] / g["code_s"] if g["code_s"] else None}


def run_stream(folder: Path, label: str, workers: list[int]) -> list[dict[str, Any]]:
    runs = []
    for w in workers:
        store = folder.parent / f"{label}-w{w}.duckdb"
        print(f"  diplomap run {label} --workers {w} ...", file=sys.stderr, flush=True)
        r = run_once(folder, store, w, "default")
        r["stream"] = label
        s = r.get("summary") or {}
        r["mentions"], r["events"] = s.get("mentions"), s.get("events")
        runs.append(r)
        if r["rc"] != 0 or not s:
            print(f"\n!! diplomap run ({label}, --workers {w}) exited {r['rc']}:\n{r.get('stderr_tail', '')}")
        elif s.get("rejected"):
            print(f"\n!! diplomap run ({label}, --workers {w}) rejected {s['rejected']} input(s): "
                  f"{s.get('rejected_by_reason')} (a JSONL file whose first line is longer than 4,096 characters "
                  "is taken for broken JSON by ingest/detect.py; try --format json)")
    return runs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=1000, help="articles in the mixed stream")
    ap.add_argument("--geo-share", type=float, default=0.3)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--direct", type=int, default=300, help="articles for the gate measurement (0: none)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--format", choices=["jsonl", "json"], default="jsonl", help="input files: JSONL or JSON arrays")
    ap.add_argument("--keep", action="store_true", help="keep the streams and stores")
    ap.add_argument("--corpus", choices=["newsgen", "templates"], default="newsgen",
                    help="newsgen: bench/newsgen.py's varied text (wire and opinion as geopolitical), JSONL shards "
                         "of 100; templates: this script's own template stream (its wording repeats across articles)")
    args = ap.parse_args(argv)
    fp = fingerprint()
    workers = [int(x) for x in args.workers.split(",")]
    if args.corpus == "newsgen":
        mixed = newsgen_stream(args.docs, args.geo_share, args.seed)
        geo = newsgen_stream(round(args.docs * args.geo_share), 1.0, args.seed + 1)
    else:
        mixed = make_stream(args.docs, args.geo_share, args.seed)
        geo = make_stream(round(args.docs * args.geo_share), 1.0, args.seed + 1)
    words = {k: mean_words(mixed, k) for k in ("geo", "other")}
    print(f"mixed stream: {len(mixed)} articles ({sum(r['kind'] == 'geo' for r in mixed)} wire copy, mean "
          f"{words['geo']:.0f} words; other news mean {words['other']:.0f} words); geopolitical-only: {len(geo)}")
    tmp = Path(tempfile.mkdtemp(prefix="diplomap-events-speed-"))
    try:
        write_stream(tmp / "mixed", mixed, args.format)
        write_stream(tmp / "geo", geo, args.format)
        runs = run_stream(tmp / "mixed", "mixed", workers) + run_stream(tmp / "geo", "geo", workers)
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print(table(["stream", "workers", "articles", "wall s", "articles/s", "mentions", "event reports", "max RSS MB"],
                [[r["stream"], r["workers"], (r.get("summary") or {}).get("read"), r["wall_s"], r["docs_per_s"],
                  r["mentions"], r["events"], r.get("max_rss_mb")] for r in runs],
                title=f"diplomap run on {args.format} (fresh store; wall time includes start-up and model loads)"))
    d = direct(mixed[: args.direct]) if args.direct > 0 else None  # (--direct 0: the runs only)
    if d is not None:
        print()
        print(table(["coder gate", "articles", "recognise s", "code s", "articles/s", "reports", "in other news"],
                    [[k, d["articles"], d[k]["recognise_s"], d[k]["code_s"], d[k]["articles_per_s"], d[k]["reports"],
                      d[k]["reports_in_other_news"]] for k in ("gated", "ungated")],
                    title="Recognise + code in one process, same mixed texts: the gate against parsing every sentence"))
        print(f"\nungated / gated time: {d['ratio_total']:.2f}x overall, {d['ratio_coder'] or 0:.2f}x the coder "
              f"alone; code+data {fp}")
    data = {"script": "bench/events_speed.py",
            "fingerprint": fp, "docs": args.docs, "format": args.format, "geo_share": args.geo_share, "seed": args.seed,
            "mean_words": words, "runs": runs, "direct": d}
    path = write_result(NAME, data)
    print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
