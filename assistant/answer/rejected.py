"""An offer, bid, appeal or request that someone turned down was made: the rejection is not a "no" to it.

The stance model reads the rejecting verb as the answer to any claim near it: "Brenford City's owners
turned down a £30m bid from Harlow Capital" refuted "Did Harlow Capital bid for Brenford City?" at 0.99,
and so did "The council refused Keswick Homes' application…" for "Did Keswick Homes apply…?", "The
prime minister refused the defence minister's offer to resign" for "Did the defence minister offer to
resign?", and "…rejected Tom Reddy's appeal…" for "Did Tom Reddy appeal…?" (0.85).

`made_and_rejected` reads a sentence whose rejecting verb ("rejected", "refused", "turned down",
"dismissed", "voted down", "threw out") takes such a noun ("bid", "offer", "appeal", "application",
"request", "proposal"…) against a claim that asks whether it was made ("Did X bid…?", "Did X make an
offer…?"): "made" where the claim's subject is whose it was ("X's bid", "a bid from / by X"), else
"aside" (someone else's, or whose is not said). A claim that asks whether it was accepted, upheld,
granted or successful is the model's to read, and so is "rejected claims / reports that…", a denial.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.verbs import verb_tokens as tokens

# Each noun, and the claim's words for making it.
_MADE = {
    "offer": r"offer(?:s|ed|ing)?",
    "bid": r"bid(?:s|ding)?",
    "appeal": r"appeal(?:s|ed|ing)?",
    "application": r"appl(?:y|ies|ied|ying)",
    "request": r"request(?:s|ed|ing)?|ask(?:s|ed|ing)?",
    "proposal": r"propos(?:e|es|ed|ing)",
    "plea": r"plead(?:s|ed|ing)?|pled",
    "claim": r"claim(?:s|ed|ing)?",
    "demand": r"demand(?:s|ed|ing)?",
    "challenge": r"challeng(?:e|es|ed|ing)",
    "petition": r"petition(?:s|ed|ing)?",
    "complaint": r"complain(?:s|ed|ing)?",
    "approach": r"approach(?:es|ed|ing)?",
}
_NOUN = rf"(?P<noun>{'|'.join(_MADE)})s?\b(?!\s+that\b)"
_REJECT = (
    r"\b(?:reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|declin(?:e|es|ed|ing)|"
    r"turn(?:s|ed|ing)?\s+down|vot(?:e|es|ed|ing)\s+down|thr(?:ew|ow|ows|own)\s+out|overrul(?:e|es|ed|ing))"
)
# "rejected Tom Reddy's appeal", "turned down a £30m bid from Harlow Capital", "an offer by the two chains".
_ACTIVE = re.compile(
    rf"{_REJECT}\s+(?P<before>(?:[\w£$€.,’'-]+\s+){{0,6}}?){_NOUN}(?P<after>(?:\s+(?:by|from)\s+(?:[\w&’'.-]+\s*){{1,5}})?)",
    re.IGNORECASE,
)
# "Harlow Capital's bid was rejected".
_PASSIVE = re.compile(
    rf"(?P<before>(?:[\w£$€.,’'-]+\s+){{0,6}}?){_NOUN}(?P<after>(?:\s+[\w&£$€.,’'-]+){{0,6}}?)"
    r"\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:reject|refus|dismiss|declin|turned\s+down|thrown\s+out)",
    re.IGNORECASE,
)
# A claim about what became of it, not whether it was made: said before the making ("to win approval"
# after it is the offer's aim).
_OUTCOME = re.compile(
    r"\b(?:accept\w*|reject\w*|refus\w*|uph[eo]ld\w*|grant\w*|approv\w*|succe\w*|turn\w*\s+down|dismiss\w*|"
    r"agree\w*|w[io]n|back(?:s|ed)?|allow\w*|fail\w*|lost|lose|block\w*)\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"\b(?:claims?|reports?|suggestions?|allegations?|rumou?rs?|speculation|talk)\s+(?:that|of)\b", re.IGNORECASE
)
_AUX = re.compile(r"^\W*(?:did|has|have|had|does|do|will|would)\s+", re.IGNORECASE)
_COPULA = re.compile(r"^\W*(?:was|were|is|are)\b", re.IGNORECASE)


def _claim_subject(claim: str, noun: str) -> tuple[str, ...] | None:
    """The claim's subject where it asks whether the noun's thing was made ("Did X bid…?", "Did X make
    an offer…?"); None where it asks something else."""
    if _COPULA.match(claim):
        return None  # "Was Reddy's appeal successful?" asks what became of it
    verb = re.search(
        rf"\b(?:(?:{_MADE[noun]})|(?:make|made|makes|submit\w*|lodg\w*|fil(?:e|ed|es)|put\s+forward|launch\w*)\s+"
        rf"(?:[\w£$€.,’'-]+\s+){{0,4}}?{noun}s?)\b",
        claim,
        re.IGNORECASE,
    )
    if verb is None or _OUTCOME.search(claim[: verb.start()]):
        return None  # "Did the club accept Harlow's bid?"
    subject = tokens(_AUX.sub("", claim[: verb.start()]))
    return subject or None


@lru_cache(maxsize=4096)
def made_and_rejected(claim: str, sentence: str) -> str | None:
    """ "made" where the sentence rejects the claim subject's offer (bid, appeal…) that the claim asks was
    made, "aside" where it rejects such an offer of someone else's or no one's named, else None."""
    for pattern in (_ACTIVE, _PASSIVE):
        for m in pattern.finditer(sentence):
            if _REPORTED.search(sentence[: m.start("noun")]):
                continue  # "rejected claims that Harlow had bid": a denial
            noun = m.group("noun").lower()
            subject = _claim_subject(claim, noun)
            if subject is None:
                continue
            whose = set(tokens(m.group("before") + " " + m.group("after")))
            return "made" if set(subject) <= whose else "aside"
    return None
