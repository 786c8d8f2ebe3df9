"""What an open question asks for, and whether a sentence could give it.

"How many member countries does NATO have?" wants a count of countries; "How much was the aid worth?"
wants a sum of money; "What did Putin say…?" wants Putin's own words; "Which weapons systems…?" wants
the systems named. Sentences on the topic that hold no such thing (NATO named, no count; the aid named,
no sum; Putin mentioned by Biden; "weapons systems supplied by the alliance", none named) do not answer
the question, so when no sentence found gives what is asked the sources are silent on it. Sentences that
do give it go first, so the quote shown is the one that answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from assistant.answer.speakers import asked_role, asked_speaker, role_holders, role_pattern, said_by
from assistant.index.lexical import tokens

_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|"
    r"thousand|thousands|million|millions|billion|billions|dozen|dozens|half|a third|a quarter"
)
_NUMBER = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE)
_MONEY = re.compile(
    r"[$€£¥₹]|\b(?:US\$|USD|EUR|GBP|dollars?|euros?|pounds?|yen|yuan|rupees?|roubles?|rubles?|francs?|crowns?|"
    r"kronor|krone|pesos?|reais|rand|lira|shekels?|dirhams?|riyals?|won|naira)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# Days of the month and clock times count nothing: "On January 12, a meeting…" gives no number of members.
_DATES = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?!\w)|\b\d{{1,2}}[:.]\d\d\b"
)
_MONEY_WORDS = re.compile(
    r"\b(money|worth|cost|costs|spend|spent|pay|paid|price|budget|fund(?:s|ing)?|fine|fined|"
    r"ransom|fees?|salary|bonus(?:es)?|reward|compensation|damages|bail|debts?|loans?)\b",
    re.I,
)
_HOW_MANY = re.compile(r"^\W*how many\s+(?P<what>[\w\s\-]+)", re.I)
# Where the counted noun phrase ends: "How many member countries | does NATO have?"
_ENDS = re.compile(
    r"^(?:are|is|were|was|does|do|did|has|have|had|will|would|can|could|in|of|on|at|for|from|to|by|with|"
    r"there|the|a|an|this|that|these|those|\w+ed|sank|fell|rose|went|came|took|left|lost|won|made|saw|got|ran|"
    r"hit|fled|flew|drove|broke|became|began|caught|grew|held|kept|met|paid|sent|stood|spent|struck|told|"
    r"wrote|said|found|gave|live|lives|work|works|die|dies|remain|remained|attend|use|own|need|get|face|"
    r"sink|fall|rise|go|come|take|leave|lose|win|make|see|run)$",
    re.I,
)
_HOW_MUCH = re.compile(r"^\W*how much\b", re.I)
_WHICH = re.compile(r"^\W*which\s+(?P<what>[\w\s\-]+)", re.I)
# Words that start no noun phrase: "Which of the outlets…", "Which is…", "Which one…".
_NOT_A_KIND = re.compile(r"^(?:of|is|are|was|were|one|ones|way|side|do|does|did|has|have|will|can)$", re.I)
_SPEECH = (
    r"(?:said|says|told|tells|stated|warned|claimed|added|wrote|announced|argued|insisted|replied|responded|denied)"
)


_OPEN = re.compile(r"^\W*(?:according to [^,]+,\s*)?(what|who|whom|whose|which|when|where|why|how)\b", re.I)
# A wh-word after a conjunction or a preposition asks as well, where the question ends with "?": "And who
# paid?", "Under what circumstances would…?", "To what extent…?" (the seed question "Under what
# circumstances would Biden move US troops?" had been weighed as a yes/no one and answered "Unclear").
# Without the "?" such a line is a statement as often: "For what appears to be the first time…".
_LED_OPEN = re.compile(
    r"^\W*(?:and|but|so|then|also|now|in|on|under|for|from|to|by|at|with|since|until|after|before|during|"
    r"of|about|against|over|through|between|among)\s*,?\s+(?:what|who|whom|whose|which|when|where|why|how)\b"
    r"[^?]*\?\s*$",
    re.I,
)
_AUX = (
    r"(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|must|"
    r"is\s?n[’']t|are\s?n[’']t|was\s?n[’']t|were\s?n[’']t|do\s?n[’']t|does\s?n[’']t|did\s?n[’']t|won[’']t)"
)
# A statement that opens with a wh-word, not a question (1.7% of Climate-FEVER's claims, none of them
# questions, had been answered as open questions and so never got a verdict): a "when" or "where" clause
# before the main one ("When CO2 was higher in the past, the sun was cooler."), a "what" clause as the
# subject ("What they find is that sea level rise has accelerated."), "Which means that…". A question
# puts an auxiliary or a verb straight after its wh-word, or ends with "?".
_STATEMENT = re.compile(
    rf"^\W*(?:(?:when|where|whenever|wherever)\s+(?!{_AUX}\b)[^?]*?(?:,\s*\w|(?:\s+\S+){{7}})"
    r"|what\s+(?:I|you|we|they|he|she|it|the|this|these|those|scientists|experts|people)\s[^?]*?"
    r"\s(?:is|was|are|were)\s\S"
    r"|which\s+(?:means|meant|is\s+to\s+say|shows|showed|suggests|suggested|proves|proved)\b)",
    re.I,
)
# The question itself after the opening clause, without its "?": ", who will attend", "what did it decide".
_ASKS_LATER = re.compile(rf",\s*(?:what|who|which|where|when|why|how)\s+{_AUX}\b|\bwhat\s+(?:do|does|did)\b", re.I)
# A question whose wh-word comes after an opening clause, not an auxiliary: "If it will not send troops,
# what is NATO concentrating on?" (the seed question had been answered "Yes — 2 outlets support this"). A
# question that opens with its auxiliary ("Did Biden say troops would go, which angered Russia?") is a
# yes/no one whatever follows; "which" and "whose" after a comma start a relative clause as often as a question.
_CLAUSE_THEN_WH = re.compile(
    rf"^\W*(?!{_AUX}\b|is\s+it\b)[^?]*?,\s*(?:what|who|whom|when|where|why|how)\s+(?:{_AUX}\b|[a-z]+\b)[^?]*\?\s*$",
    re.I,
)


def is_open_question(question: str) -> bool:
    """A wh-question asks for information, not a yes/no: the sources answer it, no verdict is drawn."""
    if _CLAUSE_THEN_WH.match(question) or _LED_OPEN.match(question):
        return True
    if not _OPEN.match(question) or re.match(r"^\W*how (much|many)\b.*\b(true|correct)\b", question, re.I):
        return False
    if question.rstrip().endswith("?") or not _STATEMENT.match(question):
        return True
    return bool(_ASKS_LATER.search(question))


@dataclass(frozen=True)
class Wanted:
    kind: str  # "count", "amount", "money", "speaker", "role" (the mayor, officials) or "which"
    what: str  # the counted noun(s), the kind of thing asked to be named, or the speaker's name
    words: str  # for a notice: "a number of member countries"
    question: str = ""  # for "which": names the question itself gives are no answer to it
    # For "role": who the sources give that role to (`with_holders`); their words are the role's.
    holders: tuple[str, ...] = ()


def with_holders(want: Wanted | None, texts: Iterable[str]) -> Wanted | None:
    """A role question, with who holds the role in these article texts."""
    if want is None or want.kind != "role":
        return want
    return replace(want, holders=role_holders(want.what, texts))


def wanted(question: str) -> Wanted | None:
    """What kind of answer an open question asks for, when it is one of the kinds checked here."""
    if not is_open_question(question):
        return None
    m = _HOW_MANY.match(question)
    if m:
        what = _noun_phrase(m.group("what"))
        return Wanted("count", what, f"a number of {what}")
    m = _WHICH.match(question)
    if m and not _NOT_A_KIND.match(m.group("what").split()[0]):
        what = _noun_phrase(m.group("what"))
        return Wanted("which", what, f"any {what} by name", question)
    if _HOW_MUCH.match(question):
        if _MONEY_WORDS.search(question):
            return Wanted("money", "", "a sum of money", question)
        return Wanted("amount", "", "an amount")
    if re.match(r"^\W*(what|how)\b", question, re.I):
        role = asked_role(question)
        if role:
            return Wanted("role", role, f"anything the {role} said")
        name = asked_speaker(question)
        if name:
            return Wanted("speaker", name, f"anything {name} said")
    return None


def _noun_phrase(words_after: str) -> str:
    """The noun phrase a question starts with: "member countries | does NATO have?"."""
    words = words_after.split()
    cut = next((i for i, w in enumerate(words[:3]) if i and _ENDS.match(w)), min(len(words), 1))
    return " ".join(words[:cut])


def _stem(word: str) -> str:
    """The index's Snowball stem ("countries" and "country" meet), the word itself for a stop word."""
    return next(iter(tokens(word)), word.casefold())


def could_give(want: Wanted, text: str, speaker: str | None = None) -> bool:
    """The sentence holds something of the kind asked for, whatever it counts: a number that is not a
    year for "how many" ("held in three stages" answers "how many rounds"), the name before a speech
    verb for "what did X say" (where the speaker was not made out), else as `gives`. When no sentence
    found holds even that, the sources are silent on the question."""
    if want.kind == "count":
        return any(_a_count(w) for w in re.findall(r"[^\W_]+", _DATES.sub(" ", text)))
    if want.kind == "which":
        return _names_one(want, text) is not False
    if want.kind == "role":
        return _role_speaks(want, text, speaker)
    if want.kind == "speaker":
        return said_by(speaker, want.what) or _speaks(re.escape(want.what.split()[-1]), text)
    return gives(want, text, speaker)


def _role_speaks(want: Wanted, text: str, speaker: str | None) -> bool:
    if _speaks(role_pattern(want.what), text, re.I):
        return True
    return any(said_by(speaker, h) or _speaks(re.escape(h.split()[-1]), text) for h in want.holders)


# The question's frame and times, not what the sum is for.
_WHEN = re.compile(r"much|many|last|next|this|years?|months?|weeks?|days?|ago|now|today", re.I)


def _sum_for(question: str, text: str) -> bool:
    """A sum answers "how much" only beside a word of what the question is about: "How much ransom did
    the gang demand?" is not answered by "the board approved £2 million for new servers". Names
    (capitalised words) do not count, as a one-story corpus names its subject everywhere, and a
    question with nothing but money words ("How much is the fine?") takes any sum."""
    words = re.findall(r"(?<![.?!]\s)(?<!^)\b[a-z][\w’'-]*", question.strip())
    about = {t for w in words if not _MONEY_WORDS.fullmatch(w) and not _WHEN.fullmatch(w) for t in tokens(w)}
    if not about:
        return True
    money = {t for m in _MONEY_WORDS.finditer(question) for t in tokens(m.group())}
    return bool((about | money) & set(tokens(text)))


def _speaks(who: str, text: str, flags: int = 0) -> bool:
    """`who` (a regex) speaks in the sentence: "Johnson had said", "Johnson earlier today, when he
    said" (a short clause, commas allowed), "according to the mayor"."""
    before = rf"\b{who}\b(?:’s|'s)?,?\s+(?:[\w’']+,?\s+){{0,5}}?{_SPEECH}\b"
    return bool(re.search(rf"{before}|according to (?:[\w’']+\s+){{0,3}}?{who}\b", text, flags))


def gives(want: Wanted, text: str, speaker: str | None = None) -> bool:
    """The sentence gives what is asked: a number next to the counted noun, a sum of money, a number,
    or a statement by the person asked about."""
    if want.kind == "speaker":
        return said_by(speaker, want.what)
    if want.kind == "role":
        return _role_speaks(want, text, speaker)
    if want.kind == "which":
        return bool(_names_one(want, text))
    if want.kind == "money":
        return (
            bool(re.search(r"\d|\b(?:million|billion|trillion)\b", text))
            and bool(_MONEY.search(text) or re.search(r"\b(?:million|billion|trillion|bn)\b", text))
            and _sum_for(want.question, text)
        )
    if want.kind == "amount":
        return bool(_NUMBER.search(text))
    nouns = {_stem(w) for w in want.what.split()}

    def counted(word: str) -> bool:
        w = _stem(word)
        return len(w) > 2 and any(w.startswith(n[:5]) or n.startswith(w[:5]) for n in nouns)

    words = re.findall(r"[^\W_]+", _DATES.sub(" ", text))
    # A number up to four words before the noun ("32 member states", "12 of the ships"), or a sentence
    # naming the noun with a number that is not a year ("the alliance's members, now 32").
    for i, w in enumerate(words):
        if (_NUMBER.fullmatch(w) or w.isdigit()) and any(counted(x) for x in words[i + 1 : i + 5]):
            return True
    return any(counted(w) for w in words) and any(_a_count(w) for w in words)


def _a_count(word: str) -> bool:
    """A number that may count something: digits that are not a year, or a number word."""
    return not _YEAR.fullmatch(word) if word.isdigit() else bool(_NUMBER.fullmatch(word))


# After the thing asked about, words that introduce what it is: "the industries hit hardest were
# farming and retail", "systems such as…", "the outlets: RT and CNN".
_INTRODUCES = re.compile(
    r"^\s*(?:[\w’'-]+\s+){0,3}?(?:is|are|was|were|include[sd]?|including|such as|like|namely|called|named|known as)\b"
    r"|^\s*[:—–]",
    re.I,
)
_NOT_NAMES = re.compile(
    r"^(?:The|A|An|I|It|This|That|These|Those|He|She|They|We|But|And|Mr|Mrs|Ms|Dr|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)$"
)
_WINDOW = 6
_DETERMINERS = re.compile(
    r"^(?:the|a|an|its|their|his|her|our|your|my|this|that|these|those|some|several|many|most|few|all|both|other|"
    r"such|more|certain|various|any|each|every|no|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"to|of|in|on|at|by|for|from|with|use|used|using|and|or)$"
)


def _prefixes(text: str) -> set[str]:
    # Five letters fold "Ukraine"/"Ukrainian" and "systems"/"system" together.
    return {w.casefold()[:5] for w in re.findall(r"[^\W_]+", text) if len(w) > 2}


def _names_one(want: Wanted, text: str) -> bool | None:
    """For "Which X…?": True when the sentence names an X (a name the question does not give, or a
    list or definition, beside its mention of X); False when it mentions X only in general ("weapons
    systems supplied by the alliance"); None when it never says X (it may still answer: "Farming and
    retail were hit hardest"; but news sentences are full of names, so a name alone is no answer)."""
    # The head noun is what must be named ("battery suppliers": suppliers, not a battery plant's town).
    asked = _prefixes(want.what.split()[-1])
    known = _prefixes(want.question)
    found = list(re.finditer(r"[^\W_][\w’'.-]*", text))

    def new_name(i: int) -> bool:
        w = found[i].group().rstrip(".").removesuffix("’s").removesuffix("'s")
        return i > 0 and w[:1].isupper() and not _NOT_NAMES.match(w) and w.casefold()[:5] not in known

    mentions = [i for i, m in enumerate(found) if len(m.group()) > 2 and m.group().casefold()[:5] in asked]
    if not mentions:
        return None
    for i in mentions:
        near = range(max(0, i - _WINDOW), min(len(found), i + _WINDOW + 1))
        if any(new_name(j) for j in near if j not in mentions):
            return True
        # Its own words say which: "the regional water authority" for "Which authority…?".
        for j in range(i - 1, max(-1, i - 4), -1):
            w = found[j].group().casefold()
            if _DETERMINERS.match(w) or text[found[j].end() : found[j + 1].start()].strip():
                break
            if w[:5] not in known:
                return True
        if _INTRODUCES.match(text[found[i].end() :]):
            return True
    return False
