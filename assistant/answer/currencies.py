"""A currency's move told against another currency, read as the move the claim asks about.

Markets news tells a currency's rise or fall against another: "The peso fell against the dollar". The stance model
read the currency it moved against as a contradiction of a claim that names none: that sentence refuted "Did the
peso fall?" at 0.94, "The rand gained against the dollar" "Did the rand gain?" at 0.92 (eval/stance_currencies.jsonl).
So where the claim says no "against", the sentence is read without it ("The peso fell on Monday.").

A claim that names one ("Did the pound fall against the dollar?") had fared no better: "The pound fell against the
euro" supported it at 0.94. A sentence that moves against other currencies only says neither there
(`other_currency_side`): a fall against the euro tells nothing of the dollar. One that moves against the same
currency is left to the model and the rules: read without the currency on both sides, the model did worse ("The Tarn
dollar strengthened against the euro", which `opposites` turns into a no to "Did the Tarn dollar weaken against the
euro?", read neither).
"""

from __future__ import annotations

import re

_UNITS = (
    r"dollars?|euros?|yen|pounds?|sterling|francs?|yuan|renminbi|rupees?|roubles?|rubles?|won|pesos?|lira|rand|real|"
    r"kronor|krona|krone|zloty|forint|ringgit|baht|dinars?|dirhams?|riyals?|rials?|shekels?|naira|shillings?|cedi|"
    r"kwacha|hryvnia|lari|tenge|taka|rupiah|dong|greenback|single\s+currency"
)
# "the dollar", "the US dollar", "the Hong Kong dollar", "sterling"; "a basket of currencies", "its peers". Only where
# the currency ends its phrase: "against the real estate bill" is no move against the real.
_END = (
    r"(?=\s*[,.;:?!)]|\s*$|\s+(?:on|in|at|after|for|to|and|or|since|as|amid|following|before|during|this|last|from|"
    r"by|while|but|with|over|until|despite)\b)"
)
_QUALIFIER = r"(?:(?-i:[A-Z][\w.]*)|strong(?:er)?|weak(?:er)?|resurgent|mighty)"
_ONE = rf"(?:(?:the|a)\s+)?(?:{_QUALIFIER}\s+){{0,2}}(?:{_UNITS})\b{_END}"
_MANY = (
    r"(?:(?:a\s+)?basket\s+of\s+|(?:most\s+|all\s+)?(?:of\s+)?(?:its|their|the|other|major|leading|key)\s+)+"
    rf"(?:(?-i:[A-Z][\w.]*)\s+)?(?:major\s+)?(?:currencies|peers|rivals|counterparts)\b{_END}"
)
_AGAINST = re.compile(
    rf",?\s+(?:against|versus|vs\.?)\s+(?:{_ONE}|{_MANY})(?:(?:\s*,\s*|\s+(?:and|or)\s+)(?:{_ONE}|{_MANY}))*",
    re.IGNORECASE,
)


# One currency in two of its names.
_SAME = {"greenback": "dollar", "sterling": "pound", "single currency": "euro", "renminbi": "yuan", "ruble": "rouble"}


def _units(text: str) -> set[str]:
    """The currencies `text` tells a move against."""
    found = (u.lower().rstrip("s") for m in _AGAINST.finditer(text) for u in re.findall(_UNITS, m.group(), re.I))
    return {_SAME.get(" ".join(u.split()), u) for u in found}


def without_currency_against(claim: str, sentence: str) -> str:
    """The sentence without the currencies a currency moved against ("The peso fell against the dollar on Monday." as
    "The peso fell on Monday."), where the claim says no "against"; else the sentence."""
    if re.search(r"\b(?:against|versus|vs)\b", claim, re.IGNORECASE):
        return sentence
    return _AGAINST.sub("", sentence)


def other_currency_side(claim: str, sentence: str) -> str | None:
    """ "neither" where the claim asks of a move against a currency and the sentence tells one against other
    currencies only ("fell against the euro" for "Did the pound fall against the dollar?"); else None."""
    asked, told = _units(claim), _units(sentence)
    return "neither" if asked and told and not told & asked else None
