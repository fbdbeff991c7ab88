"""A line-level boilerplate filter for plain-text page dumps and HTML fragments.

Trafilatura returns nothing for plain text, and keeps in-body junk in fragments, so lines are
judged here, from three kinds of evidence:

1. the line itself: shapes that site furniture takes on any site (share widgets, ad-slot
   placeholders, "Read more:" cross-links, reading-time labels, photo credits, tag lists,
   comment/copyright/"printed from" footers, donation and newsletter appeals, author bios);
2. its place on the page: text above the headline and between the headline and the first
   paragraph is page header; a tail of the page where furniture dominates is page footer; a
   line repeated inside one document is a widget or a pull quote (the first copy is kept);
3. the corpus: lines that recur across an outlet's documents (or, when short, across many
   outlets) are furniture, CCNet-style. That step is global (see ``clean.furniture``); this
   module only takes its result as a set of line hashes.

Nothing here lists any particular site's strings; the vocabulary is that of web page chrome.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_WORD = re.compile(r"\w+", re.U)
_END_OF_SENTENCE = re.compile(r"[.!?…:;。！？][\"'”’»)\]」』]*$")


def tidy(line: str) -> str:
    """Collapse runs of (non-breaking) spaces inside a line; strip both ends."""
    return _SPACE.sub(" ", line).strip()


def line_hash(line: str) -> str:
    """CCNet-style normalised line hash: case, digits, punctuation and spacing ignored."""
    norm = unicodedata.normalize("NFKC", line).lower()
    norm = re.sub(r"\d", "0", norm)
    norm = " ".join(_WORD.findall(norm))
    return hashlib.blake2b(norm.encode(), digest_size=8).hexdigest()


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def words(line: str) -> int:
    """Words in a line; Chinese and Japanese write without spaces: two characters count as a word."""
    n = len(line.split())
    cjk = len(_CJK.findall(line))
    return n + cjk // 2 if cjk else n


def ends_sentence(line: str) -> bool:
    return bool(_END_OF_SENTENCE.search(line))


_I = re.I
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "ad",
        re.compile(
            r"^(\[[A-Z0-9_]{1,8}:[A-Za-z0-9_\-]{1,24}\]\s*)+([-–—:|]?\s*advertisement\b.{0,40})?$|"
            r"^\[?(advertisement|advert|sponsored( content)?|ad|ads|story continues below( advertisement)?|"
            r"scroll to continue( with content)?)\]?(\s*[-–—:|]\s*(story continues below|"
            r"scroll to continue|continue reading)( with content)?)?$",
            _I,
        ),
    ),
    (
        "crosslink",
        re.compile(
            r"^(read more|read also|also read|see also|related|recommended|more on this|"
            r"related (article|story|stories|articles|coverage|content|reading)|"
            r"you may also like|don'?t miss|must read|suggested reading|further reading|"
            r"more from [\w .'&-]{1,40}|watch|listen|lire aussi|à lire aussi|voir aussi|lesen sie auch|"
            r"lea también|leia também)\s*[:：|»›>\-–—]?\s*\S",
            _I,
        ),
    ),
    (
        "reading-time",
        re.compile(
            r"^((estimated )?read(ing)? time\s*:?\s*\d+\s*(mins?|minutes?)\.?|"
            r"\d+\s*(-\s*)?(min|mins|minute|minutes)( read)?)$",
            _I,
        ),
    ),
    (
        "share",
        re.compile(
            r"^((share|tweet|email|e-mail|print|facebook|twitter|x|linkedin|whatsapp|telegram|"
            r"reddit|pinterest|copy link|copy|flipboard|pocket|mastodon|bluesky|threads|like this)"
            r"( this( article| story| post| page)?)?( on [\w .]{1,20})?|share (via|by|on) [\w ,-]+)"
            r"[:.!]?(\s*[|,·•/]?\s*(facebook|twitter|x|email|e-mail|linkedin|whatsapp|telegram|reddit|"
            r"print|copy link|pinterest|bluesky|threads|more))*$",
            _I,
        ),
    ),
    ("widget", re.compile(r"^[•·▪●◦‣∙\-–*|+>]?\s*[A-Za-z0-9]?\s*[•·▪●◦‣∙|+]?$")),
    (
        "comments",
        re.compile(
            r"^(comments are closed|comments? (are|is) (disabled|off)|leave a (comment|reply)|"
            r"\d+ (comments?|responses?|replies)|no comments( yet)?|post a comment|"
            r"join the (conversation|discussion)|show comments|(log|sign) in to (comment|reply)|"
            r"be the first to comment|add a comment|view comments)[.!]?$",
            _I,
        ),
    ),
    (
        "printed-from",
        re.compile(
            r"^(article printed from|printed from|url to article|source url|"
            r"article url|permalink)\b",
            _I,
        ),
    ),
    (
        "copyright",
        re.compile(
            r"^(©|\(c\)|copyright\b|all rights reserved)|(©|\bcopyright\b).{0,80}"
            r"(all rights reserved|\d{4})[.\s]*$|\ball rights reserved\.?$",
            _I,
        ),
    ),
    (
        "nav",
        re.compile(
            r"^(skip to (main )?(content|navigation|footer)|skip navigation|view featured image|"
            r"exit mobile version|(back|return) to top|(main |open |close )?menu|"
            r"toggle (navigation|menu)|search|search for:?|home|close|sign in|log ?in|log out|"
            r"subscribe|register|next( article| post| story)?|previous( article| post| story)?|"
            r"top stories|most read|most popular|trending( now)?|latest news|breaking news|"
            r"accept( all)?( cookies)?|cookie (settings|policy)|privacy policy|terms of (use|service)|"
            r"contact us|about us|load more|show more|view all|see all|continue reading|"
            r"click here|advertise with us|follow us( on [\w ]+)?)[.:!»›]?$",
            _I,
        ),
    ),
    (
        "caption",
        re.compile(
            r"\((photo|image|picture|photograph|credit|source|file photo)s?\s*(:|by)[^)]{0,120}\)"
            r"\s*\.?$|^(above |top |file |main )?(photo|image|picture|photograph|credit|"
            r"illustration|video|graphic)s?\s*(:|by\b|credit)",
            _I,
        ),
    ),
    (
        "syndication",
        re.compile(
            r"^(this (article|story|piece|post|commentary) (was|is|has been|first) "
            r"(originally |first )?(published|appeared|posted)|originally (published|appeared) "
            r"(by|in|on|at)|the post .{1,200} appeared first on |republished (with|by|from) )",
            _I,
        ),
    ),
    (
        "appeal",
        re.compile(
            r"^follow ([\w .&'-]{1,40}) on (x|twitter|facebook|instagram|telegram|threads|bluesky|"
            r"linkedin|youtube|mastodon)\b|^(enjoyed|like[ds]?) this (story|article|piece|post)\?",
            _I,
        ),
    ),
    ("tagline", re.compile(r"^(tags?|topics?|filed under|categories|category|keywords|posted in)\s*:", _I)),
    (
        "byline",
        re.compile(
            r"^(?i:by|written by|words by|author:?)\s+[A-Z][\w.'’\-]+(\s+[A-Z][\w.'’\-]*){0,4}"
            r"(\s*(,|and|&)\s*[A-Z][\w.'’\-]+(\s+[A-Z][\w.'’\-]*){0,4})*\s*(\||,|-|–|—|$)",
            re.U,
        ),
    ),
)

_APPEAL = re.compile(
    r"\b(donat(e|es|ed|ion|ions|ing)|fundrais\w*|raise funds|subscri(be|bers?|ption)|sign up|newsletter|"
    r"(daily|weekly|email) (email )?digest|support (us|our \w+|quality|independent|this site)|"
    r"become a (member|patron|supporter|subscriber)|patreon|independent media|your help is needed|"
    r"chip in|make a contribution|contribute (today|now)|(tax-)?deductible|paywall|"
    r"in your inbox|unsubscribe|readers like you|free to read|reader[- ]supported)\b",
    _I,
)

_IMPERATIVE = re.compile(r"(^|[.!?]\s+)(sign up|subscribe|donate|support|join|become|give)\b", _I)
_SITE_VOICE = re.compile(r"\b(we|our|us|you|your|please)\b", _I)

_MONTH = (
    r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|"
    r"oct(ober)?|nov(ember)?|dec(ember)?)"
)
_DATELINE = re.compile(
    rf"^((published|posted|updated|last updated|first published|date)\s*(on|at)?\s*:?\s*)?"
    rf"(\w+day,?\s+)?(\d{{1,2}}(st|nd|rd|th)?\s+{_MONTH}\.?,?\s+\d{{4}}|{_MONTH}\.?\s+\d{{1,2}}(st|nd|rd|th)?,?\s+\d{{4}}|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})([,\s]+(at\s+)?\d{{1,2}}[:.]\d{{2}}(\s*[ap]\.?m\.?)?"
    rf"(\s*[A-Z]{{2,5}})?)?\s*$",
    _I,
)
_BIO = re.compile(
    r"^[A-Z][\w.'’\-]+(\s+[A-Z][\w.'’\-]*){1,4}\s+(is|was|are)\s+(a|an|the)\s+[^.]{0,200}\b(professor|fellow|"
    r"editor|researcher|analyst|director|journalist|correspondent|writer|author|lecturer|scholar|specialist|"
    r"associate|contributor|student|columnist|reporter|chair|founder|economist|consultant|candidate|"
    r"commentator|member|officer)\b",
    re.U,
)


def _is_tag_list(line: str) -> bool:
    # "South Korea, Russia, Diplomacy, Long Reads," — short items, no sentence, mostly capitalised.
    if ends_sentence(line) and not line.rstrip().endswith(","):
        return False
    items = [i.strip() for i in line.rstrip(",;| ").split(",")]
    if len(items) < 3 or not all(i and words(i) <= 4 for i in items):
        return False
    if any(re.search(r"\b(and|or|the|of|is|are|was|were)\b", i, _I) for i in items):
        return False
    capitalised = sum(1 for i in items if i[0].isupper() or i[0].isdigit())
    return capitalised == len(items) or (len(items) >= 4 and capitalised / len(items) >= 0.6)


def classify_line(line: str) -> str | None:
    """The furniture kind a line shows on its own, or None if nothing marks it."""
    if not line:
        return None
    for kind, pattern in _PATTERNS:
        if pattern.search(line):
            if kind == "copyright" and words(line) > 40:
                continue
            if kind == "caption" and words(line) > 80:
                continue
            return kind
    if _is_tag_list(line):
        return "tagline"
    hits = {m.group(0).lower() for m in _APPEAL.finditer(line)}
    # A long line needs two appeal terms and the site's own voice ("our", "you"): reporting
    # about donations or newsletters is article text.
    if hits and (words(line) <= 8 or (len(hits) >= 2 and (_SITE_VOICE.search(line) or _IMPERATIVE.search(line)))):
        return "appeal"
    if _DATELINE.match(line):
        return "dateline"
    return None


def is_bio(line: str) -> bool:
    """A one-sentence author blurb: "Jane Doe is a senior fellow at the …"."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line) if s]
    return len(sentences) == 1 and words(line) <= 50 and bool(_BIO.match(line))


def is_body_like(line: str) -> bool:
    """A line that reads as article prose: a sentence of some length. (Headlines can be long,
    but they do not end with a full stop; prose without one must be long to count.)"""
    n = words(line)
    return n >= 30 or (ends_sentence(line) and n >= 5)


#: Kinds that are page metadata rather than chrome: dropped from the text, read by `metadata`.
METADATA_KINDS = frozenset({"byline", "dateline", "bio", "printed-from", "syndication"})


@dataclass(slots=True)
class LineJudgement:
    """Per line of the salvaged text: None (article text or blank) or the furniture kind."""

    lines: list[str]
    kinds: list[str | None]
    title_index: int | None
    body_start: int | None
    #: line_hash of each line ("" for blank lines), computed once
    hashes: list[str]


def _prose_weight(line: str, kind: str | None) -> float:
    """How much a line argues for "the article is here": prose counts for, furniture and menu-like
    short lines against (a Body Text Extraction score, over lines instead of tags)."""
    n = words(line)
    if kind == "repeated-in-document":
        return -0.5 * n  # often a caption or pull quote inside the article: a weak signal
    if kind is not None:
        return -float(n)
    if (ends_sentence(line) and n >= 7) or n >= 25:
        return float(n)
    return -0.5 * n - 10


def _extend_block(lines: Sequence[str], kinds: Sequence[str | None], last: int) -> int:
    """The block's sum stops at its last long paragraph; what directly follows may still be the
    article's: short closing sentences ("That's correct," he said.) and a list it introduces
    ("The tour dates:", then one item a line with no blank between)."""
    while True:
        before = last
        nxt = last + 1
        while nxt < len(lines) and (
            not lines[nxt] or (kinds[nxt] is None and ends_sentence(lines[nxt]) and words(lines[nxt]) >= 3)
        ):
            if lines[nxt]:
                last = nxt
            nxt += 1
        if lines[last].endswith(":"):
            while last + 1 < len(lines) and lines[last + 1] and kinds[last + 1] is None:
                last += 1
        if last == before:
            return last


def main_block(lines: Sequence[str], kinds: Sequence[str | None]) -> tuple[int | None, int]:
    """The span of lines with the most prose net of everything else (maximum-sum subarray).
    Returns (first prose line of the block, last line of the block), or (None, last line)."""
    best, best_span = 0.0, (-1, len(lines) - 1)
    run, start = 0.0, 0
    for i, line in enumerate(lines):
        if not line:
            continue
        if run <= 0:
            run, start = 0.0, i
        run += _prose_weight(line, kinds[i])
        if run > best:
            best, best_span = run, (start, i)
    first, last = best_span
    # The block's sum stops at its last long paragraph; short closing sentences ("That's
    # correct," he said.) that follow it directly still belong to the article.
    if first >= 0:
        last = _extend_block(lines, kinds, last)
    if first < 0:
        # No prose at all: fall back to the first line that reads as a sentence.
        fallback = next((i for i, line in enumerate(lines) if line and kinds[i] is None and is_body_like(line)), None)
        return fallback, len(lines) - 1
    return first, last


def _title_words(line: str) -> set[str]:
    return {w for w in _WORD.findall(line.lower()) if len(w) >= 4}


def find_title(lines: Sequence[str], kinds: Sequence[str | None], body_start: int) -> int | None:
    """The headline among the lines above the first paragraph: title-shaped, not furniture, and
    sharing the most vocabulary with the body (a site's tagline shares little with the article)."""
    body_vocab: set[str] = set()
    for line, kind in zip(lines[body_start:], kinds[body_start:], strict=True):
        if kind is None:
            body_vocab |= _title_words(line)
    best: tuple[float, int] | None = None
    for i in range(body_start):
        line = lines[i]
        if not line or kinds[i] is not None:
            continue
        n = words(line)
        if not 3 <= n <= 30 or line.endswith("."):
            continue
        vocab = _title_words(line)
        score = len(vocab & body_vocab) / max(len(vocab), 1)
        if re.search(r"\s[|•·]\s", line):
            score -= 0.5  # "Site Name | what the site is about": a masthead, not a headline
        # ties go to the line nearer the article (mastheads sit above headlines)
        if best is None or score >= best[0]:
            best = (score, i)
    return best[1] if best else None


def judge_lines(
    text: str,
    *,
    furniture_hashes: Collection[str] = (),
    find_headline: bool = True,
    known_title: str | None = None,
    page_zones: bool = True,
) -> LineJudgement:
    """Judge every line of a salvaged text. Pure: the same inputs give the same judgement."""
    lines = join_wrapped([tidy(line) for line in text.split("\n")])
    kinds: list[str | None] = [classify_line(line) for line in lines]
    hashes = [line_hash(line) if line else "" for line in lines]
    n = len(lines)

    for i, line in enumerate(lines):
        if kinds[i] is None and line and hashes[i] in furniture_hashes:
            kinds[i] = "repeated-in-corpus"

    # Repeated lines inside one document: widgets, appeals and pull quotes; keep the first copy.
    seen: Counter[str] = Counter()
    for i, line in enumerate(lines):
        if not line:
            continue
        key = hashes[i]
        seen[key] += 1
        # short repeats are left to the line patterns: lists and tables repeat short items
        if seen[key] > 1 and kinds[i] is None and words(line) >= 8:
            kinds[i] = "repeated-in-document"

    body_start, body_end = main_block(lines, kinds)
    title_index: int | None = None
    if known_title:
        key = line_hash(known_title)
        title_index = next(
            (i for i in range(body_start if body_start is not None else n) if lines[i] and hashes[i] == key),
            None,
        )
        if title_index is not None:
            kinds[title_index] = "title"
    if body_start is not None:
        if find_headline and not known_title:
            title_index = find_title(lines, kinds, body_start)
        if page_zones:
            # Above the first paragraph: the page header (menus, kickers, labels, the headline).
            for i in range(body_start):
                if lines[i] and kinds[i] is None:
                    kinds[i] = "title" if i == title_index else "header"
        elif title_index is not None:
            kinds[title_index] = "title"

    # Author bios near the end of the page.
    tail_from = max(body_start or 0, n - max(6, n // 3))
    for i in range(tail_from, n):
        if kinds[i] is None and lines[i] and is_bio(lines[i]):
            kinds[i] = "bio"

    if page_zones and body_start is not None:
        # Below the main block: the page's sidebars, link lists and footer.
        for i in range(body_end + 1, n):
            if lines[i] and kinds[i] is None:
                kinds[i] = "footer"
        _mark_footer(lines, kinds, body_start, body_end)

    # A body that begins with its own headline repeated (extractions often do).
    if known_title and body_start is not None and lines[body_start] and hashes[body_start] == line_hash(known_title):
        kinds[body_start] = "title"
    return LineJudgement(lines, kinds, title_index, body_start, hashes)


#: Furniture that ends pages; share bars, ads and cross-links also sit between paragraphs.
_FOOTER_KINDS = frozenset(
    {
        "comments",
        "copyright",
        "printed-from",
        "bio",
        "appeal",
        "nav",
        "tagline",
        "syndication",
        "repeated-in-corpus",
        "dateline",
    }
)


def _mark_footer(lines: list[str], kinds: list[str | None], body_start: int, body_end: int) -> None:
    """The page footer: the longest tail that starts with a footer-kind line and is at least 60 %
    furniture (an unmarked line inside it, such as a site's acknowledgement text, goes too)."""
    nonblank = [i for i in range(body_start + 1, body_end + 1) if lines[i]]
    furniture = 0
    start: int | None = None
    for count, i in enumerate(reversed(nonblank), start=1):
        if kinds[i] is not None:
            furniture += 1
            if kinds[i] in _FOOTER_KINDS and furniture / count >= 0.6:
                start = i
    if start is None:
        return
    for i in range(start, body_end + 1):
        if lines[i] and kinds[i] is None:
            kinds[i] = "footer"


_CONTINUES = re.compile(r"^[a-z(,;]")


def join_wrapped(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines back into one line per paragraph: a line of some length that does
    not end a sentence, followed directly by a line that starts in lower case. (A blank line is
    left where a line was absorbed, so a paragraph break stays a break.)"""
    out = list(lines)
    for i in range(len(out) - 1):
        line, nxt = out[i], out[i + 1]
        if line and nxt and words(line) >= 6 and not ends_sentence(line) and _CONTINUES.match(nxt):
            out[i + 1] = f"{line} {nxt}"
            out[i] = ""
    return out


def article_paragraphs(judgement: LineJudgement) -> list[str]:
    """The kept lines, one paragraph each."""
    return [line for line, kind in zip(judgement.lines, judgement.kinds, strict=True) if line and kind is None]
