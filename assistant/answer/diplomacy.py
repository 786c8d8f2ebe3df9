"""One diplomatic step says nothing of another: "Tarn summoned the Lyle ambassador" is no answer to "Did Tarn expel
the Lyle ambassador?".

The stance model read any other step as a denial of the claim's: that pair was refuted at 0.85, "Tarn recalled its
ambassador from Lyle for consultations" at 0.97, "Tarn's foreign ministry called in the Lyle ambassador" at 0.98,
"Tarn summoned the Lyle ambassador" refuted "Did Tarn cut diplomatic ties with Lyle?" at 0.93, and "Marden expelled
the Ostby ambassador" "Did Marden summon the Ostby ambassador?" at 0.89 (eval/stance_diplomatic_steps.jsonl). A
country that summons an envoy has not said it will not expel them; the step asked about is simply not told.

The reading: the claim names one step (summoning or calling in an envoy, recalling one's own, expelling one,
lodging a protest, cutting or suspending ties, closing an embassy); the sentence names one or more steps and not the
claim's, in any form. Then it says neither. A sentence that names the claim's step too ("said it would not cut
ties", "expelled him after summoning him twice") is the model's to read.
"""

from __future__ import annotations

import re

_ENVOY = (
    r"(?:ambassadors?|envoys?|diplomats?|consuls?(?:\s+general)?|charg[eé]s?\s+d[’']affaires|attach[eé]s?|"
    r"emissar(?:y|ies)|embassy\s+staff)\b"
)
# Up to three words before the envoy: "the Lyle ambassador", "four Lyle diplomats", "its top envoy".
_WHOSE = r"(?:[\w’'-]+\s+){0,3}?"
_STEPS = {
    "summon": rf"(?:summon(?:s|ed|ing)?|call(?:s|ed|ing)?\s+in)\s+{_WHOSE}{_ENVOY}|{_ENVOY}\s+(?:was|were|has\s+been|"
    r"have\s+been|had\s+been|is\s+being)\s+(?:summoned|called\s+in)",
    "recall": rf"recall(?:s|ed|ing)?\s+(?:its|their|our|his|her)\s+(?:[\w’'-]+\s+){{0,2}}?{_ENVOY}|"
    rf"{_ENVOY}\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+recalled",
    "expel": rf"expel(?:s|led|ling)?\s+{_WHOSE}{_ENVOY}|{_ENVOY}\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"expelled",
    "protest": r"lodg(?:e|es|ed|ing)\s+(?:a\s+)?(?:formal\s+|strong\s+|official\s+)?protest",
    "ties": r"(?:cut|cuts|cutting|sever(?:s|ed|ing)?|br(?:eak|eaks|oke|eaking)\s+off|suspend(?:s|ed|ing)?)\s+"
    r"(?:all\s+)?(?:diplomatic\s+)?(?:ties|relations)",
    "embassy": r"clos(?:e|es|ed|ing)\s+(?:its|their|the|our)\s+embassy",
}
_COMPILED = {step: re.compile(rf"\b(?:{words})", re.IGNORECASE) for step, words in _STEPS.items()}


def _steps(text: str) -> set[str]:
    return {step for step, pattern in _COMPILED.items() if pattern.search(text)}


def other_step_side(claim: str, sentence: str) -> str | None:
    """ "neither" where the claim names one diplomatic step and the sentence only others (see above); else None."""
    asked = _steps(claim)
    if len(asked) != 1:
        return None
    told = _steps(sentence)
    return "neither" if told and not told & asked else None
