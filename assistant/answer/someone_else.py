"""What someone else did says nothing of whether the claim's person did it: "Leo Carr resigned on Monday" says neither
to "Did Ana Kell resign?".

The stance model read another's deed as a denial of the claim's: that pair was refuted at 0.83, "Leo Carr has
apologised for the remarks" "Has Ana Kell apologised?" at 0.89, "Vessen Motors cut 200 jobs" "Did Corvel Foods cut
jobs?" at 0.75, "Leo Carr refused to resign" "Did Ana Kell resign?" at 0.99 (eval/stance_someone_else.jsonl).

The reading: the claim opens on its subject's name ("Did Ana Kell resign?", "Has Corvel Foods cut jobs?") and then its
verb; the sentence tells that verb (in any form) with another name before it in its clause, a name that shares no
word with the claim's, and names no word of the claim's name anywhere, or only in a later clause, of another deed,
with the verb told once ("Leo Carr resigned as mayor, and Mara Quill took his place" had supported "Did Mara Quill
resign?" at 0.99; eval/stance_elected_with.jsonl). Then it says neither. Not an outcome only one
can have (a seat won, a post someone was elected or appointed to, a race someone beat the others in): there another's
win is a no, which `contest` and the model read.

So does a case, charges, allegations or a lawsuit against someone else (`against_someone_else`): "Police dropped the
charges against Leo Carr" had refuted "Did police drop the charges against Ana Kell?" at 0.99, "The judge dismissed the
case against Leo Carr" "Did the judge dismiss the case against Ana Kell?" at 0.99 (eval/stance_against_someone_else
.jsonl): where the claim's noun is "against" a name and the sentence's same noun is against another name only, and
the sentence names no word of the claim's.
"""

from __future__ import annotations

import re

from assistant.answer.context import name_words, names_in_part
from assistant.answer.plain import CASE_NOUNS
from assistant.answer.verbs import clause_after, clause_before, same_stem, verb_tokens

_CLAIM = re.compile(
    r"^\s*(?:Did|Does|Do|Has|Have|Had|Was|Were|Is|Are|Will|Would)\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
    r"\s+(?P<verb>[a-z][\w-]*)"
)
# Outcomes only one can have: someone else's is a no.
_ONLY_ONE = frozenset(
    verb_tokens(
        "win won beat beaten elect elected appoint appointed name named choose chose chosen select selected award "
        "awarded crown crowned succeed succeeded replace replaced top topped lead led become became capture captured"
    )
)
# Whose deed it is: a name of two or more capitalised words ending the clause before the verb, but for a few words
# between ("Leo Carr | has", "Vessen Motors | refused to"); not a pronoun nor an opening ("On Monday she…").
_SUBJECT = re.compile(r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+)(?:\s+[a-z][\w’'-]*){0,4}\s*$")
_NOT_A_NAME = frozenset(
    re.findall(
        r"\w+", "the a an on in at after before when while yesterday today last this police officials he she they it we"
    )
)
_WORD = re.compile(r"[A-Za-z][\w’'-]*")


def someone_else_side(claim: str, sentence: str) -> str | None:
    """ "neither" where the sentence tells the claim's deed of someone else, named (see above); else None."""
    m = _CLAIM.match(claim)
    if m is None:
        return None
    verb = verb_tokens(m.group("verb"))
    if not verb or any(same_stem(verb[0], w) for w in _ONLY_ONE):
        return None
    ours, name = name_words(m.group("name")), m.group("name")
    told = [w for w in _WORD.finditer(sentence) if (t := verb_tokens(w.group())) and same_stem(t[0], verb[0])]
    if not told:
        return None
    at = told[0].start()
    # The claim's person named only in a later clause, of another deed ("Leo Carr resigned as mayor, and Mara Quill
    # took his place"), and the verb told once.
    if names_in_part(sentence, name) and (
        len(told) > 1 or names_in_part(sentence[:at], name) or names_in_part(clause_after(sentence, at), name)
    ):
        return None
    subject = _SUBJECT.search(clause_before(sentence, at))
    if subject is None:
        return None
    theirs = name_words(subject.group("name"))
    return "neither" if not theirs & (ours | _NOT_A_NAME) else None


_AGAINST = re.compile(rf"\b(?P<noun>{CASE_NOUNS})\s+against\s+(?P<whom>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")


def against_someone_else(claim: str, sentence: str) -> str | None:
    """ "neither" where the claim's case, charges or lawsuit is against one name and the sentence's only against
    another (see above); else None."""
    asked = _AGAINST.search(claim)
    if asked is None or names_in_part(sentence, asked.group("whom")):
        return None
    noun = verb_tokens(asked.group("noun"))
    for m in _AGAINST.finditer(sentence):
        told = verb_tokens(m.group("noun"))
        if noun and told and same_stem(noun[0], told[0]):
            return "neither" if not name_words(m.group("whom")) & name_words(asked.group("whom")) else None
    return None
