"""A claim rewritten to test what a sentence gives (another venue, a part of the whole), read by the
stance model against that sentence: the readings that rewrite a claim share this."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

# The stance model: (claim, sentence) pairs -> (neither, supports, refutes) rows.
Probabilities = Callable[[Sequence[tuple[str, str]]], np.ndarray]

# As in `bounds`: a probe's support counts when the model leans to it.
ENOUGH = 0.5


def support(probabilities: Probabilities, sentences: Sequence[str], probes: Sequence[tuple[int, str]]) -> list[float]:
    """The model's support of each (sentence index, rewritten claim) probe, in one call."""
    if not probes:
        return []
    return [float(p) for p in probabilities([(claim, sentences[i]) for i, claim in probes])[:, 1]]
