"""``machine-spun-suspected``: is this text the output of an article spinner?

Decided from the document's own text, without its original. An article spinner swaps words for
thesaurus synonyms without reading them in context; what gives it away is not one unusual word
(writers use rare words) but the damage only a context-blind swap does:

* **broken collocations**: a fixed phrase of news with one word replaced by a synonym of the
  wrong sense ("prime clergyman", "Safety Council", "declared military law", "Korean headland").
  Human writers never vary these phrases, so each hit is strong evidence. The variants are made
  from a list of collocations and a thesaurus (every sense of each word, as a spinner's), minus
  those that are real phrases ("chief minister"), plus a few written out; all in
  ``diplomap/data/reuse/`` and written for diplomap.
* **rare synonyms where news has a plain word**: "uttered" where news says "said", "parleys"
  for "talks", "soldierly" for "military". Each is a synonym (in the same thesaurus) of a word
  news uses far more often; the wider the frequency gap (wordfreq's Zipf scale), the stronger the
  evidence. Words repeated three times or more are taken as the article's topic (an article about
  a church says "clergy" often; a spinner scatters its picks), and each word counts once.
* **grammar slips of a swap**: "a" before a vowel where the swapped word changed ("a army"), a
  numeral before "several" ("ten several weeks"), a plural quantifier before a singular unit
  ("several hour").
* **spacing slips of re-assembled text** (paraphrasing tools detokenise badly): "US- Japan",
  "(KEI )", "of , The", a quotation mark standing alone, a paragraph whose quotes all close.
* **anachronisms** the actor recogniser found ("the Soviet ambassador" in 2024): spinners turn
  "Russian" into "Soviet"; passed in by the caller.

Evidence is weighed per thousand words (long articles collect a stray slip or two) and a
verdict needs several pieces, so one typo, one odd phrase or one rare word never flags a
document. Thresholds and the false-positive rate on human news are measured by
``bench/spun_eval.py`` (the weights below were set on its tune half only).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Hand-written broken phrases; fixed phrases of news; a thesaurus of what a spinner puts for their
# words; real phrases that the variants must not flag (all in diplomap/data/reuse/).
_FILES = ("spun_phrases.txt", "spun_collocations.txt", "spun_thesaurus.txt", "spun_allow.txt")

# Weights of each kind of evidence, and the decision rule. A broken collocation is the strongest
# sign; spacing slips are weaker because careless copy-editing and HTML extraction leave some too.
W_PHRASE = 1.0
W_GRAMMAR = 1.0
W_SPACING = 0.5
W_ANACHRONISM = 1.0
#: a rare synonym counts (Zipf gap to the plain word - RARE_OFFSET), at most RARE_CAP points; only
#: synonyms below RARE_MAX_ZIPF (common words are no evidence) and used at most RARE_MAX_REPEAT
#: times (more is the topic, not a swap)
W_RARE = 1.0
RARE_OFFSET = 1.0
RARE_CAP = 2.0
RARE_MAX_ZIPF = 4.5
RARE_MAX_REPEAT = 2
#: a document shorter than this many words is judged as if it had this many (no verdict from a
#: single slip in a three-line brief)
MIN_WORDS = 300
#: evidence points needed, in all and per thousand words
MIN_POINTS = 1.5
MIN_RATE = 5.0


@dataclass(frozen=True, slots=True)
class SpunVerdict:
    """How strongly a text reads as spun: ``score`` is evidence points per thousand words."""

    score: float
    suspected: bool
    #: the evidence, each as ``kind:text`` (kinds: phrase, rare, grammar, spacing, anachronism)
    signals: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Lexicon:
    #: first word (lower case) → the phrases (lower-case word tuples) that start with it
    folded: dict[str, tuple[tuple[str, ...], ...]]
    #: first word as written → the case-sensitive phrases that start with it
    exact: dict[str, tuple[tuple[str, ...], ...]]
    #: rare synonym → its evidence points
    rare: dict[str, float]


def _expand(line: str) -> list[list[str]]:
    """``"{a|b} c"`` → ``[["a", "c"], ["b", "c"]]``."""
    out: list[list[str]] = [[]]
    for part in line.split():
        choices = [part]
        if "{" in part:
            # a choice inside a hyphenated word: "{lengthy|prolonged}-{range|term}"
            pieces = re.findall(r"\{[^}]*\}|[^{}]+", part)
            choices = [""]
            for piece in pieces:
                alts = piece[1:-1].split("|") if piece.startswith("{") else [piece]
                choices = [c + a for c in choices for a in alts]
        out = [[*words, c] for words in out for c in choices]
    return out


def _plural(word: str) -> str:
    """The plural of a synonym, for a plural collocation word ("ministers" → "clergymen")."""
    *head, last = word.split(" ")
    if last.endswith("man"):
        last = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in tuple("aeiou"):
        last = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x")):
        last += "es"
    else:
        last += "s"
    return " ".join([*head, last])


def _read(name: str) -> str:
    return resources.files("diplomap.data").joinpath("reuse").joinpath(name).read_text(encoding="utf-8")


def _lines(raw: str) -> list[str]:
    return [line for line in (raw_line.split("#", 1)[0].strip() for raw_line in raw.splitlines()) if line]


def _variants(collocation: str, thesaurus: dict[str, list[str]]) -> list[list[str]]:
    """The phrase with one word replaced by each of its synonyms, in the phrase's capitals."""
    words = collocation.split()
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        synonyms = thesaurus.get(low)
        if synonyms is None and low.endswith("s") and low[:-1] in thesaurus:
            synonyms = [_plural(s) for s in thesaurus[low[:-1]]]
        for syn in synonyms or ():
            if word[0].isupper():
                syn = " ".join(w[:1].upper() + w[1:] for w in syn.split(" "))
            out.append(words[:i] + syn.split(" ") + words[i + 1 :])
    return out


@lru_cache(maxsize=1)
def _raw_files() -> tuple[str, ...]:
    return tuple(_read(name) for name in _FILES)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    # Built on first use (wordfreq's tables take a few tenths of a second), not on import.
    raws = _raw_files()
    phrases_raw, collocations_raw, thesaurus_raw, allow_raw = raws
    thesaurus: dict[str, list[str]] = {}
    for line in _lines(thesaurus_raw):
        word, _, synonyms = line.partition(":")
        thesaurus.setdefault(word.strip().lower(), []).extend(
            s.strip() for s in synonyms.split(",") if s.strip() and s.strip().lower() != word.strip().lower())
    collocations = _lines(collocations_raw)
    plain_words = {line.lower() for line in _lines(allow_raw) if " " not in line}
    # Real phrases never count: the allowed ones and the collocations themselves ("defence
    # minister" is a variant of "foreign minister" and a collocation of its own).
    real = {tuple(p.lower().split()) for p in _lines(allow_raw) + collocations}
    candidates: list[tuple[list[str], bool]] = []
    for line in _lines(phrases_raw):
        sensitive = any(ch.isupper() for ch in line)
        candidates += [(words, sensitive) for words in _expand(line)]
    for line in collocations:
        sensitive = any(ch.isupper() for ch in line)
        candidates += [(words, sensitive) for words in _variants(line, thesaurus)]
    folded: dict[str, set[tuple[str, ...]]] = {}
    exact: dict[str, set[tuple[str, ...]]] = {}
    for words, sensitive in candidates:
        lowered = tuple(w.lower() for w in words)
        if lowered in real:
            continue
        phrase = tuple(words) if sensitive else lowered
        (exact if sensitive else folded).setdefault(phrase[0], set()).add(phrase)
    return _Lexicon({k: tuple(v) for k, v in folded.items()}, {k: tuple(v) for k, v in exact.items()},
                    _rare_weights(thesaurus, plain_words))  # fmt: skip


def load_spun_lexicon() -> None:
    """Build the lexicon now rather than at the first document (a worker's set-up)."""
    _lexicon()


def _rare_weights(thesaurus: dict[str, list[str]], plain_words: set[str]) -> dict[str, float]:
    """Single-word synonyms much rarer than the word they stand for → evidence points (not the
    ``plain_words``: rarer, but ordinary in news in their own sense)."""
    import wordfreq

    plain: dict[str, list[str]] = {}
    for word, synonyms in thesaurus.items():
        for syn in synonyms:
            # a headword is itself a plain word of news
            if " " not in syn and syn.lower() not in thesaurus and syn.lower() not in plain_words:
                plain.setdefault(syn.lower(), []).append(word)
    zipf = {w: wordfreq.zipf_frequency(w, "en") for w in {*plain, *thesaurus}}
    # The frequency tables (tens of MB) are not needed once these few hundred words are scored.
    wordfreq.get_frequency_dict.cache_clear()
    wordfreq.get_frequency_list.cache_clear()
    weights = {}
    for syn, words in plain.items():
        if zipf[syn] >= RARE_MAX_ZIPF:
            continue
        gap = max(zipf[w] for w in words) - zipf[syn]
        if gap > RARE_OFFSET:
            weights[syn] = min(RARE_CAP, gap - RARE_OFFSET)
    return weights


#: bump the number when the rules in this file change; the hash follows the word lists
SPUN_VERSION = f"spun-1.{hashlib.sha256(chr(0).join(_raw_files()).encode('utf-8')).hexdigest()[:8]}"

# Words and punctuation; a hyphenated or apostrophised word is one token ("long-range", "Kim's").
_TOKEN = re.compile(r"[A-Za-z][A-Za-z\d]*(?:['’-][A-Za-z\d]+)*|\d+(?:[.,]\d+)*|[^\sA-Za-z\d]")
_LOWER_WORD = re.compile(r"(?<![A-Za-z'’-])[a-z]+(?![A-Za-z'’-])")
# "a army" / "an plane": the article the swapped word needs changed and the spinner left it.
_ARTICLE = re.compile(r"(?<![\w.'’-])([Aa]n?) ([a-z][a-z]+)\b(?!['’-]|\.\w)")  # not "a u.s."
_VOWEL_START = re.compile(r"[aio]|e(?!u|w)|u(?:n(?!i)|p|lt|mb|rg)")
_SILENT_H = re.compile(r"h(?:our|onou?r|onest|eir)")
# Function words after "a" ("plan a or b") and words before it ("vitamin a") that make it a label.
_NOT_AFTER_ARTICLE = frozenset({
    "and", "or", "of", "in", "on", "at", "to", "is", "are", "was", "as", "if", "it", "its", "into", "also", "all",
    "any", "one", "once", "only", "other", "our", "own", "out", "over", "so", "than", "that", "the", "then", "this",
    "up", "us", "use", "used",
})
_LABEL_BEFORE = re.compile(r"(?:vitamin|type|grade|plan|class|section|part|category|point|option|group|"
                           r"exhibit|appendix|series|team|row|column|figure|item|phase|level|schedule|article|"
                           r"tier|league|division|block|gate|hall|zone|unit|building|model)\W*$", re.I)  # fmt: skip
# "ten several weeks" (a numeral before a quantifier that replaced another), "several hour".
_NUMERALS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"})
_QUANTIFIERS = frozenset({"several", "various", "numerous", "countless"})
_UNITS = frozenset({"hour", "day", "week", "month", "year", "decade"})
# "Kim-Putin mountain": a summit turned into a mountain top.
_SUMMIT = re.compile(r"\b[A-Z][a-z]+[-–][A-Z][a-z]+ (?:peak|pinnacle|apex|zenith|crest|mountain|mountaintop)\b")
# Detokenisation slips of paraphrasing tools.
# (A no-break space counts as a space: the tools emit both.)
_HYPHEN_SPACE = re.compile(r"(?<=[A-Za-z])-[ \xa0](?=[A-Z])")
_SPACE_PUNCT = re.compile(r"(?<=[A-Za-z])[ \xa0][,;](?=[ \xa0][A-Za-z])")
_PAREN_SPACE = re.compile(r"\([ \xa0](?=\w)|(?<=\w)[ \xa0]\)")
_LONE_QUOTE = re.compile(r"(?<=[ \xa0])['‘’](?=[ \xa0])")
_SPACING = ((_HYPHEN_SPACE, re.compile(r"-[ \xa0][A-Z]")), (_SPACE_PUNCT, re.compile(r"[ \xa0][,;]")),
            (_PAREN_SPACE, re.compile(r"\([ \xa0]|[ \xa0]\)")), (_LONE_QUOTE, re.compile(r"[ \xa0]['‘’][ \xa0]")))


def _scan(tokens: list[str], lex: _Lexicon) -> tuple[list[str], list[str]]:
    """One pass over the tokens: broken collocations, and quantifier slips ("ten several weeks")."""
    low = [t.lower() for t in tokens]
    phrases: list[str] = []
    slips: list[str] = []
    i, n = 0, len(tokens)
    folded, exact = lex.folded, lex.exact
    while i < n:
        step = 1
        word = low[i]
        # (most words start no phrase: two dictionary lookups, nothing built)
        starting = [(p, low) for p in folded.get(word, ())] + [(p, tokens) for p in exact.get(tokens[i], ())] \
            if word in folded or tokens[i] in exact else ()  # fmt: skip
        for phrase, seq in starting:
            k = len(phrase)
            if tuple(seq[i : i + k]) == phrase:
                phrases.append(" ".join(tokens[i : i + k]))
                step = max(step, k)
        if i + 1 < n and (((word in _NUMERALS or word.isdigit()) and low[i + 1] in _QUANTIFIERS)
                          or ((word in _QUANTIFIERS or word == "multiple") and low[i + 1] in _UNITS)):  # fmt: skip
            slips.append(f"{tokens[i]} {tokens[i + 1]}")
        i += step
    return phrases, slips


def _article_slips(text: str) -> list[str]:
    slips = []
    for m in _ARTICLE.finditer(text):
        article, word = m.group(1).lower(), m.group(2)
        vowel = bool(_VOWEL_START.match(word))
        wrong = vowel if article == "a" else not vowel and word[0] not in "aeiouhx" and not _SILENT_H.match(word)
        # "vitamin a is", "plan a or b": a letter used as a label, not an article
        label = word in _NOT_AFTER_ARTICLE or _LABEL_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if wrong and not label:
            slips.append(m.group(0))
    return slips


def _quote_imbalance(text: str) -> int:
    """Paragraphs whose quotation marks all close ('… Russia” as soft as possible” …'), in a text
    that opens its quotes elsewhere: a tool that re-spaced the quotes lost their direction."""
    if "“" not in text:
        return 0  # a text that uses ” both ways is a house style, not a slip
    return sum(1 for para in text.split("\n") if para.count("”") - para.count("“") >= 2)


def judge_spun(text: str, anachronisms: int = 0) -> SpunVerdict:
    """Judge whether ``text`` (a cleaned English article) reads as machine-spun.

    ``anachronisms``: how many anachronism warnings the actor recogniser raised for it (0 or 1
    from ``recognise_with_warnings``)."""
    lex = _lexicon()
    signals: list[str] = []
    tokens = _TOKEN.findall(text)
    phrases, quantifier_slips = _scan(tokens, lex)
    phrases += _SUMMIT.findall(text)
    signals += [f"phrase:{p}" for p in phrases]
    lowered = Counter(_LOWER_WORD.findall(text))  # names and sentence openings are left out
    rare = sorted(w for w, n in lowered.items() if n <= RARE_MAX_REPEAT and w in lex.rare)
    signals += [f"rare:{w}" for w in rare]
    grammar = _article_slips(text) + quantifier_slips
    signals += [f"grammar:{g}" for g in grammar]
    spacing_points = 0.0
    for rx, cue in _SPACING:
        if not cue.search(text):  # most texts have none: a plain search is cheaper than the pattern
            continue
        found = [text[max(0, m.start() - 8) : m.end() + 8].replace("\n", " ") for m in rx.finditer(text)]
        signals += [f"spacing:{s}" for s in found]
        # A careless writer repeats one habit ("word , word" all through); a tool slips in several
        # ways. So each kind counts at most twice.
        spacing_points += W_SPACING * min(len(found), 2)
    quotes = _quote_imbalance(text)
    signals += ["spacing:closing quotes only"] * quotes
    spacing_points += W_SPACING * min(quotes, 2)
    signals += ["anachronism"] * anachronisms
    points = (W_PHRASE * len(phrases) + W_RARE * sum(lex.rare[w] for w in rare) + W_GRAMMAR * len(grammar)
              + spacing_points + W_ANACHRONISM * anachronisms)  # fmt: skip
    words = sum(1 for t in tokens if t[0].isalpha())
    score = 1000.0 * points / max(words, MIN_WORDS)
    return SpunVerdict(round(score, 3), points >= MIN_POINTS and score >= MIN_RATE, tuple(signals))
