"""A second article spinner, written for the blind evaluation of ``machine-spun-suspected``.

It imitates a thesaurus spinner: each word found in its table is swapped, with the document's
probability, for one of the table's synonyms chosen at random, whatever the sense in context
("minister" can become "parson", "state" can become "condition"). Unlike the spinner of
``bench/data/reuse`` (written by another helper, with another table), this one

* has its own synonym table (``TABLE`` below, written for this set; it is deliberately not the
  detector's lexicon and the detector never reads it);
* spins at two rates per source text: a light spin (30–50 % of the words its table knows) and a
  heavy one (75–100 %), so recall can be read per rate;
* repairs "a"/"an" after a swap and keeps the punctuation intact, like the better commercial
  spinners: the detector gets no help from grammar slips here, only from the words.

Sources: the project's own texts (``bench/data/events/texts``, ``bench/data/actors/texts``,
``bench/data/actors_blind2/texts``). The ``Published:`` line is dropped (a spun copy on a content
farm carries no date line). Deterministic (seed below).

Run from the project root: ``python bench/data/spun/make_spun.py`` (rewrites ``docs/`` and
``manifest.jsonl``); ``--check`` compares what is on disk with a fresh build.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SOURCES = ("bench/data/events/texts", "bench/data/actors/texts", "bench/data/actors_blind2/texts")
SEED = 20261127
LIGHT = (0.30, 0.50)
HEAVY = (0.75, 1.00)

# Synonyms as a general thesaurus lists them: every sense of the word, no regard for context.
TABLE: dict[str, list[str]] = {
    # reporting and speaking
    "said": ["remarked", "uttered", "voiced", "articulated", "expressed", "pronounced"],
    "says": ["remarks", "utters", "voices", "articulates", "expresses"],
    "told": ["informed", "notified", "instructed", "recounted", "narrated"],
    "announced": ["publicised", "broadcast", "heralded", "trumpeted", "reported"],
    "warned": ["cautioned", "alerted", "forewarned", "admonished", "tipped off"],
    "urged": ["pressed", "exhorted", "goaded", "prodded", "implored"],
    "called": ["named", "phoned", "rang", "termed", "dubbed", "summoned"],
    "asked": ["questioned", "quizzed", "queried", "begged", "requested"],
    "welcomed": ["received", "embraced", "saluted", "hailed", "accepted"],
    "condemned": ["censured", "damned", "denounced", "sentenced", "doomed"],
    "accused": ["charged", "indicted", "impeached", "arraigned"],
    "denied": ["contradicted", "refuted", "gainsaid", "disavowed", "withheld"],
    "demanded": ["required", "claimed", "exacted", "insisted on"],
    "rejected": ["spurned", "discarded", "repudiated", "jilted", "dismissed"],
    "reported": ["described", "chronicled", "related", "documented", "narrated"],
    "statement": ["assertion", "utterance", "testimony", "account", "bulletin"],
    "declaration": ["proclamation", "pronouncement", "avowal", "manifesto"],
    "speech": ["oration", "lecture", "discourse", "sermon", "talk"],
    "spokesman": ["mouthpiece", "representative", "agent", "voice"],
    "reporters": ["journalists", "correspondents", "newsmen", "hacks"],
    # meeting and agreeing
    "talks": ["conversations", "chats", "dialogues", "parleys", "conferences"],
    "met": ["encountered", "faced", "gathered", "fulfilled", "satisfied"],
    "meet": ["encounter", "face", "gather", "fulfil", "satisfy"],
    "meeting": ["gathering", "encounter", "assembly", "rendezvous", "session"],
    "summit": ["peak", "pinnacle", "apex", "crest", "zenith", "top"],
    "visit": ["call", "stay", "sojourn", "trip", "tour"],
    "visited": ["called on", "toured", "frequented", "stopped by"],
    "agreed": ["concurred", "assented", "acquiesced", "accorded", "complied"],
    "agreement": ["concord", "harmony", "accordance", "contract", "arrangement"],
    "deal": ["bargain", "transaction", "trade", "quantity", "portion"],
    "treaty": ["compact", "covenant", "convention", "concordat", "settlement"],
    "pact": ["compact", "covenant", "bond", "alliance"],
    "accord": ["concord", "harmony", "unison", "consent"],
    "signed": ["autographed", "initialled", "endorsed", "inscribed", "marked"],
    "sign": ["autograph", "initial", "endorse", "inscribe", "signal"],
    "joint": ["shared", "common", "communal", "collective", "articulation"],
    "held": ["gripped", "clutched", "grasped", "retained", "kept"],
    "hosted": ["entertained", "received", "housed", "presented"],
    "counterpart": ["equivalent", "twin", "duplicate", "match", "copy"],
    "relations": ["relatives", "kin", "connections", "associations", "dealings"],
    "ties": ["bonds", "links", "knots", "draws", "neckties"],
    "cooperation": ["collaboration", "teamwork", "synergy", "give-and-take"],
    # people and bodies
    "minister": ["parson", "pastor", "cleric", "priest", "preacher"],
    "ministers": ["parsons", "pastors", "clerics", "priests", "preachers"],
    "ministry": ["priesthood", "clergy", "department", "bureau", "pulpit"],
    "leader": ["chief", "boss", "captain", "head", "commander", "guide"],
    "leaders": ["chiefs", "bosses", "captains", "heads", "commanders"],
    "president": ["chairman", "chair", "head", "governor", "principal"],
    "government": ["regime", "rule", "administration", "governance", "management"],
    "officials": ["functionaries", "officers", "bureaucrats", "executives", "administrators"],
    "envoy": ["emissary", "messenger", "courier", "legate", "delegate"],
    "ambassador": ["emissary", "envoy", "legate", "representative", "diplomat"],
    "diplomats": ["negotiators", "go-betweens", "intermediaries", "tacticians"],
    "troops": ["soldiers", "squads", "units", "bands", "throngs"],
    "forces": ["powers", "strengths", "energies", "compulsions", "armies"],
    "army": ["host", "multitude", "horde", "legion", "military"],
    "state": ["condition", "situation", "shape", "nation", "realm"],
    "country": ["land", "nation", "countryside", "terrain", "territory"],
    "countries": ["lands", "nations", "realms", "territories", "kingdoms"],
    "opposition": ["resistance", "hostility", "antagonism", "rivals", "enemy"],
    "allies": ["friends", "confederates", "partners", "helpers", "collaborators"],
    "members": ["associates", "fellows", "limbs", "parts", "constituents"],
    "parliament": ["legislature", "congress", "senate", "chamber", "assembly"],
    "lawmakers": ["legislators", "legislators", "parliamentarians", "lawgivers"],
    "agency": ["bureau", "office", "means", "instrumentality", "firm"],
    "court": ["courtyard", "tribunal", "bench", "quad", "yard"],
    "council": ["board", "committee", "panel", "cabinet", "synod"],
    # adjectives
    "foreign": ["alien", "exotic", "strange", "outlandish", "imported", "unfamiliar"],
    "military": ["martial", "soldierly", "warlike", "armed", "army"],
    "nuclear": ["atomic", "thermonuclear", "central", "core"],
    "security": ["safety", "protection", "safekeeping", "surety", "collateral"],
    "defence": ["protection", "safeguard", "shield", "guard", "plea"],
    "defense": ["protection", "safeguard", "shield", "guard", "plea"],
    "special": ["particular", "peculiar", "exceptional", "distinctive", "unique"],
    "economic": ["fiscal", "financial", "frugal", "thrifty", "commercial"],
    "diplomatic": ["tactful", "discreet", "politic", "suave", "polite"],
    "international": ["global", "worldwide", "cosmopolitan", "universal"],
    "national": ["nationwide", "domestic", "civic", "public", "countrywide"],
    "new": ["fresh", "novel", "modern", "recent", "unfamiliar"],
    "first": ["initial", "earliest", "opening", "foremost", "premier"],
    "second": ["subsequent", "next", "following", "moment", "instant"],
    "last": ["final", "closing", "ultimate", "concluding", "endure"],
    "next": ["following", "subsequent", "ensuing", "adjacent", "succeeding"],
    "prime": ["primary", "chief", "principal", "choice", "best"],
    "general": ["common", "universal", "broad", "generic", "commander"],
    "full": ["complete", "entire", "whole", "replete", "stuffed"],
    "main": ["chief", "principal", "major", "primary", "foremost"],
    "top": ["summit", "peak", "apex", "crown", "lid", "uppermost"],
    "largest": ["biggest", "hugest", "vastest", "bulkiest", "greatest"],
    "long": ["lengthy", "extended", "prolonged", "yearn", "protracted"],
    "early": ["premature", "untimely", "initial", "primitive", "prompt"],
    "late": ["tardy", "overdue", "belated", "deceased", "former"],
    "immediate": ["instant", "prompt", "direct", "nearest", "abrupt"],
    "senior": ["elder", "older", "superior", "higher", "veteran"],
    "armed": ["equipped", "furnished", "provided", "outfitted"],
    "ballistic": ["projectile", "frenzied", "furious", "livid"],
    "strong": ["powerful", "sturdy", "robust", "brawny", "potent"],
    "major": ["key", "big", "chief", "leading", "sizeable"],
    # actions
    "fired": ["dismissed", "sacked", "discharged", "ignited", "launched"],
    "launched": ["propelled", "hurled", "initiated", "floated", "commenced"],
    "attack": ["assault", "onslaught", "offensive", "bout", "fit"],
    "attacked": ["assaulted", "assailed", "set upon", "criticised"],
    "imposed": ["inflicted", "levied", "foisted", "forced", "dictated"],
    "sanctions": ["approvals", "permissions", "endorsements", "penalties", "authorisations"],
    "flew": ["soared", "glided", "winged", "hurried", "rushed"],
    "arrived": ["came", "appeared", "materialised", "landed", "turned up"],
    "left": ["departed", "exited", "abandoned", "remaining", "sinister"],
    "returned": ["came back", "restored", "yielded", "replaced"],
    "ended": ["finished", "terminated", "concluded", "ceased", "halted"],
    "began": ["commenced", "started", "initiated", "launched"],
    "backed": ["supported", "endorsed", "reversed", "wagered", "funded"],
    "supported": ["propped", "buttressed", "upheld", "sustained"],
    "blamed": ["faulted", "censured", "reproached", "chided"],
    "suspended": ["hung", "dangled", "postponed", "shelved", "deferred"],
    "cut": ["slashed", "severed", "trimmed", "clipped", "chopped"],
    "sent": ["dispatched", "posted", "mailed", "transmitted", "shipped"],
    "gave": ["donated", "presented", "bestowed", "handed", "granted"],
    "took": ["grabbed", "seized", "captured", "carried", "accepted"],
    "kept": ["retained", "preserved", "maintained", "stored", "reserved"],
    "won": ["triumphed", "prevailed", "gained", "secured", "earned"],
    "joined": ["united", "linked", "connected", "fused", "enrolled"],
    "killed": ["slain", "slaughtered", "murdered", "butchered", "executed"],
    "killing": ["slaying", "slaughtering", "murdering", "butchering"],
    "protest": ["objection", "complaint", "demonstration", "outcry", "grievance"],
    "summoned": ["convened", "convoked", "invoked", "mustered", "beckoned"],
    "released": ["liberated", "freed", "discharged", "issued", "published"],
    "release": ["liberation", "freedom", "discharge", "issue", "publication"],
    "launch": ["propel", "hurl", "initiation", "opening", "motorboat"],
    "test": ["examination", "exam", "trial", "quiz", "assay"],
    "tests": ["examinations", "exams", "trials", "quizzes", "assays"],
    "strike": ["hit", "blow", "walkout", "stoppage", "knock"],
    "border": ["edge", "rim", "margin", "fringe", "frontier"],
    "missiles": ["projectiles", "rockets", "shots", "weapons"],
    "missile": ["projectile", "rocket", "shot", "weapon"],
    "weapons": ["arms", "armaments", "firearms", "munitions", "tools"],
    "war": ["combat", "warfare", "fighting", "hostilities", "battle"],
    "peace": ["calm", "quiet", "tranquillity", "serenity", "harmony"],
    "plan": ["scheme", "design", "blueprint", "plot", "diagram"],
    "response": ["reply", "answer", "retort", "reaction", "rejoinder"],
    "vote": ["ballot", "poll", "election", "franchise", "referendum"],
    "election": ["poll", "ballot", "vote", "selection", "choice"],
    "trade": ["commerce", "business", "traffic", "occupation", "craft"],
    "crisis": ["emergency", "catastrophe", "disaster", "calamity", "climax"],
    "end": ["finish", "close", "conclusion", "tip", "tail", "goal"],
    "measures": ["steps", "actions", "gauges", "yardsticks", "portions"],
    "relationship": ["connection", "association", "affair", "kinship", "romance"],
    "power": ["force", "might", "strength", "energy", "authority"],
    "law": ["statute", "rule", "decree", "edict", "ordinance"],
    "office": ["bureau", "workplace", "post", "position", "role"],
    "party": ["celebration", "gathering", "festivity", "group", "side"],
    "rights": ["privileges", "entitlements", "freedoms", "liberties"],
    "region": ["area", "zone", "district", "territory", "sector"],
    "talk": ["chat", "conversation", "discussion", "lecture", "gossip"],
    # time and number words
    "day": ["daytime", "date", "time", "era", "epoch"],
    "days": ["daytimes", "dates", "times", "eras", "epochs"],
    "hours": ["times", "periods", "spells", "stretches"],
    "week": ["seven days", "sennight"],
    "year": ["twelvemonth", "annum", "period", "term"],
    "years": ["twelvemonths", "annums", "periods", "terms"],
    "later": ["afterwards", "subsequently", "thereafter", "next"],
    "before": ["previously", "earlier", "formerly", "ahead of"],
    "after": ["following", "subsequent to", "succeeding", "behind"],
    "since": ["because", "as", "considering that", "ever since"],
    "also": ["too", "likewise", "besides", "additionally", "furthermore"],
    "however": ["nonetheless", "nevertheless", "notwithstanding", "still"],
    "but": ["yet", "though", "nevertheless", "except"],
    "while": ["whereas", "whilst", "although", "spell"],
    "about": ["regarding", "concerning", "approximately", "around", "touching"],
    "against": ["versus", "opposed to", "counter to", "facing"],
    "over": ["above", "across", "beyond", "finished", "concerning"],
    "several": ["various", "numerous", "sundry", "diverse"],
    "many": ["numerous", "countless", "myriad", "abundant"],
    "help": ["aid", "assistance", "support", "succour"],
    "way": ["path", "road", "route", "manner", "fashion"],
    "part": ["portion", "piece", "segment", "fragment", "role"],
    "place": ["location", "spot", "site", "position", "venue"],
    "home": ["house", "residence", "dwelling", "abode", "domicile"],
    "news": ["information", "tidings", "word", "intelligence", "bulletin"],
    "media": ["press", "mediums", "channels", "means"],
    "world": ["globe", "earth", "planet", "universe", "realm"],
    "people": ["persons", "folk", "individuals", "humans", "populace"],
}
# Capitalised words the spinner also swaps inside names, at half the document's rate.
CAPITALISED = {"Minister", "Ministry", "Foreign", "Defence", "Defense", "Security", "Council", "General", "Prime",
               "Assembly", "Nations", "National", "Summit", "Joint", "Supreme", "State", "Forces", "Military"}
TABLE.setdefault("assembly", ["gathering", "congregation", "meeting", "throng", "construction"])
TABLE.setdefault("nations", ["countries", "states", "lands", "peoples"])
TABLE.setdefault("supreme", ["highest", "utmost", "paramount", "ultimate", "preeminent"])

WORD = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*")
# For the manifest's share of content words (as bench/data/reuse counts them: 3+ letters, not these).
STOP = set(["the", "and", "that", "for", "with", "was", "were", "had", "has", "have", "its", "his", "her", "their", "they", "them", "this", "these", "those", "from", "which", "who", "whom", "whose", "what", "when", "where", "while", "would", "could", "should", "will", "shall", "can", "may", "might", "must", "not", "but", "are", "been", "being", "into", "onto", "over", "under", "about", "after", "before", "than", "then", "there", "here", "also", "only", "all", "any", "each", "both", "some", "such", "very", "more", "most", "other", "our", "out", "own", "same", "she", "him", "you", "your", "one", "two"])
VOWEL_SOUND = re.compile(r"^(?:[aio]|e(?!u)|u(?!ni|s[eu]|r[aeiou]))", re.I)


def spin(text: str, rate: float, rng: random.Random) -> tuple[str, int, int]:
    """``text`` spun at ``rate``; returns it with (words swapped, words the table knew)."""
    out: list[str] = []
    pos = swapped = known = 0
    for m in WORD.finditer(text):
        word = m.group(0)
        out.append(text[pos : m.start()])
        pos = m.end()
        low = word.lower()
        if low not in TABLE or (word[0].isupper() and word not in CAPITALISED and m.start() > 0
                                and text[m.start() - 2 : m.start()].strip() not in ("", ".", "\n")):  # fmt: skip
            out.append(word)
            continue
        known += 1
        p = rate / 2 if word[0].isupper() and word in CAPITALISED else rate
        if rng.random() >= p:
            out.append(word)
            continue
        new = rng.choice(TABLE[low])
        if word.isupper():
            new = new.upper()
        elif word[0].isupper():
            new = new[0].upper() + new[1:]
        out.append(new)
        swapped += 1
    out.append(text[pos:])
    spun = "".join(out)
    # A careful spinner repairs the article before a swapped word ("a" + "emissary" → "an emissary").
    spun = re.sub(r"\b([Aa])n? (?=([A-Za-z]+))",
                  lambda m: (m.group(1) + ("n " if VOWEL_SOUND.match(m.group(2)) else " ")), spun)  # fmt: skip
    return spun, swapped, known


def build() -> tuple[dict[str, str], list[dict[str, object]]]:
    rng = random.Random(SEED)
    docs: dict[str, str] = {}
    manifest: list[dict[str, object]] = []
    for folder in SOURCES:
        for path in sorted((ROOT / folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            lines = text.splitlines()
            if lines and lines[0].startswith("Published:"):
                text = "\n".join(lines[1:]).lstrip("\n")
            for band, (lo, hi) in (("light", LIGHT), ("heavy", HEAVY)):
                rate = round(rng.uniform(lo, hi), 3)
                spun, swapped, known = spin(text, rate, rng)
                content = len([w for w in WORD.findall(text) if len(w) >= 3 and w.lower() not in STOP])
                name = f"{folder.split('/')[2]}_{path.stem}.{band}.txt"
                docs[name] = spun
                manifest.append({"doc": f"docs/{name}", "source": f"{folder}/{path.name}", "band": band,
                                 "rate": rate, "swapped": swapped, "known": known,
                                 "share_of_content_words": round(swapped / max(1, content), 3)})  # fmt: skip
    return docs, manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="compare docs/ and manifest.jsonl with a fresh build")
    args = ap.parse_args(argv)
    docs, manifest = build()
    manifest_text = "".join(json.dumps(m, ensure_ascii=False) + "\n" for m in manifest)
    if args.check:
        bad = [n for n, t in docs.items() if not (HERE / "docs" / n).exists()
               or (HERE / "docs" / n).read_text(encoding="utf-8") != t]  # fmt: skip
        if (HERE / "manifest.jsonl").read_text(encoding="utf-8") != manifest_text:
            bad.append("manifest.jsonl")
        print("ok" if not bad else f"differs: {bad}")
        return 1 if bad else 0
    (HERE / "docs").mkdir(exist_ok=True)
    for n, t in docs.items():
        (HERE / "docs" / n).write_text(t, encoding="utf-8")
    (HERE / "manifest.jsonl").write_text(manifest_text, encoding="utf-8")
    print(f"{len(docs)} spun documents written to {HERE / 'docs'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
