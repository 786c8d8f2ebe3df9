"""A claim that someone denies something, as the statement it denies.

The stance model reads "Did X deny Y?" as if it asked "Y?" with a negation somewhere, and so it read a
speaker's own denial as refuting the question: "the Foreign Ministry has repeatedly stressed that the
Russian Federation … does not plan to attack Ukraine" refuted "Does Russia deny planning to attack
Ukraine?" at 0.99, and "'We have not paid and will not pay any ransom,' Helvora's chief executive told
reporters" refuted "Did Helvora deny paying a ransom?" at 0.99. Read against the denied statement
("Russia was planning to attack Ukraine."), a sentence that contradicts it is a denial of it.
(`StanceModel.weigh` turns that reading around; figures in MODEL_CARD.md.)

Only denials of a statement are rewritten: "deny that …", "deny reports / claims / allegations that …",
"deny doing …", "deny any wrongdoing". "Was he denied bail?" (passive), "Did parliament reject the bill?"
(an act, not a denial) and "Did the actor deny the allegations?" (what is denied is not said) stay as
they are.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import NEGATED

_VERB = (
    r"den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|"
    r"disput(?:e|es|ed|ing)"
)
# Verbs that are also acts ("rejected the bill", "dismissed the case") count only before what is said.
_ACT_VERB = re.compile(r"^(?:dismiss|reject|refut|disput)", re.IGNORECASE)
_WHAT_IS_SAID = (
    r"(?:(?:any|all|the|those|these|media|press|news|western|earlier|recent)\s+)*"
    r"(?:claims?|reports?|allegations?|suggestions?|accusations?|charges?|rumou?rs?|assertions?|speculation)"
    r"(?:\s+(?:from|by|in)\s+[^,]{1,40}?)?"
)
_AUX = r"(?:did|does|do|has|have|had|is|was|were|will|would)"
_QUESTION = re.compile(rf"^\s*{_AUX}\s+(?P<subj>.+?)\s+(?P<verb>{_VERB})\s+(?P<rest>.+?)\s*[?.!]*\s*$", re.IGNORECASE)
_STATEMENT = re.compile(
    rf"^\s*(?P<subj>[^,;:]+?)\s+(?:(?:has|have|had|also|again|repeatedly|publicly|strongly|flatly)\s+)*"
    rf"(?P<verb>{_VERB})\s+(?P<rest>.+?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_THAT = re.compile(rf"^(?:{_WHAT_IS_SAID}\s+)?that\s+(?P<clause>.+)$", re.IGNORECASE)
_GERUND = re.compile(r"^(?:(?:ever|having|any)\s+)?(?P<gerund>[a-z][a-z-]*ing)\b(?P<tail>.*)$", re.IGNORECASE)
_ANY = re.compile(r"^(?:any|all)\s+(?P<noun>[a-z][\w-]*(?:\s+of\s+[a-z][\w-]*)?)(?P<tail>.*)$", re.IGNORECASE)
# "-ing" words that are not verbs after "deny" (four letters or fewer never count).
_NOT_GERUND = {"nothing", "anything", "everything", "something", "morning", "evening", "thing", "things"}
_NOUN_DENIED = re.compile(r"^(?:wrongdoing|responsibility|involvement)\b", re.IGNORECASE)
_SUBJECT_PRONOUN = re.compile(r"^(?:it|they|he|she|we)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^(?:its|their|his|her|our)\b", re.IGNORECASE)


def _sentence(text: str) -> str:
    text = text.strip().rstrip("?.!").strip()
    return text[:1].upper() + text[1:] + "."


def denied_statement(claim: str) -> str | None:
    """The statement a denial claim denies ("Does Russia deny planning to attack Ukraine?" ->
    "Russia was planning to attack Ukraine."), or None when the claim is not a denial of a statement."""
    m = _QUESTION.match(claim) or _STATEMENT.match(claim)
    if m is None:
        return None
    subj, verb, rest = m["subj"].strip(), m["verb"], m["rest"].strip()
    if len(subj.split()) > 8 or NEGATED.search(subj):
        return None
    that = _THAT.match(rest)
    if that:  # "deny that they broke the rules": the subject stands in for its pronoun
        clause = _SUBJECT_PRONOUN.sub(lambda _: subj, that["clause"], count=1)
        return _sentence(_POSSESSIVE.sub(lambda _: f"{subj}'s", clause, count=1))
    if _ACT_VERB.match(verb):
        return None
    if _NOUN_DENIED.match(rest):
        return _sentence(f"There was {rest}")
    gerund = _GERUND.match(rest)
    if gerund and gerund["gerund"].lower() not in _NOT_GERUND and len(gerund["gerund"]) > 4:
        return _sentence(f"{subj} was {gerund['gerund']}{gerund['tail']}")
    anyof = _ANY.match(rest)
    if anyof:
        return _sentence(f"There was {anyof['noun']}{anyof['tail']}")
    return None
