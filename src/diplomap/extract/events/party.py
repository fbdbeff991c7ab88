"""A party of an event: the mention that names it and the token it stands at in the parse."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from ...model import ActorRef, Mention


@dataclass(slots=True)
class _Party:
    mention: Mention
    token_i: int
    #: where a party not named around the trigger was read from ("answered": the doer of the force a
    #: reply answers); the report's rule gets it as a mark, so that a reader can trace it
    source: str = ""

    def ref(self) -> list[ActorRef]:
        m = self.mention
        if m.kind == "group" and m.members:
            return [ActorRef(code, None, None, m.text) for code in m.members]
        assert m.code is not None
        return [ActorRef(m.code, m.sector, m.person, m.text)]

    @classmethod
    def of(cls, ref: ActorRef) -> _Party:
        """A party taken from another report's actors or recipients (no token of this sentence)."""
        return cls(Mention("", 0, 0, ref.text, ref.code, ref.sector, ref.person, kind="state"), -1)


def _read_from(parties: Iterable[_Party], source: str) -> list[_Party]:
    """The parties, marked as read from ``source`` (a rule-trace mark word)."""
    return [replace(p, source=source) for p in parties]


def _codes(parties: Iterable[_Party]) -> set[str]:
    """The actor codes parties stand for (a group's members)."""
    return {r.code for p in parties for r in p.ref()}
