"""Someone let out of prison, or still in it, against a claim of either.

The stance model reads a release against a stay the wrong way as often as not: "Leo Carr was freed from Tarn jail"
supported "Is Leo Carr still in prison?" at 0.73, "Leo Carr remains in Tarn prison" "Was Leo Carr released from
prison?" at 0.92, and "Ana Kell is still in jail" "Has Ana Kell been released from jail?" at 0.91
(eval/stance_in_prison.jsonl). `custody` reads held before a trial and sent to prison or spared it; this is the
time after.

The reading: the claim asks whether someone is still in prison or jail (or behind bars), or whether they were
released, freed or let out of it, or left it; the sentence names them before its verb and tells that they were
released, freed, paroled or let out of prison, walked free from it or left it, or that they are still or remain
in it, are still serving their sentence, or will only be released later. An escape is not a release: against
a claim that they were released, it says neither.
"""

from __future__ import annotations

import re

from assistant.answer.state import StateReading, is_subject

_PRISON = r"(?:[\w’'-]+\s+){0,2}?(?:prison|jail|gaol)\b"
_STILL_ASKED = re.compile(
    rf"^\W*(?:(?:is|are)\s+(?P<who>.+?)\s+(?:still\s+)?(?:in\s+{_PRISON}|behind\s+bars)"
    rf"|(?:does|do)\s+(?P<who2>.+?)\s+(?:still\s+)?remain\s+(?:in\s+{_PRISON}|behind\s+bars))",
    re.IGNORECASE,
)
_OUT_ASKED = re.compile(
    rf"^\W*(?:(?:has|have)\s+(?P<who>.+?)\s+(?:left\s+{_PRISON}|been\s+(?:released|freed|let\s+out)(?:\s+early)?\s+"
    rf"(?:from|of)\s+{_PRISON})|(?:was|were)\s+(?P<who2>.+?)\s+(?:released|freed|let\s+out)(?:\s+early)?\s+"
    rf"(?:from|of)\s+{_PRISON}|did\s+(?P<who3>.+?)\s+(?:leave\s+{_PRISON}|walk\s+(?:free|out)\s+(?:from|of)\s+"
    rf"{_PRISON}))",
    re.IGNORECASE,
)
_OUT = re.compile(
    rf"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:released|freed|let\s+out|paroled)(?:\s+early)?"
    rf"(?:\s+on\s+(?:parole|licence|license))?\s+(?:from|of)\s+{_PRISON}|(?:walked|walks)\s+(?:free|out)\s+"
    rf"(?:from|of)\s+{_PRISON}|(?:left|leaves)\s+{_PRISON}|(?:was|were)\s+(?:released|freed)\s+on\s+parole\b)",
    re.IGNORECASE,
)
_STILL = re.compile(
    rf"\b(?:(?:is|are|remains?|remained)\s+(?:still\s+)?(?:in\s+{_PRISON}|behind\s+bars)|(?:is|are)\s+(?:still\s+)?"
    r"serving\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:sentence|term)\b|(?:expected|due|set)\s+to\s+be\s+"
    r"(?:released|freed)\b|will\s+be\s+(?:released|freed)\b)",
    re.IGNORECASE,
)

_READING = StateReading(
    holds_asked=_STILL_ASKED,
    changed_asked=_OUT_ASKED,
    holds=_STILL,
    changed=_OUT,
    small=frozenset({"the", "a", "an"}),
    head=lambda words: words[-1],
    whole_words=True,
)


# An escape is no release: "Leo Carr escaped from Tarn prison" had supported "Was Leo Carr released from prison?" at
# 0.94 (eval/stance_in_prison.jsonl).
_ESCAPED = re.compile(
    rf"\b(?:escaped|escapes|broke\s+out|breaks\s+out|fled|absconded)\s+(?:from|of)\s+{_PRISON}", re.IGNORECASE
)


def in_prison_side(claim: str, sentence: str) -> str | None:
    """ "supports" / "refutes" where the sentence tells that the claim's person was let out of prison or is still
    in it, against a claim of either; "neither" where it tells it of someone of theirs, or tells that the person
    escaped against a claim that they were released; else None."""
    read = _READING.side(claim, sentence)
    asked, escaped = _OUT_ASKED.search(claim), _ESCAPED.search(sentence)
    if read is None and asked is not None and escaped is not None:
        who = next((v for v in asked.groupdict().values() if v), "")
        words = [w for w in re.findall(r"[\w’'-]+", who) if w.lower() not in {"the", "a", "an"}]
        if words and is_subject(words[-1], sentence[: escaped.start()]):
            return "neither"
    return read
