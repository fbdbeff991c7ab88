#!/usr/bin/env python3
"""Build the text-reuse evaluation set for diplomap (bench/data/reuse).

Standard library only, Python 3.11, deterministic (fixed seed).

    python make_pairs.py            # (re)build docs/, pairs.jsonl, manifest.jsonl
    python make_pairs.py --check    # validate what is on disk (spans, shares, labels, determinism)

Inputs
  * project texts (written for the project): bench/data/events/texts, bench/data/actors/texts,
    bench/data/actors_blind2/texts and five text-like pages from examples/corpus/text;
  * hand-written material in written/: passage/Pxx.txt (opinion pieces with {{...}} markers
    where verbatim passages from a source are inserted) and reworded/R_<src>.txt (human
    rewordings of a source);
  * tables in this file: alternative headlines, added sentences, site furniture, a synonym
    table for "spinning".
The seed documents in ../shared/corpus/seeds are referenced by file name and span only;
none of their text is stored here (only span offsets and file hashes).

Offsets: every span is a pair of code-point offsets [start, end) into the file decoded as
UTF-8 *without* newline translation (read bytes and .decode("utf-8"), or open(...,
newline="")). A BOM, if present, counts as one character.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import difflib
import hashlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = 20261126
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]                      # project root (…/bench/data/reuse -> root)
DOCS = HERE / "docs"
WRITTEN = HERE / "written"
PAIRS = HERE / "pairs.jsonl"
MANIFEST = HERE / "manifest.jsonl"
DEFAULT_SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"

# ---------------------------------------------------------------------------------------------
# Sources: id -> (path relative to project root, format, event topics)
#   format "news": "Published: …", blank, headline, blank, paragraphs
#   format "bare": paragraphs only
#   format "page": a raw web page dump (site furniture around the article), see PAGES
# Topics are event-level: two sources share a topic when they report the same event(s).
# ---------------------------------------------------------------------------------------------
EV = "bench/data/events/texts/"
AC = "bench/data/actors/texts/"
B2 = "bench/data/actors_blind2/texts/"
EX = "examples/corpus/text/"
SOURCES: dict[str, tuple[str, str, list[str]]] = {
    "E01": (EV + "01_inter_korean_summit_2000.txt", "news", ["ik2000"]),
    "E02": (EV + "02_nuclear_test_sanctions_2006.txt", "news", ["nk2006"]),
    "E03": (EV + "03_yeonpyeong_shelling_2010.txt", "news", ["yeonpyeong2010"]),
    "E04": (EV + "04_senkaku_trawler_2010.txt", "news", ["senkaku2010"]),
    "E05": (EV + "05_crimea_un_vote_2014.txt", "news", ["crimea2014"]),
    "E06": (EV + "06_thaad_thaw_2017.txt", "news", ["thaad"]),
    "E07": (EV + "07_panmunjom_summit_2018.txt", "news", ["panmunjom2018"]),
    "E08": (EV + "08_hanoi_summit_2019.txt", "news", ["hanoi2019"]),
    "E09": (EV + "09_gsomia_export_controls_2019.txt", "news", ["exportcurbs2019"]),
    "E10": (EV + "10_invasion_veto_2022.txt", "news", ["invasion2022"]),
    "E11": (EV + "11_unsc_double_veto_2022.txt", "news", ["may2022"]),
    "E12": (EV + "12_black_sea_grain_2022.txt", "news", ["grain2022"]),
    "E13": (EV + "13_pelosi_taiwan_2022.txt", "news", ["pelosi2022"]),
    "E14": (EV + "14_missile_over_japan_2022.txt", "news", ["overjapan2022"]),
    "E15": (EV + "15_fukushima_seafood_ban_2023.txt", "news", ["fukushima2023"]),
    "E16": (EV + "16_kim_putin_vostochny_2023.txt", "news", ["vostochny2023"]),
    "E17": (EV + "17_pyongyang_treaty_2024.txt", "news", ["treaty2024"]),
    "E18": (EV + "18_nk_troops_russia_2024.txt", "news", ["troops2024"]),
    "E19": (EV + "19_iran_deal_withdrawal_2018.txt", "news", ["iran_deal"]),
    "E20": (EV + "20_turkey_downs_su24_2015.txt", "news", ["su24_2015"]),
    "E21": (EV + "21_venezuela_guaido_2019.txt", "news", ["venezuela2019"]),
    "E22": (EV + "22_belarus_ryanair_2021.txt", "news", ["ryanair2021"]),
    "E23": (EV + "23_niger_ecowas_2023.txt", "news", ["niger2023"]),
    "E24": (EV + "24_abraham_accords_2020.txt", "news", ["abraham2020"]),
    "A01": (AC + "01_inter_korean_summit_2000.txt", "bare", ["ik2000"]),
    "A02": (AC + "02_six_party_talks_2003.txt", "bare", ["sixparty2003"]),
    "A03": (AC + "03_nuclear_test_2006.txt", "bare", ["nk2006"]),
    "A04": (AC + "04_cheonan_2010.txt", "bare", ["yeonpyeong2010"]),   # Cheonan + Yeonpyeong, 2010
    "A05": (AC + "05_crimea_2014.txt", "bare", ["crimea2014"]),
    "A06": (AC + "06_thaad_2016.txt", "bare", ["thaad"]),
    "A07": (AC + "07_kim_jong_nam_2017.txt", "bare", ["kimjongnam2017"]),
    "A08": (AC + "08_pyeongchang_2018.txt", "bare", ["panmunjom2018"]),  # the run-up to Panmunjom
    "A09": (AC + "09_panmunjom_2018.txt", "bare", ["panmunjom2018"]),
    "A10": (AC + "10_singapore_2018.txt", "bare", ["singapore2018"]),
    "A11": (AC + "11_hanoi_2019.txt", "bare", ["hanoi2019"]),
    "A12": (AC + "12_osaka_dmz_2019.txt", "bare", ["dmz2019"]),
    "A13": (AC + "13_export_curbs_2019.txt", "bare", ["exportcurbs2019"]),
    "A14": (AC + "14_quad_anchorage_2021.txt", "bare", ["lavrov2021"]),
    "A15": (AC + "15_aukus_2021.txt", "bare", ["aukus2021"]),
    "A16": (AC + "16_invasion_un_2022.txt", "bare", ["invasion2022"]),
    "A17": (AC + "17_yoon_inauguration_2022.txt", "bare", ["yoon2022", "may2022"]),
    "A18": (AC + "18_camp_david_2023.txt", "bare", ["campdavid2023"]),
    "A19": (AC + "19_fukushima_water_2023.txt", "bare", ["fukushima2023"]),
    "A20": (AC + "20_vostochny_2023.txt", "bare", ["vostochny2023"]),
    "A21": (AC + "21_putin_pyongyang_2024.txt", "bare", ["treaty2024"]),
    "A22": (AC + "22_troops_kursk_2024.txt", "bare", ["troops2024"]),
    "A23": (AC + "23_martial_law_2024.txt", "bare", ["martiallaw2024"]),
    "A24": (AC + "24_tianjin_beijing_2025.txt", "bare", ["tianjin2025"]),
    "B01": (B2 + "01_yeonpyeong_2010.txt", "news", ["yeonpyeong2010"]),
    "B02": (B2 + "02_jcpoa_vienna_2015.txt", "news", ["iran_deal"]),
    "B03": (B2 + "03_comfort_women_deal_2015.txt", "news", ["comfortwomen2015"]),
    "B04": (B2 + "04_mar_a_lago_2017.txt", "news", ["maralago2017"]),
    "B05": (B2 + "05_pelosi_taiwan_2022.txt", "news", ["pelosi2022"]),
    "B06": (B2 + "06_saudi_iran_beijing_2023.txt", "news", ["saudiiran2023"]),
    "B07": (B2 + "07_wagner_mutiny_2023.txt", "news", ["wagner2023"]),
    "B08": (B2 + "08_niger_coup_2023.txt", "news", ["niger2023"]),
    "B09": (B2 + "09_tusk_poland_2023.txt", "news", ["tusk2023"]),
    "B10": (B2 + "10_icj_south_africa_2024.txt", "news", ["icj2024"]),
    "B11": (B2 + "11_sweden_nato_2024.txt", "news", ["sweden2024"]),
    "B12": (B2 + "12_belousov_defence_2024.txt", "news", ["wagner2023"]),  # Shoigu/Gerasimov sequel
    "B13": (B2 + "13_india_pakistan_2025.txt", "news", ["indiapak2025"]),
    "B14": (B2 + "14_lee_jae_myung_2025.txt", "news", ["martiallaw2024"]),
    "B15": (B2 + "15_alaska_summit_2025.txt", "news", ["alaska2025"]),
    "B16": (B2 + "16_bolsonaro_verdict_2025.txt", "news", ["bolsonaro2025"]),
    "XH": (EX + "peninsula-monitor/hanoi-no-deal.txt", "page", ["hanoi2019"]),
    "XL": (EX + "peninsula-monitor/lavrov-chung-seoul.txt", "page", ["lavrov2021"]),
    "XY": (EX + "peninsula-monitor/yoon-sworn-in", "page", ["yoon2022"]),
    "XB": (EX + "seoul-ledger-beijing-summit.txt", "page", ["moonxi2017", "thaad"]),
    "XT": (EX + "harbour-wire-thaad-boycott.html", "page", ["thaad"]),
}

# How to find the article inside the raw pages (the page itself is the source document).
PAGES = {
    "XH": dict(headline="Hanoi summit ends early with no agreement", date="2019-02-28",
               outlet="Peninsula Monitor", after="Photo: Peninsula Monitor", before="Read more:",
               drop={"[AD:INLINE]"}),
    "XL": dict(headline="Lavrov and Chung discuss stalled nuclear diplomacy in Seoul",
               date="2021-03-25", outlet="Peninsula Monitor",
               after="Photo: Pool / Peninsula Monitor", before="Read more:", drop={"[AD:INLINE]"}),
    "XY": dict(headline="Yoon Suk Yeol takes office with an appeal to freedom and an offer to Pyongyang",
               date=None, outlet="Peninsula Monitor",
               after="Photo: Pool / Peninsula Monitor", before="Read more:", drop={"[AD:INLINE]"}),
    "XB": dict(headline="Beijing summit: Moon and Xi rule out war on the peninsula", date="2017-12-16",
               outlet="Seoul Ledger", after="Share on Facebook   Share on X   Share by email",
               before="Read more:", drop=set()),
    "XT": dict(headline="How Beijing's unofficial boycott over THAAD is hurting South Korean business",
               date=None, outlet="Harbour Wire",
               after="A shuttered Lotte Mart branch in China. (Harbour Wire / File photo)",
               before="Read more:", drop={"Advertisement", "[AD:MPU]"}),
}

# ---------------------------------------------------------------------------------------------
# What is derived from which source.
#   exact:<variant>   bytes | crlf | bom | ws      (same cleaned text)
#   near:<kind>       syndication | edit           (other furniture/headline; small edits)
#   spun              synonym-swap spinning of 30-50% of content words
#   reworded          hand-written rewording in written/reworded/R_<src>.txt
# Passage documents are listed by their templates in written/passage/.
# ---------------------------------------------------------------------------------------------
PLAN: dict[str, list[str]] = {
    "E01": ["near:edit", "spun"],
    "E02": ["exact:bytes", "near:syndication"],
    "E03": ["near:edit", "spun", "reworded"],
    "E04": ["exact:bytes", "near:syndication"],
    "E05": ["near:syndication", "spun"],
    "E06": ["near:edit", "spun"],
    "E07": ["near:syndication", "spun", "reworded"],
    "E08": ["near:syndication", "near:edit", "spun", "reworded"],
    "E09": ["near:edit", "spun", "reworded"],
    "E10": ["near:edit", "spun"],
    "E11": ["near:syndication", "spun"],
    "E12": ["exact:crlf", "near:edit"],
    "E13": ["near:syndication", "spun", "reworded"],
    "E14": ["exact:bytes", "near:edit"],
    "E15": ["near:edit", "spun", "reworded"],
    "E16": ["near:syndication", "near:edit", "spun", "reworded"],
    "E17": ["near:edit", "spun", "reworded"],
    "E18": ["near:syndication", "spun", "reworded"],
    "E19": ["near:edit", "spun"],
    "E20": ["exact:bytes", "near:edit"],
    "E21": ["near:syndication", "spun"],
    "E22": ["exact:bom", "near:edit"],
    "E23": ["near:edit", "spun"],
    "E24": ["near:syndication", "spun"],
    "A01": ["near:syndication"],
    "A02": ["spun"],
    "A03": ["spun"],
    "A05": ["near:edit", "spun", "reworded"],
    "A06": ["near:syndication"],
    "A07": ["exact:bytes"],
    "A08": ["spun"],
    "A09": ["near:syndication", "spun"],
    "A10": ["spun"],
    "A11": ["near:edit", "spun"],
    "A12": ["spun"],
    "A13": ["near:syndication", "spun"],
    "A15": ["exact:crlf"],
    "A16": ["near:edit", "spun"],
    "A19": ["near:syndication"],
    "A20": ["near:edit", "spun"],
    "A21": ["near:syndication", "spun"],
    "A22": ["near:syndication", "near:edit", "spun"],
    "A23": ["near:edit"],
    "A24": ["spun"],
    "B01": ["near:syndication"],
    "B02": ["near:edit", "spun"],
    "B03": ["exact:bytes"],
    "B04": ["spun"],
    "B05": ["near:edit"],
    "B06": ["spun"],
    "B07": ["near:syndication"],
    "B08": ["near:edit"],
    "B09": ["exact:ws"],
    "B10": ["spun"],
    "B11": ["near:syndication"],
    "B13": ["spun"],
    "B14": ["spun"],
    "B15": ["near:edit"],
    "B16": ["exact:bytes"],
    "XB": ["exact:bytes"],
    "XH": ["near:syndication"],
    "XL": ["near:syndication"],
    "XY": ["near:edit"],
    "XT": ["near:syndication"],
}

# Alternative headlines (written for this set) used by near copies.
ALT_HEADLINES = {
    "E01": "Historic Pyongyang summit ends with deal on separated families",
    "E02": "Security Council votes unanimously to punish Pyongyang for nuclear test",
    "E03": "Two South Korean marines killed as North shells Yeonpyeong island",
    "E04": "Beijing wants apology, compensation after Japan releases fishing captain",
    "E05": "General Assembly declares Crimea referendum invalid",
    "E06": "China and South Korea agree to move past THAAD row",
    "E07": "Kim Jong Un crosses border as Koreas agree to seek end to war",
    "E08": "Hanoi talks end without deal as Trump walks away",
    "E09": "South Korea suspends GSOMIA exit in last-minute reprieve",
    "E10": "Moscow blocks Security Council resolution on Ukraine",
    "E11": "Beijing and Moscow block US push for tougher North Korea sanctions",
    "E12": "Moscow returns to Ukraine grain corridor deal",
    "E13": "Beijing cuts climate cooperation, military channels after Pelosi trip",
    "E14": "Japan issues alerts as North Korean missile flies overhead",
    "E15": "Beijing bans seafood from Japan over Fukushima discharge",
    "E16": "Putin hosts Kim at Vostochny cosmodrome",
    "E17": "South Korea protests to Russian envoy over Putin-Kim treaty",
    "E18": "North Korea's careful words on troops in Russia",
    "E19": "US quits Iran nuclear accord, will restore sanctions",
    "E20": "Russia hits Turkey with sanctions after warplane downed",
    "E21": "Venezuela breaks with US as Washington recognises Guaidó",
    "E22": "EU shuts airspace to Belarusian carriers over Ryanair diversion",
    "E23": "Niger closes airspace as ECOWAS ultimatum expires",
    "E24": "UAE and Bahrain sign normalisation accords with Israel at White House",
    "A01": "The June 2000 summit and its aftermath",
    "A05": "How Crimea was annexed, and how the world responded",
    "A06": "THAAD: from announcement to deployment",
    "A09": "Panmunjom, April 2018: the day Kim crossed the line",
    "A11": "Hanoi: the summit that ended without a deal",
    "A13": "Japan's export curbs and the GSOMIA crisis",
    "A16": "The first days of the war at the UN",
    "A19": "Fukushima water release: reactions in Beijing, Moscow and Seoul",
    "A20": "Kim's Russian tour: from Vostochny to Vladivostok",
    "A21": "Putin in Pyongyang: the treaty and its fallout",
    "A22": "North Korean troops in Russia: what we know",
    "A23": "Martial law night and its aftermath",
    "B01": "Four dead after North Korean shelling of Yeonpyeong",
    "B02": "Vienna deal limits Iran's nuclear work in exchange for sanctions relief",
    "B05": "Beijing launches missiles near Taiwan after speaker's visit",
    "B07": "Prigozhin turns back, will go to Belarus under Lukashenko-brokered deal",
    "B08": "ECOWAS orders standby force activated over Niger",
    "B11": "Sweden joins NATO as 32nd ally",
    "B15": "Alaska talks end with no ceasefire deal",
    "XH": "Trump and Kim fail to reach agreement in Hanoi",
    "XL": "Russian foreign minister in Seoul for talks on North Korea",
    "XY": "South Korea's new president offers Pyongyang an 'audacious plan'",
    "XT": "South Korean firms count the cost of China's THAAD backlash",
}

# One factual sentence per source that an editing outlet might add ("edit" near copies).
ADDED = {
    "E01": "It was the first time the leaders of the two Koreas had met face to face.",
    "E03": "Most residents were later evacuated to the mainland by ferry.",
    "E06": "The two governments did not say when group tours would resume.",
    "E08": "It was the second meeting between the two leaders in eight months.",
    "E09": "The decision was announced at the presidential office in Seoul.",
    "E10": "Ukraine said dozens of its soldiers and civilians had been killed on the first day.",
    "E12": "More than nine million tonnes of grain had been shipped under the deal by the end of October.",
    "E14": "It was the first North Korean missile to fly over Japan since 2017.",
    "E15": "Hong Kong and Macau also restricted imports of seafood from parts of Japan.",
    "E16": "It was Kim's first trip abroad since the start of the pandemic.",
    "E17": "The treaty still needs to be ratified by both countries.",
    "E19": "Oil prices rose after the announcement.",
    "E20": "Russian tour operators were told to stop selling holidays in Turkey.",
    "E22": "Several European airlines had already begun avoiding Belarusian airspace.",
    "E23": "Thousands of supporters of the junta rallied at a stadium in Niamey on Sunday.",
    "A05": "The G8 has not met with Russia since.",
    "A11": "Kim and Trump had first met in Singapore eight months earlier.",
    "A16": "Ukraine also asked the International Court of Justice to order a halt to the invasion.",
    "A20": "Kim had not left North Korea since 2019.",
    "A22": "The European Union also condemned the deployment.",
    "A23": "The won fell sharply against the dollar overnight.",
    "B02": "The talks had missed several earlier deadlines.",
    "B05": "Taiwan's defence ministry said it was monitoring the situation closely.",
    "B08": "Nigeria's Senate had urged the president to seek options other than force.",
    "B15": "The meeting took place at Joint Base Elmendorf-Richardson.",
    "XY": "He had won the March election by less than one percentage point.",
}

# Small word changes an editing outlet makes (house style, a synonym): (regex, replacement)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EDIT_SUBS = [
    (r"\bdefence\b", "defense"), (r"\bprogramme\b", "program"), (r"\bprogrammes\b", "programs"),
    (r"\borganise\b", "organize"), (r"\bfavour\b", "favor"), (r"\bcriticised\b", "criticized"),
    (r"\brecognised\b", "recognized"), (r"\btravelled\b", "traveled"), (r"\bper cent\b", "percent"),
    (r"\bcentre\b", "center"), (r"\bneighbours\b", "neighbors"), (r"\blabour\b", "labor"),
    (r"\bsaid\b", "stated"), (r"\btold\b", "informed"), (r"\babout\b", "around"),
    (r"\bnearly\b", "almost"), (r"\blater\b", "subsequently"), (r"\bwarned\b", "cautioned"),
    (r"\burged\b", "pressed"), (r"\bUS\b", "U.S."), (r"\bUN\b", "U.N."),
    (r"\bthe United States\b", "the US"), (r"\balso ", ""),
] + [(rf"\bon {d}\b", d) for d in WEEKDAYS]

# Fictional outlets whose furniture is wrapped around near copies.
OUTLETS = [
    dict(name="The Meridian Post", sep="\n\n",
         header=["THE MERIDIAN POST", "World | Asia | Europe | Business | Opinion | Video",
                 "Subscribe  ·  Sign in"],
         share=["Share this article", "Facebook  ·  X  ·  LinkedIn  ·  Email"],
         footer=["Share this article", "Subscribe to The Meridian Post from $1 a week.",
                 "Related: {related}", "© {year} The Meridian Post. All rights reserved."]),
    dict(name="Lantern Wire", sep="\n",
         header=["Lantern Wire — independent news since 1998", "Skip to main content",
                 "Menu   Search   Subscribe", "[ADVERTISEMENT]"],
         share=["Share", "Facebook", "X", "Email"],
         footer=["Was this article useful? Support Lantern Wire.", "Tags: {tags}", "Comments (0)",
                 "Lantern Wire © {year} | Privacy | Terms | Contact"]),
    dict(name="Eastline News", sep="\n\n",
         header=["EASTLINE NEWS", "Home > Asia-Pacific", "Print this page"],
         share=["Share this story: Facebook | X | Email"],
         footer=["Follow Eastline on X and Facebook",
                 "Get the Eastline Morning Brief in your inbox. Subscribe now.",
                 "Copyright {year} Eastline News Service."]),
    dict(name="Cobalt Daily", sep="\n\n",
         header=["Cobalt Daily", "Top stories  |  World  |  Markets  |  Tech", "Log in   Subscribe"],
         share=["Share this article:", "Twitter | Facebook | WhatsApp | Email"],
         footer=["Share this article:", "Twitter | Facebook | WhatsApp | Email",
                 "More from Cobalt Daily", "{related}", "© Cobalt Daily Media {year}"]),
    dict(name="The Northgate Observer", sep="\n",
         header=["The Northgate Observer", "Skip to content", "NEWS  OPINION  ANALYSIS  PODCASTS"],
         share=["Share on Facebook", "Share on X"],
         footer=["This article is free to read. Subscribe to support independent journalism.",
                 "Topics: {tags}", "The Northgate Observer © {year}"]),
    dict(name="Pacific Rim Digest", sep="\n\n",
         header=["PACIFIC RIM DIGEST", "Your daily briefing on the Asia-Pacific", "Advertisement"],
         share=["Share this article"],
         footer=["Read next: {related}", "Sign up for the Digest newsletter",
                 "Pacific Rim Digest | About | Advertise | Privacy"]),
    dict(name="Continental Dispatch", sep="\n\n",
         header=["Continental Dispatch", "Breaking news and analysis", "[AD]"],
         share=["Share this story", "Email  |  Print"],
         footer=["Share this story", "Email  |  Print",
                 "Continental Dispatch is supported by its readers. Donate today.",
                 "© {year} Continental Dispatch"]),
    dict(name="Asia Desk Daily", sep="\n\n",
         header=["ASIA DESK DAILY", "Home  ·  Korea  ·  Japan  ·  China  ·  Region", "Subscribe"],
         share=["Share this article"],
         footer=["Share this article", "Subscribe to Asia Desk Daily",
                 "All rights reserved. Asia Desk Daily {year}."]),
]
TAGS = {
    "ik2000": "North Korea, South Korea, summit", "nk2006": "North Korea, nuclear test, UN",
    "yeonpyeong2010": "North Korea, South Korea, Yeonpyeong", "senkaku2010": "China, Japan, Senkaku",
    "crimea2014": "Russia, Ukraine, Crimea, UN", "thaad": "THAAD, China, South Korea",
    "panmunjom2018": "Koreas, Panmunjom, summit", "hanoi2019": "United States, North Korea, Hanoi",
    "exportcurbs2019": "Japan, South Korea, GSOMIA, trade", "invasion2022": "Russia, Ukraine, UN",
    "may2022": "North Korea, UN, sanctions", "grain2022": "Ukraine, Russia, Turkey, grain",
    "pelosi2022": "China, Taiwan, United States", "overjapan2022": "North Korea, Japan, missiles",
    "fukushima2023": "Japan, China, Fukushima", "vostochny2023": "Russia, North Korea, Putin, Kim Jong Un",
    "treaty2024": "Russia, North Korea, South Korea", "troops2024": "North Korea, Russia, Ukraine",
    "iran_deal": "Iran, nuclear deal", "su24_2015": "Russia, Turkey, Syria",
    "venezuela2019": "Venezuela, United States", "ryanair2021": "Belarus, EU, aviation",
    "niger2023": "Niger, ECOWAS, coup", "abraham2020": "Israel, UAE, Bahrain",
    "sixparty2003": "Six-Party Talks, North Korea", "kimjongnam2017": "North Korea, Malaysia",
    "singapore2018": "United States, North Korea, Singapore", "dmz2019": "G20, DMZ, Trump, Kim",
    "lavrov2021": "Russia, South Korea, diplomacy", "aukus2021": "AUKUS, Australia, France",
    "yoon2022": "South Korea, Yoon Suk Yeol, Yongsan", "campdavid2023": "United States, Japan, South Korea",
    "martiallaw2024": "South Korea, martial law", "tianjin2025": "China, SCO, parade",
    "comfortwomen2015": "South Korea, Japan, history", "maralago2017": "United States, China, Syria",
    "saudiiran2023": "Saudi Arabia, Iran, China", "wagner2023": "Russia, Wagner, defence ministry",
    "tusk2023": "Poland, EU", "icj2024": "ICJ, Israel, South Africa", "sweden2024": "Sweden, NATO",
    "indiapak2025": "India, Pakistan, ceasefire", "alaska2025": "Trump, Putin, Ukraine",
    "bolsonaro2025": "Brazil, Bolsonaro", "moonxi2017": "South Korea, China, summit",
}
SYNDICATION_NOTES = [
    "This article was originally published by {orig} and is republished with permission.",
    "First published by {orig}.",
    "Originally published at {orig}. Republished under a content-sharing agreement.",
]
OTHER_ORIGINS = ["Northeast Asia Review", "Harbour Wire", "Peninsula Monitor", "Seoul Ledger"]

# ---------------------------------------------------------------------------------------------
# Spinning: a small synonym table written for this set. Spinners swap words one for one and keep
# the sentence structure; several entries are deliberately poor (wrong sense, odd register), as
# real spinners are ("peninsula" -> "headland", "Security Council" -> "Safety Board").
# ---------------------------------------------------------------------------------------------
SYN_TABLE = """
said: stated, declared | says: states | say: state | told: informed, advised
first: initial, earliest | military: armed forces, army | called: termed, labelled
foreign: overseas, international | summit: peak, top meeting | leaders: heads, chiefs
deal: bargain, arrangement | ministry: department, office | announced: declared, revealed
met: encountered, saw | days: times | visit: trip, call | sanctions: penalties, restrictions
agreed: concurred, consented | day: time | leader: chief, head | talks: discussions, negotiations
minister: secretary | government: administration | president: chairman, head of state
signed: inked, endorsed | held: kept, conducted | end: finish, close | later: afterward, subsequently
state: nation | nuclear: atomic | next: following, subsequent | missiles: projectiles, rockets
war: conflict, battle | agreement: accord, pact | defence: protection, defense
warned: cautioned, alerted | welcomed: greeted, hailed | weapons: arms, armaments
forces: powers, troops | urged: pressed, encouraged | meeting: gathering, conference
meet: encounter, see | countries: nations | troops: soldiers | last: final, previous
new: fresh, novel | flew: jetted | missile: projectile, rocket | fired: launched, discharged
joint: shared, combined | border: frontier, boundary | country: nation | agency: bureau, organization
measures: steps, actions | officials: authorities, representatives | attack: assault, strike
hosted: entertained, organized | took: accepted, grabbed | security: safety, protection
news: information, reports | office: workplace, bureau | condemned: denounced, criticized
demanded: required, called for | part: portion, component | pact: treaty, accord | aircraft: plane
imposed: enforced, levied | export: shipment | relations: ties, associations | plan: scheme, program
force: power | return: exchange, comeback | statement: declaration, announcement
election: vote, poll | ambassador: envoy, emissary | trip: journey, voyage
opposition: resistance, adversary | special: unique, particular | already: previously
economic: financial, monetary | accused: charged, blamed | rejected: dismissed, refused
resolution: decision, motion | reported: noted, described | keep: maintain, retain | chief: head, boss
cooperation: collaboration, partnership | due: expected, scheduled | response: reply, answer
resume: restart, continue | together: jointly | official: formal, authorized
planned: scheduled, intended | made: created, produced | decision: choice, ruling
region: area, zone | peninsula: headland, promontory | envoy: emissary, representative
cancelled: scrapped | suspended: halted, paused | release: launch, discharge | home: house, homeland
early: premature | air: atmosphere | base: foundation | late: belated, delayed | time: period, moment
protest: objection, demonstration | law: legislation, rule | cut: slashed, reduced | vote: ballot, poll
governments: administrations | declaration: announcement, proclamation | trade: commerce, business
visited: toured | joined: united with | ended: concluded, finished | sides: parties
peace: calm, harmony | forced: compelled, obliged | diplomatic: political | media: press, outlets
carried: transported, conveyed | sent: dispatched, shipped | denied: refuted | greeted: saluted
promised: vowed, pledged | gave: provided, granted | counterpart: equivalent, opposite number
unanimously: uniformly | reporters: journalists, correspondents | island: isle | jet: plane
treaty: pact, accord | earlier: previously, before | imports: purchases | launch: liftoff, release
backed: supported, endorsed | battery: unit, array | summoned: convened | land: ground, territory
came: arrived | dispute: conflict, quarrel | kept: maintained, retained | immediate: instant, prompt
voted: balloted | armed: equipped, outfitted | sworn: pledged | address: speech
take: seize, grab | several: multiple, numerous | expected: anticipated, predicted
largest: biggest, greatest | case: instance, matter | main: primary, principal
goods: products, merchandise | curbs: restrictions, limits | side: party, flank
second: subsequent | launches: releases | ties: links, bonds | moved: shifted, relocated
won: gained, secured | soon: shortly, quickly | test: trial, experiment | assets: holdings, property
train: locomotive | ceremony: ritual, event | press: media | asked: requested, inquired
guard: protector, sentinel | treated: handled, regarded | spokesman: representative, speaker
arms: weapons, armaments | members: participants | administration: management
began: started, commenced | plant: facility, factory | report: account | responded: reacted, answered
problem: issue, concern | ministers: secretaries | disputed: contested | sea: ocean, waters
killing: slaying | attacked: assaulted | partners: associates | landed: touched down
blamed: faulted | decades: generations | retaliation: revenge, reprisal | ordered: commanded, instructed
removed: eliminated | court: tribunal | allies: partners | airspace: skies | agreements: accords, deals
ending: concluding | long: lengthy, extended | telephone: phone | council: board, panel
veto: block | waters: seas | captain: skipper | ceasefire: truce | arrived: came, reached
wrote: penned | steps: measures, actions | crisis: emergency | fighting: combat, battling
history: past | drills: exercises, maneuvers | lawmakers: legislators | soldiers: troops, fighters
deputy: vice, assistant | deployment: placement, stationing | travelled: journeyed
quickly: rapidly, swiftly | found: discovered, determined | ruling: verdict | international: global
secretary: assistant | handed: passed | authorities: officials | closed: shut | travel: journey
face: confront | declared: proclaimed | emergency: urgent situation | parliament: legislature
world: globe | ban: prohibition, embargo | change: shift, alteration | dialogue: conversation
accord: agreement | restraint: self-control | pledged: vowed | complete: total, full
criticised: slammed | thousands: countless | evidence: proof | deployed: stationed | host: organizer
insisted: maintained | pressure: stress, strain | abroad: overseas | adviser: counselor, consultant
intelligence: knowledge | supplied: provided, furnished | divided: split | nearly: almost
supported: backed | wanted: desired | hoped: wished | rare: uncommon, unusual | conference: meeting
delegation: contingent | offered: proposed | talk: speak, chat | refused: declined | died: perished
declined: refused | immediately: instantly | released: freed | seized: captured | opened: launched
dropped: abandoned | reached: attained | sending: dispatching | help: aid, assist | leave: depart
raised: elevated | group: team | reunions: gatherings | families: households | separated: divided
economy: financial system | people: individuals | public: community | general: common
court: tribunal | ships: vessels | warships: battleships | vessels: crafts | island: isle
shelled: bombarded | shells: projectiles | artillery: cannons | marines: naval soldiers
houses: homes | fire: blaze | exercise: drill | exercises: workouts | carrier: transporter
sailors: seamen | torpedo: missile | sinking: sinking vessel | demanded: required
apology: regret | compensation: payment | prosecutors: attorneys | fishing: angling
coast: shore | arrested: detained | halted: stopped | shipments: deliveries | metals: alloys
referendum: plebiscite | integrity: wholeness | territorial: regional | lawmakers: legislators
relations: relationships | normal: regular | track: path | hostility: antagonism
deployed: stationed | additional: extra | opposed: resisted | launchers: launch pads
tours: excursions | supermarkets: grocery stores | conglomerate: corporation | radar: sensor
calculation: computation | cooperation: teamwork | test: examination | thaw: melting
stepped: walked | line: boundary | propaganda: publicity | broadcasts: transmissions
liaison: contact | autumn: fall | weeks: several weeks | details: specifics | verified: confirmed
abruptly: suddenly | lunch: meal | wanted: desired | programme: scheme | experts: specialists
facilities: amenities | position: stance | statement: declaration | intelligence-sharing: info-sharing
pact: treaty | midnight: twelve at night | restrictions: limits | trusted: reliable
victims: casualties | labour: work | lowest: bottom | point: level | invasion: incursion
withdrawal: retreat | operation: activity | consequences: effects | banks: lenders
technology: tech | weapons: armaments | flank: side | separatists: rebels
members: participants | draft: proposal | concerns: worries | procedure: process
grain: cereal | corridor: hallway | guarantees: assurances | drones: unmanned aircraft
hunger: starvation | specialists: experts | document: file | arrangement: setup
exercises: manoeuvres | territory: land | island: isle | speaker: chair | family: relatives
residents: inhabitants | cover: shelter | services: provisions | reckless: careless
resolute: determined | crashed: collapsed | discharge: release | radioactive: irradiated
standards: norms | staff: personnel | market: marketplace | cosmodrome: space station
handshake: hand grip | sacred: holy | fight: struggle | pleasure: delight | shells: casings
rockets: missiles | factory: plant | treaty: pact | aid: help | rule: regulation
lethal: deadly | deployment: distribution | currency: money | experience: know-how
mobilisation: activation | bold: daring | disappointed: let down | penalties: fines
ambitions: aspirations | signatories: signers | enrichment: improvement | warplane: military jet
decree: edict | curbs: limits | flights: trips | stab: wound | apologise: say sorry
borders: frontiers | calm: composure | supplier: provider | gas: fuel
hours: hrs, time | year: twelve months | week: seven days | set: established, fixed
years: twelve months | near: close to | across: throughout | place: location, spot
vetoed: blocked | diplomats: envoys, mediators | junta: regime | work: labor, effort
firing: launching | halt: stop, cessation | charge: accusation, cost | adopted: embraced, taken on
control: command, management | bans: prohibitions | put: placed | hold: maintain, conduct
sidelines: margins | invitation: request | briefly: shortly | committed: devoted, dedicated
stop: cease, halt | according: as stated | lifting: raising | pressed: pushed | trading: commercial
national: nationwide | abstained: refrained | struck: hit | martial: military | ruled: governed
eastern: oriental | holds: keeps | seafood: fish products | site: location | deals: bargains
aboard: on board | armoured: armored | full: complete | begun: started | uranium: nuclear fuel
use: utilize | southern: south | month: four weeks | led: headed, guided | men: males
votes: ballots | member: participant | acts: actions, deeds | sitting: incumbent | call: request
truce: armistice | prevent: avoid, stop | genocide: mass killing | order: command | sign: indication
agree: concur | airport: airfield | advance: progress | unification: unity | broke: shattered
killed: slain | civilians: citizens | threatened: menaced | hostile: unfriendly, aggressive
actions: moves | join: become a member of | invalid: void | annexation: takeover | favour: support
text: wording | binding: obligatory | acting: interim | defended: protected | annexed: seized
freezes: halts | retaliated: hit back | attend: participate in | instead: rather | format: layout
open: accessible | exchanges: swaps | real: actual, genuine | seek: look for | foot: feet
along: alongside | walked: strolled | given: provided | working: functioning | signing: endorsement
lifted: raised | closing: shutting | chosen: selected | account: version, explanation | partial: incomplete
afternoon: mid-day | lapse: expire | controls: regulations | stay: remain | known: recognized
list: register | reasons: grounds | rulings: decisions | companies: firms, businesses | compensate: reimburse
vetoes: rejections | permanent: everlasting | always: constantly | legitimate: lawful | including: such as
appeared: seemed | climate: weather | channels: networks | showed: revealed | regards: greetings
went: travelled | water: liquid | operator: manager | scientific: technical | concluded: decided
protesters: demonstrators | central: core | exports: shipments abroad | build: construct | satellites: orbiters
invited: requested | mutual: shared | resolutions: decisions | replied: responded | making: producing
reconsider: rethink | policy: strategy | supplying: providing | direct: straight | shipped: sent
diplomat: emissary | calling: phoning | far: distant | remained: stayed | limits: boundaries
certified: confirmed | terms: conditions | interim: temporary | militarily: by force | free: totally free
deadline: cut-off date | intervention: interference | restore: reinstate | power: authority | regional: local
follow: pursue | normalise: regularize | sat: rested | round: circle | expelled: ejected | left: departed
fate: destiny | froze: iced | linked: connected | watch: observe | attempt: effort | box: container
sister: sibling | dined: ate | concrete: cement | crossed: traversed | party: celebration
action: activity | abductees: kidnap victims | hotel: inn | short: brief | provide: furnish, supply
settle: resolve | negotiations: talks | months: many weeks | tariffs: duties, levies | chemicals: substances
make: create | matter: issue | strong: powerful, robust | stood: stayed | parade: procession
article: post | means: methods | published: printed | mistake: error, blunder | sovereign: independent
units: divisions | confirmed: verified | director: manager | hit: struck | meant: intended
reopen: reestablish | embassies: missions | revive: restore | victory: win, triumph | followed: came after
snap: sudden | result: outcome | organise: arrange | holiday: vacation | expand: broaden, enlarge
appropriate: suitable | date: day | appearance: look | welcoming: inviting | crowd: mob, throng
remain: stay | technically: theoretically | principles: values | western: occidental | setting: placing
dozens: scores | bodies: corpses | returned: gave back | howitzers: guns | provocation: incitement
enormous: huge, massive | hesitation: doubt | high: elevated | loss: damage | assembly: meeting
declaring: announcing | voting: polling | legally: lawfully | affirms: confirms | right: privilege
formally: officially | entering: getting into | majority: bulk | ethnic: cultural | paper: document
settled: resolved | statements: declarations | simultaneously: at once | capitals: funding | areas: fields
deploy: station | batteries: cells | system: setup | costs: expenses | quarrel: argument, squabble
unofficial: informal | shut: closed | provided: supplied | argument: debate | see: view
deep: profound | changed: altered | needs: requires | groups: teams | pledge: vow | lasted: survived
goal: target, objective | city: town | coming: approaching | way: path | walk: stroll | tests: trials
dismantle: take apart | presence: attendance | proposed: suggested | remains: stays | vaguely: loosely
keeps: maintains | alive: living | produced: generated | results: outcomes | notice: warning
terminating: ending | neighbours: neighbors | lists: registers | taken: seized | calls: requests
wartime: war-era | cities: towns | televised: broadcast | tried: attempted | delivered: supplied
targeting: aiming at | deploying: stationing | tightened: stiffened | renewed: restored | approach: method
dead: lifeless | shielding: protecting | debate: argue | introduced: presented | halts: stops
staged: organized | exclusive: special | zone: area | lodged: filed | escalate: intensify
situation: circumstance | abandon: desert | begins: starts | wrecked: ruined | selfish: egotistical
irresponsible: careless | lift: raise | basis: foundation | safety: security | monitor: observe
rallied: gathered | single: sole | waging: conducting | support: backing, help | convenient: handy
accepted: approved | hesitate: hold back | impose: inflict | supply: provide | food: nourishment
port: harbor | returning: coming back | violated: breached | threats: menaces | posted: published
warmest: kindest | conspired: plotted | picture: image | flanking: beside | displays: screens
individual: personal | licences: permits | cited: mentioned | consistent: in line | view: opinion
minimise: reduce | harm: damage | considered: regarded | allegation: claim | unfounded: groundless
repeatedly: again and again | complying: conforming | invested: put money | prospect: possibility
channels: routes | keeping: retaining | deterrent: deterrence | picked: chose | veteran: seasoned
tension: strain | confirm: verify | victims: sufferers | accused: charged
"""


def _parse_syn(table: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for chunk in re.split(r"[|\n]", table):
        chunk = chunk.strip()
        if not chunk:
            continue
        key, _, vals = chunk.partition(":")
        key = key.strip()
        opts = [v.strip() for v in vals.split(",") if v.strip()]
        if key and opts and key not in out:
            out[key] = opts
    return out


SYN = _parse_syn(SYN_TABLE)

STOP = set(["a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "not", "no", "nor", "so", "than", "that", "this", "these", "those", "it", "its", "he", "she", "they", "them", "their", "his", "her", "him", "we", "our", "you", "your", "i", "me", "my", "who", "whom", "which", "what", "when", "where", "while", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "only", "own", "same", "too", "very", "can", "will", "would", "should", "could", "may", "might", "must", "shall", "into", "over", "under", "about", "after", "before", "between", "through", "during", "without", "within", "against", "among", "upon", "also", "then", "there", "here", "up", "down", "out", "off", "again", "further", "once", "because", "until", "since", "per", "via", "whose", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "mr", "mrs", "ms"])

WORD_RE = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*")


def is_content(tok: str) -> bool:
    low = tok.lower()
    if len(tok) < 3 or low in STOP:
        return False
    if tok.isupper():
        return False
    return tok[0].islower() or low in SYN


# ---------------------------------------------------------------------------------------------
# Reading sources
# ---------------------------------------------------------------------------------------------
def read_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def source_text(sid: str) -> str:
    return read_text(ROOT / SOURCES[sid][0])


class Article:
    def __init__(self, headline, date, paras):
        self.headline = headline
        self.date = date
        self.paras = paras


def article(sid: str) -> Article:
    raw = source_text(sid)
    fmt = SOURCES[sid][1]
    if fmt == "news":
        blocks = [b.strip() for b in raw.strip().split("\n\n")]
        assert blocks[0].startswith("Published: "), sid
        return Article(blocks[1], blocks[0][len("Published: "):], blocks[2:])
    if fmt == "bare":
        return Article(None, None, [b.strip() for b in raw.strip().split("\n\n")])
    cfg = PAGES[sid]
    lines = raw.split("\n")
    i = next(k for k, ln in enumerate(lines) if ln.strip() == cfg["after"])
    j = next(k for k, ln in enumerate(lines) if k > i and ln.startswith(cfg["before"]))
    paras = [ln.strip() for ln in lines[i + 1:j] if ln.strip() and ln.strip() not in cfg["drop"]]
    return Article(cfg["headline"], cfg["date"], paras)


SENT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘(])")


def sentences(par: str) -> list[str]:
    return [s for s in SENT_RE.split(par) if s]


def fmt_date(iso: str | None, style: int) -> str | None:
    if not iso:
        return None
    d = _dt.date.fromisoformat(iso)
    return [f"{d.day} {d:%B %Y}", f"{d:%B} {d.day}, {d.year}", iso, f"{d:%a} {d.day} {d:%b} {d.year}"][style % 4]


def year_of(sid: str) -> str:
    m = re.search(r"(19|20)\d\d", SOURCES[sid][0])
    return m.group(0) if m else "2024"


# ---------------------------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------------------------
def build_exact(sid: str, variant: str) -> tuple[str, dict]:
    t = source_text(sid)
    if variant == "bytes":
        return t, {"variant": "byte-identical copy"}
    if variant == "crlf":
        return t.replace("\n", "\r\n"), {"variant": "CRLF line endings"}
    if variant == "bom":
        return "\ufeff" + t, {"variant": "UTF-8 BOM prepended"}
    if variant == "ws":
        out = "\n" + "\n".join(ln + ("  " if ln else "") for ln in t.split("\n")).replace("\n\n", "\n\n\n")
        return out, {"variant": "trailing spaces, extra blank lines"}
    raise ValueError(variant)


def _apply_word_edits(paras: list[str], rng: random.Random, k: int) -> tuple[list[str], list[str]]:
    edits: list[str] = []
    subs = EDIT_SUBS[:]
    rng.shuffle(subs)
    for pat, rep in subs:
        if len(edits) >= k:
            break
        occ = [(pi, m) for pi, p in enumerate(paras) for m in re.finditer(pat, p)]
        if not occ:
            continue
        pi, m = rng.choice(occ)
        p = paras[pi]
        paras[pi] = p[:m.start()] + rep + p[m.end():]
        edits.append(f"word: {m.group(0)!r} -> {rep!r}")
    return paras, edits


def build_near(sid: str, kind: str, rng: random.Random, related: str, outlet_idx: int) -> tuple[str, dict]:
    art = article(sid)
    paras = list(art.paras)
    outlet = OUTLETS[outlet_idx % len(OUTLETS)]
    edits: list[str] = []
    headline = ALT_HEADLINES[sid]
    edits.append("headline replaced" if art.headline else "headline added")
    if kind == "edit":
        k = rng.randint(2, 5)
        ops = ["drop", "add", "cut"]
        nwords = len(WORD_RE.findall(" ".join(paras)))
        if len(paras) < 5 or len(WORD_RE.findall(paras[-1])) > 0.2 * nwords:
            ops.remove("cut")
        if sid not in ADDED:
            ops.remove("add")
        n_ops = 1 if nwords < 200 else rng.choice([1, 1, 2])
        chosen = rng.sample(ops, k=min(len(ops), n_ops))
        for op in chosen:
            if op == "drop":
                # trim the last sentence of a paragraph (what a copy editor short of space does)
                cand = [(pi, len(sentences(p)) - 1) for pi, p in enumerate(paras)
                        if pi > 0 and len(sentences(p)) >= 2]
                if cand:
                    pi, si = rng.choice(cand)
                    ss = sentences(paras[pi])
                    edits.append(f"sentence dropped: {ss[si]!r}")
                    del ss[si]
                    paras[pi] = " ".join(ss)
                else:
                    pi = rng.randrange(1, len(paras))
                    edits.append(f"paragraph dropped: {paras[pi]!r}")
                    del paras[pi]
            elif op == "add":
                pi = rng.randrange(1, len(paras) + 1)
                if pi == len(paras) or rng.random() < 0.5:
                    paras.insert(pi, ADDED[sid])
                    edits.append(f"sentence added as paragraph {pi + 1}: {ADDED[sid]!r}")
                else:
                    paras[pi] = paras[pi] + " " + ADDED[sid]
                    edits.append(f"sentence added to paragraph {pi + 1}: {ADDED[sid]!r}")
            elif op == "cut":
                edits.append(f"last paragraph cut: {paras[-1]!r}")
                paras = paras[:-1]
        # word changes last, so that every recorded change is visible in the copy
        paras, wedits = _apply_word_edits(paras, rng, k)
        edits += wedits
    date = fmt_date(art.date, rng.randrange(4))
    year = (art.date or year_of(sid))[:4]
    tags = ", ".join(TAGS[t] for t in SOURCES[sid][2])
    lines: list[str] = []
    hdr = outlet["header"]
    lines += hdr[: rng.randint(2, len(hdr))]
    lines.append("")
    lines.append(headline)
    meta = rng.choice(["By {o} staff", "{d}", "By {o} staff | {d}", "Staff and wire reports", "Published {d}"])
    if "{d}" in meta and not date:
        meta = "By {o} staff"
    lines.append(meta.format(o=outlet["name"].replace("The ", ""), d=date))
    if rng.random() < 0.7:
        lines += outlet["share"]
    lines.append("")
    body = outlet["sep"].join(paras)
    lines.append(body)
    lines.append("")
    if kind == "syndication" or rng.random() < 0.3:
        orig = PAGES[sid]["outlet"] if sid in PAGES else rng.choice(OTHER_ORIGINS)
        lines.append(rng.choice(SYNDICATION_NOTES).format(orig=orig))
    for f in outlet["footer"]:
        lines.append(f.format(year=year, related=related, tags=tags))
    text = "\n".join(lines) + "\n"
    return text, {"outlet": outlet["name"], "edits": edits}


def spin(text: str, rng: random.Random) -> tuple[str, dict]:
    toks = list(WORD_RE.finditer(text))
    content = [m for m in toks if is_content(m.group(0))]
    eligible = [i for i, m in enumerate(toks) if is_content(m.group(0)) and m.group(0).lower() in SYN]
    target = rng.uniform(0.33, 0.47)
    k = min(len(eligible), round(target * len(content)))
    # stratified choice: spread the k replacements evenly over the eligible words, as a
    # spinner that swaps whatever its thesaurus knows would (no long untouched stretches)
    chosen = set()
    for s_i in range(k):
        lo, hi = (s_i * len(eligible)) // k, ((s_i + 1) * len(eligible)) // k
        chosen.add(eligible[rng.randrange(lo, hi)])
    out, pos = [], 0
    for i, m in enumerate(toks):
        if i not in chosen:
            continue
        w = m.group(0)
        rep = rng.choice(SYN[w.lower()])
        if w[0].isupper():
            rep = rep[0].upper() + rep[1:]
        out.append(text[pos:m.start()])
        out.append(rep)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), {"content_words": len(content), "replaced": k,
                          "spin_rate": round(k / max(1, len(content)), 3),
                          "table_coverage": round(len(eligible) / max(1, len(content)), 3)}


def build_spun(sid: str, rng: random.Random) -> tuple[str, dict]:
    art = article(sid)
    parts = ([art.headline] if art.headline else []) + art.paras
    text, meta = spin("\n\n".join(parts) + "\n", rng)
    meta["edits"] = ["Published line and site furniture removed" if SOURCES[sid][1] != "bare" else "none"]
    return text, meta


MARK_RE = re.compile(r"\{\{(.*?)\}\}")


def fill_template(tpl: str) -> tuple[str, list[dict]]:
    """Replace {{SRC|start|end|mods}} by the verbatim source passage (after mods)."""
    out, pos, recs = [], 0, []
    cur = 0  # length of output so far
    for m in MARK_RE.finditer(tpl):
        pre = tpl[pos:m.start()]
        out.append(pre)
        cur += len(pre)
        fields = m.group(1).split("|")
        sid, start, end = fields[0], fields[1], fields[2]
        mods = fields[3].split(";") if len(fields) > 3 else []
        src = source_text(sid)
        assert src.count(start) == 1, (sid, start, src.count(start))
        a0 = src.index(start)
        a1 = src.index(end, a0) + len(end)
        ptxt = src[a0:a1]
        edits = []
        for mod in mods:
            if mod == "curly":
                new = ptxt.replace("'", "\u2019")
                if new != ptxt:
                    edits.append("straight apostrophes -> curly")
                ptxt = new
            elif mod.startswith("sub="):
                old, new = mod[4:].split(">")
                assert re.search(rf"\b{re.escape(old)}\b", ptxt), (sid, old)
                ptxt = re.sub(rf"\b{re.escape(old)}\b", new, ptxt, count=1)
                edits.append(f"word changed: {old!r} -> {new!r}")
            else:
                raise ValueError(mod)
        recs.append({"source": sid, "a_start": a0, "a_end": a1, "b_start": cur, "b_end": cur + len(ptxt),
                     "verbatim": not edits, "edits": edits})
        out.append(ptxt)
        cur += len(ptxt)
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), recs


# ---------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------
def topics_of(sources: list[str]) -> list[str]:
    return sorted({t for s in sources for t in SOURCES[s][2]})


def build_all() -> tuple[dict[str, str], list[dict], list[dict]]:
    random.Random(SEED)
    docs: list[dict] = []  # each: key, text, role, kind, sources, meta

    def add(key, text, role, kind, sources, meta=None):
        docs.append(dict(key=key, text=text, role=role, kind=kind, sources=sources, meta=meta or {}))

    for sid in SOURCES:
        add(f"{sid}.src", source_text(sid), "source", "original", [sid],
            {"path": SOURCES[sid][0], "format": SOURCES[sid][1]})

    outlet_counter = 0
    for sid, items in PLAN.items():
        counts: dict[str, int] = {}
        for item in items:
            role, _, kind = item.partition(":")
            counts[role] = counts.get(role, 0) + 1
            key = f"{sid}.{role}{counts[role]}"
            drng = random.Random(f"{SEED}:{key}")
            if role == "exact":
                text, meta = build_exact(sid, kind)
                add(key, text, "exact", "exact", [sid], meta)
            elif role == "near":
                others = [s for s in ALT_HEADLINES if s != sid]
                related = ALT_HEADLINES[drng.choice(others)]
                text, meta = build_near(sid, kind, drng, related, outlet_counter * 3 + drng.randrange(2))
                outlet_counter += 1
                add(key, text, "near", kind, [sid], meta)
            elif role == "spun":
                text, meta = build_spun(sid, drng)
                add(key, text, "spun", "spun", [sid], meta)
            elif role == "reworded":
                text = read_text(WRITTEN / "reworded" / f"R_{sid}.txt")
                add(key, text, "reworded", "reworded", [sid], {"written": f"written/reworded/R_{sid}.txt"})
            else:
                raise ValueError(item)

    for tp in sorted((WRITTEN / "passage").glob("P*.txt")):
        text, recs = fill_template(read_text(tp))
        srcs = sorted({r["source"] for r in recs})
        add(f"{tp.stem}.passage", text, "passage", "passage", srcs,
            {"written": f"written/passage/{tp.name}", "passages": recs})

    # opaque, shuffled file names
    order = list(range(len(docs)))
    random.Random(SEED).shuffle(order)
    for n, i in enumerate(order, 1):
        docs[i]["file"] = f"docs/r{n:03d}.txt"
    bykey = {d["key"]: d for d in docs}

    pairs: list[dict] = []
    seen: set[frozenset] = set()

    def pair(a, b, relation, kind, passages=None, share_a=None, share_b=None):
        fa, fb = a["file"], b["file"]
        k = frozenset((fa, fb))
        assert fa != fb and k not in seen, (a["key"], b["key"])
        seen.add(k)
        pairs.append({"a": fa, "b": fb, "relation": relation, "passages": passages or [],
                      "share_a": share_a, "share_b": share_b, "kind": kind,
                      "_keys": [a["key"], b["key"]]})

    # --- positives: source vs derived
    derived_by_src: dict[str, list[dict]] = {}
    for d in docs:
        if d["role"] in ("exact", "near", "spun", "reworded"):
            derived_by_src.setdefault(d["sources"][0], []).append(d)
    rel_of = {"exact": "exact", "near": "near-duplicate", "spun": "paraphrase", "reworded": "paraphrase"}
    for sid, ds in derived_by_src.items():
        src = bykey[f"{sid}.src"]
        for d in ds:
            pair(src, d, rel_of[d["role"]], d["kind"])
        # siblings (same source, both non-passage)
        for i in range(len(ds)):
            for j in range(i + 1, len(ds)):
                x, y = ds[i], ds[j]
                roles = {x["role"], y["role"]}
                if "reworded" in roles:
                    rel, kind = "paraphrase", "reworded"
                elif "spun" in roles:
                    rel, kind = "paraphrase", "spun"
                elif roles == {"exact"}:
                    rel, kind = "exact", "exact"
                else:
                    rel = "near-duplicate"
                    kinds = {x["kind"], y["kind"]} - {"exact"}
                    kind = "edit" if ("edit" in kinds or len(kinds) > 1 or roles == {"near"}) else "syndication"
                pair(x, y, rel, kind)

    def shares(ta, tb, spans):
        sa = sum(p["a_end"] - p["a_start"] for p in spans) / len(ta)
        sb = sum(p["b_end"] - p["b_start"] for p in spans) / len(tb)
        return round(sa, 4), round(sb, 4)

    for d in docs:
        if d["role"] != "passage":
            continue
        for sid in d["sources"]:
            recs = [r for r in d["meta"]["passages"] if r["source"] == sid]
            spans = [{k: r[k] for k in ("a_start", "a_end", "b_start", "b_end", "verbatim", "edits")} for r in recs]
            src = bykey[f"{sid}.src"]
            sa, sb = shares(src["text"], d["text"], spans)
            pair(src, d, "passage-reuse", "passage", spans, sa, sb)
            # byte-identical exact copies of the source carry the same passages
            for x in derived_by_src.get(sid, []):
                if x["role"] == "exact" and x["text"] == src["text"]:
                    pair(x, d, "passage-reuse", "passage", [dict(s) for s in spans], sa, sb)

    len(pairs)

    # --- negatives
    def disjoint(x, y):
        return not set(x["sources"]) & set(y["sources"])

    topic_docs: dict[str, list[dict]] = {}
    for d in docs:
        for t in topics_of(d["sources"]):
            topic_docs.setdefault(t, []).append(d)
    nrng = random.Random(f"{SEED}:negatives")
    hard_roles = {"reworded", "spun", "passage", "near"}
    for t in sorted(topic_docs):
        ds = topic_docs[t]
        cands = [(x, y) for i, x in enumerate(ds) for y in ds[i + 1:] if disjoint(x, y)
                 and frozenset((x["file"], y["file"])) not in seen]
        if not cands:
            continue
        srcsrc = [c for c in cands if c[0]["role"] == "source" and c[1]["role"] == "source"]
        hard = [c for c in cands if c not in srcsrc and ({c[0]["role"], c[1]["role"]} & hard_roles)]
        rest = [c for c in cands if c not in srcsrc and c not in hard]
        nrng.shuffle(hard)
        nrng.shuffle(rest)
        quota = 11
        pick = srcsrc + hard[: max(0, quota - len(srcsrc))]
        if len(pick) < quota:
            pick += rest[: quota - len(pick)]
        for x, y in pick:
            if frozenset((x["file"], y["file"])) not in seen:
                pair(x, y, "none", "same-topic")

    def unrelated_ok(x, y):
        return disjoint(x, y) and not set(topics_of(x["sources"])) & set(topics_of(y["sources"])) \
            and frozenset((x["file"], y["file"])) not in seen

    # same site furniture, different stories
    pm = [bykey[k] for k in ("XH.src", "XL.src", "XY.src")]
    for i in range(3):
        for j in range(i + 1, 3):
            if unrelated_ok(pm[i], pm[j]):
                pair(pm[i], pm[j], "none", "unrelated")
    by_outlet: dict[str, list[dict]] = {}
    for d in docs:
        if d["role"] == "near":
            by_outlet.setdefault(d["meta"]["outlet"], []).append(d)
    same_outlet = [(x, y) for o in sorted(by_outlet) for i, x in enumerate(by_outlet[o])
                   for y in by_outlet[o][i + 1:] if unrelated_ok(x, y)]
    nrng.shuffle(same_outlet)
    for x, y in same_outlet[:24]:
        pair(x, y, "none", "unrelated")
    n_unrel = 0
    tries = 0
    while n_unrel < 70 and tries < 100000:
        tries += 1
        x, y = nrng.sample(docs, 2)
        if unrelated_ok(x, y):
            pair(x, y, "none", "unrelated")
            n_unrel += 1

    for p in pairs:
        p["split"] = split_of(p["a"], p["b"])
    return {d["file"]: d["text"] for d in docs}, pairs, docs


def split_of(a: str, b) -> str:
    h = hashlib.sha256(f"{a}|{'null' if b is None else b}".encode()).digest()
    return "tune" if h[0] % 2 == 0 else "blind"


# ---------------------------------------------------------------------------------------------
# The seed pair (000 reuses sentences of 001). Only offsets and hashes are stored here; the
# text stays in ../shared/corpus/seeds. Offsets are code points into the raw files (UTF-8).
# ---------------------------------------------------------------------------------------------
SEED_000 = "seeds/000_8b1f4b9e27a1ab20.txt"
SEED_001 = "seeds/001_01e41315353b4520.txt"
SEED_SHA = {
    "000_8b1f4b9e27a1ab20.txt": ("354cc827c02183bfa9b92b38e2958c2bd884ae3b1993179e4a06ca92a62333c1", 4714),
    "001_01e41315353b4520.txt": ("63087e02c39c095af46c6faf4e992d6b64849568c40f0ed3bca364765175eda8", 6522),
}
# a = 000 (the reusing opinion piece), b = 001 (the East Asia Forum analysis)
SEED_PASSAGES = [
    # 001's "In Brief" summary sentence, introduced in 000 by "According to the East Asia Forum, "
    {"a_start": 2429, "a_end": 2652, "b_start": 362, "b_end": 585, "verbatim": True, "edits": []},
    # "a recent succession of visits ... diplomatic offensive." (capital A in 001)
    {"a_start": 2834, "a_end": 2956, "b_start": 2098, "b_end": 2220, "verbatim": False,
     "edits": ["case of first letter"]},
    # "the Russian and South Korean vice defence ministers ... Korean Peninsula." (000 has NBSPs)
    {"a_start": 3027, "a_end": 3228, "b_start": 2816, "b_end": 3017, "verbatim": False,
     "edits": ["four spaces are U+00A0 in 000"]},
    # partial sentence: "discussed the possibility of Russian President Vladimir Putin making a state visit to Seoul"
    {"a_start": 3293, "a_end": 3384, "b_start": 2584, "b_end": 2675, "verbatim": True, "edits": []},
]


def seed_records() -> list[dict]:
    la, lb = SEED_SHA["000_8b1f4b9e27a1ab20.txt"][1], SEED_SHA["001_01e41315353b4520.txt"][1]
    sa = round(sum(p["a_end"] - p["a_start"] for p in SEED_PASSAGES) / la, 4)
    sb = round(sum(p["b_end"] - p["b_start"] for p in SEED_PASSAGES) / lb, 4)
    recs = [{"a": SEED_000, "b": SEED_001, "relation": "passage-reuse", "passages": SEED_PASSAGES,
             "share_a": sa, "share_b": sb, "kind": "passage", "raw_seed": True},
            {"a": "seeds/004_a4bbf854dd06bcc4.txt", "b": None, "relation": "paraphrase", "passages": [],
             "share_a": None, "share_b": None, "kind": "spun", "raw_seed": True,
             "note": "machine-spun rewrite of an article that is not in the corpus (no partner document)"}]
    names = ["000_8b1f4b9e27a1ab20.txt", "001_01e41315353b4520.txt", "002_4225edd9b7bd6094.txt",
             "003_aee5db814be1d452.txt", "004_a4bbf854dd06bcc4.txt"]
    for i in range(5):
        for j in range(i + 1, 5):
            if (i, j) == (0, 1):
                continue
            recs.append({"a": "seeds/" + names[i], "b": "seeds/" + names[j], "relation": "none",
                         "passages": [], "share_a": None, "share_b": None, "kind": "same-topic",
                         "raw_seed": True})
    for r in recs:
        r["split"] = split_of(r["a"], r["b"])
    return recs


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------
def public_pair(p: dict) -> dict:
    keys = ["a", "b", "relation", "passages", "share_a", "share_b", "kind", "split"]
    out = {k: p[k] for k in keys}
    for extra in ("raw_seed", "note"):
        if extra in p:
            out[extra] = p[extra]
    return out


def write_all() -> None:
    files, pairs, docs = build_all()
    DOCS.mkdir(exist_ok=True)
    for old in DOCS.glob("r*.txt"):
        old.unlink()
    for f, text in files.items():
        (HERE / f).write_bytes(text.encode("utf-8"))
    with PAIRS.open("w", encoding="utf-8", newline="\n") as fh:
        for p in pairs + seed_records():
            fh.write(json.dumps(public_pair(p), ensure_ascii=False) + "\n")
    with MANIFEST.open("w", encoding="utf-8", newline="\n") as fh:
        for d in sorted(docs, key=lambda d: d["file"]):
            rec = {"doc": d["file"], "key": d["key"], "role": d["role"], "kind": d["kind"],
                   "sources": d["sources"], "source_paths": [SOURCES[s][0] for s in d["sources"]],
                   "topics": topics_of(d["sources"]), "chars": len(d["text"]),
                   "words": len(WORD_RE.findall(d["text"]))}
            meta = {k: v for k, v in d["meta"].items() if k != "passages"}
            rec.update(meta)
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(files)} docs, {len(pairs)} pairs (+{len(seed_records())} raw-seed records)")
    print_stats(pairs + seed_records())


def print_stats(pairs: list[dict]) -> None:
    from collections import Counter
    main = [p for p in pairs if not p.get("raw_seed")]
    print("pairs by relation x split:")
    c = Counter((p["relation"], p["split"]) for p in main)
    for rel in ["exact", "near-duplicate", "passage-reuse", "paraphrase", "none"]:
        print(f"  {rel:15s} tune={c[(rel, 'tune')]:4d} blind={c[(rel, 'blind')]:4d} total={c[(rel, 'tune')] + c[(rel, 'blind')]:4d}")
    print("pairs by kind x split:")
    c = Counter((p["kind"], p["split"]) for p in main)
    for k in sorted({p["kind"] for p in main}):
        print(f"  {k:15s} tune={c[(k, 'tune')]:4d} blind={c[(k, 'blind')]:4d}")
    print("raw-seed records:", Counter(p["relation"] for p in pairs if p.get("raw_seed")))


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------
QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ",
                        "\u2013": "-", "\u2014": "-"})


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).translate(QUOTES)
    return re.sub(r"\s+", " ", s).strip().casefold()


def words(s: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"\w+", unicodedata.normalize("NFKC", s).translate(QUOTES))]


def longest_common_run(a: list[str], b: list[str]) -> tuple[int, str]:
    def has(n):
        if n == 0:
            return ""
        A = {tuple(a[i:i + n]) for i in range(len(a) - n + 1)}
        for i in range(len(b) - n + 1):
            if tuple(b[i:i + n]) in A:
                return " ".join(b[i:i + n])
        return None
    lo, hi, best = 0, min(len(a), len(b)), ""
    while lo < hi:
        mid = (lo + hi + 1) // 2
        r = has(mid)
        if r is not None:
            lo, best = mid, r
        else:
            hi = mid - 1
    return lo, best


def containment(a: list[str], b: list[str], n: int = 3) -> float:
    A = {tuple(a[i:i + n]) for i in range(len(a) - n + 1)}
    B = {tuple(b[i:i + n]) for i in range(len(b) - n + 1)}
    return len(A & B) / max(1, len(A))


def cleaned(t: str) -> str:
    t = t.lstrip("\ufeff").replace("\r\n", "\n")
    t = "\n".join(ln.rstrip() for ln in t.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", t).strip()


def check(seeds_dir: Path) -> int:
    problems: list[str] = []
    read = lambda rel: read_text(HERE / rel)  # noqa: E731
    pairs = [json.loads(ln) for ln in PAIRS.read_text(encoding="utf-8").splitlines() if ln.strip()]
    manifest = {json.loads(ln)["doc"]: json.loads(ln) for ln in MANIFEST.read_text(encoding="utf-8").splitlines()}
    on_disk = sorted(p.relative_to(HERE).as_posix() for p in DOCS.glob("*.txt"))
    print(f"docs on disk: {len(on_disk)}; manifest: {len(manifest)}; pair records: {len(pairs)}")
    if set(on_disk) != set(manifest):
        problems.append("docs on disk differ from manifest")

    # determinism: rebuild in memory and compare
    files, built_pairs, _ = build_all()
    same_docs = all((HERE / f).exists() and (HERE / f).read_bytes() == t.encode("utf-8") for f, t in files.items())
    rebuilt = [json.dumps(public_pair(p), ensure_ascii=False) for p in built_pairs + seed_records()]
    same_pairs = rebuilt == [json.dumps(p, ensure_ascii=False) for p in pairs]
    print(f"rebuild identical to disk: docs={same_docs} pairs={same_pairs}")
    if not (same_docs and same_pairs):
        problems.append("rebuild differs from disk (run make_pairs.py)")

    main = [p for p in pairs if not p.get("raw_seed")]
    keys = set()
    for p in pairs:
        k = frozenset((p["a"], p["b"]))
        if k in keys:
            problems.append(f"duplicate pair {p['a']} {p['b']}")
        keys.add(k)
        if p["split"] != split_of(p["a"], p["b"]):
            problems.append(f"split mismatch {p['a']} {p['b']}")
        if not p.get("raw_seed"):
            for f in (p["a"], p["b"]):
                if f not in manifest:
                    problems.append(f"missing doc {f}")

    # passages
    n_pass = n_exact = n_norm = n_minor = 0
    for p in main:
        if p["relation"] != "passage-reuse":
            if p["passages"]:
                problems.append(f"passages on non-passage pair {p['a']} {p['b']}")
            continue
        ta, tb = read(p["a"]), read(p["b"])
        tot_a = tot_b = 0
        for s in p["passages"]:
            n_pass += 1
            xa, xb = ta[s["a_start"]:s["a_end"]], tb[s["b_start"]:s["b_end"]]
            tot_a += len(xa)
            tot_b += len(xb)
            if xa == xb:
                n_exact += 1
                if not s["verbatim"]:
                    problems.append(f"passage marked edited but identical: {p['b']} {s}")
            elif norm(xa) == norm(xb):
                n_norm += 1
            else:
                wa, wb = words(xa), words(xb)
                sm = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False)
                changed = sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in sm.get_opcodes() if op != "equal")
                if changed <= 2 and len(s["edits"]) >= 1:
                    n_minor += 1
                else:
                    problems.append(f"passage mismatch {p['a']}→{p['b']}: {xa[:60]!r} / {xb[:60]!r}")
            # passages should be whole sentences in the reusing doc text
        if abs(round(tot_a / len(ta), 4) - p["share_a"]) > 1e-4 or abs(round(tot_b / len(tb), 4) - p["share_b"]) > 1e-4:
            problems.append(f"share mismatch {p['a']} {p['b']}")
    print(f"passage spans: {n_pass} (exact match {n_exact}; equal after quote/space normalisation {n_norm}; "
          f"minor word change {n_minor}); failures: {n_pass - n_exact - n_norm - n_minor}")

    # relation sanity checks
    from collections import defaultdict
    stats = defaultdict(list)
    for p in main:
        ta, tb = read(p["a"]), read(p["b"])
        ma, _mb = manifest[p["a"]], manifest[p["b"]]
        rel = p["relation"]
        if rel == "exact":
            ok = cleaned(ta) == cleaned(tb)
            stats["exact_equal_after_cleaning"].append(ok)
            if not ok:
                problems.append(f"exact pair not equal after cleaning: {p['a']} {p['b']}")
        elif rel == "near-duplicate":
            # how much of the original article body (headline and furniture aside) each copy keeps
            body = words("\n".join(article(ma["sources"][0]).paras))
            c = min(containment(body, words(ta), 5), containment(body, words(tb), 5))
            stats["near_5gram_containment"].append(c)
            if c < 0.7:
                problems.append(f"near pair with low containment {c:.2f}: {p['a']} {p['b']}")
        elif rel == "paraphrase":
            run, _ = longest_common_run(words(ta), words(tb))
            stats[f"paraphrase_{p['kind']}_longest_common_run"].append(run)
        elif rel == "none":
            run, txt = longest_common_run(words(ta), words(tb))
            stats[f"none_{p['kind']}_longest_common_run"].append((run, p["a"], p["b"], txt))
    print("exact pairs equal after cleaning:", sum(stats["exact_equal_after_cleaning"]), "/",
          len(stats["exact_equal_after_cleaning"]))
    cs = sorted(stats["near_5gram_containment"])
    if cs:
        print(f"near-duplicate: share of the article body's word 5-grams kept in both docs min={cs[0]:.2f} "
              f"median={cs[len(cs) // 2]:.2f}")
    for kind in ("spun", "reworded"):
        rs = sorted(stats[f"paraphrase_{kind}_longest_common_run"])
        if rs:
            print(f"paraphrase/{kind}: longest common word run min={rs[0]} median={rs[len(rs) // 2]} max={rs[-1]}")
    rates = sorted(m["spin_rate"] for m in manifest.values() if m["role"] == "spun")
    print(f"spun docs: {len(rates)}, spin rate min={rates[0]} max={rates[-1]}")
    for r in rates:
        if not 0.30 <= r <= 0.50:
            problems.append(f"spin rate out of range: {r}")
    for r in manifest.values():
        if r["role"] == "passage" and not 300 <= r["words"] <= 600:
            problems.append(f"passage doc length {r['words']} words: {r['doc']}")
    pw = sorted(r["words"] for r in manifest.values() if r["role"] == "passage")
    print(f"passage docs: {len(pw)}, words min={pw[0]} max={pw[-1]}")
    for kind in ("same-topic", "unrelated"):
        rs = sorted(stats[f"none_{kind}_longest_common_run"], reverse=True)
        if rs:
            print(f"none/{kind}: {len(rs)} pairs, longest common word run max={rs[0][0]} "
                  f"median={rs[len(rs) // 2][0]}; top: " +
                  "; ".join(f"{r[0]} ({r[1][-8:-4]},{r[2][-8:-4]}: {r[3][:50]!r})" for r in rs[:4]))

    # seeds
    if seeds_dir.is_dir():
        sp = next(p for p in pairs if p.get("raw_seed") and p["relation"] == "passage-reuse")
        ok_hash = True
        texts = {}
        for name, (sha, ln) in SEED_SHA.items():
            b = (seeds_dir / name).read_bytes()
            texts[name] = b.decode("utf-8")
            if hashlib.sha256(b).hexdigest() != sha or len(texts[name]) != ln:
                ok_hash = False
                problems.append(f"seed file changed: {name}")
        if ok_hash:
            ta, tb = texts["000_8b1f4b9e27a1ab20.txt"], texts["001_01e41315353b4520.txt"]
            ne = nn = 0
            for s in sp["passages"]:
                xa, xb = ta[s["a_start"]:s["a_end"]], tb[s["b_start"]:s["b_end"]]
                if xa == xb:
                    ne += 1
                elif norm(xa) == norm(xb):
                    nn += 1
                else:
                    problems.append(f"seed passage mismatch at {s}")
            print(f"seed pair 000/001: {len(sp['passages'])} spans, exact {ne}, equal after normalisation {nn}")
    else:
        print(f"seeds not found at {seeds_dir}; seed spans not checked")

    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        for x in problems[:50]:
            print("  -", x)
        return 1
    print("\nall checks passed")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="validate the files on disk instead of writing")
    ap.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="folder with the raw seed files")
    args = ap.parse_args()
    if args.check:
        return check(args.seeds)
    write_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
