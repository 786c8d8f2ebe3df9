"""A reported sentence as the plain statement it reports, for the stance model to read alongside it.

The stance model reads a short declarative far better than the same statement inside an attribution
frame: "However, Stoltenberg, in the same interview, stressed that NATO is “not ready to compromise on
core principles”." supported "Is NATO prepared to give up its core principles?" (0.76), while "NATO is
not ready to compromise on core principles." refutes it (0.99); "NATO Secretary-General Jens Stoltenberg
has said that the … alliance has no plans to deploy troops on the ground…" supported "Will the alliance
put soldiers on the ground in Ukraine?" (0.89). So the frame comes off: a leading connective
("However,", "In addition,"), a speaker and speech verb before "that" or a colon, a trailing
attribution (', the trust said.', '," Stoltenberg told CNN.'), a speaker standing in for its pronoun
("The trust said it had not paid" -> "The trust had not paid"), an aside between commas (", held in
Geneva in April,": "Talks …, held in Geneva in April, ended without a deal." supported "Did the Geneva talks
end with a deal?" at 0.99, without the aside it refutes it at 0.94), and quotation marks.

Only frames that do not change what is asserted come off: a head with a negation or a denial ("No
official said that…", "The minister denied that…") stays, as does a tail with one (", but residents
said it would not") or one joined by a conjunction. Who said it is kept by the answer all the same
(the citation's speaker); this form is only what the model reads.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import OCCURRED, all_named, same_stem, tells_an_event, verb_tokens

# Verbs that report without taking a side ("denied", "rejected", "doubted" do take one: never stripped).
# Not speakers._VERBS: that list finds who speaks and so holds side-taking verbs ("denied", "accused").
_SAY = (
    r"said|says|say|told|tells|added|adds|stressed|stresses|noted|notes|stated|states|announced|announces|"
    r"explained|explains|insisted|insists|reiterated|reiterates|reaffirmed|confirmed|confirms|declared|declares|"
    r"argued|argues|wrote|writes|emphasi[sz]ed|emphasi[sz]es|remarked|warned|warns|claimed|claims|maintained|"
    r"maintains|pointed out|made clear|underlined|underscored|observed|asserted|asserts|reported|reports|learned|"
    r"learnt|understands"
)
_LEAD = re.compile(
    r"^(?:however|but|and|meanwhile|in addition|additionally|moreover|furthermore|also|still|yet|separately|"
    r"nonetheless|nevertheless|instead|at the same time|indeed|in fact|earlier|previously|later|now)\s*,?\s+",
    re.IGNORECASE,
)
# Words of a when/where aside between the verb and "that": "said last week that", "stressed, in the
# same interview, that"; never a clause ("said it was not likely that" keeps its hedge).
_ASIDE_WORD = (
    r"(?:on|in|at|to|during|last|this|earlier|later|yesterday|today|after|before|from|with|via|the|a|an|"
    r"its|his|her|their|same|[A-Z][\w.’'\-]*|\w+day|week|month|year|interview|statement|conference|"
    r"briefing|reporters|journalists|media|press|news|radio|television|tv|morning|evening|night|afternoon|"
    r"speech|address|post|letter|parliament|lawmakers|mps|meeting|summit|again|repeatedly|also|publicly)"
)
_ASIDE = rf"(?:,?\s+(?:{_ASIDE_WORD}\b\s*)+?,?)?"
_ADV = r"(?:has |had |have |also |again |repeatedly |previously |publicly )*"
_HEAD = re.compile(rf"^[^;:\"“”]{{0,160}}?\b{_ADV}(?:{_SAY})\b{_ASIDE}\s+that\s+")
_HEAD_COLON = re.compile(rf"^[^;:\"“”]{{0,120}}?\b(?:{_SAY})\b{_ASIDE}:\s+")
# A head that itself denies or negates: what follows is not asserted.
_DENIAL = re.compile(
    r"\b(?:not|no|never|nobody|none|neither|nor|wrong|false|untrue|whether|if|den(?:y|ies|ied)|doubt\w*|"
    r"reject\w*|dismiss\w*|refus\w*|disput\w*|question\w*)\b|n[’']t\b",
    re.IGNORECASE,
)
# What may follow a trailing speech verb: to whom, when, where ("told the American news outlet on Friday"),
# never a clause of its own ("said the crisis team is on standby", "said the plant would close").
_NOT_TAIL = (
    r"is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|do|does|did|and|but|or|that|"
    r"not|no|never|if|whether|because|although|though|while"
)
# A head with a clause of its own ("as we are talking about David, Jonathan adds that…") is not a speaker.
_CLAUSAL = re.compile(r"\b(?:and|but|as|while|when|because|although|though|since|after|before|where)\b", re.I)
_CONJ = r"but|and|or|while|whereas|although|though|yet|which|who|when|if|because|as|so"
_TAIL = re.compile(
    rf"(?:,[\"”’']?|[\"”’'])\s+(?!(?:{_CONJ})\b)(?![^.]*\b(?:not|no|never)\b)"
    rf"(?:(?:(?!(?:{_CONJ}|{_NOT_TAIL}|{_SAY})\b)(?:the|a|an|[A-Z][\w.’'\-]*|he|she|they|it|its|[a-z][\w’'\-]*)\s+){{0,6}}?"
    rf"(?:has |had |also )*(?:{_SAY})|(?:{_SAY})\b)(?:\s+(?!(?:{_NOT_TAIL})\b)[\w.’'\-]+){{0,12}}$"
)
# "The trust said it had not paid" -> "The trust had not paid"; not an empty "it" ("said it was too early").
_SAID_PRONOUN = re.compile(
    rf"^(?P<subj>(?:the |a |an )?[\w.’'\-]+(?: [\w.’'\-]+){{0,5}}?) {_ADV}(?:{_SAY})(?: that)? (?:it|he|she|they) "
    r"(?=\w)(?!(?:is|was|'s|would be|will be|may be|might be|could be|remains|seems|appears)\b)"
)
# A non-restrictive aside between commas: ", held in Geneva in April,", ", which opened in 2019,".
_ASIDE_CLAUSE = re.compile(
    r"^(?P<subject>[^,;:\"“”]{3,80}),\s+(?:which|who|whose|\w+ed|\w+ing|held|led|based|born|known|built|made|run|set|"
    r"seen|given|taken|written)\s[^,;:\"“”]{0,60}?,\s+(?=(?:\w+ed|\w+s|will|would|has|have|had|is|are|was|were|can|"
    r"could|may|might|must|did|does|do|broke|began|won|lost|took|made|said|told|went|came|fell|rose|met|left|kept)\b)"
)
_PRONOUN = re.compile(r"(?:he|she|they|it|we|i)\b", re.IGNORECASE)
# A speaker's title left before the name once the tail is off: "…, its finance director, Priya Nair, said".
_VERB_FIRST = re.compile(rf"[,\"”’'\s]*(?:{_SAY})\b")
_NAME_END = re.compile(r",\s+(?:(?:Dr|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?(?:[A-Z][\w.’'\-]*\s*){1,4}$")
_TITLE_END = re.compile(r",\s+(?:its|his|her|their|the)\s+[^,;:\"“”]{1,40}$")
# A closing clause that only says what was not said ("…, but gave no further details.", "…; the firm did
# not respond to a request for comment."), or that it happened before (", not for the first time"): it
# asserts nothing about the claim, and its negation turns the model round. Appended to sentences read at
# >= 0.9 (`python -m training.probe_stance`), the request-for-comment clause turns 32 of 88 refutations
# into support for the model alone, ", but gave no further details" 19, ", not for the first time" 32 of
# 110 supports into refutations; read beside the sentence without it, 5, 4 and 7.
_NO_NEWS = re.compile(
    r"(?:;\s*|,?\s+(?:but|and)\s+)(?:(?:he|she|it|they|the\s+\w+|its\s+\w+)\s+)?(?:"
    r"(?:did not|didn[’']t|would not|wouldn[’']t|could not|couldn[’']t|declined to|refused to)\s+"
    r"(?:say|give|comment|elaborate|disclose|provide|specify|name|confirm|explain|offer|reveal|answer)\b"
    r"|(?:gave|give|offered|provided)\s+no\s+(?:further\s+|more\s+|other\s+)?"
    r"(?:details?|explanation|reason|comment|timetable|date|figures?|information)\b"
    r"|(?:did not|didn[’']t)\s+(?:immediately\s+)?(?:respond|reply)\s+to\b"
    r"|(?:could not|couldn[’']t)\s+be\s+reached\b|(?:was|were)\s+not\s+available\s+for\s+comment\b"
    r")[^.;:]*[.]?$"
    r"|,\s+not\s+for\s+the\s+first\s+time(?=[,.]?$|,)"
)
_QUOTES = re.compile(r"[\"“”]|(?<!\w)['‘’]|['‘’](?!\w)")
# Less than this left after a frame comes off: the frame was most of the sentence, keep it whole.
_MIN_LEFT = 15


# A closing coordinated clause (", and no one was hurt", ", though the reasons were not clear"): the model
# counts its negation against the claim. Appended to 88 sentences read as refuting at >= 0.9, those two
# turned 18 and 16 into support for the model alone (`python -m training.probe_stance`).
_CLOSING_CLAUSE = re.compile(r",\s+(?:and|though|although|while|whereas)\s+(?P<clause>[^,;]{8,}?)[.]?$")
_SMALL = frozenset(
    re.findall(
        r"\w+",
        "the a an of to in on at for and or but is are was were be been has have had will would did does do it its "
        "this that with by from as said says not no",
    )
)


def _content(text: str) -> set[str]:
    return {w for w in words(text) if w not in _SMALL and len(w) > 2}


def without_unrelated_clause(claim: str, sentence: str) -> str:
    """The sentence without a closing ", and …" / ", though …" clause that shares no content word with the
    claim ("…, and no one was hurt" against "Did the council close the bridge?"); else the sentence."""
    m = _CLOSING_CLAUSE.search(sentence.rstrip())
    if m is None or _content(m.group("clause")) & _content(claim):
        return sentence
    kept = sentence.rstrip()[: m.start()].rstrip(" ,")
    return f"{kept}." if len(kept) > _MIN_LEFT else sentence


# A closing adjunct of concession or lack: "…took place despite the storm warnings", "…went ahead without its
# headline act". Its word of loss read as a no to the main clause's own event (0.99 against "Did the
# festival take place?"). Not "though …" ("the dam did not break, though water spilled over": what is left
# reads as a no to "The dam held"), nor "without a / an …" ("the third meeting in a row without a change").
# So is a closing cause ("…was cancelled because of high winds", "…owing to rough seas", "…amid falling demand"):
# the model read the event beside it as neither (0.97 against "Did the Tarn race take place?",
# eval/stance_because_of.jsonl); a claim that asks for a cause shares "because" with it, and keeps it.
_CLOSING_ADJUNCT = re.compile(
    r",?\s+(?P<clause>(?:despite|in\s+spite\s+of|even\s+though|because\s+of|owing\s+to|amid)\s+[^,;]{4,}?|"
    r"without\s+(?:its|his|her|their)\s+[^,;]{4,}?)"
    r"(?P<said>,\s+[\w'’ -]{2,40}?\s+(?:said|says|added|confirmed|reported|announced))?[.]?$"
)


def without_unrelated_adjunct(claim: str, sentence: str) -> str:
    """The sentence without a closing "despite …" / "without its …" / "even though …" adjunct (before an
    attribution, if one closes it) that shares no content word with the claim, where what is left does:
    "The festival took place." for "Did the festival take place?"; else the sentence."""
    m = _CLOSING_ADJUNCT.search(sentence.rstrip())
    if m is None or _content(m.group("clause")) & _content(claim):
        return sentence
    kept = sentence.rstrip()[: m.start()].rstrip(" ,")
    if len(kept) <= _MIN_LEFT or not _content(kept) & _content(claim):
        return sentence
    return f"{kept}{m.group('said') or ''}."


# Whom a case is against, where the claim asks only of "the case": "Police dropped the charges against Leo Carr" had
# refuted "Did police drop the charges?" at 0.98, "The court heard the case against Corvel" "Did the court hear the
# case?" at 0.93 (eval/stance_case_against.jsonl): the model reads the "against" the claim lacks as a contradiction.
# What is brought against someone (`someone_else` reads the same nouns).
CASE_NOUNS = r"case|cases|charges?|counts?|allegations?|claims?|complaints?|lawsuits?|suits?|proceedings|action"
_AGAINST_WHOM = re.compile(
    rf"\b(?P<noun>{CASE_NOUNS}|prosecutions?|sanctions)\s+against\s+(?P<whom>(?:[\w’'-]+\s+){{0,4}}?[\w’'-]+)"
    r"(?=\s+(?:on|in|at|after|last|this|following|over|for|with|from|and|but|before|earlier|yesterday|today|when|as|"
    r"was|were|is|are|has|have|had|will)\b|\s*[,;.]|\s*$)",
    re.IGNORECASE,
)


def without_whom_against(claim: str, sentence: str) -> str:
    """The sentence without whom its case, charges, lawsuit or sanctions are against, where the claim names the same
    noun, no one it is against, and none of those words ("the charges against Leo Carr" as "the charges" for "Did
    police drop the charges?"); else the sentence."""
    if re.search(r"\bagainst\b", claim, re.IGNORECASE):
        return sentence

    def bare(m: re.Match[str]) -> str:
        named = any(same_stem(t, n) for t in verb_tokens(claim) for n in verb_tokens(m.group("noun")))
        return m.group("noun") if named and not _content(m.group("whom")) & _content(claim) else m.group()

    return _AGAINST_WHOM.sub(bare, sentence)


# The post someone resigned, named after the verb: "Mara Voss resigned as mayor of Tarn on Friday" said neither to
# "Did Mara Voss resign?" (0.21; "…resigned on Friday" supports it at 0.99; eval/stance_posts_and_roles.jsonl).
# Left out where the claim names no post of its own; a claim that does ("resign as mayor?") keeps the
# sentence's, for the model to compare the two.
_RESIGNED_AS = re.compile(
    r"\b(?P<verb>resign(?:ed|s|ing)?)\s+as\s+[^,;.]+?(?=\s+(?:on|in|at|after|last|this|following|amid|over|with|"
    r"from|and|but|to|before|earlier|yesterday|today)\b|\s*[,;.]|\s*$)",
    re.IGNORECASE,
)
_ASKS_RESIGNED = re.compile(r"\bresign(?:ed|s|ing)?\b(?!\s+(?:as|from)\b)", re.IGNORECASE)


def without_post_resigned(claim: str, sentence: str) -> str:
    """The sentence without the post its "resigned as …" names, where the claim asks whether someone resigned
    and names no post: "Mara Voss resigned on Friday." for "Did Mara Voss resign?"; else the sentence."""
    if not _ASKS_RESIGNED.search(claim) or re.search(r"\bresign\w*\s+(?:as|from)\b", claim, re.IGNORECASE):
        return sentence
    return _RESIGNED_AS.sub(lambda m: m["verb"], sentence)


# A main clause, then the event it happened with: "No one was hurt when a lorry drove through the picket
# line", "Residents protested after the council closed the library". After "as" only a determiner or a
# pronoun opens an event ("resigned as Rovers manager" is a role).
_WITH_EVENT = re.compile(
    r"^(?P<main>[^;]{6,}?)\s+(?:(?:when|after|once)\s+(?=[A-Z]|(?:the|a|an|his|her|its|their|it|he|she|they)\b)"
    r"|as\s+(?=(?:the|a|an|his|her|its|their|it|he|she|they)\b))(?P<clause>[^;]{6,}?)[.]?$"
)
_NOT_YET = re.compile(r"\b(?:will|would|could|may|might|shall|should|can|if|unless)\b|\bnext\b", re.IGNORECASE)


def event_taken_as_given(claim: str, sentence: str) -> str:
    """The event a "when / after / as" clause tells, as a sentence of its own, where the main clause shares no
    content word with the claim and the event clause does: the sentence takes the event as given ("Police
    said no one was hurt when a lorry drove through the picket line" says a lorry drove through it), and
    the model had read the main clause's negation against it (0.97 against "Did a lorry drive through the
    picket line?"). Not for what has not happened yet ("…will test the generators when the plant next loses
    power"), nor where the claim asks more than the event clause names ("Were there any arrests after the
    protest?" of "No one was arrested after the protest": the model had read "The protest." against it).
    Else the sentence."""
    m = _WITH_EVENT.match(sentence.strip())
    if m is None or _NOT_YET.search(m.group("main")) or _NOT_YET.search(m.group("clause")):
        return sentence
    asked = _content(claim)
    if _content(m.group("main")) & asked or not _content(m.group("clause")) & asked:
        return sentence
    asked_of_event = [t for t in verb_tokens(claim) if t not in OCCURRED]  # "take place" names no more
    if not all_named(asked_of_event, verb_tokens(m.group("clause"))):  # "Were there any arrests after the
        # protest?" asks what the main clause tells ("No one was arrested after the protest")
        return sentence
    if not tells_an_event(m.group("clause")):  # "hours after a 4-0 defeat": no event of its own to read
        return sentence
    clause = m.group("clause").rstrip(" .")
    return f"{clause[0].upper()}{clause[1:]}."


def words(text: str) -> list[str]:
    """The words of a text, folded: two texts with the same words say the same to the model (quotes,
    a final full stop and capitals aside), and need not be read twice."""
    return re.findall(r"\w+", text.casefold())


def _only_a_speaker(head: str) -> bool:
    """The words before what is reported name who says it, no more: no denial, no clause of their own."""
    return not (_DENIAL.search(head) or _CLAUSAL.search(head))


def plain(sentence: str) -> str:
    """The statement `sentence` reports, without its attribution frame; the sentence itself (spaces
    normalised) when it has none."""
    whole = " ".join(sentence.split())
    s = whole
    for _ in range(2):
        s = _LEAD.sub("", s)
    head = _HEAD.match(s) or _HEAD_COLON.match(s)
    if (p := _SAID_PRONOUN.match(s)) and _only_a_speaker(p.group("subj")):
        s = f"{p.group('subj')} {s[p.end() :]}"
    elif head and _only_a_speaker(head.group(0)) and len(s) - head.end() > _MIN_LEFT:
        rest = s[head.end() :]
        # "Lively herself said that she doesn't…" keeps its head: "She doesn't…" names no one.
        s = s if _PRONOUN.match(rest) else rest
    s = _ASIDE_CLAUSE.sub(r"\g<subject> ", s)
    said = _NO_NEWS.sub("", s)
    s = said if len(said) > _MIN_LEFT else s
    body = s.rstrip(" .")
    tail = _TAIL.search(body)
    if tail and tail.start() > _MIN_LEFT:
        s = body[: tail.start()]
        if _VERB_FIRST.match(tail.group(0)):  # "…, its finance director, Priya Nair, said on Saturday."
            s = _TITLE_END.sub("", _NAME_END.sub("", s))
    s = _QUOTES.sub("", s).strip(" ,.…")
    s = re.sub(r"^\.\.\.\s*|\s*\.\.\.$", "", s).strip()
    if not s:
        return whole
    return s[0].upper() + s[1:] + ("" if s[-1] in ".!?" else ".")
