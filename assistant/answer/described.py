"""The thing a claim is about, named in a sentence as the claim describes it.

A claim often names its subject by what happened to it ("the missing girl", "the stolen compass", "the
kidnapped boy"), and a report, having said so once, calls it plainly "the girl", "the compass". The
stance model reads the word the sentence lacks as a contradiction: "The girl was found in Tarn on Sunday"
refuted "Was the missing girl found in Tarn?" at 0.97, "The dog has been returned to its owner" "Has the
lost dog been returned to its owner?" at 0.99, "The car is worth 40,000 euros" "Is the stolen car worth
40,000 euros?" at 0.88 (eval/stance_the_thing.jsonl).

The sentence is read with the claim's description put back: where the claim says "the <state> <noun>",
with a word from `_STATES` for what befell the thing (stolen, missing, kidnapped, closed, injured…), and the
sentence says "the <noun>" with no word between and nowhere uses that word, it is read as "the <state>
<noun>". Only those words: they tell what the story is about, not a detail a claim might get wrong ("the red
car", "the former minister" are not put back), and "a girl", "the red car" or "the missing boy" name
something else and are left alone.
"""

from __future__ import annotations

import re

_STATES = (
    r"(?:stolen|missing|kidnapped|abducted|lost|escaped|injured|wounded|damaged|destroyed|sunken|stranded|trapped|"
    r"closed|wanted|jailed|detained|arrested|accused|suspected|recalled|evacuated|flooded|burned|burnt|collapsed|"
    r"crashed|hijacked|seized|looted|vandalised|vandalized|banned|suspended|striking|sacked|dismissed|disputed|"
    r"proposed|delayed|cancelled|derailed|grounded|stricken|capsized|runaway|fugitive|disgraced|embattled)"
)
_DESCRIBED = re.compile(rf"\bthe\s+(?P<state>{_STATES})\s+(?P<noun>[a-z][\w-]*)\b", re.IGNORECASE)


def as_the_claim_describes(claim: str, sentence: str) -> str:
    """`sentence` with its first plain "the <noun>" read as the claim's "the <state> <noun>" (see above)."""
    for m in _DESCRIBED.finditer(claim):
        state, noun = m.group("state"), m.group("noun")
        if re.search(rf"\b{state}\b", sentence, re.IGNORECASE):
            continue
        sentence = re.sub(rf"\b(the)\s+({re.escape(noun)})\b", rf"\1 {state.lower()} \2", sentence, count=1, flags=re.I)
    return sentence
