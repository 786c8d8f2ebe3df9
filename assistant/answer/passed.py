"""A bill, budget or motion a legislature approved or rejected, in the words the stance model reads against
"Did it pass?".

The model reads "passed" well ("MPs passed the Tarn bill", "…was not passed": 0.99-1.00 either way) and most
other words for it badly: "MPs approved the Tarn bill", "The Tarn bill was approved by MPs", "Lawmakers voted
through…" said neither to "Did the Tarn bill pass?" (0.01-0.04), and "MPs backed the Tarn bill by 212 votes to 190"
refuted it at 0.84 (eval/stance_bill_passed.jsonl).

The reading: where the claim asks whether a bill, law, budget, motion, amendment, measure or treaty passed, and the
sentence names every name the claim does, a legislature (MPs, lawmakers, senators, councillors, the Senate, the
House, the council…) that approved, backed, endorsed or voted for or through it "passed" it, and one that
rejected, defeated, voted down or threw it out "did not pass" it; so does the passive ("was approved by MPs",
"was thrown out by the Senate"). Ministers or a committee backing a bill are not a legislature passing it, and a
vote to come ("expected to approve") keeps its words.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import names_each

# "Act" only as a name's last word ("the Clean Air Act"): "act" is a verb as often ("if we don't act now").
_LAW = r"(?:(?i:bill|bills|law|laws|budget|motion|amendment|measure|legislation|treaty)|Act)"
_ASKS_PASSED = re.compile(rf"\b{_LAW}\b.*\b(?i:pass|passes|passed)\b|\b(?i:pass(?:es|ed)?)\b.*\b{_LAW}\b")
_BODY = (
    r"(?:(?:[A-Z][\w’'-]*\s+){0,2}(?i:MPs|MEPs|parliament|parliamentarians|lawmakers|legislators|senators|"
    r"representatives|deputies|councillors|councilors|congress)|(?i:the)\s+(?:[A-Z][\w’'-]*\s+){0,2}"
    r"(?i:council|senate|house(?:\s+of\s+[A-Z]\w+)?|assembly|parliament|congress|legislature))"
)
_WHAT = rf"(?i:the|a|an|its|their|this)\s+(?:[\w’'-]+\s+){{0,3}}?{_LAW}\b"
_FOR = r"approved|backed|endorsed|voted\s+(?:for|through)"
_AGAINST = r"rejected|defeated|voted\s+down|threw\s+out"
_ACTIVE = re.compile(rf"\b(?P<body>{_BODY})\s+(?P<verb>(?i:{_FOR}|{_AGAINST}))\s+(?P<what>{_WHAT})")
_PASSIVE = re.compile(
    rf"\b(?P<what>{_WHAT})\s+(?i:was|were|has\s+been|had\s+been)\s+(?P<verb>(?i:approved|backed|endorsed|"
    rf"voted\s+through|rejected|defeated|voted\s+down|thrown\s+out))(?P<by>\s+by\s+{_BODY}\b)?"
)
_ANY_BY = re.compile(r"^\s+by\b", re.IGNORECASE)


def as_passed(claim: str, sentence: str) -> str:
    """The sentence with a legislature's approval or rejection of the claim's bill told as "passed" / "did not
    pass", where the claim asks whether it passed; else the sentence."""
    if not _ASKS_PASSED.search(claim) or not names_each(claim, sentence):
        return sentence

    def active(m: re.Match[str]) -> str:
        passed = re.fullmatch(_FOR, m["verb"], re.IGNORECASE) is not None
        return f"{m['body']} {'passed' if passed else 'did not pass'} {m['what']}"

    def passive(m: re.Match[str]) -> str:
        if m["by"] is None and _ANY_BY.match(sentence[m.end() :]):
            return m.group()  # approved by someone else: ministers, a regulator
        passed = re.fullmatch(r"approved|backed|endorsed|voted\s+through", m["verb"], re.IGNORECASE) is not None
        return f"{m['what']} was {'passed' if passed else 'not passed'}{m['by'] or ''}"

    return _PASSIVE.sub(passive, _ACTIVE.sub(active, sentence))
