"""The author's stance toward each actor, from the author's own sentences (framing, issue 6).

A sentence's evaluative words (``data/framing/stance.yaml``) count for the actor they are
attached to in the parse, not for every actor in the sentence: "Beijing spent a year of boycotts
forcing Seoul to promise …" blames Beijing, not Seoul; "a very great error" is an error, however
great. Walking up from the word:

1. the word modifies an actor ("aggressive Russia", "Chinese goodwill") → that actor;
2. the first governing word with an actor as its subject, or as its possessor ("Russia's
   aggression"), takes it; a passive subject takes it only through its agent ("was bullied by
   Beijing" blames Beijing, not the bullied);
3. otherwise the word speaks of no actor and counts for none.

A negation on the way flips the sign ("has not been a reliable partner"), an intensifier before
the word multiplies it by 1.5 and a softener by 0.5, and a concessive clause ("Despite its
promises, …") weighs half. Voices other than the author's are left out: text inside quotation
marks, the content of reported speech ("Moscow said that Seoul had made a grave mistake"), and
sentences attributed with "according to".
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

from ..model import Mention, Stance
from ..yamldata import load_yaml
from .events import clauses
from .recognise import split_sentences

STANCE_VERSION = "stance-1"
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_QUOTES = re.compile(r"“[^”]*”|\"[^\"]*\"")
_ACTOR_KINDS = frozenset({"state", "capital-metonym", "demonym", "person", "title", "institution", "igo",
                          "abbreviation", "metonym", "group", "media"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class StanceLexicon:
    weights: dict[str, float]
    intensifiers: frozenset[str]
    softeners: frozenset[str]
    reporting: frozenset[str]
    concessive: frozenset[str]
    version: str


@lru_cache(maxsize=1)
def load_stance_lexicon() -> StanceLexicon:
    text = resources.files("diplomap.data.framing").joinpath("stance.yaml").read_text("utf-8")
    data = load_yaml(text)
    weights: dict[str, float] = _general_lexicon()
    for sign, key in ((1.0, "positive"), (-1.0, "negative")):
        for strength, words in data[key].items():
            for w in words:
                weights[w.lower()] = sign * float(strength)
    return StanceLexicon(weights, frozenset(data["intensifiers"]), frozenset(data["softeners"]),
                         frozenset(data["reporting_verbs"]), frozenset(data["concessive"]),
                         f"{STANCE_VERSION}.{hashlib.sha256(text.encode()).hexdigest()[:8]}")  # fmt: skip


def _general_lexicon() -> dict[str, float]:
    """VADER's general-purpose valences (a dependency, read from its installed file), scaled to
    our weights (valence 2 ≈ 1) for the words our own list does not weigh. Words of a social-media
    register weaker than |1.5| are left out: news prose uses them in passing ("great", "like")."""
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:  # pragma: no cover - a core dependency; kept optional for slim installs
        return {}
    lexicon: dict[str, float] = SentimentIntensityAnalyzer().lexicon
    return {w: round(v / 2, 2) for w, v in lexicon.items() if abs(v) >= 1.5 and w.isalpha() and w not in _VADER_SKIP}


#: general words VADER weighs that are neutral in news about states
_VADER_SKIP = frozenset({"great", "like", "united", "security", "defense", "defence", "free", "freedom", "war",
                         "military", "please", "joint", "share", "care", "hope", "want", "kill", "killed",
                         "attack", "attacked", "fire", "weapon", "weapons", "nuclear", "missile", "bomb", "party",
                         "true", "interest", "interests", "god", "yes", "no", "ok"})  # fmt: skip


class StanceReader:
    """Reads the author's stance toward the actors of one document. ``parse`` turns a list of
    sentence strings into spaCy docs (the event coder's pipeline, so nothing loads twice)."""

    def __init__(self, parse: Any) -> None:
        self.parse = parse
        self.lex = load_stance_lexicon()
        self.version = self.lex.version

    def gate(self, text: str, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
        """Clauses (the event coder's: sentences cut at semicolons) with an actor and an evaluative
        word outside quotation marks."""
        spans = sorted((m.start, m.end) for m in mentions if m.code and m.kind in _ACTOR_KINDS)
        chosen = []
        for s, e in clauses(text, split_sentences(text)):
            if not any(s <= a and b <= e for a, b in spans):
                continue
            own = _QUOTES.sub(" ", text[s:e])
            if any(w.lower() in self.lex.weights for w in _WORD.findall(own)):
                chosen.append((s, e))
        return chosen

    def read(self, text: str, mentions: Sequence[Mention], document_id: str = "",
             parsed: Mapping[tuple[int, int], Any] | None = None) -> list[Stance]:  # fmt: skip
        """The stances of one document; ``parsed`` holds clauses the event coder already parsed."""
        chosen = self.gate(text, mentions)
        usable = [m for m in mentions if m.code and m.kind in _ACTOR_KINDS]
        known = parsed or {}
        fresh = iter(self.parse([text[s:e] for s, e in chosen if (s, e) not in known]))
        docs = [known[span] if span in known else next(fresh) for span in chosen]
        found: list[Stance] = []
        for (s, e), doc in zip(chosen, docs, strict=True):
            inside = [m for m in usable if s <= m.start and m.end <= e]
            before = [m for m in usable if m.end <= s and m.kind != "media"]
            found.extend(self._sentence(doc, s, e, inside, document_id, before[-1].code if before else None))
        return found

    # -- one sentence -----------------------------------------------------------------------------

    def _sentence(self, doc: Any, start: int, end: int, mentions: Sequence[Mention], document_id: str,
                  previous: str | None) -> list[Stance]:  # fmt: skip
        tokens = list(doc)  # a spaCy doc makes a new Token object at each access: once is enough
        starts = [tok.idx for tok in tokens]
        actor_at: dict[int, str] = {}
        for m in mentions:
            if m.code:
                for i in range(bisect_left(starts, m.start - start), bisect_left(starts, m.end - start)):
                    actor_at[i] = m.code
        # "its patient diplomacy", "it has no reason": the actor named last (in this sentence, else
        # before it) — a pronoun's most likely antecedent in news prose
        last = previous
        lowers = [tok.lower_ for tok in tokens]
        for tok, low in zip(tokens, lowers, strict=True):
            if tok.i in actor_at:
                last = actor_at[tok.i]
            elif low in _PRONOUNS and last and tok.dep_ in ("poss", "nsubj", "nsubjpass"):
                actor_at[tok.i] = last
        if not actor_at or any(a == "according" and b == "to" for a, b in pairwise(lowers)):
            return []
        voiced = self._other_voices(doc, tokens, starts)
        scores: dict[str, float] = {}
        words: dict[str, list[str]] = {}
        for tok, low in zip(tokens, lowers, strict=True):
            weight = self.lex.weights.get(low) or self.lex.weights.get(tok.lemma_.lower())
            if not weight or tok.i in voiced or tok.i in actor_at:
                continue
            target, factor = self._target(tok, actor_at)
            if target is None:
                continue
            scores[target] = scores.get(target, 0.0) + weight * factor
            words.setdefault(target, []).append(tok.text if factor > 0 else f"not {tok.text}")
        return [Stance(document_id, code, start, end, round(score, 3), tuple(words[code]))
                for code, score in scores.items() if score]  # fmt: skip

    def _other_voices(self, doc: Any, tokens: list[Any], starts: list[int]) -> set[int]:
        """Tokens that carry someone else's words: quotations and reported speech. ``tokens`` and
        their ``starts`` are the doc's, read once by the caller."""
        voiced: set[int] = set()
        for m in _QUOTES.finditer(doc.text):
            voiced.update(range(bisect_left(starts, m.start()), bisect_left(starts, m.end())))
        for tok in tokens:
            if tok.pos_ == "VERB" and tok.lemma_.lower() in self.lex.reporting:
                subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
                if not subjects:
                    continue
                for c in tok.children:
                    if c.dep_ in ("ccomp", "xcomp", "dobj", "oprd", "prep", "advcl"):
                        voiced.update(t.i for t in c.subtree)
        return voiced

    def _target(self, word: Any, actor_at: dict[int, str]) -> tuple[str | None, float]:
        factor = 1.0
        for c in word.children:
            if c.dep_ == "advmod" and c.lower_ in self.lex.intensifiers:
                factor *= 1.5
            elif c.dep_ == "advmod" and c.lower_ in self.lex.softeners:
                factor *= 0.5
        if word.dep_ in ("amod", "compound", "appos") and word.head.i in actor_at:
            return actor_at[word.head.i], factor  # "aggressive Russia"
        by = next((g for c in word.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                   for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip
        if by is not None and word.pos_ == "NOUN" and _actor_in(by, actor_at):
            return _actor_in(by, actor_at), factor  # "a very great error by Seoul"
        if word.dep_ == "acl" and word.tag_ == "VBN":
            # "photographers beaten by security guards": the blame is the doer's, never the victim's
            agent = next((c for c in word.children if c.dep_ == "agent"), None)
            return (_actor_in(agent, actor_at) if agent is not None else None), factor
        node = word
        positive = self.lex.weights.get(word.lower_, self.lex.weights.get(word.lemma_.lower(), 0)) > 0
        for _ in range(8):
            if _negated(node):
                factor = -factor
            if positive and node.pos_ in ("NOUN", "PROPN") and node.dep_ in ("dobj", "pobj"):
                verb = node.head.head if node.dep_ == "pobj" else node.head
                if verb.lemma_.lower() not in _OWNING_VERBS and node.head.lower_ != "with":
                    # "Japan is using the partnership", "walked away from the best offer": a good thing
                    # one handles is no praise of the one who handles it (a bad thing one does is blame)
                    return None, factor
            owner = next((c for c in node.children if c.dep_ in ("poss", "amod", "compound") and c.i in actor_at
                          and c.i != word.i), None)  # fmt: skip
            if owner is not None:
                return actor_at[owner.i], factor  # "Russia's aggression", "Chinese goodwill"
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                if subject.lower_ in ("that", "which", "who") and node.dep_ == "relcl":
                    subject = node.head  # "it is Washington that refuses"
                return _actor_in(subject, actor_at), factor  # the clause's subject decides, actor or not
            if any(c.dep_ == "nsubjpass" for c in node.children):
                agent = next((c for c in node.children if c.dep_ == "agent"), None)
                return (_actor_in(agent, actor_at) if agent is not None else None), factor
            if node.dep_ in ("advcl", "prep") and any(
                    c.lower_ in self.lex.concessive for c in (node, *node.children)):  # fmt: skip
                factor *= 0.5
            if node.head.i == node.i:
                break
            node = node.head
        return None, factor


#: verbs whose object is a quality of the subject: "has shown restraint", "deserves credit"
_OWNING_VERBS = frozenset({"be", "become", "remain", "seem", "show", "display", "demonstrate", "deserve", "earn",
                           "win", "prove", "keep", "exercise", "have"})  # fmt: skip
_PRONOUNS = frozenset({"it", "its", "they", "their", "he", "his", "she", "her"})
_NOBODY = frozenset({"nobody", "nothing", "none", "no-one"})


def _negated(token: Any) -> bool:
    """"did not", "no partner", "has threatened nobody"."""
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") or (c.dep_ == "dobj" and c.lower_ in _NOBODY)
               for c in token.children)  # fmt: skip


def _actor_in(token: Any, actor_at: dict[int, str]) -> str | None:
    """The actor a noun phrase names: its head, else a possessor or modifier of it ("by" phrases:
    the object of the preposition)."""
    if token.dep_ == "agent" or (token.dep_ == "prep" and token.lower_ == "by"):
        token = next((c for c in token.children if c.dep_ == "pobj"), token)
    if token.i in actor_at:
        return actor_at[token.i]
    for c in token.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in actor_at:
            return actor_at[c.i]
    for t in token.subtree:
        if t.i in actor_at and t.head.i == token.i:
            return actor_at[t.i]
    return None
