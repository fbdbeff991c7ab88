"""CAMEO's reading of a report, for sets and exports that follow CAMEO's convention.

diplomap keeps modality apart from the act: "Japan will provide aid" is an AID (07x) whose status
is ``planned`` (the issue's convention and the gold set's "future statements" rule). CAMEO has no
status, so it codes what happened, the announcement: an intent to give aid (033) that occurred.
The two readings hold the same information; this module turns the first into the second for the
places that compare with CAMEO-coded data (the ConfliBERT and PLOVER sets, whose labels are the
CAMEO manual's) and for exports to CAMEO-based formats.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import EventReport
from .event_lexicon import EventLexicon, RuleTrace

#: roots of material cooperation (06 cooperate, 07 give aid, 08 yield), whose announcement for
#: the future CAMEO codes as an intent (03x: 031, 033, 035 …)
MATERIAL_COOPERATION_ROOTS = frozenset({"06", "07", "08"})


def cameo_reading(report: EventReport, lexicon: EventLexicon) -> EventReport:
    """The report as CAMEO codes it: a planned act of material cooperation that its doer announced
    ("will provide", the rule's ``announced`` mark) becomes the intent to do it (the complements
    table's intent cell for its code), which occurred; every other report is returned as it is
    ("Ukraine expects Germany to send tanks" announces nothing of Germany's). The id, sentence,
    parties and date stay the report's own: the date is the act's, when the text gives one."""
    if report.status != "planned" or report.cameo_root not in MATERIAL_COOPERATION_ROOTS or \
            "announced" not in RuleTrace.parse(report.rule).marks:  # fmt: skip
        return report
    code = lexicon.code(lexicon.governed("intent", report.cameo))
    return replace(report, cameo=code.code, cameo_root=code.root, quad_class=code.quad_class,
                   plover=code.plover, plover_mode=code.plover_mode, goldstein=code.goldstein,
                   status="occurred", neutral=False)  # fmt: skip
