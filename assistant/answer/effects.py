"""What hurt or boosted a figure, told as the figure's fall or rise because of it.

The stance model reads "Did the strike hurt Corvel's sales?" as asking about something other than the sales
falling: "Corvel's sales dropped 12% during the strike" refuted it at 0.98, "Lyle Foods' profits fell as costs rose"
refuted "Did rising costs weigh on Lyle Foods' profits?" at 0.99, "Brenna Air said bookings fell sharply in the week
of the storm" refuted "Did the storm hit Brenna Air's bookings?" at 0.95 (eval/stance_hurt_figures.jsonl). Asked
as "Did Corvel's sales fall because of the strike?", the same sentences support it, and a rise "despite the strike"
still refutes it.

The reading: a claim (or a sentence) that opens with a cause and "hurt / hit / dent / damage / weigh on / eat into /
squeeze / dampen" or "boost / lift / buoy / bolster" a figure (profits, sales, earnings, revenue, margins, shares,
exports, bookings…), owned ("Corvel's profits", "its sales") or bare ("profits"), not a noun it qualifies ("its
sales target"), is put as the figure falling or rising "because of" the cause. Not a cause told in a clause ("Asked
whether the strike hurt its profits, …"), a negated one ("did not hurt"), a thing that is no figure ("hit Corvel's
factory"), nor a record reached ("hit record sales").
"""

from __future__ import annotations

import re

_FIGURE = (
    r"(?:profits?|sales|earnings|revenues?|margins?|shares|share\s+price|turnover|income|exports|imports|bookings|"
    r"takings|output|demand|orders|footfall|visitor\s+numbers|passenger\s+numbers)"
)
# Whose figure: "Corvel's", "Lyle Foods'", "the firm's", "its", or none ("profits"); not "record sales".
_OBJECT = (
    r"(?P<obj>(?:(?:the|its|their|his|her)\s+|(?:the\s+)?(?:[\w&.-]+\s+){0,3}?[\w&.-]+(?:[’']s|s[’'])\s+)?"
    rf"(?!(?:record|new|all-time)\b)(?:[\w-]+\s+)?{_FIGURE})\b"
    # the figure itself, not a noun it modifies ("its sales target", "its profit forecast")
    r"(?=\s*(?:[,.;:?!\"”]|$)|\s+(?:in|by|at|of|for|this|last|since|from|to|and|after|during|over|on|with|despite|as|"
    r"amid|following|because|when|while|until|before)\b)"
)
# Each verb's forms: base (after "did", "will"), past, third person, participle (after "has"); and its direction.
_VERBS = (
    ("hurt", "hurt", "hurts", "hurt", "fall"),
    ("hit", "hit", "hits", "hit", "fall"),
    ("dent", "dented", "dents", "dented", "fall"),
    ("damage", "damaged", "damages", "damaged", "fall"),
    ("weigh on", "weighed on", "weighs on", "weighed on", "fall"),
    ("eat into", "ate into", "eats into", "eaten into", "fall"),
    ("squeeze", "squeezed", "squeezes", "squeezed", "fall"),
    ("dampen", "dampened", "dampens", "dampened", "fall"),
    ("boost", "boosted", "boosts", "boosted", "rise"),
    ("lift", "lifted", "lifts", "lifted", "rise"),
    ("buoy", "buoyed", "buoys", "buoyed", "rise"),
    ("bolster", "bolstered", "bolsters", "bolstered", "rise"),
)
_WAY = {form: v[4] for v in _VERBS for form in v[:4]}
_ANY_FORM = "|".join(sorted({f.replace(" ", r"\s+") for v in _VERBS for f in v[:4]}, key=len, reverse=True))
_MOVED = {"fall": ("fall", "fell", "falls"), "rise": ("rise", "rose", "rises")}

_ASKED = re.compile(
    rf"^(?P<aux>\s*(?:Did|Does|Do|Will|Would|Could|Can|Might|Has|Have|Had))\s+(?P<x>(?:(?!\b(?:not|never)\b)[^,;?])+?)"
    rf"\s+(?P<v>{_ANY_FORM})\s+{_OBJECT}(?P<rest>[^?]*)\?",
)
# A statement that opens with its cause: a few words, no clause, no negation.
_TOLD = re.compile(
    rf"^(?P<x>\s*(?:[\w’'-]+\s+){{0,5}}?[\w’'-]+)\s+(?P<aux>(?:has|have|had)\s+)?(?P<v>{_ANY_FORM})\s+{_OBJECT}",
)
_NOT_A_CAUSE = re.compile(
    r"\b(?:not|never|no|whether|if|that|asked|who|which|what|how|why|when|could|may|might|would|will)\b|n[’']t\b",
    re.IGNORECASE,
)
_LOWER_FIRST = frozenset({"the", "a", "an", "its", "their", "rising", "falling", "higher", "lower", "this", "these"})


def _cause(x: str) -> str:
    """ "The strike" -> "the strike"; a name keeps its capital."""
    x = x.strip()
    first = x.split()[0]
    return x[0].lower() + x[1:] if first.lower() in _LOWER_FIRST else x


def as_change(text: str) -> str:
    """`text` with a cause that hurt or boosted a figure put as the figure's fall or rise because of it."""
    asked = _ASKED.match(text)
    if asked is not None:
        aux = asked.group("aux").strip()
        aux = "Did" if aux in ("Does", "Do", "Has", "Have", "Had") else aux  # the past, as the model reads a change
        moved = _MOVED[_WAY[" ".join(asked.group("v").lower().split())]][0]
        return f"{aux} {asked.group('obj')} {moved} because of {_cause(asked.group('x'))}{asked.group('rest')}?"
    told = _TOLD.match(text)
    if told is None or _NOT_A_CAUSE.search(told.group("x")):
        return text
    moved = _MOVED[_WAY[" ".join(told.group("v").lower().split())]][1]
    obj = told.group("obj")
    # "…boosted sales to $16m, it said" -> "Sales rose to $16m because of the campaign, it said"
    clause = re.match(r"[^,;]*?(?=[,;]|[.!?]?\s*$)", text[told.end() :])
    split = told.end() + (clause.end() if clause else 0)
    because = f" because of {_cause(told.group('x'))}"
    return f"{obj[0].upper()}{obj[1:]} {moved}{text[told.end() : split]}{because}{text[split:]}"
