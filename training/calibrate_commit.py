"""Set `decide.COMMIT` on Climate-FEVER's dev claims (never the held-out test claims).

    python -m training.calibrate_commit --climate-fever DATA [--eval-index DIR]

Runs every dev claim once through retrieval and the stance model, then draws the verdict at each
threshold and prints claim-label accuracy, precision of committed supported/refuted verdicts, and
DISPUTED shown as contested. The chosen value is the lowest threshold whose committed precision is
>= 85% (the issue's bar), which keeps the most verdicts.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--climate-fever", type=Path, required=True)
    ap.add_argument("--eval-index", type=Path)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--save", type=Path, help="also write each claim's evidence and stances here (pickle)")
    ap.add_argument("--load", type=Path, help="sweep the runs saved by --save instead of running the pipeline")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from assistant.answer.turn import Turn
    from assistant.evals.evalsets import climate_fever_cases, climate_fever_corpus
    from assistant.pipeline import Assistant
    from assistant.settings import Settings, cache_root

    if args.load:
        runs = pickle.loads(args.load.read_bytes())
        _sweep(runs, args.split)
        return
    index = args.eval_index or cache_root() / "eval" / "climate-fever"
    assistant = Assistant(Settings.from_env(index_dir=index, seeds_dir=index / "no-seeds"))
    if assistant.store.count() == 0:
        assistant.ingest([climate_fever_corpus(args.climate_fever, index.parent / "climate-fever-corpus.jsonl")])
    cases = climate_fever_cases(args.climate_fever, args.split)
    runs = []
    for case in cases:
        turn = assistant._weigh(assistant._retrieve(assistant._prepare(Turn(question=case.claim))))
        runs.append((case.label, [s.evidence for s in turn.evidence], [s.stance for s in turn.evidence]))
    if args.save:
        args.save.write_bytes(pickle.dumps(runs))
    _sweep(runs, args.split)


def _sweep(runs: list, split: str) -> None:
    from assistant.answer.decide import decide
    from assistant.evals.evalsets import TO_LABEL

    print(f"{len(runs)} {split} claims")
    print("threshold  accuracy  committed  precision  disputed->contested")
    for t in [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]:
        right = committed = committed_right = disputed = disputed_hit = 0
        for label, evidence, stances in runs:
            verdict = decide(evidence, stances, t).verdict if evidence else "not_in_sources"
            got = TO_LABEL[verdict]
            right += got == label
            if verdict in ("supported", "refuted"):
                committed += 1
                committed_right += got == label
            if label == "DISPUTED":
                disputed += 1
                disputed_hit += verdict == "contested"
        print(
            f"{t:9.2f}  {right / len(runs):8.1%}  {committed:9d}  {committed_right / max(1, committed):9.1%}  "
            f"{disputed_hit / max(1, disputed):.1%}"
        )


if __name__ == "__main__":
    main()
