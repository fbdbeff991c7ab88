"""The event coder: who did what to whom, when, and whether it happened, from the dependency parse.

Per document, after actor recognition:

1. **Gate.** Only sentences that hold a recognised actor *and* a word that can express an event
   (a form of a lexicon verb or noun) are parsed; the rest cost a tokeniser pass.
2. **Triggers.** A verb whose lemma (with its particle, preposition or object noun) is in the
   lexicon, or a nominalisation ("Lavrov's visit to Seoul", "held talks with"), or a refusal
   ("refused to meet": a REJECT that occurred), or a plain statement ("said": CAMEO 01, marked
   neutral, only when the sentence says nothing more specific).
3. **Parties.** Actors from the subject (the agent of a passive; the controller of "plans to
   visit"; the subject of the first verb of "met Putin and signed"), recipients from where the
   lexicon entry says (object, "with", "to", "on"…). Only recognised actors count: no event
   without a recognised actor and a coded action, and no fallback code.
4. **Status.** negated ("did not meet", "denied sending"), hypothetical ("the possibility of a
   visit", "could", "if …", except conditional threats, which occurred), planned ("will visit",
   "plans to", "agreed to hold": the agreement occurred, the summit is planned), else occurred.
   ``historical`` when the sentence dates the event more than three months before the document.
5. **Date** from the sentence (the stated date nearest the trigger, relative dates such as "on
   Tuesday" or "last month" resolved against the publication date), else the document's date
   (published, else its estimate, with that provenance), else unknown. Never the run's date.
6. **Attribution.** Reported speech keeps its speaker: "Putin said …", "according to Xinhua",
   quoted passages.

Layout. ``coder.py`` is the entry point: ``EventCoder`` gates and parses a document's sentences,
codes each with ``_Sentence`` and runs the document passes of ``context.py``. ``_Sentence``
(``sentence.py``) is a stack of layers, a class per module, each calling only the layers below
it (``tests/test_events_layout.py`` holds them to that): ``state`` (the parse, the actors, the
reports so far) → ``dating`` (when) → ``parties`` (who acts) → ``recipients`` (to whom) →
``modality`` (status, attribution, the report) → ``constructions`` (constructions with a
meaning of their own) → ``actions`` (events told by verbs, nouns, complements, statements and
refusals) → ``sentence`` (the passes, in order). The word sets are in ``vocabulary.py``; the
questions about a parse that need no sentence state in ``grammar.py``; the party type they all
share in ``party.py``.
"""

from __future__ import annotations

from .coder import CODER_VERSION, EventCoder
from .grammar import clauses

__all__ = ["CODER_VERSION", "EventCoder", "clauses"]
