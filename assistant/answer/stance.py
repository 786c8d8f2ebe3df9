"""The stance of one evidence sentence toward a claim or yes/no question: supports, refutes or neither.

A cross-encoder we trained (`training/train_stance.py`; data, metrics and command in
`stance_model/MODEL_CARD.md`) from the packaged all-MiniLM-L6-v2 weights, shipped as an ONNX graph
whose weights are stored in fp16 (half the size) and widened to fp32 when loaded, so it runs the fp32
kernels on every CPU. Dynamic int8 was measured and refused: it moved probabilities by up to 0.29 on
the hand-checked news pairs (0.40 with the 7-bit weights AVX2 needs), too much for a 0.7 threshold;
so did int8 with 7-bit inputs scaled per token (the embedder's a7: up to 0.22 on the seed pairs).
Before first use in a process:
- the file's sha256 must equal `MODEL_SHA256` (a changed file is refused, not run);
- it must reproduce, on this machine's CPU, the fp32 training graph's probabilities on the pairs in
  `selfcheck.json` (within `SELFCHECK_TOLERANCE`); where it does not, stance is switched off with one
  line saying why, and answers say "unclear" rather than guess. The check runs once per CPU and
  runtime and is recorded beside the widened graph in the cache (`StanceModel.checked`), in a folder
  named by the file's sha256; the hash is remembered while the file is unchanged (`model_cache`).
Sentences that address a fact-checker or an AI model are data, never a stance (`addresses_model`);
where the model misreads something a rule reads, the rule's reading stands (`rules`).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import threading
import unicodedata
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from assistant.answer.again import as_again
from assistant.answer.anyone import whom_for_anyone
from assistant.answer.bounds import by_bounds
from assistant.answer.certainty import as_asserted
from assistant.answer.compared import record_as_level
from assistant.answer.conjuncts import one_conjunct
from assistant.answer.currencies import without_currency_against
from assistant.answer.denial import denied_statement
from assistant.answer.described import as_the_claim_describes
from assistant.answer.exclusion import rather_as_not, without_set_aside
from assistant.answer.figures import without_counts, without_rates
from assistant.answer.idioms import in_plain_words
from assistant.answer.illness import as_fell_ill
from assistant.answer.initials import in_claims_names, who_in_full
from assistant.answer.negation import positive_form
from assistant.answer.offences import without_offence_told
from assistant.answer.passed import as_passed
from assistant.answer.plain import (
    event_taken_as_given,
    plain,
    without_post_resigned,
    without_unrelated_adjunct,
    without_unrelated_clause,
    without_whom_against,
    words,
)
from assistant.answer.pleas import without_plea
from assistant.answer.polarity import some_for_any
from assistant.answer.rules import by_rule
from assistant.answer.same_act import in_claims_act
from assistant.answer.venues import by_venue
from assistant.answer.views import own_view
from assistant.answer.wholes import by_wholes
from assistant.errors import ModelError
from assistant.hashing import file_sha256 as _sha256
from assistant.hashing import read_record, write_record
from assistant.index.runtime import session
from assistant.model_cache import remembered_sha256
from assistant.settings import cache_root

MODEL_DIR = Path(__file__).resolve().parent.parent / "stance_model"
# sha256 of stance_model/model.onnx as trained and exported (MODEL_CARD.md); checked before use.
MODEL_SHA256 = "743ad3192875dcec69de841672226887619c0423638b5612da32b1e529e786db"
LABELS = ("neither", "supports", "refutes")
# A framed sentence whose reading as written leans less than this to either side is not read again as its
# plain statement (`StanceModel.read`): averaged with any second reading it stays below 2 x 0.7 - 1 = 0.4 short
# of `decide.COMMIT` (0.7), so it cannot put an outlet on a side. 0.3, not the bound: at 0.4 one pair of
# training/score_readings is read otherwise, at 0.3 none.
SECOND_READING = 0.3
MAX_TOKENS = 128
# Largest difference in any probability between this CPU's run and the fp32 reference (fp16 storage
# of the weights moves them by ~0.002).
SELFCHECK_TOLERANCE = 0.02


@dataclass(frozen=True)
class Stance:
    """How one sentence stands toward the question, with the model's probabilities."""

    label: str
    supports: float
    refutes: float
    neither: float

    @property
    def confidence(self) -> float:
        return max(self.supports, self.refutes, self.neither)


NEUTRAL = Stance("neither", 0.0, 0.0, 1.0)

# Look-alike letters folded to Latin before matching, so "Nоte tо fаct-checkers" (Cyrillic о, а) is seen.
_CONFUSABLES = str.maketrans(
    {
        "а": "a",
        "е": "e",
        "о": "o",
        "р": "p",
        "с": "c",
        "х": "x",
        "у": "y",
        "і": "i",
        "ј": "j",
        "ԁ": "d",
        "ѕ": "s",
        "һ": "h",
        "ӏ": "l",
        "ɑ": "a",
        "ο": "o",
        "α": "a",
        "ε": "e",
        "ι": "i",
        "κ": "k",
        "ν": "v",
        "τ": "t",
        "ρ": "p",
        "Α": "A",
        "Β": "B",
        "Ε": "E",
        "Η": "H",
        "Ι": "I",
        "Κ": "K",
        "Μ": "M",
        "Ν": "N",
        "Ο": "O",
        "Ρ": "P",
        "Τ": "T",
        "Χ": "X",
        "А": "A",
        "В": "B",
        "Е": "E",
        "К": "K",
        "М": "M",
        "Н": "H",
        "О": "O",
        "Р": "P",
        "С": "C",
        "Т": "T",
        "Х": "X",
    }
)
_READER = (
    r"(fact[\s-]?check(?:er|ing)?s?|ai|a\.i\.|bots?|chat\s?bots?|assistants?|language models?|llms?|models?|"
    r"v[ée]rificateurs?|faktenpr[üu]fer\w*|verificador\w*|verificator\w*|факт\w*|ии|нейросет\w*)"
)
_INSTRUCTIONS = re.compile(
    r"\b(ignore|disregard|forget|override)\b[^.!?]{0,60}\b(instructions?|prompts?|rules|guidelines)\b"
    r"|\b(system|developer)\s+prompt\b|^\s*(system|assistant)\s*:|\b(you are|as) an? (ai|language model)\b"
    rf"|\b(note|message|instructions?|attention|hinweis|avis|nota)\b[^.!?]{{0,20}}\b(to|for|an|aux?|pour|para)\b"
    rf"[^.!?]{{0,20}}\b{_READER}"
    rf"|\b{_READER}\b[^.!?]{{0,60}}"
    r"\b(verdict|rating|label|classify|should (?:say|answer|rate|mark)|must (?:say|answer|rate))"
    r"|\b(correct|true|right) (verdict|rating|label)\b",
    re.IGNORECASE | re.MULTILINE,
)


def addresses_model(text: str) -> bool:
    """The sentence speaks to a fact-checker or an AI model (orders, a verdict to give) rather than
    reporting news; in any script, since look-alike letters are folded first."""
    folded = unicodedata.normalize("NFKC", text).translate(_CONFUSABLES)
    folded = "".join(ch for ch in folded if unicodedata.category(ch) != "Cf")  # zero-width joiners and such
    return _INSTRUCTIONS.search(folded) is not None


def _widened(path: Path) -> bytes:
    """The graph with its fp16-stored weights turned back into fp32, serialised for ONNX Runtime."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(path))
    for init in model.graph.initializer:
        if init.data_type == onnx.TensorProto.FLOAT16:
            init.CopyFrom(numpy_helper.from_array(numpy_helper.to_array(init).astype(np.float32), init.name))
    return bytes(model.SerializeToString())


def _fp32_graph(graph: Path, sha: str, folder: Path) -> Path | bytes:
    """The widened graph, cached in `folder` (named by the shipped file's sha256), with its own sha256
    recorded and checked on every load: widening imports `onnx` and converts every weight (1.8 s of
    a first answer here), once per model instead of once per process. Where the cache cannot be
    written, the widened bytes themselves."""
    target, record = folder / "model.onnx", folder / "model.json"
    if target.is_file() and read_record(record).get("sha256") == _sha256(target):
        return target
    data = _widened(graph)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".model-{os.getpid()}.onnx"
        tmp.write_bytes(data)
        os.replace(tmp, target)
        write_record(record, {"sha256": _sha256(target), "from": sha})
    except OSError:
        return data
    return target


def _folder_of(sha: str) -> str:
    return sha[:20]


class StanceModel:
    """The shipped stance graph on ONNX Runtime; `weigh(claim, sentences)` gives one Stance each."""

    def __init__(self, folder: Path = MODEL_DIR, expected_sha256: str | None = MODEL_SHA256, threads: int = 0) -> None:
        from tokenizers import Tokenizer

        graph = folder / "model.onnx"
        if not graph.is_file():
            raise ModelError(f"The stance model {graph} is missing: reinstall factcheck.")
        sha = remembered_sha256(graph, cache_root() / "stance", _folder_of)
        if expected_sha256 is not None and sha != expected_sha256:
            raise ModelError(
                f"{graph} does not have the sha256 recorded when it was trained ({expected_sha256[:12]}…): "
                "the file was changed. Reinstall factcheck."
            )
        self._tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._tok.enable_truncation(MAX_TOKENS)
        self._tok.no_padding()
        cached = cache_root() / "stance" / _folder_of(sha)
        # One pair per pass, one thread per pass, as many passes at once as there are cores (as the
        # embedder runs its windows): no pair is padded to a longer one, and two passes do not wait on
        # each other as one pass's threads do.
        self._session = session(_fp32_graph(graph, sha, cached), threads=1)
        self._workers = max(1, threads or (os.cpu_count() or 1))
        self._inputs = {i.name for i in self._session.get_inputs()}
        self.folder = folder
        self._checks = cached / "checks.json"

    def probabilities(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """(n, 3) probabilities in LABELS order, each pair run alone (the same numbers as in a padded
        batch: `tests/test_stance.py`)."""
        pairs = [(a, b) for a, b in pairs]
        out = np.zeros((len(pairs), 3), np.float32)
        if not pairs:
            return out
        # A pair met twice (a wire sentence reprinted by several outlets, a plain reading equal to a
        # sentence already read) is run once: each pass reads its pair alone, so both get its numbers.
        first: dict[tuple[str, str], int] = {}
        for k, pair in enumerate(pairs):
            first.setdefault(pair, k)
        unique = list(first.values())
        encs = dict(zip(unique, self._tok.encode_batch([pairs[i] for i in unique]), strict=True))
        # Longest first: the pass that ends a call is then a short one, and the other core waits little.
        order = sorted(unique, key=lambda i: -len(encs[i].ids))
        with ThreadPoolExecutor(min(self._workers, len(order))) as pool:  # ONNX Runtime releases the GIL
            for i, p in zip(order, pool.map(lambda i: self._run([encs[i]]), order), strict=True):
                out[i] = p[0]
        return out[[first[pair] for pair in pairs]]

    def _run(self, encs: Sequence[Any]) -> np.ndarray:
        width = max(len(e.ids) for e in encs)
        ids = np.zeros((len(encs), width), np.int64)
        mask = np.zeros_like(ids)
        types = np.zeros_like(ids)
        for r, e in enumerate(encs):
            ids[r, : len(e.ids)] = e.ids
            mask[r, : len(e.ids)] = 1
            types[r, : len(e.ids)] = e.type_ids
        feed = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = types
        logits = np.asarray(self._session.run(None, feed)[0], np.float64)
        logits -= logits.max(1, keepdims=True)
        p = np.exp(logits)
        return (p / p.sum(1, keepdims=True)).astype(np.float32)

    def read(self, claim: str, sentences: Sequence[str]) -> np.ndarray:
        """(n, 3) probabilities of each sentence toward the claim, read two ways where the sentence reports
        a statement inside an attribution frame or closes on a clause the claim shares no word with: as
        written and as the plain statement (`plain`, `without_unrelated_clause`), the two averaged: the
        frame alone had drawn 4 of the 15 wrong committed verdicts on the seed and story yes/no questions
        (figures in MODEL_CARD.md). Not where the claim asks the speaker's own view: there the frame is what
        makes it theirs (`views`)."""
        bare = [plain(without_unrelated_clause(claim, s)) for s in sentences]
        framed = [i for i, s in enumerate(sentences) if words(bare[i]) != words(s) and not own_view(claim, s)]
        probs = self.probabilities([(claim, s) for s in sentences])
        # Read a second time only where the first reading leans some way (`SECOND_READING`).
        framed = [i for i in framed if max(probs[i, 1], probs[i, 2]) >= SECOND_READING]
        if framed:
            probs[framed] = (probs[framed] + self.probabilities([(claim, bare[i]) for i in framed])) / 2
        return probs

    def weigh(self, claim: str, sentences: Sequence[str]) -> list[Stance]:
        claim = who_in_full(in_plain_words(some_for_any(as_asserted(claim))))
        positive = positive_form(claim)
        if positive is not None and not positive[1]:
            claim = positive[0]  # "Didn't the museum reopen?" asks whether it reopened
        stances = self._weighed(claim, sentences)
        if positive is not None and positive[1]:
            # A sentence read as taking the same side of a claim and of its negation is read neither way:
            # "…airport reopened on Tuesday…" supported both "The airport did not reopen." and "The
            # airport reopened." (`negation`). Only a sentence that takes a side can be turned, so only
            # those are read against the negation.
            sided = [i for i, st in enumerate(stances) if st.label != "neither"]
            against = self._weighed(positive[0], [sentences[i] for i in sided])
            for i, st2 in zip(sided, against, strict=True):
                if stances[i].label == st2.label:
                    stances[i] = NEUTRAL
        return stances

    def _weighed(self, claim: str, sentences: Sequence[str]) -> list[Stance]:
        denied = denied_statement(claim)
        # In the words the claim was put in (`weigh`), a figure told as a record as a record high or low
        # where the claim asks about a record (`compared.record_as_level`).
        worded = [record_as_level(claim, in_plain_words(as_asserted(s))) for s in sentences]
        if denied is None:
            meant = [_as_meant(claim, w) for w in worded]
            probs = self.read(claim, meant)
            for reading in _PROBED:  # each rewrites the claim and has the model read it (`probes`)
                probs = reading(claim, meant, probs, self.probabilities)
        else:
            # A sentence that contradicts the denied statement is a denial of it. Nothing is read as
            # refuting a denial: the model cannot tell the denier admitting it from anyone reporting it
            # ("records show £18,000 claimed" refuted "Does the minister deny claiming…?" at 0.99).
            turned = self.read(denied, [_as_meant(denied, w) for w in worded])[:, 2]
            probs = np.stack([1.0 - turned, turned, np.zeros_like(turned)], axis=1)
        out = []
        for s, w, p in zip(sentences, worded, probs, strict=True):
            if addresses_model(s):
                out.append(NEUTRAL)
                continue
            p = by_rule(claim, w, p)
            label = LABELS[int(p.argmax())]
            out.append(Stance(label, round(float(p[1]), 4), round(float(p[2]), 4), round(float(p[0]), 4)))
        return out

    def selfcheck(self) -> float:
        """Largest probability difference from the fp32 reference on the shipped pairs, on this CPU."""
        ref = json.loads((self.folder / "selfcheck.json").read_text(encoding="utf-8"))
        got = self.probabilities([(r["claim"], r["evidence"]) for r in ref["pairs"]])
        want = np.array([r["fp32"] for r in ref["pairs"]], np.float32)
        return float(np.abs(got - want).max())

    def checked(self) -> float:
        """`selfcheck`, run once per CPU and runtime (0.7 s) and recorded beside the cached graph, as
        the embedder's int8 check is: the same graph on the same kernels gives the same numbers."""
        from assistant.index.onnx_embedding import cpu_key

        key = cpu_key()
        known = read_record(self._checks).get(key)
        if isinstance(known, float):
            return known
        worst = self.selfcheck()
        with contextlib.suppress(OSError):
            if self._checks.parent.is_dir():
                write_record(self._checks, {**read_record(self._checks), key: worst})
        return worst


_LOCK = threading.Lock()
_LOADED: dict[Path, StanceModel | None] = {}


# The readings that put a sentence's figure, venue or quantity into the claim and have the model read it.
_PROBED = (by_bounds, by_venue, by_wholes)


def _as_meant(claim: str, worded: str) -> str:
    """The sentence, already in plain words (`in_plain_words`), in the words the model reads as it means
    them: the claim's subject named as the claim describes it ("the girl" as "the missing girl",
    `described`), an organisation named as the claim names it (initials or in full), a sacking, an arrest or a
    jailing in the claim's word for it ("fired" as "sacked", `same_act`), an event a "when" clause takes
    as given as a statement of its own, care for an illness as falling ill, a "rather than" as a "not", a
    "not A but" set aside, a tally or a rate's level that the claim gives no figure for left out, the people
    something was done to named as the claim's "someone" (`anyone`), a closing "despite …" / "without …"
    the claim shares no word with left out, whom "the charges" are against left out where the claim names no one
    (`plain.without_whom_against`), the post in "resigned as …" left out where the claim names none, "for a
    second time" as "again" where the claim asks "again", a legislature's approval or rejection of a bill as
    "passed" / "did not pass" where the claim asks whether it passed, a defendant's plea in a clause of its own
    left out where the claim asks the verdict, the currencies a currency moved against left out where the claim
    names none (`currencies`), a verdict's offence ("cleared of all charges") left out where the claim names none
    (`offences.without_offence_told`)."""
    meant = in_claims_act(claim, in_claims_names(claim, as_the_claim_describes(claim, worded)))
    meant = rather_as_not(claim, as_fell_ill(claim, one_conjunct(claim, meant)))
    meant = without_rates(claim, without_set_aside(claim, event_taken_as_given(claim, meant)))
    meant = without_post_resigned(claim, without_unrelated_adjunct(claim, without_whom_against(claim, meant)))
    meant = without_offence_told(claim, without_currency_against(claim, without_plea(claim, meant)))
    return as_passed(claim, as_again(claim, without_counts(claim, whom_for_anyone(claim, meant))))


def load_stance(folder: Path = MODEL_DIR) -> StanceModel | None:
    """The stance model, loaded and self-checked once per process; None (said once) where it is not
    exact enough on this CPU, so answers stay unclear rather than wrong."""
    with _LOCK:
        if folder not in _LOADED:
            model = StanceModel(folder, MODEL_SHA256 if folder == MODEL_DIR else None)
            worst = model.checked()
            if worst > SELFCHECK_TOLERANCE:
                print(
                    f"factcheck: the stance model differs from its reference by {worst:.3f} on this CPU "
                    f"(> {SELFCHECK_TOLERANCE}); answers will not draw verdicts here.",
                    file=sys.stderr,
                    flush=True,
                )
                _LOADED[folder] = None
            else:
                _LOADED[folder] = model
        return _LOADED[folder]
