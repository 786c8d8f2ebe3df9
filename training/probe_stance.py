"""Probe the stance model for words that turn it round: append a detail that changes nothing a claim
asks to sentences it reads confidently, and count how often the reading flips.

    python -m training.probe_stance            # every probe, the model alone and as the answer reads it

The pairs are the hand-checked ones (eval/stance_news_pairs*.jsonl, eval/stance_denials.jsonl,
training/stance_hand_pairs_train.jsonl) whose sentence the answer reads the way their label says at
>= 0.9 and < 1.0: supports and refutes apart. A flip is the other side: support read as a refutation,
or the reverse. "model alone" is the model's argmax on the changed sentence; "as read" is
`StanceModel.weigh`, with the readings by rule (MODEL_CARD.md) that exist for some of these probes.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIDENT = (0.9, 1.0)


def _suffix(text: str) -> Callable[[str], str]:
    return lambda s: s.rstrip(". ") + text


# The probes: what each appends to a sentence that ends with a full stop.
PROBES: dict[str, Callable[[str], str]] = {
    "a date": _suffix(" on 14 March."),
    "a place": _suffix(" in Northfield."),
    "a time": _suffix(" at 9am."),
    "a sum of money": _suffix(", at a cost of £4m."),
    "a count": _suffix(", affecting 2,400 people."),
    "a rate's level": _suffix(", to 4%."),
    "a rate's change": _suffix(", from 25% to 10%."),
    "a vote's tally": _suffix(", by 60% to 40%."),
    "no further details": _suffix(", but gave no further details."),
    "no reply to a request for comment": _suffix("; the company did not respond to a request for comment."),
    "not for the first time": _suffix(", not for the first time."),
    "an unrelated negation": _suffix(", and no one was hurt."),
    "an unclear reason": _suffix(", though the reasons were not clear."),
}


def _pairs() -> list[dict[str, str]]:
    files = [*sorted((ROOT / "eval").glob("stance_news_pairs*.jsonl")), ROOT / "eval" / "stance_denials.jsonl"]
    files.append(ROOT / "training" / "stance_hand_pairs_train.jsonl")
    rows = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if "claim" in r]


def probe(names: list[str] | None = None) -> dict[str, dict[str, dict[str, int]]]:
    """For each side and probe: how many confident pairs, and how many flip, model alone and as read."""
    from assistant.answer.stance import LABELS, load_stance

    model = load_stance()
    if model is None:
        raise SystemExit("probe_stance: the stance model did not pass its check on this CPU.")
    rows = _pairs()
    read = [model.weigh(r["claim"], [r["evidence"]])[0] for r in rows]
    out: dict[str, dict[str, dict[str, int]]] = {}
    for side, other in (("supports", "refutes"), ("refutes", "supports")):
        base = [
            r
            for r, st in zip(rows, read, strict=True)
            if r["label"] == side == st.label and CONFIDENT[0] <= getattr(st, side) < CONFIDENT[1]
        ]
        base = [r for r in base if r["evidence"].rstrip().endswith(".")]
        out[side] = {}
        for name in names or list(PROBES):
            changed = [(r["claim"], PROBES[name](r["evidence"].rstrip())) for r in base]
            alone = model.probabilities(changed)
            as_read = [model.weigh(c, [s])[0] for c, s in changed]
            out[side][name] = {
                "pairs": len(base),
                "model alone": sum(LABELS[int(p.argmax())] == other for p in alone),
                "as read": sum(st.label == other for st in as_read),
            }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--probe", action="append", choices=list(PROBES), help="only this probe (repeatable)")
    args = parser.parse_args(argv)
    result = probe(args.probe)
    for side, probes in result.items():
        flip = "refutes" if side == "supports" else "supports"
        print(f"{side} read at >= {CONFIDENT[0]}: flipped to {flip} (model alone / as read)")
        for name, n in probes.items():
            print(f"  {name:36s} {n['model alone']:3d} / {n['as read']:3d} of {n['pairs']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
