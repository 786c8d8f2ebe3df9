"""A claim about what a named person thinks, believes, expects, fears or sees, against a sentence that tells a view.

The stance model credits a view to the person the claim names, whoever holds it: "Ana Kell said the Tarn plan
would work" supported "Does Leo Carr believe the Tarn plan will work?" at 0.98, "Union leader Ana Kell warned of
a strike at the Ostby plant" refuted "Does Leo Carr fear a strike at the Ostby plant?" at 0.99. And where the
person's own frame is taken off for the plain reading (`plain`), what is left no longer says whose view it is: "The
role of talks in any case remains central, Leo Carr said" read as "The role of talks…" refuted "Does Leo Carr
still see a role for talks?" at 0.96 (eval/stance_views.jsonl).

The reading: the claim asks whether a person named in full ("Does Leo Carr (still) think / believe / expect /
fear / hope / see / want …?", or "Leo Carr believes …") holds a view. A sentence whose speaker is someone else, and
that names the person nowhere, says neither: it tells another's view. A sentence whose speaker is the person is
read as written only: the frame is what makes it the person's view.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.context import names_in_part
from assistant.answer.speakers import said_by, speaker_in

_NAME = r"(?P<holder>(?!The\b)(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)"
_VIEW = r"(?:think|believe|expect|fear|hope|see|want|consider|feel|worry|doubt)"
_ADVERB = r"(?:still\s+|really\s+|now\s+|also\s+)?"
_ASKED = (
    re.compile(rf"^\W*(?i:does|do|did)\s+{_NAME}\s+{_ADVERB}{_VIEW}\b"),
    re.compile(rf"^\W*{_NAME}\s+{_ADVERB}{_VIEW}(?:s|ed)\b"),
)


# A body or a country speaks through others (its minister, its spokesman), so only a person's full name is taken
# as the holder: two or more words, no initials ("NATO"), none of these.
_NOT_A_PERSON = re.compile(
    r"(?:council|group|house|party|bank|ministry|government|police|union|association|committee|commission|office|"
    r"department|agency|board|court|army|navy|company|corporation|corp|inc|ltd|plc|fc|united|city|county|states?|"
    r"kingdom|republic|korea|africa|arabia|zealand|lanka|rica|emirates|nations|times|post|news)",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)  # asked once per sentence weighed, of the same claim
def holder(claim: str) -> str | None:
    """The person whose view the claim asks about: "Does Leo Carr still see a role for talks?" -> "Leo Carr"."""
    m = _ASKED[0].search(claim) or _ASKED[1].search(claim)
    if m is None:
        return None
    words = m.group("holder").split()
    if len(words) < 2 or any(w.isupper() or _NOT_A_PERSON.fullmatch(w) for w in words):
        return None
    return m.group("holder")


def own_view(claim: str, sentence: str) -> bool:
    """The sentence tells the view as the claim's person's own: read as written, frame and all."""
    who = holder(claim)
    return who is not None and said_by(speaker_in(sentence), who)


def view_side(claim: str, sentence: str) -> str | None:
    """ "neither" where the sentence tells someone else's view and names the claim's person nowhere; else None."""
    who = holder(claim)
    if who is None or names_in_part(sentence, who):
        return None
    speaker = speaker_in(sentence)
    return "neither" if speaker and not said_by(speaker, who) else None
