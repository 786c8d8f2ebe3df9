"""Whoever tells of a deed is not the one who did it: "Mara Quill said Leo Carr had resigned" says neither to "Did
Mara Quill resign?".

The stance model read the speaker as the doer: that pair was supported at 0.99, "Ana Kell said police had arrested
Leo Carr" supported "Was Ana Kell arrested?" at 0.82, "Tarn said Marden had expelled the Lyle envoy" "Did Tarn expel
the Lyle envoy?" at 0.96, and "Mara Quill said Leo Carr had not resigned" refuted "Did Mara Quill resign?" at 0.99
(eval/stance_speaker_not_doer.jsonl). A fact-checker that answers so credits the deed to the wrong person.

The reading: the claim opens on its subject ("Did Mara Quill…", "Was Ana Kell…", "The Kelso council closed…") and
its verb, which is no verb of saying or thinking; the sentence is that subject telling something ("X said (on Monday)
(that) …", "X, the party leader, confirmed that …", "…, X told reporters."), and what it tells has the claim's verb
(in any form), names someone else (a capitalised name that shares no word with the claim's subject), and holds no
word of the claim's subject nor a pronoun that may stand for it ("Mara Quill said she had resigned" is her own
deed, told by her; the model reads that). Then it says neither.

So does a sentence in which the claim's subject only reacts to someone else's deed: "Ana Kell welcomed Leo Carr's
resignation" had supported "Did Ana Kell resign?" at 0.97, "Ana Kell condemned the arrest of Leo Carr" refuted "Was Ana
Kell arrested?" at 0.96, "Corvel criticised Vessen Motors' decision to cut 200 jobs" refuted "Did Corvel cut jobs?" at
0.93 (eval/stance_reaction_to_deed.jsonl). "X welcomed / praised / criticised / condemned / demanded …" is read as
telling, under the same conditions ("Corvel defended its decision to cut jobs" is its own).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.context import name_words, names_in_part
from assistant.answer.reactions import REACTIONS
from assistant.answer.verbs import same_stem, verb_tokens
from assistant.text import MONTHS, WEEKDAYS

_CLAIM = re.compile(
    r"^\s*(?:(?:Did|Does|Do|Has|Have|Had|Was|Were|Is|Are|Will|Would)\s+)?"
    r"(?P<name>(?i:the)\s+(?:[A-Z][\w’'-]*\s+){1,3}[a-z][\w’'-]*|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
    r"\s+(?:(?:has|have|had|was|were)\s+)?(?P<verb>[a-z][\w-]*)"
)
# Claims about what someone said, thought or wanted: what they tell is what such a claim asks.
_SAYING = frozenset(
    verb_tokens(
        "say said tell told confirm confirmed deny denied announce announced claim claimed state stated warn warned "
        "insist insisted admit admitted reveal revealed report reported believe believed think thought know knew "
        "expect expected want wanted hope hoped accuse accused blame blamed praise praised criticise criticised "
        "welcome welcomed suggest suggested"
    )
)
_TELLS = (
    r"(?:(?:also|has|had|later|then)\s+)?(?:said|says|confirmed|confirms|announced|announces|stated|states|claimed|"
    r"claims|revealed|reveals|added|adds|insisted|insists|reported|reports|told\s+(?:reporters|journalists|"
    r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*|(?:a|the)\s+[a-z]+))"
)
_WHEN = r"(?:\s+(?:on|in|at|last|this|earlier|later)\s+[\w’'-]+)?"
# Reacting to a deed: "X welcomed / condemned / criticised …" what someone else did.
_REACTS = rf"(?:(?:has|had|also|later|then|swiftly|quickly)\s+)?{REACTIONS}"
_PRONOUN = re.compile(
    r"\b(?:he|she|it|they|we|I|you|his|her|hers|its|their|theirs|him|them|us|our|my|me|himself|herself|itself|"
    r"themselves)\b",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")
# Capitalised words that open a clause or name a day, not a person or a body.
_NOT_NAMES = frozenset(
    ("the", "a", "an", "on", "in", "at", "after", "before", "when", "while", "last", "this")
) | frozenset(MONTHS + WEEKDAYS)


@lru_cache(maxsize=256)  # one claim is read against every sentence weighed for it
def _telling(claim_name: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The ways a sentence has the claim's subject tell or react: "X said (that) …", "X welcomed …", "…, X said."."""
    who = re.escape(claim_name)
    return (
        re.compile(
            rf"^\s*{who}(?:,[^,]{{1,60}},)?\s+(?P<verb>{_TELLS}){_WHEN}(?P<that>\s+that)?\s+(?P<told>.+)$",
            re.IGNORECASE,
        ),
        re.compile(rf"^\s*{who}(?:,[^,]{{1,60}},)?\s+{_REACTS}\s+(?P<told>.+)$", re.IGNORECASE),
        re.compile(
            rf"^(?P<told>.+?),\s+(?:{who}\s+{_TELLS}|(?:said|says|added|adds)\s+{who}){_WHEN}\s*[.!]?\s*$",
            re.IGNORECASE,
        ),
    )


def _told(claim_name: str, sentence: str) -> str | None:
    """What the sentence has the claim's subject tell or react to: the words after "X said (that)" or "X welcomed", or
    before ", X said."."""
    says, reacts, tagged = _telling(claim_name)
    head = says.match(sentence)
    # "claimed victory", "confirmed the deal": a verb that takes a thing as well as a clause tells a clause only
    # after "that" or before a name.
    if head and (head["that"] or re.search(r"\b(?:said|says|told)\b", head["verb"]) or head["told"][:1].isupper()):
        return head["told"]
    m = reacts.match(sentence) or tagged.match(sentence)
    return m["told"] if m else None


def teller_side(claim: str, sentence: str) -> str | None:
    """ "neither" where the claim's subject only tells of someone else's deed of the claim's kind (see above); else
    None."""
    m = _CLAIM.match(claim)
    if m is None:
        return None
    verb = verb_tokens(m["verb"])
    if not verb or verb[0] in _SAYING:
        return None
    told = _told(m["name"], sentence)
    subject = re.sub(r"^the\s+", "", m["name"], flags=re.IGNORECASE)  # "the" names no one
    if told is None or _PRONOUN.search(told) or names_in_part(told, subject):
        return None
    if not any((t := verb_tokens(w)) and same_stem(t[0], verb[0]) for w in re.findall(r"[A-Za-z][\w’'-]*", told)):
        return None
    ours = name_words(subject)
    others = [w for w in _CAPITALISED.findall(told) if w.lower() not in _NOT_NAMES and not name_words(w) & ours]
    return "neither" if others else None
