"""A streaming generator of realistic synthetic news corpora (1k to 1M documents), with the truth
about every copy in it.

``bench/events_speed.py`` builds wire copy about real states from a few dozen fixed sentences, so
unrelated articles share long word runs that real news never shares (diplomap's reuse detector
found thousands of "copied passages" between unrelated articles). ``bench/synth.py`` writes a
fictional world no actor table knows. This generator keeps the real states, capitals, officials
(by title) and a few long-serving leaders (by name) of ``events_speed`` and the outlets and
site furniture of ``synth``, and writes text from a grammar with a choice every two or three
words (clause orders, modifiers, numbers, dates, invented people and institutions), so that two
unrelated documents rarely share a run of 12 words.

Documents (default mix; ``geo_share`` of them geopolitical, three in four of those wire copy):

* **wire** (~700 words, ~40 sentences in short paragraphs): about half the sentences carry a
  diplomatic event between two or three states, with their statuses: occurred, planned ("will
  visit"), hypothetical ("could impose"), denied or refused, historical background with years,
  and reported speech ("…, the ministry said"); the rest is background, figures and quotes;
* **opinion** (~900 words): analysis in hedged, evaluative language, fewer events, signed by a
  columnist;
* **other** (~400 words): sport, business, technology, weather, culture and science, now and
  then naming a country.

Copies, each in the truth file with the original it copies: **syndicated** (~5 %: the same body
under another outlet and headline, a sentence or two cut, a word edited, perhaps a dateline),
**spun** (~1 %: a wire story through ``bench/data/spun/make_spun.py``'s synonym spinner),
**exact** byte duplicates (~1 %) and **partial** reuse (~2 %: a new article quoting one to three
paragraphs of another). Sources are drawn from a bounded pool of recent originals, so memory
does not grow with the corpus.

Output: JSONL shards of 1,000 records (``jsonl/shard-00000.jsonl``: title, text, published,
url, outlet, author) and, for ~20 % of the documents, plain-text page dumps with the outlet's
furniture (``dumps/000/…``, at most 1,000 files a folder); ``jsonl_only`` writes everything as
JSONL. ``.newsgen/manifest.json`` has the counts and ``.newsgen/truth.jsonl`` one line per copy
pair (source, copy, relation, where each was written): a folder whose name starts with a dot,
which diplomap skips, so that ``diplomap run FOLDER`` reads the documents and nothing else. The
same (n, seed, options) always gives the same bytes; ``iter_records`` gives the same documents
in memory.

Measured (``--rarity``, ``shingle_rarity``): over 2,000 documents, 0.03 % of unrelated pairs
share a run of 12 words (``events_speed.make_stream``: 19 %), but a third of the documents
share one with some unrelated document (real news: almost none); see bench/README.md.

Run: .venv/bin/python bench/newsgen.py FOLDER --docs N [--seed S] [--geo-share 0.3] [--jsonl-only]
                                         [--shard-size 1000]
     .venv/bin/python bench/newsgen.py --rarity 2000 [--seed S]   # 12-word-run sharing of a sample
     .venv/bin/python bench/newsgen.py FOLDER --compare STORE     # diplomap's reuse pairs vs the truth
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
for _p in (_HERE, _HERE / "data" / "spun"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

from make_spun import spin  # noqa: E402

from events_speed import NAMED, SEAS, STATES, WEEKDAYS  # noqa: E402
from synth import FIRST, LAST, MONTHS, make_outlets  # noqa: E402

# ----------------------------------------------------------------------------- the world

#: more real states, (name, adjective, capital), all known to diplomap's actor tables


def _items(text: str, sep: str = "; ") -> list[str]:
    """The items of a list written as one string (long word lists read better that way)."""
    return text.split(sep)


def _triples(text: str) -> list[tuple[str, str, str]]:
    return [(a, b, c) for a, b, c in (item.split("/") for item in _items(text))]


MORE_STATES = _triples(
    "Italy/Italian/Rome; Spain/Spanish/Madrid; Poland/Polish/Warsaw; Hungary/Hungarian/Budapest; "
    "Israel/Israeli/Jerusalem; Mexico/Mexican/Mexico City; Nigeria/Nigerian/Abuja; "
    "South Africa/South African/Pretoria; Kenya/Kenyan/Nairobi; Ethiopia/Ethiopian/Addis Ababa; "
    "Qatar/Qatari/Doha; Iraq/Iraqi/Baghdad; Syria/Syrian/Damascus; Thailand/Thai/Bangkok; "
    "Malaysia/Malaysian/Kuala Lumpur; Argentina/Argentine/Buenos Aires; Venezuela/Venezuelan/Caracas; "
    "Kazakhstan/Kazakh/Astana; Belarus/Belarusian/Minsk; Greece/Greek/Athens; Sweden/Swedish/Stockholm; "
    "Norway/Norwegian/Oslo; Finland/Finnish/Helsinki; the Netherlands/Dutch/The Hague; "
    "Bangladesh/Bangladeshi/Dhaka; Afghanistan/Afghan/Kabul; Algeria/Algerian/Algiers; "
    "Colombia/Colombian/Bogota"
)
ALL_STATES = STATES + MORE_STATES
#: the head of state or government a title names ("the French president")
HEADS = {
    name: title
    for name, _, title in (
        item.partition("=")
        for item in _items(
            "Japan=prime minister; India=prime minister; Germany=chancellor; Britain=prime minister; "
            "Australia=prime minister; Vietnam=prime minister; Pakistan=prime minister; Canada=prime minister; "
            "Saudi Arabia=crown prince; North Korea=leader; Italy=prime minister; Spain=prime minister; "
            "Hungary=prime minister; Israel=prime minister; Thailand=prime minister; Malaysia=prime minister; "
            "Greece=prime minister; Sweden=prime minister; Norway=prime minister; the Netherlands=prime minister; "
            "Bangladesh=prime minister; Qatar=emir; Iraq=prime minister"
        )
    )
}
#: long-serving leaders (in office through 2017-2024) by the state's name; events_speed's NAMED first
_CODE_STATE = {"RUS": "Russia", "CHN": "China", "PRK": "North Korea", "TUR": "Turkey"}
LEADERS: dict[str, list[str]] = {}
for _name, _code in NAMED:
    LEADERS.setdefault(_CODE_STATE[_code], []).append(_name)
for _state, _name in [("India", "Indian Prime Minister Narendra Modi"), ("Iran", "Iranian Supreme Leader Ali Khamenei"),
                      ("Hungary", "Hungarian Prime Minister Viktor Orban"),
                      ("Belarus", "Belarusian President Alexander Lukashenko")]:  # fmt: skip
    LEADERS.setdefault(_state, []).append(_name)

FIRST_NAMES = FIRST + _items(
    "Amara, Bilal, Chiara, Dario, Esther, Fatima, Gustavo, Hana, Idris, Jana, Kwame, Leila, Mateo, Nadia, "
    "Omar, Priya, Rafael, Sofia, Tariq, Uma, Valentina, Wei, Ximena, Yara, Zainab, Aiko, Bruno, Carmen, "
    "Diego, Eun-ji, Femi, Grace, Hiroshi, Ines, Javier, Kofi, Lucia, Marek, Nia, Oskar, Paolo, Rania, Samir, "
    "Tomoko, Ugo, Vera, Wanjiru, Yusra, Alice, Ben, Claire, Daniel, Emma, Frank, Hannah, Isaac, James, Kate, "
    "Liam, Maya, Nathan, Olivia, Peter, Rachel, Simon, Tessa, Victor, William, Zoe, Adrian, Beatriz, "
    "Camille, Dmitri, Elif, Florin, Goran, Helena, Ivo, Jasmin, Kenji, Lars, Mirela, Noor, Orla, Pavel, "
    "Renata, Stefan, Thandiwe, Ulrike, Vikram, Wiktor, Yasmin, Zeynep, Arjun",
    ", ",
)
LAST_NAMES = LAST + _items(
    "Achebe, Bianchi, Chowdhury, Dimitriou, Eriksen, Fernandes, Gallagher, Haddad, Ishikawa, Jovanovic, "
    "Kowalczyk, Lindgren, Mensah, Nakamura, Okonkwo, Pereira, Quinn, Rossi, Santos, Takahashi, Uddin, "
    "Vasquez, Whitfield, Xu, Yamamoto, Zimmermann, Adeyemi, Baptiste, Coleman, Dragomir, Espinoza, Fischer, "
    "Gonzaga, Hartmann, Iqbal, Jensen, Kaplan, Lebedev, Moreau, Nwosu, Oliveira, Park, Ramos, Schreiber, "
    "Tanaka, Ulrich, Vogel, Walsh, Young, Ziegler, Alvarez, Becker, Castillo, Duarte, Engel, Ferrari, Greco, "
    "Hussain, Ivanova, Janssen, Keller, Lopez, Mahmoud, Nilsson, Ortega, Popescu, Reyes, Sato, Toth, Umarov, "
    "Verhoeven, Weber, Yilmazer, Zhou, Abbott, Brennan, Carvalho, Doyle, Ellison, Forde, Hale, Kerr, "
    "Lambert, Mistry, Nolan, Osei, Prescott, Rahman, Sharma, Thornton, Voss, Wong, Ashworth, Barros, Cho, "
    "Dunn, Fraser, Grant, Hughes, Jimenez, Kimura, Lund, Morales, Novakova",
    ", ",
)
#: invented towns (no actor table maps them to a state)
PLACES = _items(
    "Harwick, Velmont, Corrigan Bay, Eastmoor, Lindholt, Marrowby, Penhallow, Redcastle, Brennick, Ashcombe, "
    "Dunmere, Fallowfield, Greywater, Holloway Cross, Kestrel Point, Larkmoor, Millbrook, Northcliffe, "
    "Oakhurst, Pellingham, Ravenswick, Saltmarsh, Tarrow, Upperton, Westerly, Whitcombe, Yarrowdale, "
    "Ambleside Heights, Birchmont, Caskett, Deepford, Elderwick, Foxley, Glenhaven, Hollins, "
    "Ironbridge Vale, Juniper Falls, Kingsmere, Lowther, Merrivale, Netherby, Orchard Hill, Pinecrest, "
    "Quayside, Rosmarin, Stillwater, Thistlebrook, Valecrest, Wendover Ridge",
    ", ",
)

# ----------------------------------------------------------------------------- the grammar engine
#
# A grammar is text: "@name" starts a rule, each following line is one alternative. In a line,
# "{rule}" expands another rule, "{NAME}" (upper case) is a value of the document's context,
# "{?rule}" expands the rule half the time, "{#a-b}" is a number from a to b and "{@a-b}" the same
# as an ordinal ("21st"). "3* text" weighs a line three times, "~" is the empty alternative and a
# leading "+" a leading space. Under "@@name", each line is a verb phrase with "<base|past|ing>"
# or "<base|past|ing|participle>" groups, compiled into the rules name_base, name_past, name_ing
# and name_pp. Every rule becomes a tuple of compiled functions, and expanding a rule is one
# random number and one call: fast enough for thousands of documents a second.

_SLOT = re.compile(r"\{([?#@]?)([A-Za-z0-9_\-]+)\}")
_VERB = re.compile(r"<([^<>|]+)\|([^<>|]+)\|([^<>|]+)(?:\|([^<>|]+))?>")


def parse_grammar(text: str) -> tuple[dict[str, list[str]], set[str]]:
    """The rules and the names of the rules marked "@!" (no alternative twice in a document)."""
    rules: dict[str, list[str]] = {}
    once: set[str] = set()
    current: list[str] | None = None
    verbs: str | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("# "):
            continue
        if line.startswith("@@"):
            verbs = line[2:].strip()
            for form in ("base", "past", "ing", "pp"):
                rules.setdefault(f"{verbs}_{form}", [])
            current = None
            continue
        if line.startswith("@"):
            verbs = None
            name = line[1:].strip()
            if name.startswith("!"):
                name = name[1:]
                once.add(name)
            if name in rules:
                raise ValueError(f"rule {name!r} is defined twice")
            current = rules.setdefault(name, [])
            continue
        weight = 1
        m = re.match(r"(\d+)\* (.*)", line)
        if m:
            weight, line = int(m.group(1)), m.group(2)
        line = "" if line == "~" else " " + line[1:].lstrip() if line.startswith("+") else line
        if verbs is not None:
            for k, form in enumerate(("base", "past", "ing", "pp")):
                rules[f"{verbs}_{form}"].extend([_VERB.sub(partial(_verb_form, k), line)] * weight)
        elif current is not None:
            current.extend([line] * weight)
        else:
            raise ValueError(f"grammar line outside a rule: {raw!r}")
    return rules, once


def _verb_form(k: int, m: re.Match[str]) -> str:
    """Form ``k`` (base, past, -ing, participle) of a "<base|past|ing|participle>" group; the
    participle is the past form unless given."""
    return m.group(k + 1) if k < 3 else (m.group(4) or m.group(2))


def _compile_source(rules: dict[str, list[str]], once: set[str]) -> str:
    """Python source defining ``_a_<rule>`` (a tuple of functions) for every rule, ``_s_<rule>``
    (a tuple of strings) for a rule without slots, and for a rule in ``once`` a function
    ``_o_<rule>`` that avoids (with two redraws) an alternative the document already used (the
    set ``_U``, which the caller empties for each document)."""
    out: list[str] = []
    for k, name in enumerate(sorted(once)):
        n = len(rules[name])
        out.append(f"def _o_{name}():\n    i = {k * 100_000} + int(_R() * {n})\n"
                   f"    if i in _U:\n        i = {k * 100_000} + int(_R() * {n})\n"
                   f"        if i in _U:\n            i = {k * 100_000} + int(_R() * {n})\n"
                   f"    _U.add(i)\n    return _a_{name}[i - {k * 100_000}]()\n")  # fmt: skip
    plain = {name for name, alts in rules.items() if name not in once and not any(_SLOT.search(a) for a in alts)}
    for name, alts in rules.items():
        if not alts:
            raise ValueError(f"rule {name!r} has no alternative")
        if name in plain:
            out.append(f"_s_{name} = {tuple(alts)!r}")
        funcs = []
        for alt in alts:
            parts: list[str] = []
            pos = 0
            for m in _SLOT.finditer(alt):
                if m.start() > pos:
                    parts.append(repr(alt[pos : m.start()]))
                kind, ref = m.group(1), m.group(2)
                if kind in ("#", "@"):
                    lo, hi = (int(x) for x in ref.split("-"))
                    alone = (m.start() == 0 or alt[m.start() - 1] == " ") and alt[m.end() : m.end() + 1] in ("", " ")
                    fn = "_ord" if kind == "@" else "_small" if hi <= 9 and alone else "str"
                    parts.append(f"{fn}({lo} + int(_R() * {hi - lo + 1}))")
                elif ref.isupper() or (ref[0].isupper() and "_" in ref):
                    parts.append(f"C[{ref!r}]")
                else:
                    if ref not in rules:
                        raise ValueError(f"rule {name!r} refers to an unknown rule {ref!r}")
                    n = len(rules[ref])
                    if ref in once:
                        call = f"_o_{ref}()"
                    elif ref in plain:
                        call = f"_s_{ref}[int(_R() * {n})]" if n > 1 else repr(rules[ref][0])
                    else:
                        call = f"_a_{ref}[int(_R() * {n})]()"
                    parts.append(f"({call} if _R() < 0.5 else '')" if kind == "?" else call)
                pos = m.end()
            if pos < len(alt):
                parts.append(repr(alt[pos:]))
            funcs.append("lambda: " + (" + ".join(parts) if parts else "''"))
        out.append(f"_a_{name} = (\n    " + ",\n    ".join(funcs) + ",\n)")
    return "\n".join(out) + "\n"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


#: "a" where the next word starts with a vowel sound ("a impasse" → "an impasse")
_AN = re.compile(r"\b([Aa]) (?=([aeiouAEIOU8][a-zA-Z0-9]*|1[18]\b|hour|honest))")


def _an(m: re.Match[str]) -> str:
    word = m.group(2)
    low = word.lower()
    if low[0] == "u":
        vowel = word[:2] != word[:2].upper() and not low.startswith(("uni", "use", "usu", "ur"))
    else:
        vowel = not low.startswith(("one", "once", "eu"))
    return m.group(1) + ("n " if vowel else " ")


_SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _ord(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# ----------------------------------------------------------------------------- common rules

COMMON = r"""
@person
6* {first} {last}
{first} {initial}. {last}
@initial
A
B
C
D
E
F
G
H
J
K
L
M
N
P
R
S
T
V
W
@place_town
{town}
@org
3* the {orgadj} Institute for {field}
the {town} Institute of {field}
the {last} Centre for {field}
the {orgadj} Council on {field}
2* {town} University
the University of {town}
the {town} School of {field}
the {last} Foundation
the {orgadj} Forum for {field}
the {town} Policy Institute
the {orgadj} Society for {field}
{last} College
the {town} Centre for {field}
@orgadj
Atlantic
Pacific
Northern
Continental
Strategic
Global
Independent
Meridian
Open Society
Civic
Southern
Coastal
Eastern
Western
Highland
Liberty
Commonwealth
New Century
@field
Strategic Studies
International Affairs
Security Policy
Peace Research
Asian Studies
European Policy
Economic Research
Defence Studies
Conflict Analysis
Energy Policy
Trade Policy
Maritime Affairs
Eurasian Studies
Global Governance
Development Studies
Middle East Studies
Foreign Relations
Public Policy
Regional Security
Arms Control
@analyst_role
3* a senior fellow at
2* a researcher at
2* an analyst at
a professor of {discipline} at
a former diplomat now at
a visiting scholar at
head of research at
an associate professor at
a lecturer in {discipline} at
who directs the {desk} programme at
a specialist on {desk} affairs at
a former {desk} adviser now at
who follows {desk} politics at
a veteran observer of the region at
@discipline
international relations
political science
economics
modern history
security studies
international law
political economy
diplomatic history
@desk
Asia
Europe
Middle East
Africa
Latin America
Eurasia
Pacific
Gulf
Nordic
Balkans
@analyst
4* {person}, {analyst_role} {org},
{person} of {org}
{person}, {analyst_role} {org} in {town},
@said
5* said
2* told reporters
told {outlet_ref}
said in an interview
wrote in a note to clients
said in a statement
said on {WD0}
argued
added
noted
@outlet_ref
the newspaper
this newspaper
a local broadcaster
a radio station
reporters
a television channel
{OUTLET}
the news agency
@weekday_any
Monday
Tuesday
Wednesday
Thursday
Friday
Saturday
Sunday
@month
January
February
March
April
May
June
July
August
September
October
November
December
@when_past
5* on {WD1}
3* on {WD0}
late on {WD1}
on {WD1} {day_part}
on {WD0} {day_part}
earlier this week
this week
2* on {DATE1}
@day_part
morning
afternoon
evening
night
@when_past_lead
4* On {WD1}
2* On {WD0}
Late on {WD1}
Earlier this week
On {WD1} {day_part}
On {DATE1}
@when_fut
3* next month
2* next week
later this year
in {MONTH_NEXT}
before the end of the year
early next year
in the coming weeks
within {#2-6} weeks
in {MONTH_NEXT} or {MONTH_NEXT2}
by the end of {MONTH_NEXT}
on {MONTH_NEXT} {#1-28}
@hist_year
3* {#1979-2015}
{#1990-2015}
@money
{#2-90} million dollars
${#2-900} million
${#1-9}.{#1-9} billion
{#2-40} billion dollars
about {#2-90} million euros
more than ${#2-20} billion
nearly {#2-9} billion dollars
@pct
{#1-9}.{#1-9} percent
{#2-40} percent
{#1-9} percent
about {#2-30} percent
nearly {#2-60} percent
@town
"""


def _lines(words: list[str]) -> str:
    return "\n".join(words)


COMMON += _lines(PLACES) + "\n@first\n" + _lines(FIRST_NAMES) + "\n@last\n" + _lines(LAST_NAMES) + "\n"

# ----------------------------------------------------------------------------- geopolitics

GEO = r"""
@office
4* foreign minister
2* defence minister
trade minister
finance minister
top diplomat
deputy foreign minister
vice foreign minister
national security adviser
energy minister
interior minister
chief negotiator
special envoy
ambassador
envoy
army chief
@office_pl
foreign ministers
defence ministers
trade ministers
envoys
leaders
top diplomats
negotiators
@ministry
foreign ministry
defence ministry
foreign ministry
trade ministry
presidential office
cabinet office
embassy in {B_CAP}
@sa
6* {A}
2* {A_ADJ} officials
the {A_ADJ} government
the government in {A_CAP}
2* {A_CAP}
3* the {A_ADJ} {office}
{A_POS} {office}
2* the {A_ADJ} {A_HEAD}
2* {A_NAMED}
{A_ADJ} diplomats
the {A_ADJ} {ministry}
{A_POS} {ministry}
a {A_ADJ} delegation
@sa_sing
4* {A}
the {A_ADJ} government
{A_CAP}
2* the {A_ADJ} {office}
the {A_ADJ} {A_HEAD}
{A_NAMED}
the {A_ADJ} {ministry}
@bp
3* the {B_ADJ} {office}
2* {B_POS} {office}
2* {B_ADJ} officials
a {B_ADJ} delegation
2* {B_ADJ} counterparts
the {B_ADJ} {B_HEAD}
{B_NAMED}
senior {B_ADJ} officials
a delegation from {B}
representatives of {B}
{B_ADJ} diplomats
a {B_ADJ} trade mission
@bo
6* {B}
2* {B_CAP}
the {B_ADJ} government
the government in {B_CAP}
the {B_ADJ} authorities
@bposs
4* {B_POS}
2* {B_CAP_POS}
the {B_ADJ} government's
@at_venue
3* ~
2* + in {B_CAP}
2* + in {A_CAP}
+ in {third_city}
+ on the sidelines of {forum}
+ at a {venue_kind} in {third_city}
+ at a {venue_kind} outside {A_CAP}
@third_city
Geneva
Vienna
Singapore
Brussels
Jakarta
New York
Istanbul
Helsinki
Doha
Astana
Abu Dhabi
Muscat
@memorial_what
treaty
war
earthquake
flood victims
@scene_when
at the foot of the aircraft steps
in the rain
before {#2-9} rows of cameras
@venue_kind
hotel
government guesthouse
conference centre
summit venue
military airbase
lakeside resort
@forum
a regional security forum in {third_city}
a {forum_kind} summit in {third_city}
the UN General Assembly in {MONTH_NEXT}
a meeting of {forum_who} ministers in {third_city}
an economic forum in {third_city}
a {forum_kind} conference in {third_city}
@forum_kind
regional
climate
trade
security
energy
nuclear
@forum_who
foreign
finance
defence
trade
@purpose
3* ~
3* + to discuss {topic}
2* + for talks on {topic}
+ to press for {demand_noun}
+ amid tension over {action_noun}
+ in a bid to {coop_what}
+ to prepare for {prep_for}
+ as part of a {tour_kind} tour
@visit_purpose
2* ~
2* + for talks on {topic}
+ to discuss {topic}
+ on a {#2-5}-day visit
+ for the first time since {hist_year}
+ on a {tour_kind} tour
+ to attend {forum}
@tour_kind
regional
three-nation
week-long
four-country
hastily arranged
long-planned
@prep_for
a summit
a leaders' meeting
the next round of talks
a visit by the {A_ADJ} {A_HEAD}
a trilateral meeting
@topic
{TOPIC}
3* {topic_any}
@topic_any
trade
nuclear disarmament
maritime security
energy cooperation
the war in Ukraine
sanctions relief
climate policy
supply chains
fisheries
a territorial dispute
North Korea's missile programme
visa rules
semiconductor exports
regional security
border demarcation
the return of refugees
critical minerals
debt relief
grain exports
cyber security
arms control
migration
a free trade agreement
food security
the Iranian nuclear deal
counterterrorism
infrastructure investment
water sharing
the detention of {#2-9} {B_ADJ} nationals
airline routes
tariffs on {goods}
@goods
steel
aluminium
electric vehicles
solar panels
grain
rice
seafood
beef
textiles
chips
rare earths
fertiliser
timber
pharmaceuticals
@action_noun
missile tests
military drills near the border
new export controls
naval deployments
arrest of {#2-9} {A_ADJ} citizens
seizure of a {A_ADJ} {boat}
repeated airspace violations
cyberattacks on {A_ADJ} banks
expulsion of {A_ADJ} journalists
new tariffs on {goods}
troop movements along the frontier
drone incursions
detention of a {A_ADJ} {profession}
@boat
fishing boat
cargo ship
tanker
coast guard vessel
research ship
@profession
businessman
journalist
aid worker
academic
engineer
student
@action
3* {action_noun}
decision to expel {#2-9} diplomats
{fresh} missile tests
{fresh} military exercises near the border
treatment of {minority} minorities
decision to {bad_decision}
handling of {topic}
@fresh
new
latest
repeated
large-scale
unannounced
@minority
ethnic
religious
Muslim
Christian
linguistic
@bad_decision
close its embassy
suspend grain exports
ban imports of {goods}
recall its ambassador
cut gas supplies
build a dam upstream
@wrong
2* spying
violating the ceasefire
interfering in its elections
cyberattacks on its {infra}
harassing its coast guard
breaking the sanctions regime
arming rebel groups
stealing {tech_kind} technology
mistreating its nationals
spreading disinformation
dumping {goods} on its market
supplying drones to {C}
hiding {hide_what}
@infra
banks
power grid
hospitals
ports
telecom networks
election systems
@tech_kind
military
chip
battery
aviation
@hide_what
nuclear activities
troop losses
the scale of its debts
evidence of abuses
@wrong_noun
2* role in {wrong_event}
treatment of detained {A_ADJ} citizens
alleged cyberattacks
alleged election interference
@wrong_event
the border clash
the sinking of a {boat}
last year's coup attempt
the bombing of a convoy
the cyberattack
@sanctions
new sanctions
sanctions
fresh sanctions
targeted sanctions
economic sanctions
travel bans and asset freezes
export restrictions
@sanction_target
3* {bo}
{B_ADJ} officials
{#2-40} {B_ADJ} companies
{B_ADJ} banks
{B_POS} defence sector
{B_ADJ} shipping firms
@over_reason
2* ~
+ over {topic}
+ over its {action_noun}
+ in response to {action_noun}
+ citing {action_noun}
@urge_what
return to negotiations on {topic}
release detained {A_ADJ} citizens
show restraint
halt {action_noun}
reopen talks on {topic}
withdraw its troops
respect the ceasefire
allow aid convoys through
lift its ban on {goods}
honour its commitments on {topic}
stop {wrong}
@threat
sanctions
retaliation
tariffs on {goods}
countermeasures
legal action
the suspension of talks on {topic}
@unless_b
2* ~
+ if it goes ahead with {action_noun}
+ unless it changes course
+ should the talks fail
@warn_ing
any move to {bad_decision}
escalating the conflict
holding military drills near the border
interfering in its internal affairs
deploying missiles near its territory
@good_move
decision to resume talks on {topic}
release of a detained {A_ADJ} {profession}
offer of aid
proposal on {topic}
restraint
decision to reopen its embassy
handling of the crisis
support for {topic}
@proposal
proposal for a joint committee on {topic}
offer to mediate
plan for {topic}
call for a ceasefire
request for talks on {topic}
draft agreement on {topic}
demands on {topic}
@handling_of
handling of {topic}
response to {wrong_event}
stance on {topic}
policy on {topic}
record on human rights
@demand_what
withdraw its troops
release the detained sailors
stop its missile tests
pay compensation
close its {facility}
@facility
military base
consulate
research station
cultural centre
@demand_noun
{topic}
the release of detained nationals
a ceasefire
compensation
access for aid convoys
@aid_type
humanitarian aid
emergency assistance
development aid
reconstruction aid
food aid
military aid
loans
@weapons
weapons
drones
artillery shells
air defence systems
missiles
ammunition
armoured vehicles
@troops_n
{#2-30},000 troops
{#2-9} brigades
warships
fighter jets
air defence units
@agreement_noun
an agreement
a deal
a memorandum of understanding
a pact
a framework agreement
an accord
a protocol
a {#2-25}-year agreement
@coop_what
expand trade
deepen cooperation on {topic}
set up a working group on {topic}
hold regular talks on {topic}
cooperate on {topic}
ease visa rules
restore direct flights
reopen their embassies
boost investment
share intelligence
@restrictions
restrictions
a ban
tariffs
quotas
curbs
@bid
bid to join {bloc}
candidate for {post}
application to join {bloc}
plan to host {host_what}
@bloc
the World Trade Organization
the European Union
NATO
the G20
the UN Security Council
@post
the top UN job
the head of the World Health Organization
the IMF post
@host_what
the next climate summit
the Olympic Games
the World Cup
a peace conference
@nationals
nationals
citizens
sailors
fishermen
tourists
@detain_reason
2* ~
+ on charges of {wrong}
+ on suspicion of spying
+ over visa violations
@summon_reason
2* ~
+ to protest against {action_noun}
+ over {action_noun}
+ in protest at {action_noun}
@expel_reason
2* ~
+ over alleged spying
+ in a row over {topic}
+ in retaliation for {action_noun}
@envoy_sent
a special envoy
its {office}
a delegation
a team of negotiators
a {#2-9}-member delegation
@ask_for
help with {topic}
support on {topic}
clarification
an explanation
access to its detained citizens
@promise_what
support on {topic}
more investment
help with {topic}
a response
aid
@apology_for
{action_noun}
remarks by its {office}
the treatment of its nationals
@investigation
an investigation
an inquiry
a probe
@talks_or_flights
talks
direct flights
trade talks
military contacts
cultural exchanges
a fisheries agreement
@aid_or_ties
aid
military aid
diplomatic ties
funding
@invite_for
+ for talks
+ for a state visit
+ later this year
+ to attend {forum}
~

@@vp
4* <meet|met|meeting> {bp}{at_venue}{purpose}
2* <hold|held|holding> talks with {bp}{at_venue}{purpose}
3* <visit|visited|visiting> {B_CAP}{visit_purpose}
<host|hosted|hosting> {bp} in {A_CAP}{purpose}
<speak|spoke|speaking|spoken> by phone with {bp}{purpose}
2* <condemn|condemned|condemning> {bposs} {action}
2* <accuse|accused|accusing> {bo} of {wrong}
2* <impose|imposed|imposing> {sanctions} on {sanction_target}{over_reason}
2* <urge|urged|urging> {bo} to {urge_what}
<threaten|threatened|threatening> {bo} with {threat}{unless_b}
<warn|warned|warning> {bo} against {warn_ing}
<praise|praised|praising> {bposs} {good_move}
<welcome|welcomed|welcoming> {bposs} {good_move}
<reject|rejected|rejecting> {bposs} {proposal}
<expel|expelled|expelling> {#2-14} {B_ADJ} diplomats{expel_reason}
<summon|summoned|summoning> the {B_ADJ} ambassador{summon_reason}
<pledge|pledged|pledging> {money} in {aid_type} to {bo}
<supply|supplied|supplying> {weapons} to {bo}
<criticise|criticised|criticising> {bposs} {handling_of}
<invite|invited|inviting> {bp} to {A_CAP}{invite_for}
<deploy|deployed|deploying> {troops_n} near the border with {B}
<demand|demanded|demanding> that {B} {demand_what}
<sign|signed|signing> {agreement_noun} on {topic} with {bo}
<ask|asked|asking> {bo} for {ask_for}
<detain|detained|detaining> {#2-9} {B_ADJ} {nationals}{detain_reason}
<recall|recalled|recalling> its ambassador from {B_CAP}{summon_reason}
<lift|lifted|lifting> {restrictions} on {B_ADJ} {goods}
<block|blocked|blocking> {bposs} {bid}
<back|backed|backing> {bposs} {bid}
<agree|agreed|agreeing> to {coop_what} with {bo}
<cut|cut|cutting> {aid_or_ties} to {bo}
<suspend|suspended|suspending> {talks_or_flights} with {bo}
<launch|launched|launching> {investigation} into {bposs} {wrong_noun}
<send|sent|sending> {envoy_sent} to {B_CAP}{purpose}
<receive|received|receiving> {bp} in {A_CAP}
<promise|promised|promising> {bo} {promise_what}
<apologise to|apologised to|apologising to> {bo} for {apology_for}
<appeal to|appealed to|appealing to> {bo} to {urge_what}
<offer|offered|offering> to mediate between {B} and {C}

@@jvp
3* <sign|signed|signing> {agreement_noun} on {topic}
2* <agree|agreed|agreeing> to {coop_what}
<hold|held|holding> {drills} in the {sea}
2* <hold|held|holding> {talk_kind} on {topic}{at_venue}
<issue|issued|issuing> a joint statement on {topic}
<exchange|exchanged|exchanging> {#3-60} prisoners
<restore|restored|restoring> {ties_kind}
<pledge|pledged|pledging> to {coop_what}
<resume|resumed|resuming> {talk_kind} on {topic}
<launch|launched|launching> a joint {commission} on {topic}

@drills
joint naval exercises
joint air patrols
military drills
search-and-rescue drills
live-fire exercises
@sea
{SEA}
Baltic Sea
Red Sea
Gulf of Aden
Caspian Sea
Indian Ocean
@talk_kind
talks
high-level talks
a strategic dialogue
consultations
a round of negotiations
security talks
@ties_kind
diplomatic relations
full diplomatic ties
direct flights
ambassador-level ties
@commission
commission
task force
working group
panel
@jsub
6* {A} and {B}
{A_CAP} and {B_CAP}
the {A_ADJ} and {B_ADJ} {office_pl}
2* {A_ADJ} and {B_ADJ} officials
officials from {A} and {B}
{A}, {B} and {C}
@attrib
3* the ministry said
2* officials said
{A_ADJ} state media reported
the {A_ADJ} {ministry} said in a statement
a government spokesperson said
{speaker} said
{person}, a spokesperson for the {A_ADJ} {ministry}, said
diplomats said
people familiar with the matter said
according to a statement
the {A_ADJ} news agency reported
two officials told {outlet_ref}
{B_ADJ} officials said
a readout from {A_CAP} said
{analyst} said
@attrib_lead
3* The ministry said
Officials said
{A_ADJ} state media reported that
The {A_ADJ} {ministry} said
A spokesperson said
{speaker_cap} said
Diplomats said
People familiar with the plans said
@according
According to {A_ADJ} state media
According to a statement from {A_CAP}
According to {person}, a spokesperson for the {A_ADJ} {ministry}
According to officials
According to {analyst_short}
@analyst_short
{person} of {org}
{org}
@speaker
2* the {A_ADJ} {office}
a {A_ADJ} {ministry} spokesperson
{A_NAMED}
{A_ADJ} state television
a spokesperson for the {A_ADJ} {ministry}
{person}, a spokesperson for the {A_ADJ} {ministry},
{person}, {A_POS} deputy {office},
the {A_ADJ} {A_HEAD}
a senior {A_ADJ} official
@speaker_cap
The {A_ADJ} {office}
A {A_ADJ} {ministry} spokesperson
{A_NAMED}
{A_ADJ} state television
A senior {A_ADJ} official
@trans
5* ~
Meanwhile,
Separately,
In a separate development,
At the same time,
Earlier,
Elsewhere,
In a related move,
Also,
@consequence
a move likely to {effect}
in a step that could {effect}
the latest sign of {trend}
a sign of {trend}
raising fears of {fear}
a decision that {drew_reaction}
in what {analyst_short} called a {move_adj} move
@effect
anger {B}
ease tension with {B}
complicate talks on {topic}
deepen the rift with {B}
reassure {C}
unsettle markets
worry {C}
@trend
warming ties between the two countries
a deepening rift between the two capitals
{A_POS} growing assertiveness
a thaw in relations
rising tension over {topic}
closer cooperation on {topic}
@fear
a wider conflict
a trade war between {A_CAP} and {B_CAP}
an arms race in the {region_word}
a diplomatic rupture over {topic}
further reprisals by {B}
{#2-9} more weeks of uncertainty
@drew_reaction
drew a sharp rebuke from {C}
was welcomed in {C_CAP}
surprised diplomats in {third_city}
angered officials in {B_CAP}
@move_adj
bold
risky
calculated
symbolic
overdue
surprising
@in_a_move
In a {move_adj} move
In a move seen as {seen_as}
In an apparent {apparent}
@seen_as
a snub to {C}
a warning to {B}
an olive branch
a concession to {B}
@apparent
snub to {C}
warning to {B}
gesture of goodwill
bid to ease tension
@might
may
might
could
@cond
the talks on {topic} fail
{B} {b_cond_verb}
no agreement is reached by {MONTH_NEXT}
the ceasefire collapses
{C} {b_cond_verb}
tensions over {topic} escalate
{B} goes ahead with {action_noun}
@b_cond_verb
refuses to compromise
ignores the deadline
rejects the offer
presses ahead with its plans
continues {action_noun}
@speculators
analysts
diplomats
officials
some observers
people briefed on the plans
@is_set_to
is set to
is expected to
is due to
plans to
intends to
hopes to
is preparing to
@refused
3* refused to
2* declined to
said it would not
ruled out plans to
@rejected_claims
rejected claims
dismissed reports
denied reports
called it false
@despite
2* ~
+ despite {despite_what}
+ as had been expected
+ during the visit
@despite_what
pressure from {C}
weeks of speculation
repeated requests
a formal invitation
@no_plans
There are no plans for {A} to
{A} has no plans to
{A_ADJ} officials said there were no plans to
@hist_tail
2* ~
, a step that {hist_effect}
, according to {hist_src}
, {hist_aside}
@hist_effect
still shapes relations today
soured ties for years
opened a period of closer cooperation
few in either capital have forgotten
was reversed {#2-9} years later
@hist_src
official records
historians
archives released in {#2016-2023}
a memoir by a former {office}
@hist_aside
years before the current dispute
{#2-9} governments ago in {A_CAP}
at the height of {hist_crisis}
@hist_crisis
the financial crisis
a border standoff
the Cold War
the pandemic
an oil price slump
@rel_trend
soured
improved
broke down
thawed
deteriorated
warmed
@told
told
assured
warned
reminded
@audience
reporters
parliament
a news conference
a television interview
a security forum
lawmakers
a press briefing in {A_CAP}
@quote_end
2* ~
, and {quote_add}
@quote_add
we will respond accordingly
that is a fact
nobody should pretend otherwise
that was the right decision
we expect {B} to reciprocate
@!ev_occurred
6* {trans} {sa} {vp_past} {when_past}.
3* {sa} {vp_past} {when_past}, {attrib}.
3* {when_past_lead}, {sa} {vp_past}.
2* {sa} {vp_past} {when_past}, {consequence}.
2* {according}, {sa} {vp_past} {when_past}.
3* {trans} {jsub} {jvp_past} {when_past}.
{jsub} {jvp_past} {when_past}, {attrib}.
{in_a_move}, {sa} {vp_past} {when_past}.
{sa} {vp_past}{when_past_late}, {attrib}.
@ev_lead
3* {sa} {vp_past} {when_past}{?lead_tail}.
2* {sa} {vp_past} {when_past}, {attrib}.
{when_past_lead}, {sa} {vp_past}.
{jsub} {jvp_past} {when_past}, {attrib}.
@lead_tail
, {consequence}
, {attrib}
@when_past_late
+ late on {WD1}
+ on {WD0}
+ earlier in the day
+ hours after {prior_event}
@prior_event
talks in {third_city} broke down
the {C_ADJ} {office} left {B_CAP}
the deadline expired
an emergency cabinet meeting
@!ev_planned
3* {sa} will {vp_base} {when_fut}, {attrib}.
3* {sa_sing} {is_set_to} {vp_base} {when_fut}.
2* {attrib_lead} {sa} would {vp_base} {when_fut}.
2* {jsub} will {jvp_base} {when_fut}, {attrib}.
{jsub} are expected to {jvp_base} {when_fut}.
{when_fut_lead}, {sa} will {vp_base}, {attrib}.
@when_fut_lead
Next month
Later this year
In {MONTH_NEXT}
Next week
@!ev_hypo
2* {sa} could {vp_base} if {cond}, {attrib}.
2* If {cond}, {sa} {might} {vp_base}, {attrib}.
{sa} would {vp_base} only if {cond}.
2* {sa} {might} {vp_base} {when_fut}, {speculators} said.
{sa_sing} has not ruled out {vp_ing}.
{analyst} said {sa} {might} {vp_base} {when_fut}.
@!ev_denied
2* {sa} denied {vp_ing}.
2* {sa} {refused} {vp_base}.
2* {sa_sing} denied reports that it had {vp_pp}.
{A_ADJ} officials {rejected_claims} that {A} had {vp_pp}.
{sa} did not {vp_base}{despite}, {attrib}.
{no_plans} {vp_base}, {attrib}.
@!ev_hist
3* In {hist_year}, {sa} {vp_past}{hist_tail}.
2* In {month} {hist_year}, {sa} {vp_past}.
Relations {rel_trend} in {hist_year}, when {sa} {vp_past}.
2* {sa} {vp_past} in {hist_year}{hist_tail}.
Back in {hist_year}, {jsub} {jvp_past}.
{A} and {B} established diplomatic relations in {hist_year}{hist_tail}.
@!ev_quote
2* {sa} {vp_past} {when_past}, {speaker} said.
2* {speaker_cap} said {A} had {vp_pp} {when_past}.
“{A} {vp_past} {when_past}{quote_end}”, {speaker} told {audience}.
{speaker_cap} told {audience} that {sa} would {vp_base} {when_fut}.
“{A} will {vp_base} {when_fut}”, {speaker} said.
"""

WIRE = r"""
@bg
3* {bg_trade}
2* {bg_talks}
2* {bg_first}
2* {bg_markets}
2* {bg_scene}
2* {bg_atmos}
4* {bg_analyst}
2* {bg_statement}
2* {bg_next}
2* {bg_context}
2* {bg_figures}
{bg_media}
{bg_embassy}
{bg_protest}
@!bg_trade
Trade between {A} and {B} {rose_fell} {pct} to {money} in {LAST_YEAR}, {data_src}.
{A} is {B_POS} {rank} trading partner, {data_src}.
{A_ADJ} exports to {B} {rose_fell} {pct} in the first {#2-9} months of {YEAR}, {data_src}.
{B} buys {about} {pct} of {A_POS} {export_kind} exports, {data_src}.
Bilateral trade has {trade_trend} since {hist_year}, reaching {money} last year.
@rose_fell
rose
fell
grew
slipped
jumped
dropped
climbed
@data_src
customs data show
according to {A_ADJ} customs figures
{A_ADJ} government data show
figures from the {A_ADJ} statistics office show
according to the {orgadj} Trade Monitor in {third_city}
according to {analyst_short}
@rank
largest
second-largest
third-biggest
fastest-growing
most important
@about
about
roughly
nearly
more than
almost
@export_kind
energy
farm
arms
car
technology
mineral
@trade_trend
more than doubled
grown steadily
fallen sharply
stalled
recovered
@!bg_talks
The {meeting_kind} in {meet_city} lasted {about} {#2-9} hours, {duration_src}.
The {A_ADJ} and {B_ADJ} teams spent {#2-9} hours {talk_verb} in {meet_city}{talk_tail}.
Talks in {meet_city} {talked} {past_time}, and {talk_resume}.
The {meeting_kind} with {B_ADJ} officials was {meeting_length} than planned, {duration_src}.
{#2-9} {B_ADJ} {office_pl} joined the {meeting_kind} in {meet_city} for its final {#2-9} hours.
@meeting_kind
meeting
talks
session
discussion
summit
working lunch
@duration_src
according to people familiar with the discussions
officials said
a {A_ADJ} diplomat said
state television reported
an aide said
@meet_city
{A_CAP}
{B_CAP}
{third_city}
@talk_verb
talking
negotiating
locked in discussion
haggling
@talk_tail
~
, {#2-5} aides said
, with a {#20-90}-minute break for lunch
, {#1-3} hours longer than scheduled
@talked
went on
dragged on
ran
continued
@past_time
past midnight in {meet_city}
late into the evening
into a second day
{#1-3} hours beyond the scheduled close
until {#9-11} pm
@talk_resume
were due to resume on {WD0} in {third_city}
ended without a joint statement on {topic}
closed with a handshake between the {A_ADJ} and {B_ADJ} {office_pl}
left {#2-9} issues open, {duration_src}
produced a {#2-9}-point list for the next round
broke up with {#2-9} items unresolved
@meeting_length
longer
shorter
far longer
an hour shorter
@!bg_first
It was the first {meeting_kind} between {A} and {B} since {hist_year}.
{A_CAP} had not hosted a {B_ADJ} {office} since {hist_year}, and this was the {@2-9} {meeting_kind} of {YEAR}.
No {A_ADJ} {office} had visited {B_CAP} since {hist_year}, when {hist_reason}.
The previous {meeting_kind} at this level, in {third_city} in {hist_year}, {prev_meeting}.
@prev_meeting
ended in acrimony
produced a {#2-9}-point plan
was cut short after {#2-9} hours
was boycotted by {C}
@hist_reason
relations were still cordial
a trade deal was signed in {third_city}
the two sides were negotiating a border treaty
{A} {vp_past}
@!bg_markets
{markets} reacted {calmly} to the news, with the {A_ADJ} {index_kind} {rose_fell} {pct} in {trading_time}.
The {A_ADJ} {currency_kind} {rose_fell} {#1-9}.{#1-9} percent against the dollar {when_past}.
Shares of {A_ADJ} {sector_firms} {rose_fell} after the announcement, {market_aside}.
Brent crude {rose_fell} {pct} to {#40-120} dollars in {third_city} trading as investors weighed {fear}.
@markets
Markets
Investors
Traders
Stock markets in {A_CAP}
Bond markets
@calmly
calmly
nervously
with relief
sharply
little
@index_kind
stock index
share index
benchmark index
bond index
@trading_time
afternoon trading
early trading
late trading
the first hour of trading
@currency_kind
currency
central bank's currency basket
@sector_firms
defence contractors
shipping firms
carmakers
chipmakers
banks
energy companies
airlines
@market_aside
with {#2-9} of the biggest gaining more than {pct}
though the gains faded by the close in {A_CAP}
extending a {#2-9}-day rally
reversing losses from {WD1}
@!bg_scene
{A_ADJ} state television showed {scene}.
{scene_cap} greeted the {A_ADJ} delegation on arrival in {B_CAP}.
Photographs released by the {A_ADJ} {ministry} showed {scene}.
Footage from {meet_city} showed {scene}.
@scene
the {A_ADJ} and {B_ADJ} delegations shaking hands in front of {#4-20} flags
{A_ADJ} officials walking along a red carpet at {B_CAP} airport
the {office} smiling as he posed with {#2-9} {B_ADJ} ministers
a long table lined with {#8-30} officials from {A} and {B}
the two {office_pl} laying a wreath in {B_CAP} at a memorial to the {hist_year} {memorial_what}
a {#10-40}-minute walk through the garden of the {venue_kind} in {B_CAP}
the {A_ADJ} {A_HEAD} greeting {B_ADJ} officials {scene_when}
{#2-9} {B_ADJ} ministers waiting on the tarmac in {B_CAP}
the {B_ADJ} {B_HEAD} pointing out {#2-9} sights of {B_CAP} to the visitors
@scene_cap
A military band
A small group of protesters
A crowd of {#30-400} well-wishers
A guard of honour
Children waving flags
@!bg_atmos
Diplomats described the atmosphere as {atm} but {atm2}.
{analyst} described the mood as {atm} and {atm2}.
People present said the tone had been {atm}, if {atm2}.
The {meeting_kind} was {atm}, according to {duration_src2}.
@atm
businesslike
cordial
tense
frank
warm
cool
constructive
stiff
friendly
@atm2
guarded
difficult at times
short on substance
productive
brief
cautious
awkward
@duration_src2
a {A_ADJ} readout
{B_ADJ} officials
both sides
a person in the room
@!bg_analyst
{analyst} said {analysis}.
“{quote_analysis}”, said {analyst_inverted}.
{analysis_cap}, according to {analyst_short}.
{analyst} said {analysis}, adding that {analysis2}.
“{quote_analysis}”, {analyst} {said}.
{analyst_short_cap} said {analysis}, but {analysis2}.
@analyst_inverted
{person}, {analyst_role} {org}
{person} of {org}
@analyst_short_cap
{person} of {org}
{person}, {analyst_role} {org},
@!analysis
the {move_noun} {signalled} a {shift_adj} shift in {A_POS} {policy_area}
{A} was {probing} {B_POS} {resolve} ahead of {upcoming}
neither {A} nor {B} could afford {rupture} {right_now}
the timing of the {move_noun} {timing_eval}
{A_POS} {leadership} needed {win} before {upcoming}
the talks on {topic} were likely to {drag_on}
{B} would {respond} unless {cond}
{C} was watching the {move_noun} {closely} from {C_CAP}
the {move_noun} was {aimed_at} {aim_audience}
{A} had {overplayed} its hand on {topic} with {B}
{B_POS} {leadership} faced {pressure_kind} pressure to {respond_verb} by {MONTH_NEXT}
{A_POS} economy gave {A_CAP} {leverage_adj} leverage over {B_CAP}
the {agreement_noun_plain} on {topic} {would_matter} less than the {symbol_noun} in {meet_city}
@timing_eval
was {hardly} a coincidence
was chosen with {upcoming} in mind
suited {A_CAP} better than {B_CAP}
looked deliberate to {C_ADJ} officials
@analysis2
{analysis}
the details on {topic} would matter more than the {symbol_noun} in {meet_city}
{B} was unlikely to {give_ground} on {topic} before {upcoming}
{C} would want a say on {topic} by {MONTH_NEXT}
{upcoming} would be the real test
{A_CAP} had {#2-9} months to show results on {topic}
@!analysis_cap
The {move_noun} {signalled} a {shift_adj} shift in {A_POS} {policy_area}
{A} was {probing} {B_POS} {resolve} ahead of {upcoming}
The timing of the {move_noun} {timing_eval}
Neither {A} nor {B} could afford {rupture} {right_now}
The talks on {topic} are likely to {drag_on}
{B_CAP} had {#2-9} reasons to hold out on {topic}
@!quote_analysis
This is {eval_phrase} for {A} and {B}
Nobody in {A_CAP} {expects} a {breakthrough_kind} breakthrough on {topic}
{B} {has_been} {waiting_for} this for {#2-9} years
What matters is {what_matters}
{A} is {signalling} that {signal_what}
The question is whether {question_what}
I would not {overinterpret} the {symbol_noun}
The {move_noun} is {eval_adj}, but {eval_but}
@eval_phrase
a turning point
a modest step
a significant moment
a setback
a test
an opening
a calculated risk
@expects
expects
seriously expects
is betting on
is hoping for
@breakthrough_kind
quick
major
sudden
real
@has_been
has been
had been
@waiting_for
waiting for
pushing for
dreading
lobbying against
@what_matters
what happens after the cameras leave
whether the money actually arrives
how {C} reacts
the fine print on {topic}
@signalling
signalling
telling {B}
making clear
showing {C}
@signal_what
its patience has limits
it wants a deal on {topic}
it will not be isolated
the old rules no longer apply
@question_what
{B} can deliver
the deal survives the next election
{C} will go along with it
either side has a plan B
@overinterpret
read too much into
overstate
dismiss
exaggerate
@symbol_noun
symbolism
ceremony
handshakes
headlines
photo opportunities
rhetoric
@eval_adj
welcome
overdue
risky
cosmetic
significant
limited
@eval_but
it solves nothing on {topic}
the hard part starts now
{C} will not like it
it is a start
@move_noun
move
decision
announcement
step
visit
gesture
measure
statement
trip
offer
@signalled
signalled
suggested
showed
reflected
underlined
pointed to
marked
hinted at
@shift_adj
significant
subtle
modest
notable
clear
cautious
sharp
gradual
tactical
@policy_sing
foreign policy
approach to the region
trade strategy
diplomacy
defence posture
strategy
position on {topic}
@policy_area
foreign policy
approach to the region
trade strategy
security calculations
diplomacy
defence posture
relations with its neighbours
alliance commitments
@probing
testing
probing
measuring
challenging
@resolve
resolve
patience
commitments
red lines
unity
willingness to compromise
@upcoming
the {forum_kind} summit in {MONTH_NEXT}
next year's elections in {B}
a leaders' meeting in {third_city} in {MONTH_NEXT}
the {MONTH_NEXT} {#1-28} deadline
the Security Council's {MONTH_NEXT} session on {topic}
{A_POS} budget in {MONTH_NEXT}
a visit by the {C_ADJ} {C_HEAD} to {A_CAP}
@rupture
an open rupture
a trade war
a prolonged standoff
a public row
@right_now
now
at this point
this year
before the elections
with the economy slowing
@hardly
hardly
not
surely not
unlikely to be
@leadership
leadership
government
president
ruling party
@win
a win
a diplomatic success
good headlines
a show of strength
@drag_on
drag on for months
resume after the elections
stall again
produce only modest results
@respond
respond cautiously
retaliate
wait
hold firm
@closely
closely
nervously
with interest
carefully
@aimed_at
aimed at
meant for
directed at
@aim_audience
a domestic audience
investors
{C}
voters at home
hardliners in {B_CAP}
@overplayed
overplayed
misjudged
strengthened
weakened
@pressure_kind
domestic
growing
intense
little
@respond_verb
respond
hit back
compromise
stay quiet
@leverage_adj
considerable
limited
real
decisive
@agreement_noun_plain
agreement
deal
statement
accord
@would_matter
would matter
mattered
was likely to matter
@give_ground
give ground
compromise
back down
move
@!bg_statement
The {statement_noun} issued in {meet_city} made no mention of {topic}.
A {#2-9}-page {statement_noun} released after the {meeting_kind} {stmt_verb} {topic}.
The {statement_noun} {stmt_verb} {topic} but gave no details on {topic}.
{A_ADJ} officials said the {statement_noun} had been {stmt_edit} at {B_POS} request.
@statement_noun
joint statement
final communique
statement
readout
declaration
@stmt_verb
referred only briefly to
mentioned
devoted a paragraph to
avoided
@stmt_edit
softened
redrafted
shortened
toughened
@!bg_next
{A_ADJ} officials did not say when the next round of talks on {topic} would {take_place}.
A follow-up {meeting_kind} could be held in {third_city} {when_fut}, {duration_src}.
{topic_cap} will be on the agenda when {A_ADJ} and {B_ADJ} {office_pl} meet at {forum} in {MONTH_NEXT}.
Negotiators from {A_CAP} and {B_CAP} will meet again {when_fut} to {next_task}.
No date for {next_date} has been agreed with {B_CAP}, {duration_src}.
@topic_cap
The issue
The question of {topic}
The matter
The dispute over {topic}
@take_place
take place
be held
resume
open
@next_task
work on the details
draft a final text
review progress
discuss {topic}
@next_date
a return visit
the next round
a leaders' summit
the signing ceremony
@!bg_context
The {move_noun} comes amid {rising} tension between {A_CAP} and {B_CAP} over {topic}.
{A} and {B} have {long_been} at odds over {topic} since {hist_year}.
The dispute over {topic} dates back to {hist_year}, when {hist_reason}.
{C} has {c_role} in the dispute since {hist_year}.
The {region_word} has seen {region_seen} {region_when}.
{A_POS} relations with {C} have also {c_trend} since {MONTH_NOW} {LAST_YEAR}.
@rising
rising
renewed
growing
simmering
@long_been
long been
often been
been
increasingly been
@region_when
since {MONTH_NOW} {LAST_YEAR}
in the past {#2-9} months
since {hist_year}
this year
@c_role
acted as a mediator
stayed neutral
sided with {B}
kept its distance
offered {#2-9} compromise plans
@region_seen
a string of naval incidents involving {A_ADJ} ships
{#2-9} rounds of sanctions since {hist_year}
a flurry of visits by {C_ADJ} {office_pl}
a {#8-40} percent rise in arms spending
{#2-9} border clashes since {MONTH_NOW}
@c_trend
improved
soured
cooled
warmed
@!bg_figures
About {#2-9} million {B_ADJ} citizens live in {A}, {figures_src}.
{A_POS} defence budget is {about} {#1-5}.{#1-9} percent of output, {figures_src}.
{A} hosts {about} {#2-90},000 {B_ADJ} workers, {figures_src}.
{A} and {B} share a border of {#2-9}{#1-9}0 kilometres.
{A_ADJ} investment in {B} reached {money} last year, {figures_src}.
@figures_src
according to the United Nations
{A_ADJ} official figures show
according to the {orgadj} Institute for {field}
{B_ADJ} government data show
according to a {YEAR} survey by {org}
the {orgadj} Defence Review estimates
@!bg_media
{A_ADJ} state media gave the {meeting_kind} {coverage} coverage.
{A_ADJ} newspapers {papers_did} on {WD0}.
Commentators on {A_ADJ} television {tv_did}.
@coverage
prominent
little
front-page
wall-to-wall
muted
@papers_did
led with the story
played down the visit
ran editorials praising the deal
carried only a brief report
@tv_did
called the talks a success
questioned the timing
praised the {office}
said little
@!bg_embassy
The {A_ADJ} embassy in {B_CAP} did not {respond_req} to a request for comment.
A spokesperson for the {B_ADJ} {ministry} declined to comment{decline_tail}.
The {B_ADJ} {ministry} did not immediately respond to {request_kind}.
@respond_req
respond
reply
immediately respond
@decline_tail
~
, citing the sensitivity of the talks
on the record
when reached by phone
@request_kind
a request for comment
emailed questions
calls on {WD0}
@!bg_protest
About {#2-9}00 people gathered outside the {protest_place} {when_past}, {protest_did}.
Protesters {protest_verb} outside the {A_ADJ} embassy in {B_CAP} {when_past}.
Police in {B_CAP} {police_did} a small protest near the {protest_place}.
@protest_place
venue
embassy
parliament
presidential palace
foreign ministry
@protest_did
some carrying flags and banners
chanting slogans against the visit
calling for {demand_noun}
demanding {demand_noun}
@protest_verb
rallied
chanted slogans
burned flags
held a candlelit vigil
@police_did
broke up
monitored
kept watch over
detained {#2-9} people at
@!wire_quote
3* “{quote_we}”, {speaker} {said_q}.
2* {speaker_cap} said: “{quote_we}.”
“{quote_we}”, {speaker} told {audience}{quote_tail}.
“{quote_we}. {quote_we}”, {speaker} said.
@said_q
said
told reporters
said in a statement
said on {WD0}
added
@quote_tail
~
+ on {WD0}
, without elaborating
, according to a transcript
@!quote_we
We {want} {good_outcome}, but we will not {compromise_on} {topic}
Our position on {topic} has not changed since {hist_year}
There is no alternative to {dialogue} with {B}
The door to {dialogue} with {B_CAP} remains {open_adj}
{B} must {must_do}
This {move_noun} by {B} is {qual} and {qual2}
We are {ready} to {ready_what} with {B}
Nobody in {A_CAP} wants {rupture}
We have raised {action_noun} with {B_CAP} {#2-9} times
The ball is in {B_POS} court on {topic}
We take note of {B_POS} {good_move}
@want
want
seek
hope for
are working for
@good_outcome
good relations with {B}
a fair deal on {topic} with {B_CAP}
stability in the {region_word} by {MONTH_NEXT}
a lasting solution with {B}
@region_word
region
neighbourhood
{SEA}
@compromise_on
compromise on
give up our interests on
be rushed on
negotiate under pressure on
@dialogue
dialogue
negotiation
talks on {topic}
diplomacy
@open_adj
open
ajar
wide open
not closed
@must_do
stop {action_noun}
take responsibility
respect its commitments
choose between confrontation and cooperation
@qual
unacceptable
regrettable
welcome
long overdue
provocative
constructive
@qual2
we will respond
it changes nothing
we hope it continues
it sends the wrong signal
@ready
ready
prepared
willing
determined
@ready_what
talk at any level
defend our interests
work with all partners
walk away if needed
@made_clear
made clear
conveyed
repeated
spelled out
@reported_how
reported on {WD1}
reported
wrote this week
reported earlier
put it
@title_wire
{A} and {B} {hl_joint} {topic_short}
{A_ADJ} {office_hl} to visit {B_CAP} {hl_for}
{A} {hl_warns} {B} over {action_short}
{A} {hl_slaps} sanctions on {B} {hl_over}
{A} {hl_says} {B} {hl_must}
{A} and {B} agree to {coop_short}
{A} summons {B_ADJ} envoy over {action_short}
{A} denies {hl_deny} {B}
{A_ADJ} {office_hl} meets {B_ADJ} counterpart {hl_amid}
{A} expels {B_ADJ} diplomats {hl_amid}
{B} rejects {A_ADJ} proposal on {topic_short}
{A}, {B} {hl_joint} {topic_short}
{A_NAMED_SHORT} {hl_urges} {B} to {urge_short}
{A} pledges aid to {B} {hl_amid}
{A} and {B} hold talks {hl_amid}
@office_hl
FM
foreign minister
defence chief
trade minister
leader
envoy
top diplomat
@hl_joint
hold talks on
sign deal on
agree to cooperate on
clash over
discuss
trade barbs over
@topic_short
trade
security
energy
{goods}
migration
fisheries
border dispute
nuclear talks
debt
visas
@hl_for
for talks
next month
amid tension
in {MONTH_NEXT}
for first time since {hist_year}
@hl_warns
warns
threatens
accuses
criticises
rebukes
@action_short
drills
missile tests
arrests
sanctions
tariffs
border incident
cyberattack
@hl_slaps
imposes
slaps
expands
announces
@hl_over
over {action_short}
~
in row over {topic_short}
@hl_says
says
tells
insists
@hl_must
must halt {action_short}
must return to talks
has crossed a line
is not an enemy
@coop_short
boost trade
resume talks
share intelligence
restore flights
ease tension
@hl_deny
arming
spying on
plan to sanction
talks with
@hl_amid
amid tension
as row deepens
in {third_city}
after {action_short}
~
@hl_urges
urges
calls on
presses
@urge_short
show restraint
return to talks
free detainees
lift ban
@wire_sent
12* {ev_occurred}
4* {ev_planned}
2* {ev_hypo}
2* {ev_denied}
3* {ev_hist}
3* {ev_quote}
22* {bg}
6* {wire_quote}
"""

OPINION = r"""
@op_sent
10* {op_hedged}
5* {op_normative}
3* {op_question}
4* {bg_analyst}
2* {bg_context}
3* {op_history}
2* {op_event}
{ev_hist}
{ev_quote}
{ev_hypo}
@!op_hedged
{hedge_open} {op_claim}.
{hedge_open} {op_claim}, {op_but}.
{op_claim_cap}, {op_but}.
{op_claim_cap}, {hedge_tail}.
{contrast_open} {op_claim}.
{op_claim_cap}; {op_claim}.
{hedge_open} {op_claim}, {analyst_short} {v_wrote} in {month}.
@hedge_open
It is tempting to conclude that
There is a case that
One could argue that
It would be naive to think that
Few would dispute that
It is far from clear that
Critics will say that
The uncomfortable truth is that
It is possible, even likely, that
There is little evidence that
Some in {A_CAP} believe that
Officials in {B_CAP} privately concede that
It seems increasingly likely that
Nobody should assume that
History suggests that
The risk is that
@contrast_open
Yet
Still,
And yet
Even so,
For all the {symbol_noun},
Seen from {A_CAP},
Seen from {B_CAP},
In the short term,
Over the longer run,
On paper,
In practice,
Whatever {A_POS} intentions,
@hedge_tail
or so it seems from {A_CAP}
at any rate until {MONTH_NEXT}
if the {hist_year} precedent is any guide
to put it mildly, for {B}
as far as anyone in {B_CAP} can tell
whatever the official line in {A_CAP}
judging by the {#2-9} rounds since {hist_year}
@op_but
but the {evidence} on {topic} is {thin}
but {B} has {other_plans}
but that may be {wishful}
although {op_claim}
though {upcoming} could change everything
but the costs for {A} are {cost_adj}
while {C} has {other_plans}
yet {B_CAP} has {#2-9} good reasons to wait
@evidence
evidence
record
track record
fine print
{#2-9}-year record
@thin
thin
mixed
far from reassuring
ambiguous
patchy
{#2-9} years old
@other_plans
other plans
its own calculations
little reason to cooperate
every incentive to wait
@wishful
wishful thinking in {A_CAP}
too optimistic by half
a misreading of {B}
premature until {upcoming}
a bet {C} will not like
@cost_adj
rising
hard to ignore
mostly hidden
likely to be high
@!op_claim
{A_POS} {policy_sing} is {op_eval}
the {move_noun} {op_modal} {op_effect}
{A} {op_modal} {op_outcome}
neither side has {op_lacking}
policymakers in {A_CAP} have {op_misread} {B_POS} {intentions}
{B} {op_modal} {op_outcome_b}
the {symbol_noun} around {topic} {op_hides} {op_hidden}
{C} {op_modal} end up {c_outcome}
the {agreement_noun_plain} on {topic} {op_modal} {agreement_fate}
{A_POS} {leadership} {op_modal} {leader_fate}
{B_CAP} has read {A_POS} {#2-9}-point plan as {read_as}
@read_as
a bluff
an insult
an opening
a delaying tactic
@!op_claim_cap
{A_POS_CAP} {policy_sing} is {op_eval}
The {move_noun} {op_modal} {op_effect}
{A} {op_modal} {op_outcome}
Neither {A} nor {B} has {op_lacking}
{B} {op_modal} {op_outcome_b}
The {symbol_noun} around {topic} {op_hides} {op_hidden}
{C} {op_modal} end up {c_outcome}
@op_eval
more cautious than its {#2-9}-point plan suggests
less coherent than its champions in {A_CAP} claim
driven by domestic politics ahead of {upcoming}
a gamble on {B_POS} patience
overdue for a rethink after {hist_year}
stuck in {hist_year}
surprisingly flexible on {topic}
running out of road with {B}
far from reassuring for {C}
@op_modal
may
might
could
is likely to
is unlikely to
risks
seems poised to
threatens to
@op_effect
backfire in {B_CAP} within {#2-9} months
outlast the {A_ADJ} government that made it
change less than its {#2-9} champions in {A_CAP} hope
embolden hardliners in {B_CAP}
reshape the balance of power in the {region_word}
damage {A_POS} credibility with {C}
buy time on {topic} rather than solve anything
set a precedent for {C} on {topic}
@op_outcome
overreach
find itself isolated
regret its haste
gain more than it gives
pay a price for {topic}
lose patience with {B}
double down
quietly change course
@op_outcome_b
call {A_POS} bluff on {topic}
wait for a better offer from {A_CAP}
look for partners in {C_CAP}
turn to {C}
play for time until {upcoming}
@op_lacking
a clear strategy on {topic}
a plan for the day after {upcoming}
the means to enforce its {#2-9} demands on {topic}
much room for manoeuvre with {C}
a credible exit from {topic}
a majority in {A_CAP} for a deal
@op_misread
misread
underestimated
overestimated
ignored
@intentions
intentions
red lines
domestic constraints
economic troubles
ambitions
@op_hides
hides
obscures
distracts from
papers over
@op_hidden
a deeper disagreement
old grievances
{C_POS} growing role
the lack of progress
@c_outcome
as the real winner
paying the bill
as a mediator
on the sidelines
@agreement_fate
unravel within a year
prove hollow
survive the next crisis
be quietly shelved
@leader_fate
pay a political price
claim victory regardless
face questions at home
@!op_normative
{A} {op_should} {op_prescription}.
The {A_ADJ} government {op_should} {op_prescription}.
On {topic}, {A} needs {op_need}.
{B} {op_should} {op_prescription_b}, and {A} {op_should} {op_prescription}.
Rather than {op_rather}, {A} {op_should} {op_prescription}.
For {A_CAP}, the sensible course is {op_course}.
{A_POS} {#2-9} allies {op_should} {op_prescription_allies}.
@op_should
should
ought to
must
would do well to
needs to
@op_prescription
resist the temptation to {temptation} against {B}
keep talking to {B} about {topic}
set out its {#2-9} conditions on {topic} before {MONTH_NEXT}
put money into {invest_in} rather than {rather_than}
build coalitions with {C} and {#2-9} other states
stop using {topic} as a bargaining chip with {B}
prepare for a standoff with {B} that could last until {upcoming_year}
@rather_than
slogans
summits
press releases
military parades
@upcoming_year
{#2025-2030}
the next election
the end of the decade
@temptation
escalate
retaliate over {topic}
declare victory on {topic}
walk away from {third_city}
@invest_in
its own defences
regional institutions
diplomacy
alternative supply chains
@op_prescription_b
reciprocate
show some flexibility on {topic}
stop {action_noun}
take the offer seriously
@op_prescription_allies
press {A_CAP} to {coop_short}
tell {B_CAP} where they stand on {topic}
stop hedging on {topic}
@op_need
a strategy, not a slogan
patience with {B_CAP}
a coherent policy on {topic}
allies it can rely on in the {region_word}
an honest debate in {A_CAP}
{#2-9} more years
@op_rather
lecturing {B}
chasing headlines in {A_CAP}
threatening sanctions over {topic}
waiting for {C}
holding a {@2-9} summit
@op_course
to talk quietly and often with {B_CAP}
to lower expectations before {upcoming}
to separate {topic} from the other {#2-9} items on the agenda
to bring {C} into the talks on {topic}
to wait for {upcoming} before acting
to offer {B_CAP} {#2-9} small concessions on {topic}
@!op_question
What, then, should {A} do?
Will {B} {q_b}?
Can {A} {q_a}?
Who gains from {topic} remaining unresolved?
Is this {q_is}?
What does {C} make of all this?
Why now?
@q_b
take the deal
blink first
retaliate
change course
@q_a
afford to wait
win this argument
keep {C} on side
deliver on its promises
@q_is
a turning point or a pause
strategy or improvisation
the start of something new
sustainable
@!op_history
The last time {A} tried this, in {hist_year}, {hist_outcome}.
Since {hist_year}, {A} and {B} have {hist_pattern}.
Anyone in {A_CAP} who remembers {hist_year} will {remember_what}.
Between {hist_year} and {YEAR}, {A_POS} {policy_area} {hist_policy}.
@hist_outcome
it ended badly for {A_CAP}
the talks with {B} collapsed within {#2-9} weeks
{#2-9} years of mistrust with {B} followed
it worked, briefly, until {C} intervened
the bill arrived {#2-9} years later
@hist_pattern
lurched from crisis to crisis
cooperated more than their rhetoric suggests
rarely agreed on {topic}
talked past each other
@remember_what
recognise the pattern
feel a sense of deja vu
be sceptical of {B_POS} promises
remember how {hist_outcome}
@hist_policy
rested on caution
was built around {topic}
looked very different
was a matter of consensus
@!op_event
{sa} {vp_past} {when_past}, and {op_reaction}.
When {sa} {vp_past} {when_past}, {op_reaction}.
{sa} will {vp_base} {when_fut}, and {op_reaction_fut}.
@op_reaction
few in {C_CAP} were surprised
the reaction in {B_CAP} was muted
the response from {B} was swift
markets barely noticed
@op_reaction_fut
much will depend on what follows in {B_CAP}
expectations in {A_CAP} are low
{C} will be watching
{#2-9} other capitals will take note
@title_opinion
{A_POS_CAP} {gamble} on {topic_short} {could_backfire}
Why {A} {why_a}
The real story behind {A_POS} {turn} on {topic_short}
{A} and {B}: {pair_story}
What {A} gets wrong about {B}
{B} has {b_choice}
The {topic_short} {deal_kind} {A} {deal_fate}
Don't {dont} {A_POS} {turn}
Is {A} {is_a}?
@gamble
gamble
bet
push
pivot
@could_backfire
could backfire
may not pay off
is riskier than it looks
deserves more scrutiny
@why_a
cannot afford to wait
is losing patience with {B}
needs {C} more than ever
keeps misreading {B}
@turn
turn
shift
U-turn
hard line
charm offensive
@pair_story
a partnership of convenience
the limits of friendship
an uneasy truce
a rivalry that is here to stay
@b_choice
a choice to make
more options than it admits
run out of good options
@deal_kind
deal
agreement
talks
@deal_fate
should not sign
cannot walk away from
may regret
@dont
overestimate
underestimate
be fooled by
dismiss
@is_a
losing the argument
overplaying its hand
ready for a long standoff
"""

OTHER = r"""
@club_suffix
United
City
Rovers
Athletic
Wanderers
Albion
Town
FC
Rangers
Harriers
Borough
Villa
County
Olympic
@team
{town} {club_suffix}
@stadium
{town} Park
the {last} Stadium
the {town} Arena
{last} Road
the {orgadj} Ground
@competition
the {orgadj} Cup
the {orgadj} League
the {town} Trophy
the {orgadj} Shield
@sport_when
on {WD1} night
on {WD0}
on {WD1}
in {comp_stage}
at home on {WD1}
in front of a {sport_crowd} crowd
@comp_stage
the quarter-finals
the semi-final
the opening round
a rain-soaked final
the second leg
a third-round tie
a top-of-the-table clash
@comp_stage_word
semi-final
home tie
derby
final
replay
@sport_crowd
sell-out
noisy
subdued
record
rain-soaked
capacity
@beat
beat
edged past
thrashed
overcame
saw off
held off
outclassed
@beat_base
beat
edge past
overcome
see off
@result_tail
~
+ {sport_when}
, with {PLAYER1} the hero at {STADIUM}
, despite {PLAYER2}'s {red_word} after {#10-35} minutes
, their {@2-9} win in a row
, a result that {result_meant}
@red_word
red card
dismissal
sending-off
@result_meant
lifts the pressure on {COACH}
leaves {COACH2} under pressure
keeps {TEAM1} in the hunt for {COMP}
ends {TEAM2}'s unbeaten run
@win_did
ended a run of {#3-9} games without a win
was their first at {STADIUM} since {month}
moved them above {team}
was built on {PLAYER1}'s {@2-3} goal of the week
@result_word
result
defeat
scoreline
loss
@table_pos
{@3-19} in the table
just above the relegation places
{#2-9} points off the top
in mid-table
@behind_ahead
behind
ahead of
clear of
adrift of
@lost_won
lost
won
drawn
@games_word
games
matches
fixtures
outings
@coach2_state
faces growing questions over his future after {#2-9} defeats
insists the season is not over with {#5-20} games left
has asked the {TEAM2} board for patience
was booed by {#2-9},000 away fans
@go_to
move up to
climb to
drop to
stay
@league_word
table
standings
league
division
@opened_scoring
opened the scoring
put {TEAM1} ahead
broke the deadlock
struck first
gave {TEAM1} the lead
@goal_how
from the penalty spot after {PLAYER3} was fouled by {PERSON1}
with a low shot from {#12-25} metres past {KEEPER}
with a header from {PLAYER3}'s {corner_word}
with a curling shot that beat {KEEPER} at the near post
on the rebound after {KEEPER} parried {PLAYER3}'s shot
with a volley from {PLAYER3}'s cross
after a {#20-60}-metre run past {#2-4} {TEAM2} defenders
with his {foot_word} foot from {#6-16} metres, {keeper_beaten}
@corner_word
corner
free kick
long throw
cross from the left
cross from the right
@keeper_beaten
leaving {KEEPER} no chance
through {KEEPER}'s legs
inside {KEEPER}'s near post
@foot_word
left
right
weaker
@goal_tail
~
, {celebration}
, after a {build_up}
+ to the delight of {#2-9},000 {TEAM1} fans
@equalised
equalised
levelled
pulled one back
drew {TEAM2} level
@into_after
into
after
before the end of
@scored
scored
struck
netted
converted
@assist_by
set up by {PLAYER3}
from {PLAYER3}'s cross
after a one-two with {PLAYER3}
with {PLAYER3} providing the assist
after {PLAYER3} won the ball {#20-60} metres out
@wasted
missed
squandered
wasted
fluffed
@chance_kind
golden
late
clear
glorious
@chance_when
in the {@70-90} minute
just before half-time
with {#2-9} minutes left
early in the second half
@chance_result
firing over from {#6-12} yards
shooting straight at {KEEPER}
hitting the bar with {KEEPER} beaten
heading wide from {PLAYER3}'s cross
@sent_off_ref
sent off
showed a red card to
dismissed
sent off visiting player
@sent_off
sent off
shown a red card
dismissed
given his marching orders
shown a straight red
@foul
a late tackle on {PLAYER3}
a second booking after {#2-9} fouls
dissent towards {REF}
a professional foul on {PLAYER1}
an elbow on {PLAYER3} in the {TEAM2} box
@foul_tail
~
+ by referee {REF}
, a decision {COACH2} called {call_adj}
@keeper_line
{TEAM2} goalkeeper {KEEPER} made {#3-9} saves to keep the score at {G1}-{G2}.
{KEEPER} kept a {@2-15} clean sheet of the season for {TEAM1}.
A {save_adj} save from {KEEPER} denied {PLAYER1} a hat-trick in the {@60-90} minute.
@save_adj
fine
stunning
sprawling
one-handed
@limped_off
limped off
was carried off
went off
was substituted
hobbled off
@injury
knee
hamstring
ankle
groin
shoulder
calf
@injury_when
just before the break
in the {@20-80} minute
{#2-9} minutes after replacing {PLAYER2}
after a collision with {PLAYER2}
in a challenge with {KEEPER}
@injury_tail
~
+ and faces {#2-8} weeks out
+ and will see a specialist in {town} on {WD0}
, a blow before the {comp_stage_word} against {team}
, {COACH} said
@build_up
swift counterattack
passing move involving {PLAYER3}
defensive mistake by {PLAYER2}
quick free kick
@celebration
sending the home fans into raptures
silencing the {#1-9},000 away supporters
his {@3-20} of the season
@visitors_did
dominated possession
pressed high for {#60-80} minutes
hit the woodwork twice
had {#8-20} shots
@missing
an equaliser
a way through
the net
a breakthrough
@sport_q
We {sport_we}, and {sport_we2}
It was {sport_game} for {TEAM1} at {STADIUM}
The {lads_word} {sport_lads} against {TEAM2}
I am {sport_feel} for the {#2-40},000 who travelled from {TOWN}
{PLAYER1} {player_q}
{G1}-{G2} flatters {TEAM2}, to be honest
@lads_word
lads
players
boys
squad
@sport_we
showed character after {PLAYER2}'s {red_word}
started slowly against {TEAM2}
defended well for {#60-90} minutes
made {#3-9} {silly} mistakes
deserved the {G1}-{G2} win
@silly
silly
basic
costly
schoolboy
avoidable
@sport_we2
that pleases me about {PLAYER1}
we have to build on this before {team} on {weekday_any}
we move on to {comp_stage}
the {G1}-{G2} says it all
{PLAYER3} will be back by {month}
@sport_game
a tough game
a great night
a difficult afternoon
not our best performance
@sport_lads
gave everything
were outstanding
will learn from this
never stopped running
@sport_feel
delighted
sorry
happy
gutted
@player_q
is the best finisher I have worked with
deserves a call-up
was outstanding today
@side_did
{side_moved} {table_pos}
are unbeaten in {#3-12}
have scored {#20-60} goals this season
@side_moved
moved to
climbed to
sit
@praised_player
praised
singled out
hailed
@player_desc
who scored twice
the {#18-36}-year-old {position}
signed in {month} from {team}
who has {#2-40} goals in {#10-90} games
@position
striker
midfielder
defender
winger
forward
goalkeeper
@praise_as
the best player on the pitch
a future captain of {TEAM1}
the difference at {STADIUM}
the finest {position} he had coached in {#2-20} years
{#2-9} times better than last season
@sport_media
a broadcaster
reporters
the club's website
the {town} Evening Post
@scoring_what
scoring the winner
his {@2-9} goal in {#3-9} games
the final whistle
@coach_kind
coach
manager
head coach
@coach_did
criticised referee {REF} after the {G1}-{G2} {result_word}
praised the {#2-9},000 {TEAM1} fans who made the trip
refused to speak to reporters after the {G1}-{G2} {result_word}
hinted at {#2-5} changes for the {comp_stage_word} against {team}
@coach_tail
~
, calling {REF}'s decision {call_adj}
+ at {STADIUM}
@call_adj
baffling
harsh
correct
a disgrace
@ref_word
referee
the official
match official
@fans_did
celebrated
sang
stayed to applaud the players
chanted {COACH}'s name
@fans_where
in the streets of {TOWN}
in the stands
outside {STADIUM}
in the bars around the ground
@att_record
record for the ground
season high
{#5-20}-year high
@club_news
announced a new {#2-5}-year deal for {PLAYER1}
confirmed plans to expand {STADIUM} to {#20-60},000 seats
appointed {person} as sporting director
were fined {#10-90},000 dollars by the league
@club_news2
are considering a bid for {PLAYER3}
have sacked their {coach_kind}
are for sale
have not paid their players for {#2-4} months
@club_src
according to {sport_media}
people close to the club said
the club said
@money_small
{#2-40} million dollars
an undisclosed fee
a free transfer
{#2-9}.{#1-9} million euros
@comp_news
will be held in {month} next year, with {#8-32} teams taking part
has been moved to {town} because of {move_reason}
will be broadcast in {#20-120} countries
@move_reason
building work at {STADIUM}
security concerns
a dispute over ticket prices
@intl_did
scored in both halves
has won {#5-90} caps
captained the side
@comp_stage_intl
World Cup qualifiers
next international break
summer tournament
Olympic qualifiers
@debut_did
scored
impressed
was booked
struggled
@occupation
teacher
nurse
taxi driver
shop owner
student
retired engineer
farmer
accountant
bus driver
pharmacist
chef
software developer
builder
lawyer
@vox_q
We have waited {#2-20} years for {vox_thing} in {town}
Nobody I know in {town} saw {vox_thing} coming
My {relative} in {town} talks about nothing but {vox_thing}
I have lived in {town} for {#5-60} years and never seen {vox_thing}
Prices in {town} have gone up {#2-40} percent since {month}
Half of {town} turned out for {vox_thing} on {WD1}
@vox_thing
{STORY}
{STORY}
the {town} {occupation}s
this
the {#2-9}-day {vox_event}
@vox_event
festival
storm
strike
fair
@relative
mother
father
brother
sister
husband
wife
neighbour
son
daughter
@!vox
“{vox_q}”, said {person}, {#19-84}, a {occupation} from {town}.
{person}, a {#19-84}-year-old {occupation} in {town}, said she {vox_did}.
{person}, {#19-84}, a {occupation} who has {#2-40} {vox_years} in {town}, said: “{vox_q}.”
@vox_years
years
years of work
children
grandchildren
@vox_did
had followed {vox_thing} for {#2-9} weeks
was not surprised by {vox_thing}
had expected worse from {vox_thing}
hoped for better news by {MONTH_NEXT}
had driven {#5-90} kilometres to see {vox_thing}
@!sport_result
{TEAM1} {beat} {TEAM2} {G1}-{G2} {sport_when}{result_tail}.
{TEAM1} came from behind to {beat_base} {TEAM2} {G1}-{G2} at {STADIUM}{result_tail}.
A crowd of {#8-60},{#100-999} watched {TEAM1} {beat_base} {TEAM2} {G1}-{G2} at {STADIUM}.
{TEAM1}'s {G1}-{G2} win over {TEAM2} {win_did}.
The {G1}-{G2} {result_word} leaves {TEAM2} {table_pos}, {#1-12} points {behind_ahead} {team}.
{TEAM2} have now {lost_won} {#2-6} of their last {#7-12} {games_word}, and {COACH2} {coach2_state}.
{TEAM1} {go_to} {@2-9} in the {league_word} with {#12-80} points from {#10-34} {games_word}.
@!sport_play
{PLAYER1} {opened_scoring} in the {@2-44} minute {goal_how}{goal_tail}.
{PLAYER2} {equalised} in the {@46-88} minute {goal_how}.
{PLAYER1} made it {G1}-{G2} {goal_how}, {assist_by}.
{PLAYER3} {wasted} a {chance_kind} chance in the {@50-90} minute, {chance_result}.
{REF} {sent_off_ref} {PLAYER2} in the {@50-89} minute for {foul}{foul_tail}.
{COACH2} lost {PLAYER2} to a red card for {foul} with {#2-40} minutes left.
{keeper_line}
{PLAYER3} {limped_off} with a {injury} injury {injury_when}{injury_tail}.
{TEAM2} {visitors_did} but {PLAYER2} and {PLAYER3} could not find {missing}.
@!sport_quote
“{sport_q}”, said {COACH}, whose {TEAM1} side {side_did}.
{COACH} {praised_player} {PLAYER1}, {player_desc}, as {praise_as}.
“{sport_q}”, {PLAYER1} told {sport_media} after {scoring_what}.
{COACH2}, the {TEAM2} {coach_kind}, {coach_did}{coach_tail}.
“{sport_q}”, {COACH2} said of {ref_word} {REF}.
@!sport_context
Tickets for the {comp_stage_word} against {team} sold out within {#2-50} minutes, {TEAM1} said.
{TEAM1} confirmed on {WD0} that {PLAYER3} would miss the next {#2-6} {games_word}.
{COMP} {comp_news}.
{TEAM1} fans {fans_did} {fans_where} until {#10-11}.{#10-59} pm.
The attendance of {#8-70},{#100-999} at {STADIUM} was a {att_record}.
{TEAM1} {club_news} on {WD0}.
{TEAM2} {club_news2}, {club_src}.
{PLAYER1}, {#18-36}, joined {TEAM1} from {team} in {#2009-2016} for {money_small}.
@!sport_country
{COUNTRY} {beat} {COUNTRY2} {#1-4}-{#0-3} in a friendly in {TOWN} on {WD1}.
{PLAYER1}, who plays for {COUNTRY} at international level, {intl_did}.
{COUNTRY} called up {PLAYER2} on {WD0} for the {comp_stage_intl} in {month}.
The {COUNTRY_ADJ} {position} {PLAYER3} {debut_did} on his debut for {TEAM1}.
@sport
{vox}
8* {sport_result}
9* {sport_play}
5* {sport_quote}
5* {sport_context}
2* {sport_country}
@title_sport
{TEAM1} {beat_hl} {TEAM2} {title_tail_s}
{PLAYER1} {hl_scores} as {TEAM1} {hl_win}
{TEAM2} {hl_lose} at {TEAM1}
{COACH2} {hl_coach} after {TEAM2} {hl_result}
{TEAM1} {G1} {TEAM2} {G2}: {hl_report}
@beat_hl
beat
edge
thrash
stun
down
@title_tail_s
~
in {comp_stage_word}
to go top
at {STADIUM}
@hl_scores
scores twice
strikes late
shines
@hl_win
win
cruise
hold on
@hl_lose
slump to defeat
held
beaten
@hl_coach
fumes
defiant
upbeat
@hl_result
draw
loss
defeat
@hl_report
match report
{PLAYER1} the hero
late drama

@company_suffix
Logistics
Holdings
Motors
Foods
Energy
Pharma
Airways
Systems
Retail
Steel
Semiconductors
Insurance
Telecom
Brands
@company
{last} {company_suffix}
{orgadj} {company_suffix}
{town} {company_suffix}
@bank
{last} {bank_suffix}
{orgadj} {bank_suffix}
{town} {bank_suffix}
@bank_suffix
Securities
Capital Markets
Bank
Brokerage
Research
Partners
@company_desc
company
{CITY}-based group
{industry} maker
group
firm
{industry} company
@industry
carmaker
drugmaker
chipmaker
retailer
airline
food group
steelmaker
insurer
@in_session
in early trading
on {WD0}
in {CITY} trading
by the close
@profit_word
profit
earnings
net income
operating profit
@profit_kind
better-than-expected
weaker-than-expected
record
flat
disappointing
@quarter
first
second
third
fourth
@biz_tail
~
, helped by {biz_help}
, hurt by {biz_hurt}
, the company said in a filing
@biz_help
strong demand in {region_market}
lower costs
a weaker currency
price increases on {#2-9} product lines
@biz_hurt
higher costs
weak demand in {region_market}
a strike at its {CITY} plant
currency swings
@region_market
Europe
Asia
North America
its home market
emerging markets
@beat_miss
beating
missing
in line with
well above
{#2-9} percent below
@forecast_src
analysts
{BANK}
the market
@year_word
full-year
annual
@outlook_word
outlook
forecast
guidance
@cut_raised
cut
raised
confirmed
narrowed
@biz_reason
{biz_help}
{biz_hurt}
uncertain demand
supply problems at {RIVAL}
@div_cmp
up from {#2-95} cents last year
against {#2-95} cents a year earlier
its first payout since {#2005-2016}
the {@2-20} increase in a row
@ceo_said
demand in {region_market} had recovered faster than {COMPANY} expected in {month}
costs would keep rising for {#2-4} more quarters at {COMPANY}
{COMPANY} would cut {#2-9}00 jobs at its {CITY} headquarters
the new plant in {town} would open in {month} with {#2-9}00 staff
prices at {COMPANY} would have to rise by {pct}
talks with {RIVAL} about a joint venture had ended in {month}
orders from {region_market} were up {pct} since {month}
@ceo_quote
We are {ceo_we}
This was {ceo_was} for {COMPANY}
Our customers {ceo_cust}
{RIVAL} {ceo_rival}
@ceo_we
cautiously optimistic about next year
investing for the long term in {CITY}
not standing still
on track to hit {money}
@ceo_was
a solid quarter
a difficult year
a quarter of two halves
@ceo_cust
are still spending
are more careful
want better value
@ceo_rival
is not our main concern
has made our life easier
will have to respond
@call_with
analysts
investors
reporters
@exec_role
chief financial officer
head of its {biz_unit} unit in {region_market}
chief operating officer
chair of the board
head of {region_market}
chief technology officer
@exec_role2
finance chief
operations chief
chair
head of strategy
@biz_unit
consumer
international
retail
technology
@exec_tail
~
, effective {month} {#1-28}
, replacing {person}
, the {@2-4} leadership change at {COMPANY} since {#2015-2016}
, after {#2-9} months without a permanent appointment
@exec_said
{COMPANY} had no plans to sell its {biz_unit} unit to {RIVAL}
costs at the {CITY} plant were down {pct} since {month}
talks with {RIVAL} had ended on {WD1}
{COMPANY} would spend {money} on buybacks
@analyst_q
{COMPANY} {analyst_qv}
The {quarter}-quarter numbers from {COMPANY} were {num_adj}, but {num_but}
I would {rating_verb} {COMPANY} at anything under {#10-90} dollars a share
{RIVAL} is the one to watch after {month}
@analyst_qv
has more pricing power than people think, even against {RIVAL}
is losing share to {RIVAL} in {region_market}
needs a new strategy before {month}
@rating_verb
buy
sell
hold
avoid
@num_adj
solid
messy
better than feared
weak
a mixed bag
ugly
impressive
@num_but
the outlook for {region_market} matters more
{RIVAL} is the bigger worry in {region_market}
costs at the {CITY} plant are a problem
the {#2-9} percent drop in orders is worrying
guidance for the {quarter} quarter was soft
@analyst_view
was well placed to gain share from {RIVAL} in {region_market}
faced a difficult {quarter} quarter in {region_market}
would probably cut its dividend to {#2-40} cents
could become a takeover target for {RIVAL}
@bank_did
upgraded
downgraded
raised its price target on
cut its rating on
@rating
buy
hold
sell
outperform
@rating2
hold
neutral
sell
buy
@biz_plant
plant
warehouse
factory
data centre
distribution hub
@vc
{orgadj} Ventures
{last} Capital
{town} Partners
a group of investors led by {person}
@deal_tail
~
, pending regulatory approval
, its biggest acquisition to date
, in cash
@rival_rel
main rival
biggest competitor
smaller rival
former partner
@rival_did
reported {profit_kind} results
cut prices by {pct}
announced {#2-9}00 job cuts
@rival_when
on {WD1}
last week
earlier this month
@stat_office
the statistics office
the national statistics agency
the finance ministry
@macro_view
the economy was slowing faster than {#2-9} months ago
inflation had peaked in {month}
rates would stay at {#1-6}.{#1-9} percent until {month}
{COMPANY} and its peers faced a tough {quarter} quarter
@!biz_result
{COMPANY} shares {rose_fell} {pct} {in_session} after {quarter}-quarter {profit_word} of {money} {beat_miss} forecasts.
{COMPANY} said {profit_word} {rose_fell} {pct} to {money} in the {quarter} quarter{biz_tail}.
Revenue at {COMPANY} {rose_fell} to {money}, {beat_miss} the {money} {forecast_src} had forecast.
{COMPANY} {cut_raised} its {year_word} {outlook_word} on {WD1}, citing {biz_reason}.
{COMPANY}'s operating margin {rose_fell} to {#2-30}.{#1-9} percent from {#2-30}.{#1-9} percent a year earlier.
{COMPANY} will pay a dividend of {#2-95} cents a share on {month} {#1-28}, {div_cmp}.
@!biz_exec
{CEO}, chief executive of {COMPANY}, told analysts on {WD1} that {ceo_said}.
{CEO}, who has run {COMPANY} since {#2005-2016}, said {ceo_said}.
“{ceo_quote}”, {CEO} said on a call with {call_with} on {WD1}.
{COMPANY} named {PERSON1} as {exec_role}{exec_tail}.
{PERSON1}, the {COMPANY} {exec_role2}, said {exec_said}.
On a call with {call_with}, {COMPANY} boss {CEO} said {ceo_said}.
@!biz_analyst
“{analyst_q}”, said {ANALYST}, an analyst at {BANK}.
{ANALYST} of {BANK} said {COMPANY} {analyst_view}.
{BANK} {bank_did} {COMPANY} to {rating} from {rating2}, citing {biz_reason}.
@!biz_plan
{COMPANY} said it would build a {biz_plant} in {CITY} at a cost of {money}, creating {#2-9}00 jobs.
{COMPANY} plans to open {#2-40} new {biz_things} in {region_market} by {month}.
{COMPANY} agreed to buy {company} for {money}{deal_tail}.
{RIVAL}, {COMPANY}'s {rival_rel}, {rival_did} {rival_when}.
{COMPANY} raised {money} from {vc} on {WD1} to expand its {biz_unit} business.
@biz_things
stores
routes
branches
outlets
@!biz_macro
Retail sales in {region_market} grew {pct} in {month}, {stat_office} said on {WD0}.
{rate_setters} {left_rates} at {#1-6}.{#1-9} percent on {WD1}, and {ANALYST} of {BANK} said {macro_view}.
Inflation {rose_fell} to {#1-9}.{#1-9} percent in {month}, {stat_office} said, {infl_cmp}.
Brent crude {rose_fell} {pct} to {#40-120} dollars, {ANALYST} of {BANK} said, as {oil_reason}.
{ANALYST} of {BANK} expects {#1-4} rate cuts by {month}, {macro_view_b}.
@rate_setters
The central bank
Policymakers
Rate-setters
The bank's {#5-9}-member board
The monetary authority
@left_rates
left its main rate
held borrowing costs
kept its benchmark rate
left interest rates
@macro_view_b
with inflation at {#1-9}.{#1-9} percent
despite {#2-9} months of slowing growth
starting in {month}
@infl_cmp
from {#1-9}.{#1-9} percent in the previous month
the {@2-9} rise in a row
below the forecast of {#1-9}.{#1-9} percent
@oil_reason
traders weighed a {#2-9}-week slide in demand in {region_market}
producers signalled output cuts of {#2-9}{#1-9}0,000 barrels a day
{ANALYST} of {BANK} pointed to {#2-9}.{#1-9} million barrels of new stockpiles
a refinery outage in {town} cut supply
shipping costs jumped {pct} in {#2-9} days
@!biz_country
{COMPANY} said exports to {COUNTRY} {rose_fell} {pct} last year.
The {COUNTRY_ADJ} market now accounts for {pct} of sales at {COMPANY}.
{COMPANY} employs {#2-9},{#100-999} people in {COUNTRY}, where it opened a {biz_plant} in {#2005-2016}.
@business
{vox}
7* {biz_result}
5* {biz_exec}
3* {biz_analyst}
4* {biz_plan}
3* {biz_macro}
2* {biz_country}
@title_business
{COMPANY} shares {hl_move} as {profit_word} {hl_profit}
{COMPANY} to {hl_plan}
{COMPANY} {hl_outlook} {outlook_word}
{COMPANY} names {PERSON1} {hl_role}
{COMPANY} {hl_move} after {quarter}-quarter {hl_numbers}
@hl_move
jump
slide
rise
tumble
@hl_profit
beats forecasts
disappoints
doubles
slips
@hl_plan
cut {#2-9}00 jobs
build plant in {CITY}
buy {company}
expand in {region_market}
@hl_outlook
raises
cuts
confirms
@hl_role
chief executive
finance chief
chair
@hl_numbers
results
sales
figures

@gadget
phone
smartwatch
laptop
headset
tablet
camera
speaker
router
e-reader
drone
@product_name
{orgadj} {#2-9}
Nova {#2-12}
{last} One
Pixelate {#2-6}
Arc {#2-9} Pro
Vela {#2-20}
@feature
a longer-lasting battery
a folding screen
a faster chip
an improved camera
satellite messaging
better voice recognition
a {#5-17}-inch display
on-device translation
{#64-512} gigabytes of storage
@software
operating system
voice assistant
photo app
messaging service
office suite
@praise
design
screen
battery life
camera
speed
@criticism
price
weight
software
{#1-2}-year warranty
@test_cond
low light
daily use
noisy rooms
cold weather
{#2-9} days of testing
bright sunlight
@tech_plan
would invest {money} in artificial intelligence by {month}
was in talks with {company} about a partnership
would open stores in {#3-12} new markets in {region_market}
planned to cut the price of the {PRODUCT} by {pct} in {month}
had {#2-9} new products in development
@tech_quote
This is the biggest redesign in {#3-9} years
People want a {GADGET} that just works
We listened to the {#2-90},000 people in our testing programme
{RIVAL} {tech_rival}
@tech_rival
is years behind
has nothing like the {PRODUCT}
copied us last time
@firm_deal
merger
partnership
licensing deal
@research_src
according to {last} Insights
industry data show
analysts at {BANK} estimate
@faces_word
faces
is fighting
has been hit with
@lawsuit_over
its use of data from {#2-90} million customers
{#2-9} patents held by {RIVAL}
battery fires in {#2-9} older models
fees charged to {#2-90},000 app makers since {#2015-2020}
a {#2-9}-day outage in {month}
@!tech_launch
{FIRM} unveiled the {PRODUCT}, a {GADGET} with {feature}, in {CITY} on {WD1}.
The {PRODUCT} will go on sale in {month} for {PRICE} dollars, {launch_cmp}.
{FIRM} said it had sold {#2-9}.{#1-9} million units of the {PRODUCT} in {#2-12} weeks.
{FIRM} released version {#2-19}.{#0-9} of the {PRODUCT}'s {software}, adding {feature}.
@launch_cmp
{#50-300} dollars more than its predecessor
{#20-150} dollars less than {RIVAL}'s rival model
in line with the {PRODUCT}'s launch price in {#2015-2020}
@!tech_detail
Reviewers praised the {PRODUCT}'s {praise} but criticised its {criticism}.
The {PRODUCT} weighs {#100-900} grams and charges in {#15-60} minutes.
In tests by {ANALYST_FIRM}, the {PRODUCT}'s {feature_short} held up in {test_cond}.
{FIRM} said the {PRODUCT}'s battery should last {#20-60} hours on one charge.
@feature_short
camera
battery
translation feature
new chip
screen
@!tech_exec
{CEO}, {FIRM}'s chief executive, said the company {tech_plan}.
“{tech_quote}”, {CEO} told {outlet_ref} in {CITY}.
{FIRM} said it would hire {#2-9}00 engineers in {town} by {month}.
@!tech_industry
Regulators are reviewing the {firm_deal} between {FIRM} and {RIVAL}, which is worth {money}.
Global shipments of the {GADGET} category {rose_fell} {pct} in the {quarter} quarter, {research_src}.
{FIRM} {faces_word} a lawsuit in {town} over {lawsuit_over}.
A software flaw in the {PRODUCT} affected {#2-90},000 users, {FIRM} said.
{ANALYST} of {ANALYST_FIRM} said {FIRM} could sell {#2-30} million units by {month}.
@!tech_country
{FIRM} said the {PRODUCT} would also be sold in {COUNTRY} from {month}.
Most of the {PRODUCT}'s components are made in {COUNTRY}, {FIRM} said.
{COUNTRY_ADJ} regulators are also examining the {firm_deal} with {RIVAL}.
@tech
{vox}
6* {tech_launch}
5* {tech_detail}
4* {tech_exec}
4* {tech_industry}
2* {tech_country}
@title_tech
{FIRM} unveils {PRODUCT} {GADGET}
{FIRM}'s {PRODUCT} {hl_tech}
Review: the {PRODUCT} {hl_review}
{FIRM} {hl_firm}
@hl_tech
goes on sale
gets mixed reviews
sells out
@hl_review
impresses
disappoints
is worth the wait
@hl_firm
faces lawsuit over {lawsuit_over}
cuts prices
hires {#2-9}00 engineers

@region
the {compass} of the country
{town} and the surrounding area
coastal areas around {town}
the {town} valley
the hills above {town}
{compass} districts
the region around {town}
@compass
north
south
east
west
north-east
south-west
@wx_spell
dry spell
heatwave
cold snap
wet weather
unsettled weather
@wx_until
next week, the {wx_office} said
the weekend
{WD0} night
the middle of {MONTH_NEXT}
the {@2-4} week of {MONTH_NEXT}
@wx_cause
fog
ice
the storm
the late frost
strong winds
flooding
hail
@harvest
fruit
grape
wheat
potato
olive
@wx_advice
stay indoors
avoid unnecessary travel
secure loose objects
keep away from the {river} river
check on elderly neighbours
@river
{town}
{last}
@delayed_cancelled
delayed
cancelled
diverted
@wx_school
stayed closed
opened late
sent pupils home early
@wx_damage
trees fell
a landslide near {TOWN2}
flooding
the {last} bridge was damaged
@wx_business
farm
campsite
ski school
vineyard
hotel
@biz_mood
dropped by {pct}
held up
never been better
@season_adj
the wettest she could remember
unusually short
a disaster
better than expected
@wx_superl
hottest
wettest
driest
coldest
windiest
@wx_office
weather service
meteorological office
{TOWN1} weather station
@!wx_forecast
Heavy rain is expected across {REGION} on {WD0}, {FORECASTER} of the {wx_office} said.
Temperatures in {TOWN1} could reach {TEMP} degrees on {WD0}, {#2-9} above the average for {MONTH_NOW}.
{FORECASTER} said the {wx_spell} in {REGION} was likely to continue into {wx_until}.
Gusts of {#60-140} kilometres an hour are expected in {TOWN2} by {WD0} evening.
Up to {#20-150} millimetres of rain could fall on {TOWN1} in {#6-48} hours, {FORECASTER} said.
Snow is forecast above {#5-15}00 metres around {TOWN2} from {WD0}.
@!wx_impact
Residents of {TOWN1} were advised to {wx_advice} until {WD0}.
{#3-40} flights were {delayed_cancelled} at {TOWN2} airport because of {wx_cause}.
Farmers near {TOWN1} said {wx_cause} had damaged {pct} of the {harvest} harvest.
Schools in {TOWN2} {wx_school} on {WD0} because of {wx_cause}.
Several roads between {TOWN1} and {TOWN2} were closed after {wx_damage}.
Power was cut to {#2-90},{#100-999} homes in {REGION}, the {last} utility said.
@!wx_quote
“{wx_q}”, said {FORECASTER}, a forecaster at the {wx_office}.
{PERSON1}, who runs a {wx_business} near {TOWN1}, said business had {biz_mood}.
{PERSON1} said the season in {TOWN2} had been {season_adj}.
@wx_q
People in {TOWN1} should not underestimate this storm
We have not seen {#20-90} millimetres in a day in {REGION} since {#1990-2015}
The worst should be over in {TOWN2} by {WD0}
@!wx_stats
It was the {wx_superl} {MONTH_NOW} in {TOWN1} since records began in {#1860-1950}.
The average temperature in {REGION} was {#1-4}.{#1-9} degrees above normal in {month}.
Rainfall at {TOWN2} was {#20-90} percent below average, the {wx_office} said.
@!wx_country
The storm is expected to move on towards {COUNTRY} by {WD0}, {FORECASTER} said.
Rescue teams from {COUNTRY} were sent to {TOWN2} to help.
@weather
{vox}
8* {wx_forecast}
5* {wx_impact}
3* {wx_quote}
3* {wx_stats}
{wx_country}
@title_weather
{wx_hl} in {TOWN1}
{wx_hl} {wx_hl_tail}
@wx_hl
Heavy rain and wind expected
Heatwave warning
Storm brings flooding
Cold snap grips region
Fog disrupts flights
@wx_hl_tail
as temperatures reach {TEMP} degrees
this week
for {REGION}

@work_adj
Silent
Last
Hidden
Long
Burning
Distant
Broken
Golden
Quiet
Winter
Paper
Glass
@work_noun
Harbour
Garden
Summer
River
Letters
House
Orchard
Horizon
Season
Crossing
Lanterns
Bridges
@work
The {work_adj} {work_noun}
{work_noun} of {town}
A {work_adj} {work_noun}
{work_adj} {work_noun}s
@work_kind
film
novel
album
play
opera
exhibition
@box_office
took {#2-90} million dollars at the box office in its opening weekend in {town}
earned {#2-90}.{#1-9} million dollars in {#2-9} days after {reviews_adj} reviews
sold out its {#8-40}-night opening run at {VENUE}
drew {#2-90},{#100-999} visitors to {VENUE} in its first month
sold {#2-90},000 tickets before {WD0}
@tour_len
world
{#12-60}-date
European
summer
farewell
@prize
{orgadj} Prize
{town} Book Award
top prize of {#10-90},000 dollars
audience award
{last} Medal
@cult_paper
the {town} Review
a weekly magazine
a national newspaper
@cult_verdict
“a triumph”
“uneven but brave”
“a quiet masterpiece”
“overlong”
@cult_best
moving
funny and sharp
beautiful to look at
as good as anything {ARTIST} has done
{ARTIST}'s best since {#2005-2015}
richer than {ARTIST}'s {@2-5} {KIND}
@cult_worst
it drags in the {@2-4} act
it is sentimental about {town}
it loses its nerve after {#40-90} minutes
the {cult_praise} lets {ARTIST} down
@cult_career
writing
painting
performing
acting
@cult_q
I wanted to make something honest about {town}
It took {#2-12} years to finish {WORK}
{WORK} is the most personal thing I have done since {#1995-2015}
My {relative} read the first draft of {WORK} in {#2010-2016}
@story_from
inspired by {ARTIST}'s grandmother
based on events in {town} in {#1950-1990}
set in {town} in the {#195-199}0s
@venue_culture
concert hall
theatre
gallery
museum
arts centre
@cult_praise
staging
score
photography
script
set design
@!cult_main
{WORK}, the new {KIND} by {ARTIST}, opened at {VENUE} on {WD1}.
{ARTIST}'s {@2-9} {KIND}, {WORK}, {box_office}.
{ARTIST} announced a {tour_len} tour that will begin in {town} in {month}.
{WORK} won the {prize} in {town} on {WD1}, ahead of {#3-9} other nominees.
The new exhibition at {VENUE} brings together {#30-400} works by {ARTIST}.
@reviews_adj
strong
mixed
glowing
lukewarm
warm
rave
respectful
@!cult_review
Critics praised the {cult_praise} of {WORK} and {ARTIST}'s {lead_role}.
{CRITIC}, writing in {cult_paper}, called {WORK} {cult_verdict}.
{WORK} runs for {#90-190} minutes, with {interval_what}.
{CRITIC} gave {WORK} {#2-5} stars out of five in {cult_paper}.
{CRITIC} found {ARTIST}'s {lead_role} {cult_best}, though {cult_worst}.
@lead_role
central performance
direction
lead vocal
writing
@interval_what
no break
one interval of {#15-25} minutes
{#2-3} intervals
a {#10-20}-minute prologue
@!cult_people
{ARTIST}, {#25-80}, began {cult_career} in {town} in {#1975-2012}.
“{cult_q}”, {ARTIST} said in an interview at {VENUE}.
The director, {DIRECTOR}, said the story was {story_from}.
{DIRECTOR} first worked with {ARTIST} on a {KIND} in {#1995-2015}.
@!cult_event
The {town} festival drew {#20-200},000 visitors despite {wx_cause}, organisers said.
Tickets for {WORK} at {VENUE} cost between {#10-40} and {#50-200} dollars.
{VENUE}, closed since {month} {#2015-2016}, will reopen in {MONTH_NEXT} after a {#2-90} million dollar renovation.
@!cult_country
{WORK} will tour {COUNTRY} next year, {ARTIST}'s agent said.
{ARTIST} has a large following in {COUNTRY}, where {WORK} sold {#20-900},000 copies.
Much of {WORK} was shot on location in {COUNTRY} in {#2012-2016}.
@culture
{vox}
7* {cult_main}
5* {cult_review}
4* {cult_people}
3* {cult_event}
2* {cult_country}
@title_culture
{WORK} {hl_cult}
{ARTIST} {hl_artist}
Review: {WORK} at {VENUE}
@hl_cult
wins {prize}
opens to strong reviews
tops box office
@hl_artist
announces world tour
returns with new {KIND}
opens up about career

@sci_thing
battery
vaccine
drug
material
sensor
coating
blood test
enzyme
@sci_could
be charged in {#2-15} minutes
help doctors detect {disease} {#2-9} years earlier
cut emissions from cement by {pct}
halve the cost of treating {disease}
last {#2-5} times as long
@journal
{journal_name}
{journal_name} Reports
{journal_name} Medicine
@journal_name
Nature
Science
The Lancet
Cell Reports
Physical Review
@habit
walked {#20-90} minutes a day
slept {#7-9} hours or more
ate {#20-40} grams of fibre a day
drank fewer than {#2-4} cups of coffee
@disease
heart disease
diabetes
dementia
asthma
arthritis
glaucoma
kidney disease
migraine
@sky_thing
comet
asteroid
eclipse
supernova
@sci_method
machine learning
satellite images
genetic sequencing
a new statistical model
@sci_small
small
modest
larger than expected
@poorly
poorly
badly
only partly
still not well
@sci_change
treats {#2-9} million patients with {disease}
builds batteries for {#2-9} billion phones
monitors the climate over {town}
thinks about {disease}
@sci_field
chemistry
medicine
physics
biology
@!sci_study
Researchers at {INST} said the new {THING} could {sci_could}.
The study, published in {JOURNAL}, followed {N} patients in {town} for {#2-20} years.
{LEAD} and {CO} found a {pct} lower risk of {disease} among the {N} adults in {town} who {habit}.
A team led by {LEAD} tested the {THING} on {#12-400} volunteers at {INST}.
Scientists at {INST} observed the {sky_thing} through a telescope near {town} in {month}.
@!sci_detail
The {THING} was developed over {#2-9} years at {INST} at a cost of {money}.
{CO} said the findings on {N} participants would be {reviewed} by {month}.
{LEAD}'s team used {sci_method} to analyse data from {#3-40} hospitals.
The effect of the {THING} was {sci_small} but significant, {CO} said.
{CO} said the {#2-9} side effects seen in {town} were {side_effects}.
@side_effects
mild
rare
short-lived
mostly headaches
@reviewed
peer reviewed by {sci_field} experts
replicated outside {INST}
tested on patients outside {town}
checked by a second team at {org}
@!sci_quote
“{sci_q}”, said {LEAD}, a professor of {sci_field} at {INST}.
{PERSON1}, who was not involved in the {JOURNAL} study, said {sci_opinion}.
“{sci_q}”, {CO}, a co-author of the paper, said.
@sci_q
This could change how {LEAD}'s field {sci_change}
We were surprised that the {THING} worked in {#60-95} percent of the {N} cases
Even after {#2-20} years, {disease} in people over {#50-80} is {poorly} understood
Nobody at {INST} expected an effect of {#2-40} percent
The {THING} is not ready for patients in {town} yet, and may not be for {#2-9} years
We tested {#2-9} versions before this one worked
@sci_opinion
the results for the {THING} were promising, though {N} people was a modest sample
more work on the {THING} was needed before trials in {town} in {#2025-2027}
a sample of {N} was too small to be sure about {disease}
the {#2-40} percent effect was {sci_small} but real
{LEAD}'s team had been careful about {disease} in the {#50-80}-plus group
@!sci_next
{LEAD}'s team plans to test the {THING} in a trial of {#2-9}00 people in {month}.
A trial of the {THING} with {#2-9},{#100-999} patients is due to begin in {town} in {MONTH_NEXT}.
{INST} has filed a patent for the {THING}, {CO} said on {WD1}.
{CO} said the next step was a {#2-5}-year study in {town} funded by {org}.
@!sci_country
The trial will also run in {COUNTRY}, where {#2-9}00 patients have signed up.
Researchers in {COUNTRY} contributed data on {N} patients to the study.
@science
{vox}
7* {sci_study}
5* {sci_detail}
4* {sci_quote}
3* {sci_next}
2* {sci_country}
@title_science
Researchers at {INST} report new {THING}
New {THING} could {sci_could}
Study links {habit_short} to lower risk of {disease}
{LEAD}: {THING} {sci_hl}
@habit_short
walking
sleep
fibre
exercise
@sci_hl
shows promise
passes first test
raises hopes
"""

# Words the grammar's literal text may say otherwise: each becomes a choice (the word itself
# as likely as each alternative). Only words whose alternatives read right wherever the
# grammar uses them; never the verbs the event coder reads nor the words that name an actor.
VARY_TEXT = """
said: added | noted | stressed | explained | remarked | observed | commented
says: adds | notes | argues
expected: anticipated | predicted | due
rose: climbed | increased | gained | advanced
fell: dropped | declined | slipped | eased
grew: expanded | increased | rose
jumped: surged | soared | leapt
company: firm | group | business
companies: firms | groups | businesses
nearly: almost | close to | just under
roughly: about | around | approximately
largest: biggest | largest | leading
biggest: largest | leading
large: big | sizeable | substantial
small: modest | little | minor
players: squad | team | side
match: game | fixture | encounter | contest
game: match | contest | fixture
fans: supporters | crowd | faithful
win: victory | triumph
defeat: loss | setback
team: side | squad
study: research | paper | analysis | report
researchers: scientists | scholars | investigators | academics
scientists: researchers | experts | specialists
patients: participants | people | subjects
results: findings | data | outcomes
findings: results | conclusions | data
data: figures | statistics | numbers
show: suggest | indicate | reveal
announced: unveiled | disclosed | revealed | confirmed
statement: communique | release | note
meeting: session | encounter | gathering
talks: negotiations | discussions | consultations | dialogue
tension: tensions | friction | strain
relations: ties | relationship
region: area | neighbourhood
countries: nations | states | neighbours
country: nation
agreement: deal | accord | pact
important: significant | key | crucial
significant: notable | major | marked
major: big | large | key
strong: solid | robust | firm
weak: soft | poor | sluggish
sharp: steep | marked | dramatic
sharply: steeply | markedly | dramatically
quickly: rapidly | swiftly | fast
also: likewise | meanwhile | too
despite: in spite of | notwithstanding
after: following | just after | shortly after
residents: locals | inhabitants | people
homes: households | properties | houses
heavy: intense | torrential | persistent
storm: gale | system | front
forecasters: meteorologists | weather experts | weather officials
temperatures: readings | highs | thermometers
film: movie | picture | feature
novel: book | story
critics: reviewers | commentators
audience: crowd | public | viewers
exhibition: show | display | retrospective
museum: gallery | institution
festival: event | gathering
shares: stock | share price
profit: earnings | income | profits
revenue: sales | turnover | income
analysts: experts | observers | economists | commentators | strategists
investors: shareholders | markets | traders
costs: expenses | outlays | overheads
jobs: positions | posts | roles
plant: factory | facility | site
device: gadget | handset | product
users: customers | owners | buyers
engineers: developers | programmers | technicians
released: published | issued | put out
published: released | issued | printed
several: a number of | multiple | various
people: residents | citizens | individuals
crowds: audiences | visitors | spectators
reviews: notices | write-ups | appraisals
praised: lauded | applauded | commended
criticised: faulted | attacked | questioned
described: characterised | portrayed | depicted
believe: think | reckon | suspect
believed: thought | reckoned | felt
think: believe | reckon | suspect
suggests: indicates | implies | hints
argued: contended | insisted | maintained
warned: cautioned | noted
help: assist | support | aid
helped: assisted | supported | boosted
hurt: damaged | weighed on | held back
boost: lift | raise | support
cut: reduce | trim | lower
raised: lifted | increased | upped
previous: prior | earlier | last
latest: newest | most recent | current
main: principal | chief | primary
whole: entire | full
total: overall | combined | aggregate
average: mean | typical | usual
difficult: tough | hard | challenging
easy: simple | straightforward
clear: obvious | plain | evident
cautious: wary | careful | guarded
worried: concerned | anxious | uneasy
surprised: astonished | taken aback | startled
happy: pleased | glad | content
angry: furious | irate | incensed
key: central | crucial | pivotal
serious: grave | severe | major
unusual: uncommon | rare | atypical
modest: small | limited | slight
huge: vast | enormous | massive
dozens: scores | dozens
local: regional | area | nearby
nearby: neighbouring | adjacent | surrounding
near: close to | next to | outside
across: throughout | all over | over
later: subsequently | afterwards
before: prior to | ahead of
during: throughout | in the course of | amid
amid: during | in the middle of | against a backdrop of
again: once more | anew | a second time
almost: nearly | practically | virtually
mostly: largely | mainly | chiefly
largely: mostly | mainly | broadly
mainly: chiefly | largely | primarily
often: frequently | regularly | commonly
rarely: seldom | hardly ever | infrequently
quite: fairly | rather | somewhat
very: highly | extremely | deeply
probably: likely | presumably | almost certainly
perhaps: maybe | possibly | conceivably
possibly: perhaps | maybe | potentially
immediately: instantly | at once | promptly
briefly: quickly | for a moment | shortly
soon: shortly | before long | quickly
exports: shipments | sales abroad
diplomats: envoys
television: TV
deal: agreement | accord
border: frontier
decision: move | step | choice
citizens: nationals
figures: data | numbers
reporters: journalists | the press
dispute: row | quarrel
begin: start | get under way
buy: acquire | purchase
visit: trip
unveiled: launched | presented | showed off
build: construct | set up
discuss: address | examine | review
strategy: approach | plan
summit: meeting | conference
tariffs: duties | levies
meet: convene
began: started
named: appointed
sides: parties
change: shift | shake-up
cooperation: collaboration
expand: grow | broaden
faces: is facing | confronts
hire: recruit | take on
result: outcome
found: concluded | discovered
rival: competitor
rise: increase | jump
watched: saw
want: wish for
visitors: guests
step: move
creating: adding | generating
nominees: contenders | entrants
growing: mounting | rising
rising: mounting | growing
chance: opportunity
continue: persist | last
respond: reply
remains: stays | is still
reach: hit | touch
brings: gathers
wrote: argued
announcement: statement
comes: arrives
traders: dealers
ended: finished | concluded
damaged: ruined | harmed
normal: average
percent: per cent
sensible: wise | prudent | smart
produced: yielded | generated | drew up
scheduled: planned | set | agreed
walk: stroll | tour
garden: grounds | gardens | park
session: sitting | meeting
answer: response | reply | plan
domestic: internal | home | local
politics: pressures | calculations | considerations
lasting: durable | permanent | long-term
solution: settlement | fix | answer
enforce: impose | uphold | back up
drags: sags | slows | stalls
quietly: discreetly | privately | patiently
separate: detach | decouple | isolate
winner: victor | beneficiary
checked: verified | confirmed
funny: witty | amusing | droll
curling: swerving | bending | dipping
stockpiles: inventories | stocks | reserves
slide: decline | drop | fall
handshake: photo call | brief embrace
applaud: cheer | salute | clap
tickets: seats | passes
photographs: pictures | images | photos
rhetoric: words | speeches | statements
indication: sign | hint | suggestion
recovered: rebounded | picked up | bounced back
speak: talk
beautiful: lovely | striking | gorgeous
volunteers: participants | subjects
followed: tracked | monitored
effect: impact
customers: clients | buyers
affected: hit | disrupted
flaw: bug | glitch | fault
changes: adjustments | alterations
response: reply | reaction
questions: queries
details: specifics | particulars
elections: polls
faced: confronted | endured
standoff: stalemate | impasse | deadlock
newspaper: paper | daily
concerns: worries | misgivings | reservations
brief: short | quick
confirmed: announced
unlikely: not expected
issued: released | published
units: devices
eventually: ultimately | finally | in the end
"""


def _vary_table(text: str) -> dict[str, list[str]]:
    table = {}
    for line in text.strip().splitlines():
        word, alts = line.split(":", 1)
        others = [a.strip() for a in alts.split("|") if a.strip() and a.strip() != word.strip()]
        if others:
            table[word.strip()] = [word.strip(), *others]
    return table


VARY = _vary_table(VARY_TEXT)
#: rules left exactly as written: names, titles of office, the actor phrases and the verb phrases
#: the event coder reads
PROTECTED = set(
    _items(
        "first last town initial month weekday_any office office_pl ministry sa"
        " sa_sing bp bo bposs journal_name orgadj field club_suffix company_suffix",
        " ",
    )
)
_DETERMINED = re.compile(r"(?:^|\s)(?:the|a|an|its|their|his|her|our) $", re.I)
_LITERAL_WORD = re.compile(r"(\{[^{}]*\})|\b([A-Za-z]+)\b")


#: optional modifiers put before a noun ("the talks" → "the stalled talks"), one time in two
MODIFIERS_TEXT = """
tension: growing | renewed | simmering | mounting
tensions: growing | renewed | simmering
agreement: new | provisional | draft | landmark | interim
statement: brief | short | lengthy | carefully worded
decision: surprise | controversial | long-expected | sudden
demand: global | domestic | consumer
costs: higher | rising | energy | labour
economy: domestic | slowing | wider
prices: energy | food | consumer
dispute: long-running | bitter | decades-old
meeting: closed-door | brief | hastily arranged | rare
crowd: large | noisy | packed
fans: home | travelling | loyal
study: new | large | long-term
patients: older | elderly | adult
results: early | preliminary | final
trial: clinical | small | larger
winds: strong | gusty | cold
film: new | latest
album: new | latest | debut
exhibition: new | major | touring
profit: net | quarterly
sales: retail | online | overseas
jobs: factory | office | local
investors: foreign | retail | institutional
officials: senior | government | local
negotiations: fresh | stalled | formal
relations: bilateral | diplomatic | economic
sanctions: new | tougher | targeted
deal: new | proposed | draft
summit: planned | upcoming | regional
analysts: independent | market | most
"""
#: optional adverbs put after an auxiliary ("would" → "would probably"), one time in three
ADVERBS_TEXT = """
would: probably | also | eventually | still | now
could: also | still | even | eventually | soon
will: also | soon | now | still
had: already | also | previously | long
has: also | already | long
"""


def _modifier_table(text: str, empties: int, before: bool) -> dict[str, list[str]]:
    out = {}
    for line in text.strip().splitlines():
        word, alts = line.split(":", 1)
        mods = [a.strip() for a in alts.split("|") if a.strip()]
        out[word.strip()] = [""] * empties + [m + " " if before else " " + m for m in mods]
    return out


MODIFIERS = _modifier_table(MODIFIERS_TEXT, 5, True)
ADVERBS = _modifier_table(ADVERBS_TEXT, 10, False)


#: phrases said otherwise, like VARY's words; a phrase's alternatives may hold slots
PHRASES_TEXT = """
a spokesperson for the: a spokesman for the | a spokeswoman for the | a press officer at the | a representative of the
at a cost of: for | at an estimated cost of | in a project worth | with a budget of
will go on sale: will be available | will reach shops | goes on sale | will ship
at a ceremony in: at a gala in | at an awards dinner in | at an event in
will pay a dividend of: will pay shareholders | declared a dividend of | plans a payout of
should last: lasts | is rated for | can run for
on one charge: on a single charge | between charges | per charge
came from behind to: fought back to | recovered from a goal down to | rallied to
goal of the season: goal of the campaign | league goal this season | strike of the season
in an interview at: during a visit to | speaking at | at a press event at
in line with: matching | close to | similar to
are forecast for: are expected in | are predicted for | could hit
could fall on: may fall on | is forecast for | is expected over
was not involved in: had no role in | did not take part in | was not part of
was shot on location in: was filmed in | was made in | was largely shot in
has not changed since: is the same as in | has been consistent since | has held since
components are made in: parts are manufactured in | parts come from | components are sourced from
was developed over: took | was built over | was designed over
sold out within: were gone in | went in | were snapped up within
would miss the next: will be out for the next | is ruled out of the next | faces missing the next
could not find: failed to find | never found | were unable to find
been at odds over: clashed over | disagreed over | quarrelled over
have not yet been: are yet to be | have still to be | have not been
has been called up by: was picked in the squad of | has been selected by | earned a call-up from
a request for comment: requests for comment | emailed questions | a query from {outlet_ref}
made no mention of: did not mention | was silent on | skipped over
has filed a patent for: has patented | applied for a patent on | is seeking a patent on
resist the temptation to: avoid the urge to | think twice before choosing to | be wary of any impulse to
in a row: in succession | running | straight
the risk of: the danger of | the chance of | the threat of
the next round of: further | the next session of | fresh
gave no details on: offered no detail on | said nothing specific about | was vague on
the surrounding area: nearby villages | the wider district | its suburbs
did not say when: would not say when | declined to say when | gave no indication of when | did not disclose when
in recent months: over the past year | since {MONTH_NOW} last year | this year | in the past {#2-9} months
the two countries: the two neighbours | both countries | {A} and {B} | the two governments
the two sides: both sides | the two delegations | {A_CAP} and {B_CAP} | the negotiators
said in a statement: said in a written statement | said in a statement on its website | said in a statement on {WD0}
people familiar with the matter: sources close to the talks | {#2-4} people briefed on the talks | an insider
people familiar with the discussions: sources close to the talks | {#2-4} people in the room | an aide
told reporters: told journalists | told a news conference | told reporters on {WD0}
is likely to: is expected to | looks set to | will probably | seems likely to
was likely to: was expected to | looked set to | would probably | seemed likely to
were likely to: were expected to | looked set to | would probably | seemed likely to
less likely to: less prone to | at lower risk of going on to | less apt to
on the sidelines of: at | during | on the margins of
in front of: before | facing | ahead of
a year earlier: in the same period last year | a year ago | twelve months earlier
a year renovation: a year refit | a year restoration | a year overhaul
in the first: during the first | over the first | in the opening
last year: in {LAST_YEAR} | over the past year | the previous year
next year: in the coming year | the following year | by next year
this year: so far this year | in {YEAR} | this season
as well as: and | along with | together with
because of: owing to | due to | as a result of
in spite of: despite | notwithstanding
according to: citing | as reported by | per
the end of the: the close of the | the final stages of the | the last part of the
the first time since: the first occasion since | the first such instance since
due to begin: scheduled to begin | set to start | expected to open
brings together: gathers | assembles | unites | features
a lot we still do not know: a great deal we do not understand | much that remains unclear | plenty we cannot yet explain
at the box office: in cinemas | in ticket sales | at cinemas
opening weekend: first weekend | debut weekend | first three days
calling it: describing it as | labelling it | judging it
neither side: neither government | neither capital | none of the parties | neither camp
the sensible course: the wiser path | the better option | the prudent choice | the obvious step
bargaining chip: pawn | lever | trading card
out of five: out of 5 | on a five-point scale
to look at: to watch | on screen | in places
peer reviewed: independently reviewed | vetted | refereed
the timing of: the moment chosen for | the date of | the choice of timing for
in the week to: in the seven days to | in the week ending | by
we will not: we shall not | we are not going to | we refuse to | we cannot
would have to: will need to | must | may have to
took place in: was held in | happened in | was staged in
"""
#: phrases that name the story's own actors, by the prefix of the rules they apply to
SCOPED_TEXT = """
sport_ | the club: {TEAM1} | the {TOWN} club
sport_ | the visitors: {TEAM2} | the away side | {COACH2}'s side
sport_ | the home side: {TEAM1} | {COACH}'s team
sport_ | the referee: {REF} | referee {REF}
biz_ | the company: {COMPANY} | the {COMPANY} group
biz_ | the group: {COMPANY} | the {CITY} group
tech_ | the company: {COMPANY} | {FIRM}
tech_ | the device: the {PRODUCT} | the {GADGET} | {FIRM}'s {GADGET}
sci_ | the study: the {INST} study | {LEAD}'s study | the research
sci_ | the team: {LEAD}'s team | the {INST} team | the researchers
wx_ | the region: {REGION} | the area around {TOWN1}
cult_ | the festival: the {TOWN} festival | the {month} festival
"""


def _phrase_table(text: str) -> dict[str, list[str]]:
    out = {}
    for line in text.strip().splitlines():
        phrase, alts = line.split(":", 1)
        out[phrase.strip()] = [phrase.strip(), *(a.strip() for a in alts.split("|") if a.strip())]
    return out


PHRASES = _phrase_table(PHRASES_TEXT)
SCOPED: dict[str, dict[str, list[str]]] = {}
for _line in SCOPED_TEXT.strip().splitlines():
    _prefix, _rest = _line.split("|", 1)
    SCOPED.setdefault(_prefix.strip(), {}).update(_phrase_table(_rest))


def _alternation(keys: list[str]) -> str:
    return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))


def vary(rules: dict[str, list[str]]) -> dict[str, list[str]]:
    """The rules with each PHRASES phrase and VARY word of their literal text turned into a
    choice (rules p_<n>, v_<word>), and the SCOPED phrases of the rules they belong to."""
    out: dict[str, list[str]] = {}
    for word, alts in VARY.items():
        out[f"v_{word}"] = alts
        out[f"v_{word}_cap"] = [_cap(a) for a in alts]
    for word, alts in MODIFIERS.items():
        out[f"m_{word}"] = alts
    for word, alts in ADVERBS.items():
        out[f"a_{word}"] = alts
    names: dict[tuple[str, str], str] = {}

    def phrase_rule(scope: str, phrase: str, alts: list[str]) -> str:
        key = (scope, phrase)
        if key not in names:
            names[key] = f"p_{len(names)}"
            out[names[key]] = [words.sub(swap_word, a) for a in alts]
        return names[key]

    def swap_phrase(scope: str, table: dict[str, list[str]], m: re.Match[str]) -> str:
        if m.group(1):
            return m.group(0)
        return f"{{{phrase_rule(scope, m.group(2), table[m.group(2)])}}}"

    def swap_word(m: re.Match[str]) -> str:
        word = m.group(2)
        if m.group(1) or word is None:
            return m.group(0)
        # a modifier only right after a determiner ("the talks" → "the stalled talks")
        mod = f"{{m_{word}}}" if word in MODIFIERS and _DETERMINED.search(m.string, 0, m.start()) else ""
        if word in ADVERBS:
            return f"{word}{{a_{word}}}"
        if word in VARY:
            return f"{mod}{{v_{word}}}"
        if m.start() == 0 and word[0].isupper() and word.lower() in VARY:
            return f"{{v_{word.lower()}_cap}}"
        return mod + word

    words = _LITERAL_WORD
    general = re.compile(r"(\{[^{}]*\})|\b(" + _alternation(list(PHRASES)) + r")\b")
    scoped = {p: re.compile(r"(\{[^{}]*\})|\b(" + _alternation(list(t)) + r")\b") for p, t in SCOPED.items()}
    for name, alts in rules.items():
        if name in PROTECTED or name.startswith(("vp_", "jvp_")):
            out[name] = alts
            continue
        prefix = next((p for p in SCOPED if name.startswith(p)), None)
        new = []
        for a in alts:
            if prefix is not None:
                a = scoped[prefix].sub(partial(swap_phrase, prefix, SCOPED[prefix]), a)
            a = general.sub(partial(swap_phrase, "", PHRASES), a)
            new.append(words.sub(swap_word, a))
        out[name] = new
    return out


RULES, ONCE = parse_grammar(COMMON + GEO + WIRE + OPINION + OTHER)
RULES = vary(RULES)
_CODE = compile(_compile_source(RULES, ONCE), "<newsgen grammar>", "exec")

# ----------------------------------------------------------------------------- documents

KINDS = ("wire", "opinion", "other")
SECTIONS = {"sport": 25, "business": 25, "tech": 15, "weather": 10, "culture": 15, "science": 10}
#: share of all documents per copy relation (spun copies are of wire stories only)
COPY_SHARES = {"syndicated": 0.05, "spun": 0.01, "exact": 0.01, "partial": 0.02}
#: what diplomap is expected to call each relation (exact byte copies are one document there)
EXPECTED = {"syndicated": "near-duplicate", "spun": "paraphrase", "exact": "same-document",
            "partial": "passage-reuse"}  # fmt: skip
POOL = 300  # recent originals kept per kind as sources of copies
START = date(2017, 1, 1)
DAYS = 8 * 365  # publication dates run from 2017 to the end of 2024
#: word edits a syndicating desk makes (one per copy, where the text has the first form)
EDITS = [(" percent", " per cent"), (" defence", " defense"), ("criticised", "criticized"), (" said", " stated"),
         (" about ", " around "), (" nearly ", " almost "), (" officials ", " authorities "),
         (" talks", " negotiations"),
         (" the two ", " both "), (" next month", " in the coming weeks"), (" told ", " informed ")]  # fmt: skip


def _possessive(name: str) -> str:
    return name + "'" if name.endswith("s") else name + "'s"


def _state_values(prefix: str, state: tuple[str, str, str]) -> dict[str, str]:
    name, adj, cap = state
    head = HEADS.get(name, "president")
    return {prefix: name, f"{prefix}_ADJ": adj, f"{prefix}_CAP": cap, f"{prefix}_POS": _possessive(name),
            f"{prefix}_POS_CAP": _cap(_possessive(name)), f"{prefix}_CAP_POS": _possessive(cap),
            f"{prefix}_HEAD": head, f"{prefix}_NAMED": f"the {adj} {head}",
            f"{prefix}_NAMED_SHORT": _cap(name)}  # fmt: skip


_BINDINGS = {p: [_state_values(p, s) for s in ALL_STATES] for p in ("A", "B", "C")}
_SLUG = re.compile(r"[^a-z0-9]+")


class NewsGenerator:
    """Documents one after the other (``next_record``), deterministic for a seed; keeps only a
    bounded pool of recent originals per kind as sources of copies."""

    def __init__(self, seed: int = 0, geo_share: float = 0.3, opinion_share: float = 0.25) -> None:
        self.rng = random.Random(seed)
        self.ctx: dict[str, str] = {}
        self.used: set[int] = set()
        r = self.rng.random
        ns: dict[str, Any] = {"_R": r, "C": self.ctx, "_ord": _ord, "_U": self.used,
                              "_small": lambda n: _SMALL[n] if r() < 0.5 else str(n)}  # fmt: skip
        exec(_CODE, ns)
        self._ns = ns  # the compiled grammar (bench diagnostics wrap its functions)
        self.alts: dict[str, tuple[Callable[[], str], ...]] = {k: ns[f"_a_{k}"] for k in RULES}
        for k in ONCE:  # a rule used "once" is drawn through its function
            self.alts[k] = (ns[f"_o_{k}"],)
        self.outlets = make_outlets(random.Random(seed), 30)
        self.geo_share, self.opinion_share = geo_share, opinion_share
        self.pools: dict[str, deque[dict[str, Any]]] = {k: deque(maxlen=POOL) for k in KINDS}
        self.serial = 0
        self.total: int | None = None
        self._main = (0, 1, 2)  # the story's three states (indexes in ALL_STATES)
        sections = list(SECTIONS)
        self.section_cum = [(sum(list(SECTIONS.values())[: i + 1]) / sum(SECTIONS.values()), s)
                            for i, s in enumerate(sections)]  # fmt: skip
        wire = geo_share * (1 - opinion_share)
        self.spun_given_wire = min(0.5, COPY_SHARES["spun"] / wire) if wire > 0 else 0.0

    # -- grammar -----------------------------------------------------------------------------------

    def x(self, rule: str) -> str:
        alts = self.alts[rule]
        return alts[int(self.rng.random() * len(alts))]()

    def sentence(self, rule: str) -> str:
        s = self.x(rule).strip()
        return s[:1].upper() + s[1:]

    def _bind(self, a: int, b: int, c: int) -> None:
        ctx = self.ctx
        ctx.update(_BINDINGS["A"][a])
        ctx.update(_BINDINGS["B"][b])
        ctx.update(_BINDINGS["C"][c])
        r = self.rng.random
        for prefix, i in (("A", a), ("B", b)):
            leaders = LEADERS.get(ALL_STATES[i][0])
            if leaders and r() < 0.6:
                name = leaders[int(r() * len(leaders))]
                ctx[f"{prefix}_NAMED"] = name
                ctx[f"{prefix}_NAMED_SHORT"] = name.split()[-1]

    def _three_states(self) -> tuple[int, int, int]:
        a, b, c = self.rng.sample(range(len(ALL_STATES)), 3)
        return a, b, c

    def _set_day(self, day: date) -> None:
        ctx = self.ctx
        before = day - timedelta(days=1)
        nxt = (day.month % 12) + 1
        ctx.update(WD0=WEEKDAYS[day.weekday()], WD1=WEEKDAYS[before.weekday()],
                   DATE1=f"{MONTHS[before.month - 1]} {before.day}", MONTH_NOW=MONTHS[day.month - 1],
                   MONTH_NEXT=MONTHS[nxt - 1], MONTH_NEXT2=MONTHS[nxt % 12], YEAR=str(day.year),
                   LAST_YEAR=str(day.year - 1))  # fmt: skip

    # -- articles ----------------------------------------------------------------------------------

    def _body(self, rule: str, target: int, first: str | None, swap: float, side: float) -> list[str]:
        """Sentences from ``rule`` until ``target`` words; a ``side`` share about another pair of
        states, a ``swap`` share with the story's two states the other way round."""
        main = self._main
        sents = [first] if first else []
        words = sum(s.count(" ") + 1 for s in sents)
        r = self.rng.random
        while words < target:
            u = r()
            rebound = u < side + swap
            if u < side:
                self._bind(*self._three_states())
            elif rebound:
                self._bind(main[1], main[0], main[2])
            s = self.sentence(rule)
            if rebound:
                self._bind(*main)
            sents.append(s)
            words += s.count(" ") + 1
        return sents

    def _group(self, sents: list[str], sizes: tuple[int, ...]) -> list[list[str]]:
        """Paragraphs of ``sizes`` sentences, with "a" made "an" where the next word needs it."""
        sents = _AN.sub(_an, "\n".join(sents)).replace("s's ", "s' ").split("\n")
        out, i = [], 0
        r = self.rng.random
        while i < len(sents):
            k = sizes[int(r() * len(sizes))]
            out.append(sents[i : i + k])
            i += k
        return out

    def _geo(self, kind: str) -> tuple[str, list[list[str]], str]:
        self._main = self._three_states()
        self._bind(*self._main)
        ctx = self.ctx
        ctx["TOPIC"] = self.x("topic_any")
        ctx["SEA"] = SEAS[int(self.rng.random() * len(SEAS))]
        if kind == "wire":
            title = _cap(self.x("title_wire"))
            sents = self._body("wire_sent", 600 + int(self.rng.random() * 200), self.sentence("ev_lead"), 0.25,
                               0.1)  # fmt: skip
            return title, self._group(sents, (1, 1, 2, 2, 2, 3)), "world"
        title = _cap(self.x("title_opinion"))
        sents = self._body("op_sent", 780 + int(self.rng.random() * 240), None, 0.15, 0.05)
        paras = self._group(sents, (2, 3, 3, 4, 5))
        paras.append([f"{self.x('person')} is {self.x('analyst_role')} {self.x('org')}."])
        return title, paras, "opinion"

    def _other(self) -> tuple[str, list[list[str]], str]:
        u = self.rng.random()
        section = next(s for cum, s in self.section_cum if u <= cum)
        ctx, x = self.ctx, self.x
        country, country2 = self.rng.sample(ALL_STATES, 2)
        ctx.update(COUNTRY=country[0], COUNTRY2=country2[0], COUNTRY_ADJ=country[1])
        town = x("town")
        ctx.update(TOWN=town, PERSON1=x("person"), CITY=town)
        if section == "sport":
            team2 = town
            while team2 == town:
                team2 = x("town")
            g2 = int(self.rng.random() * 3)
            ctx.update(TEAM1=f"{town} {x('club_suffix')}", TEAM2=f"{team2} {x('club_suffix')}", PLAYER1=x("person"),
                       PLAYER2=x("person"), PLAYER3=x("person"), KEEPER=x("person"), COACH=x("person"),
                       COACH2=x("person"), REF=x("person"), COMP=_cap(x("competition")), STADIUM=x("stadium"),
                       G1=str(g2 + 1 + int(self.rng.random() * 3)), G2=str(g2))  # fmt: skip
        elif section in ("business", "tech"):
            company = x("company")
            ctx.update(COMPANY=company, FIRM=company, RIVAL=x("company"), CEO=x("person"), ANALYST=x("person"),
                       BANK=x("bank"), ANALYST_FIRM=x("bank"), PRODUCT=x("product_name"), GADGET=x("gadget"),
                       PRICE=str(199 + 50 * int(self.rng.random() * 30)))  # fmt: skip
        elif section == "weather":
            ctx.update(REGION=x("region"), TOWN1=town, TOWN2=x("town"), FORECASTER=x("person"),
                       TEMP=str(int(24 + self.rng.random() * 19)))  # fmt: skip
        elif section == "culture":
            ctx.update(WORK=x("work"), ARTIST=x("person"), DIRECTOR=x("person"), CRITIC=x("person"),
                       VENUE=f"the {town} {x('venue_culture')}", KIND=x("work_kind"))  # fmt: skip
        else:
            ctx.update(INST=x("org"), LEAD=x("person"), CO=x("person"), THING=x("sci_thing"), JOURNAL=x("journal"),
                       N=f"{int(1 + self.rng.random() * 90)},{int(100 + self.rng.random() * 900)}")  # fmt: skip
        story = {"sport": "TEAM1", "business": "COMPANY", "tech": "PRODUCT", "culture": "WORK", "science": "THING"}
        ctx["STORY"] = ctx[story[section]] if section in story else f"the {x('wx_spell')}"
        if section == "science":
            ctx["STORY"] = f"the {ctx['STORY']}"
        title = _cap(x(f"title_{section}"))
        sents = []
        words = 0
        target = 330 + int(self.rng.random() * 150)
        while words < target:
            s = self.sentence(section)
            sents.append(s)
            words += s.count(" ") + 1
        return title, self._group(sents, (2, 3, 3, 4)), section

    def _author(self, kind: str) -> str:
        u = self.rng.random()
        if kind == "wire" and u < 0.15:
            return f"{self.x('person')} and {self.x('person')}"
        if kind != "opinion" and u > 0.93:
            return "Staff reporter"
        return self.x("person")

    def _meta(self, title: str, section: str, outlet: dict[str, Any], day: date, serial: int) -> dict[str, str]:
        r = self.rng.random
        slug = _SLUG.sub("-", title.lower()).strip("-")[:70].rstrip("-")
        return {"published": f"{day.isoformat()}T{int(r() * 24):02d}:{int(r() * 60):02d}:00Z",
                "url": f"https://{outlet['domain']}/{section}/{day.year}/{day.month:02d}/{day.day:02d}/{slug}-{serial}",
                "outlet": outlet["name"]}  # fmt: skip

    def _day(self, index: int) -> date:
        total = self.total or max(index + 1, 1000)
        return START + timedelta(days=min(DAYS - 1, index * DAYS // total + int(self.rng.random() * 3)))

    def original(self, kind: str, day: date) -> dict[str, Any]:
        self.used.clear()
        outlet = self.outlets[int(self.rng.random() * len(self.outlets))]
        self.ctx["OUTLET"] = outlet["name"]
        self._set_day(day)
        title, paras, section = self._geo(kind) if kind != "other" else self._other()
        rec: dict[str, Any] = {"kind": kind, "section": section, "copy_of": None, "relation": None,
                               "title": title, "paras": paras, "author": self._author(kind),
                               **self._meta(title, section, outlet, day, self.serial)}  # fmt: skip
        rec["_ctx"] = dict(self.ctx)
        return rec

    # -- copies ------------------------------------------------------------------------------------

    def _other_outlet(self, name: str) -> dict[str, Any]:
        while True:
            outlet = self.outlets[int(self.rng.random() * len(self.outlets))]
            if outlet["name"] != name:
                return outlet

    def _later(self, published: str, most: int) -> date:
        return date.fromisoformat(published[:10]) + timedelta(days=int(self.rng.random() * (most + 1)))

    def syndicated(self, src: dict[str, Any]) -> dict[str, Any]:
        r = self.rng.random
        paras = [list(p) for p in src["paras"]]
        for _ in range(1 + int(r() * 2)):  # cut a sentence or two (never from the first paragraph)
            if len(paras) > 2:
                i = 1 + int(r() * (len(paras) - 1))
                del paras[i][int(r() * len(paras[i]))]
                if not paras[i]:
                    del paras[i]
        for _ in range(8):  # edit a word
            i = int(r() * len(paras))
            j = int(r() * len(paras[i]))
            old, new = EDITS[int(r() * len(EDITS))]
            if old in paras[i][j]:
                paras[i][j] = paras[i][j].replace(old, new, 1)
                break
        ctx = src["_ctx"]
        if src["kind"] == "wire" and r() < 0.5:
            paras[0] = [f"{ctx['A_CAP'].upper()} – {paras[0][0]}", *paras[0][1:]]
        self.ctx.update(ctx)
        rule = {"wire": "title_wire", "opinion": "title_opinion"}.get(src["kind"], f"title_{src['section']}")
        title = src["title"]
        for _ in range(4):
            title = _cap(self.x(rule))
            if title != src["title"]:
                break
        else:
            title = f"{src['title']}: {self.x('when_fut')}"
        outlet = self._other_outlet(src["outlet"])
        author = src["author"] if r() < 0.5 else f"{outlet['name']} staff"
        return {**src, "title": title, "paras": paras, "author": author,
                **self._meta(title, src["section"], outlet, self._later(src["published"], 1), self.serial)}  # fmt: skip

    def spun(self, src: dict[str, Any]) -> dict[str, Any]:
        rate = 0.3 + self.rng.random() * 0.2 if self.rng.random() < 0.5 else 0.75 + self.rng.random() * 0.25
        paras = [[spin(s, rate, self.rng)[0] for s in p] for p in src["paras"]]
        title = spin(src["title"], rate, self.rng)[0]
        outlet = self._other_outlet(src["outlet"])
        return {**src, "title": title, "paras": paras, "author": self.x("person"),
                "_detail": {"spin_rate": round(rate, 3)},
                **self._meta(title, src["section"], outlet, self._later(src["published"], 3), self.serial)}  # fmt: skip

    def quoting(self, kind: str, src: dict[str, Any], day: date) -> dict[str, Any]:
        rec = self.original(kind, day)
        r = self.rng.random
        k = 1 + int(r() * 3)
        start = int(r() * max(1, len(src["paras"]) - k))
        quoted = [list(p) for p in src["paras"][start : start + k]]
        while sum(len(" ".join(p).split()) for p in quoted) < 30 and start + len(quoted) < len(src["paras"]):
            quoted.append(list(src["paras"][start + len(quoted)]))
        at = 1 + int(r() * max(1, len(rec["paras"]) - 1))
        lead = [[f"{src['outlet']} {self.x('reported_how')}:"]] if r() < 0.5 else []
        rec["paras"] = rec["paras"][:at] + lead + quoted + rec["paras"][at:]
        return rec

    # -- the stream --------------------------------------------------------------------------------

    def next_record(self, index: int) -> dict[str, Any]:
        """The document at position ``index`` of the stream (call with 0, 1, 2, …)."""
        r = self.rng.random
        u = r()
        kind = "other" if u >= self.geo_share else "opinion" if u < self.geo_share * self.opinion_share else "wire"
        self.serial = 100000 + index * 7 + int(r() * 7)
        day = self._day(index)
        v = r()
        own = self.pools[kind]
        quotable = self.pools["wire" if kind == "opinion" else kind]
        syndicated = COPY_SHARES["syndicated"]
        exact = syndicated + COPY_SHARES["exact"]
        partial = exact + COPY_SHARES["partial"]
        rec: dict[str, Any]
        if v < syndicated and own:
            src = own[int(r() * len(own))]
            rec = {**self.syndicated(src), "relation": "syndicated"}
        elif v < exact and own:
            src = own[int(r() * len(own))]
            rec = {**src, "relation": "exact"}
        elif v < partial and quotable:
            src = quotable[int(r() * len(quotable))]
            rec = {**self.quoting(kind, src, day), "relation": "partial"}
        elif kind == "wire" and v > 1 - self.spun_given_wire and own:
            src = own[int(r() * len(own))]
            rec = {**self.spun(src), "relation": "spun"}
        else:
            rec = self.original(kind, day)
            rec["id"] = f"n{index:07d}"
            own.append(rec)
            return rec
        return {**rec, "id": f"n{index:07d}", "copy_of": src["id"]}


def to_public(rec: dict[str, Any]) -> dict[str, Any]:
    """The record ``iter_records`` yields: kind, copy_of, relation and the article's fields."""
    return {"id": rec["id"], "kind": rec["kind"], "section": rec["section"], "copy_of": rec["copy_of"],
            "relation": rec["relation"], "title": rec["title"],
            "text": "\n\n".join(" ".join(p) for p in rec["paras"]), "published": rec["published"],
            "url": rec["url"], "outlet": rec["outlet"], "author": rec["author"]}  # fmt: skip


def iter_records(n: int, seed: int = 0, geo_share: float = 0.3) -> Iterator[dict[str, Any]]:
    """The ``n`` documents of the stream, in memory, one at a time (see ``to_public``)."""
    gen = NewsGenerator(seed, geo_share)
    gen.total = n
    for i in range(n):
        yield to_public(gen.next_record(i))


# ----------------------------------------------------------------------------- writing

DUMP_SHARE = 0.2
SHARD = 1000
#: where the manifest and the truth go: a folder diplomap does not read (it skips names that
#: start with a dot), so that ``diplomap run FOLDER`` reads the documents and nothing else
META = ".newsgen"
JSONL_FIELDS = ("title", "text", "published", "url", "outlet", "author")
_TAGS = {"sport": ["Sport", "Football", "Results"], "business": ["Business", "Markets", "Companies"],
         "tech": ["Technology", "Gadgets", "Reviews"], "weather": ["Weather", "Forecast"],
         "culture": ["Culture", "Arts", "Reviews"], "science": ["Science", "Health", "Research"]}  # fmt: skip


def _unit(seed: int, key: str) -> random.Random:
    """A random source of its own for one document's rendering (a string seed hashes stably)."""
    return random.Random(f"newsgen:{seed}:{key}")


def outlet_headlines(seed: int, outlets: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Each outlet's recurring "Read more" and "Most read" headlines (site furniture)."""
    gen = NewsGenerator(seed + 1_000_003)
    out = {}
    for o in outlets:
        gen._set_day(START)
        titles = []
        for _ in range(12):
            gen._bind(*gen._three_states())
            gen.ctx["TOPIC"] = gen.x("topic_any")
            titles.append(_cap(gen.x("title_wire")))
        out[o["name"]] = titles
    return out


def as_dump(rec: dict[str, Any], outlet: dict[str, Any], headlines: list[str], rng: random.Random) -> str:
    """A select-all / paste of the article's page: the outlet's furniture around the text."""
    f = outlet["furniture"]
    day = date.fromisoformat(rec["published"][:10])
    r = rng.random
    lines = [*f["header"], f["ad"], rec["title"]]
    month = MONTHS[day.month - 1]
    dateline = [f"Published {day.day} {month} {day.year}", f"{month} {day.day}, {day.year}",
                f"{day.isoformat()} {rec['published'][11:16]} GMT"][int(r() * 3)]  # fmt: skip
    byline = f"By {rec['author']}"
    lines += [byline, dateline] if outlet["style"] == "dump-byline-first" else [dateline, byline]
    lines.append(f"{max(1, rec['text'].count(' ') // 220)} min read")
    lines += f["share"]
    paras = rec["text"].split("\n\n")
    for i, para in enumerate(paras):
        lines.append(para)
        if i == 1:
            lines.append(f"Read more: {headlines[int(r() * len(headlines))]}")
        elif i == 3 and r() < 0.5:
            lines.append(f["ad"])
        elif i == len(paras) // 2 and r() < 0.4:
            lines.append(f"Read more: {headlines[int(r() * len(headlines))]}")
    if rec["kind"] == "other":
        tags = _TAGS[rec["section"]]
    else:
        tags = sorted({s for s, _, _ in ALL_STATES if s in rec["text"][:3000]})[:4] or ["World"]
    lines += ["Tags: " + ", ".join(tags), f["newsletter"], f["appeal"], "Most read",
              *(headlines[int(r() * len(headlines))] for _ in range(3))]  # fmt: skip
    lines += f["footer"] + [f["printed"]]
    return "\n\n".join(lines) + "\n"


def _json_line(rec: dict[str, Any]) -> str:
    return json.dumps({k: rec[k] for k in JSONL_FIELDS}, ensure_ascii=False) + "\n"


def generate(folder: str | Path, n: int, seed: int = 0, geo_share: float = 0.3, jsonl_only: bool = False, *,
             keep_pairs: bool | None = None, shard_size: int = SHARD) -> dict[str, Any]:  # fmt: skip
    """Write ``n`` documents under ``folder`` (JSONL shards of ``shard_size`` records and, unless
    ``jsonl_only``, page dumps), the manifest (``.newsgen/manifest.json``) and the copy pairs
    (``.newsgen/truth.jsonl``); return the manifest. Its ``pairs`` (source id, copy id, relation)
    are kept in memory only up to 100,000 documents unless ``keep_pairs`` says otherwise; the
    truth file always has them all, with where each document was written."""
    folder = Path(folder)
    (folder / "jsonl").mkdir(parents=True, exist_ok=True)
    (folder / META).mkdir(exist_ok=True)
    keep = n <= 100_000 if keep_pairs is None else keep_pairs
    gen = NewsGenerator(seed, geo_share)
    gen.total = n
    outlets = {o["name"]: o for o in gen.outlets}
    headlines = outlet_headlines(seed, gen.outlets)
    kinds: Counter[str] = Counter()
    sections: Counter[str] = Counter()
    relations: Counter[str] = Counter()
    formats: Counter[str] = Counter()
    words: Counter[str] = Counter()
    pairs: list[tuple[str, str, str]] = []
    where: dict[str, str] = {}  # recent documents' locations, for truth.jsonl
    recent: deque[str] = deque()
    total_bytes = 0
    shard = None
    shard_docs = 0
    shards = dumps = 0
    truth = (folder / META / "truth.jsonl").open("w", encoding="utf-8")
    try:
        for i in range(n):
            raw = gen.next_record(i)
            rec = to_public(raw)
            # The exact copy of a page dump is the same bytes: rendered from its source's seed.
            key = rec["copy_of"] if rec["relation"] == "exact" else rec["id"]
            dump = not jsonl_only and _unit(seed, key).random() < DUMP_SHARE
            if dump:
                path = f"dumps/{dumps // 1000:03d}/{rec['id']}.txt"
                data = as_dump(rec, outlets[rec["outlet"]], headlines[rec["outlet"]], _unit(seed, key)).encode("utf-8")
                (folder / path).parent.mkdir(parents=True, exist_ok=True)
                (folder / path).write_bytes(data)
                dumps += 1
                loc = path
            else:
                if shard is None or shard_docs == shard_size:
                    if shard is not None:
                        shard.close()
                    shard = (folder / f"jsonl/shard-{shards:05d}.jsonl").open("w", encoding="utf-8", newline="\n")
                    shards += 1
                    shard_docs = 0
                line = _json_line(rec)
                shard.write(line)
                data_len = len(line.encode("utf-8"))
                loc = f"jsonl/shard-{shards - 1:05d}.jsonl:{shard_docs + 1}"
                shard_docs += 1
            total_bytes += len(data) if dump else data_len
            kinds[rec["kind"]] += 1
            sections[rec["section"]] += 1
            relations[rec["relation"] or "original"] += 1
            formats["dump" if dump else "jsonl"] += 1
            words[rec["kind"]] += rec["text"].count(" ") + rec["text"].count("\n\n") + 1
            if rec["relation"] is None:
                where[rec["id"]] = f"{loc}\t{rec['url']}"
                recent.append(rec["id"])
                if len(recent) > 50_000:
                    where.pop(recent.popleft(), None)
            else:
                a = where.get(rec["copy_of"], "\t").split("\t")
                truth.write(json.dumps({"a": rec["copy_of"], "b": rec["id"], "relation": rec["relation"],
                                        "expected": EXPECTED[rec["relation"]], "a_at": a[0] or None,
                                        "b_at": loc, "a_url": a[1] or None, "b_url": rec["url"],
                                        **raw.get("_detail", {})}) + "\n")  # fmt: skip
                if keep:
                    pairs.append((rec["copy_of"], rec["id"], rec["relation"]))
    finally:
        if shard is not None:
            shard.close()
        truth.close()
    manifest = {
        "generator": "bench/newsgen.py", "seed": seed, "documents": n, "geo_share": geo_share, "jsonl_only": jsonl_only,
        "shard_size": shard_size,
        "kinds": dict(sorted(kinds.items())), "sections": dict(sorted(sections.items())),
        "relations": dict(sorted(relations.items())), "formats": dict(sorted(formats.items())),
        "mean_words": {k: round(words[k] / kinds[k], 1) for k in sorted(kinds)},
        "copy_pairs": n - relations["original"], "jsonl_shards": shards, "dump_files": dumps,
        "dump_folders": (dumps + 999) // 1000, "bytes": total_bytes,
        "bytes_per_document": round(total_bytes / max(1, n)),
        "distinct_documents_for_diplomap": n - relations["exact"],
    }  # fmt: skip
    (folder / META / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return {**manifest, "pairs": pairs if keep else None}


# ----------------------------------------------------------------------------- measuring

_WORDS = re.compile(r"\w+(?:'\w+)*")


def shingle_rarity(records: list[dict[str, Any]], size: int = 12) -> dict[str, Any]:
    """How often unrelated documents share a run of ``size`` words (title and text, lower case).

    Related documents (a copy and its source, and copies of one source) do not count. Returns the
    share of unrelated pairs sharing at least one shingle, the share of documents sharing one with
    any unrelated document, and the most shared shingles."""
    family = {r["id"]: r["copy_of"] or r["id"] for r in records}
    owners: dict[int, set[int]] = {}
    texts: dict[int, str] = {}
    for k, r in enumerate(records):
        w = _WORDS.findall(f"{r['title']}\n\n{r['text']}".lower())
        for j in range(len(w) - size + 1):
            h = hash(tuple(w[j : j + size]))
            owners.setdefault(h, set()).add(k)
            texts.setdefault(h, " ".join(w[j : j + size]))
    pairs: set[tuple[int, int]] = set()
    shared: Counter[int] = Counter()
    for h, ks in owners.items():
        if len(ks) < 2:
            continue
        fams = {family[records[k]["id"]] for k in ks}
        if len(fams) < 2:
            continue
        shared[h] = len(fams)
        ordered = sorted(ks)
        for x in range(len(ordered)):
            for y in range(x + 1, len(ordered)):
                a, b = ordered[x], ordered[y]
                if family[records[a]["id"]] != family[records[b]["id"]]:
                    pairs.add((a, b))
    fam_sizes = Counter(family.values())
    related = sum(s * (s - 1) // 2 for s in fam_sizes.values())
    unrelated = len(records) * (len(records) - 1) // 2 - related
    docs = {k for p in pairs for k in p}
    return {"documents": len(records), "shingle_words": size, "unrelated_pairs": unrelated,
            "unrelated_pairs_sharing": len(pairs), "share_of_unrelated_pairs": len(pairs) / max(1, unrelated),
            "documents_sharing": len(docs), "share_of_documents": len(docs) / max(1, len(records)),
            "most_shared": [(texts[h], c) for h, c in shared.most_common(10)]}  # fmt: skip


def compare_reuse(folder: str | Path, store: str | Path) -> dict[str, Any]:
    """diplomap's stored reuse pairs against ``truth.jsonl``: each truth pair found (by its
    relation), pairs between members of one copy family that are no truth pair (two copies of
    one source: "implied"), and pairs between unrelated documents. Documents are matched by URL
    (JSONL records) or by file (page dumps)."""
    import duckdb

    folder = Path(folder).resolve()
    truth = [json.loads(line) for line in (folder / META / "truth.jsonl").open(encoding="utf-8")]
    db = duckdb.connect(str(store), read_only=True)
    try:
        by_url = {u: d for d, u in db.execute("SELECT id, url FROM documents WHERE url IS NOT NULL").fetchall()}
        by_file = {o: d for d, o in db.execute("SELECT document_id, origin FROM origins").fetchall()}
        stored = db.execute("SELECT a, b, relation FROM reuse").fetchall()
    finally:
        db.close()

    def doc(at: str | None, url: str | None) -> str | None:
        if at and at.startswith("dumps/"):
            return by_file.get(str(folder / at))
        return by_url.get(url) if url else None

    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    wanted: dict[tuple[str, str], str] = {}
    members: set[str] = set()
    found: Counter[str] = Counter()
    merged = unmapped = 0
    for t in truth:
        a, b = doc(t["a_at"], t["a_url"]), doc(t["b_at"], t["b_url"])
        if a is None or b is None:
            unmapped += 1
            continue
        if a == b:
            merged += t["relation"] == "exact"
            continue
        parent[root(a)] = root(b)
        members.update((a, b))
        wanted[(min(a, b), max(a, b))] = t["relation"]
    pairs = {(a, b): rel for a, b, rel in stored}
    by_relation: dict[str, Counter[str]] = {}
    for key, rel in wanted.items():
        got = pairs.get(key)
        by_relation.setdefault(rel, Counter())[got or "missed"] += 1
        found[rel] += got is not None
    related = {k for k in pairs if k[0] in members and k[1] in members and root(k[0]) == root(k[1])}
    implied = len(related - set(wanted))
    unrelated = [k for k in pairs if k not in related]
    unrelated_relations = Counter(pairs[k] for k in unrelated)
    return {"truth_pairs": len(truth), "exact_copies_merged": merged, "unmapped": unmapped,
            "truth_pairs_found": sum(found.values()), "truth_pairs_checked": len(wanted),
            "by_truth_relation": {k: dict(v) for k, v in sorted(by_relation.items())},
            "stored_pairs": len(pairs), "implied_pairs": implied, "unrelated_pairs": len(unrelated),
            "unrelated_by_relation": dict(unrelated_relations)}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", help="where to write the corpus")
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--geo-share", type=float, default=0.3)
    ap.add_argument("--jsonl-only", action="store_true", help="every document as JSONL (no page dumps)")
    ap.add_argument("--shard-size", type=int, default=SHARD, help="JSONL records a file (default 1,000)")
    ap.add_argument("--rarity", type=int, metavar="N", help="measure 12-word-shingle sharing over N documents")
    ap.add_argument(
        "--compare", metavar="STORE", help="compare the reuse pairs of a diplomap store of FOLDER with its truth"
    )
    args = ap.parse_args(argv)
    if args.compare:
        print(json.dumps(compare_reuse(args.folder, args.compare), indent=2))
        return 0
    if args.rarity:
        t0 = time.perf_counter()
        records = list(iter_records(args.rarity, args.seed, args.geo_share))
        elapsed = time.perf_counter() - t0
        out = shingle_rarity(records)
        out["generation_docs_per_s"] = round(len(records) / elapsed)
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    if not args.folder:
        ap.error("a FOLDER (or --rarity N) is needed")
    t0 = time.perf_counter()
    manifest = generate(args.folder, args.docs, args.seed, args.geo_share, args.jsonl_only, keep_pairs=False,
                        shard_size=args.shard_size)  # fmt: skip
    elapsed = time.perf_counter() - t0
    manifest.pop("pairs")
    manifest["seconds"] = round(elapsed, 2)
    manifest["docs_per_s"] = round(args.docs / elapsed)
    print(json.dumps(manifest, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
