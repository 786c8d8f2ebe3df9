"""A claim with one negation, and the same claim without it, for the stance model to read both.

The stance model reads a claim's own negation poorly: "Isla Verde's main airport reopened on Tuesday…"
supported "The airport did not reopen." (0.70) and "Is it true that the airport did not reopen?" (0.93),
a confident "Yes" to the opposite of what the sources say, while it also supports "The airport
reopened.". A sentence cannot support (or refute) both a statement and its negation, so where the two
readings take the same side the sentence is read neither way (`StanceModel.weigh`).

Turning the positive reading round instead (support of "reopened" as refutation of "did not reopen")
was tried: on the hand-written negation pairs it removed every wrong committed side, but on
Climate-FEVER's training pairs it made 30 wrong sides where the negated reading alone has 20, since the
model supports positive claims on tangential evidence; the check above has 18 there, and 2 of 4 on the
news pairs.

Only a negation of the whole clause is taken off, in a claim of one short clause: an auxiliary with
"not" or "n't" ("did not", "won't", "has not yet"), or "never"; "did not find" becomes "found" (the model
reads an emphatic "did find" as a hedge). "Told not to drink", "not only", a claim with two negations,
or with "no", "nobody", "none"… are left as they are. A question that opens with a negative contraction
("Didn't the museum reopen?") asks for confirmation of the positive, and is read as "Did the museum
reopen?".
"""

from __future__ import annotations

import re

_AUX = r"did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|shall|may|might|must|need"
NEGATIONS = re.compile(
    r"\b(?:not|never|no|none|nobody|nothing|neither|nor|cannot)\b|n[’']t\b|\bno[\s-]one\b", re.IGNORECASE
)
_LEADING = re.compile(rf"^(\W*)({_AUX}|ca|wo|sha)n[’']t\b", re.IGNORECASE)
_CLAUSAL = re.compile(
    rf"\b(?P<aux>{_AUX})(?:\s+not|n[’']t)\b(?!\s+(?:to|only|just|even|least|merely)\b)(?P<yet>\s+yet)?"
    r"|\b(?P<can>can)not\b|\b(?P<wo>wo|ca|sha)n[’']t\b(?P<yet2>\s+yet)?"
    r"|\bnever\s+",
    re.IGNORECASE,
)
_FULL = {"wo": "will", "ca": "can", "sha": "shall"}
# Turned round only where the negation is the claim's: one short clause. In a longer claim it often sits
# in a clause of its own ("CO2 does not cause climate change, it RESPONDS to it", "If there were
# [emissions], we could not see…"), and turning the whole round was wrong: on Climate-FEVER's training
# pairs, turning every claim with one negation round made 64 pairs worse and 12 better.
_SUBORDINATE = re.compile(
    r"[,;:()\[\]]|\b(?:if|because|which|who|whom|whose|when|while|although|though|since|unless|but|rather|"
    r"so that|even|whereas)\b",
    re.IGNORECASE,
)


def _one_clause(claim: str) -> bool:
    body = re.sub(r"^\W*is\s+it\s+true\s+that\s+", "", claim.strip(), flags=re.IGNORECASE)
    return len(body.split()) <= 16 and _SUBORDINATE.search(body) is None


# A yes/no question with "not" after its subject: "Did the airport not reopen?", "Has it not yet…?".
_ASKED_NOT = re.compile(
    rf"^\W*(?:{_AUX})\s+(?:[^\s,;:]+\s+){{1,6}}?(?P<not>not\s+(?:yet\s+)?)(?!to\b|only\b|just\b|even\b)",
    re.IGNORECASE,
)


# "did not find" becomes "found", not "did find": the model read the emphatic "did" as a hedge
# ("Police did find the stolen car" refuted by "Police found the stolen car…", 0.69).
_IRREGULAR = dict(
    re.findall(
        r"(\w+):(\w+)",
        "be:was have:had do:did go:went say:said make:made take:took come:came see:saw know:knew get:got "
        "give:gave find:found think:thought tell:told become:became show:showed leave:left feel:felt put:put "
        "bring:brought begin:began keep:kept hold:held write:wrote stand:stood hear:heard let:let mean:meant "
        "set:set meet:met run:ran pay:paid sit:sat speak:spoke lead:led read:read grow:grew lose:lost "
        "fall:fell send:sent build:built understand:understood draw:drew break:broke spend:spent cut:cut "
        "rise:rose drive:drove buy:bought wear:wore choose:chose seek:sought throw:threw catch:caught "
        "deal:dealt win:won forget:forgot sell:sold fight:fought teach:taught shut:shut hit:hit hurt:hurt "
        "quit:quit split:split spread:spread strike:struck steal:stole sink:sank fly:flew freeze:froze "
        "ride:rode shake:shook hang:hung bet:bet bid:bid cost:cost withdraw:withdrew overcome:overcame "
        "undergo:underwent foresee:foresaw mislead:misled upset:upset sweep:swept flee:fled swim:swam "
        "sing:sang ring:rang drink:drank eat:ate forgive:forgave hide:hid bite:bit light:lit shoot:shot "
        "sleep:slept dig:dug feed:fed bend:bent lend:lent tear:tore",
    )
)
_VOWELS = "aeiou"


def past_tense(verb: str) -> str:
    """ "ban" -> "banned", "expel" -> "expelled", "take" -> "took"."""
    v = verb.lower()
    if v in _IRREGULAR:
        return _IRREGULAR[v]
    if v.endswith("e"):
        return verb + "d"
    if v.endswith("y") and len(v) > 1 and v[-2] not in _VOWELS:
        return verb[:-1] + "ied"
    if len(v) <= 4 and len(v) >= 3 and v[-1] not in _VOWELS + "wxy" and v[-2] in _VOWELS and v[-3] not in _VOWELS:
        return verb + verb[-1] + "ed"  # ban -> banned, stop -> stopped
    return verb + "ed"


def _third(verb: str) -> str:
    v = verb.lower()
    if v in ("be", "have", "do", "go"):
        return {"be": "is", "have": "has", "do": "does", "go": "goes"}[v]
    if v.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if v.endswith("y") and len(v) > 1 and v[-2] not in _VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


def _inflected(claim: str, m: re.Match[str], aux: str) -> str | None:
    """ "did not close" -> "closed", "does not close" -> "closes", "do not close" -> "close"."""
    rest = claim[m.end() :]
    verb = re.match(r"\s*(?:(?:yet|ever|really|actually)\s+)?([a-z]+)\b", rest)
    if verb is None:
        return None
    word = verb.group(1)
    form = {"did": past_tense, "does": _third}.get(aux.lower(), lambda w: w)(word)
    return claim[: m.start()] + form + rest[verb.end() :]


def _positive(claim: str, m: re.Match[str]) -> str:
    if m.group("aux"):
        word = m.group("aux")
        if word.lower() in ("did", "does", "do") and (done := _inflected(claim, m, word)) is not None:
            return done
    elif m.group("can"):
        word = m.group("can")
    elif m.group("wo"):
        word = _FULL[m.group("wo").lower()]
        word = word.capitalize() if m.group("wo")[0].isupper() else word
    else:  # "never "
        return claim[: m.start()] + claim[m.end() :]
    return claim[: m.start()] + word + claim[m.end() :]


def positive_form(claim: str) -> tuple[str, bool] | None:
    """(the claim without its one clausal negation, whether the claim is that negation: True for "The
    airport did not reopen.", read both ways; False for "Didn't the museum reopen?", read as the
    positive question); None when the claim has no such negation, or more than one negation."""
    if len(NEGATIONS.findall(claim)) != 1 or not _one_clause(claim):
        return None
    if lead := _LEADING.match(claim):
        aux = lead.group(2)
        word = _FULL.get(aux.lower(), aux)
        word = word.capitalize() if aux[0].isupper() else word
        return claim[: lead.start(2)] + word + claim[lead.end() :], False
    m = _CLAUSAL.search(claim)
    if m is not None:
        return " ".join(_positive(claim, m).split()), True
    if (q := _ASKED_NOT.match(claim)) is not None:  # "Did the airport not reopen?"
        return " ".join((claim[: q.start("not")] + claim[q.end("not") :]).split()), True
    return None
