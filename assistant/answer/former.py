"""Who holds a post now, against a sentence that calls them its former holder or says they left it.

The stance model reads the name and the post and not the "former": "Former health minister Jane Doyle
spoke at the conference" supported "Is Jane Doyle the health minister?" at 0.98, and so did "Priya Nair,
the former chief executive of Lantern Bank, …" and "Helen Park, who formerly chaired the inquiry, …"
(0.99). A "former" holder is not the holder now: such a sentence refutes a claim about the present.

The rule: the claim asks about now ("Is / Are / Does …", "still"), not about the past ("Was", "did",
"served", "ever"); the sentence names the claim's person and calls someone the former holder of a post
the claim names ("former / formerly / ex- / one-time / erstwhile" followed by the claim's word for the
post: "health", "chief", "chaired", "mayor"). "A former aide to Owen Blake", "Jane Doyle, a former nurse"
name another post and are left to the model.

A sentence that says they left the post ("resigned", "stepped down", "quit", "was sacked", "was
ousted", "left office") is read by the model mostly right when they did; what it misreads is every
other mention of leaving, which it takes as refuting that they hold the post: "Luis Ortiz refused to
resign as party leader" (0.89), "has not resigned" (0.95), "will step down in March" (0.97), "called on
Paul Emery to resign" (0.96), "the nurse who resigned" (0.83), and "Rory Keane was sacked" against "Was
Keane the manager?" (0.98). `left_post` says how to read the sentence (figures in MODEL_CARD.md):
- "left": they left it (past, not denied, the claim's person, not someone a relative clause names), and
  the claim asks about now: the sentence refutes it, at least at `rules.MOVED` ("Kelso Rovers sacked Dean
  Halloran on Sunday" had said neither to "Is Dean Halloran still the Kelso manager?", 0.98, and "stood down
  as chair" refuted "Is he still chair?" only at 0.58 once read as "resigned as chair";
  eval/stance_still_in_post.jsonl), unless a reappointment follows ("aside");
- "stays": the leaving is denied or refused ("has not resigned", "refused to step down"): its
  refutation is read as support that they hold it;
- "aside": the leaving is only to come, asked for, someone else's, or the claim asks about the past:
  its refutation is set aside.
A sentence that says someone succeeded, replaced or took over from the claim's person is a leaving of
theirs too. A claim that asks about the way of leaving ("Did Holt resign?") is the model's to read; one
that asks only whether they left ("Has Holt left her post?") is answered by any way of leaving
(`left_at_all`).
"""

from __future__ import annotations

import re

from assistant.answer.context import first_name, names, subject_named
from assistant.answer.verbs import ASKS
from assistant.answer.verbs import verb_tokens as tokens
from assistant.text import fold

_NOW = re.compile(r"^\W*(?:is|are|does|do)\b|\b(?:is|are|remains?|still|currently)\b", re.IGNORECASE)
_THEN = re.compile(r"\b(?:was|were|did|had|has\s+been|have\s+been|served|used\s+to|ever|once)\b", re.IGNORECASE)
# Leaving a post. "Removed", "fired", "dismissed" only when said of someone ("was / has been …"), as the
# bare words are said of statues, shots and claims.
_LEFT = re.compile(
    r"\b(?:resign(?:s|ed|ing)?|step(?:s|ped|ping)?\s+down|st(?:and|ands|ood|anding)\s+down|quit(?:s|ting)?|"
    r"(?:sack|oust)(?:s|ed|ing)?|(?:left|leav(?:e|es|ing))\s+(?:office|(?:his|her|their|the)\s+(?:post|job|role))|"
    r"(?:was|were|been|being)\s+(?:removed|fired|dismissed|axed|forced\s+out|replaced)|"
    r"(?:lost|lose|loses|losing)\s+(?:his|her|their)\s+(?:[A-Z][\w’'-]*\s+)?seat)\b",
    re.IGNORECASE,
)
# Someone who took the post from another: "succeeded / replaced / took over from <name>".
_SUCCEEDED = r"\b(?:succeed(?:s|ed)|replac(?:es|ed)|t(?:ook|akes)\s+over\s+from)"
# Before a leaving: a denial or a refusal, or what is only to come or asked for.
_DENIED = re.compile(
    r"(?:\b(?:not|never|no\s+plans?\s+to|no\s+intention\s+of|refus(?:e|es|ed|ing)\s+to|declin(?:e|es|ed|ing)\s+to|"
    r"rul(?:e|es|ed|ing)\s+out)|n[’']t)\s+(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
_TO_COME = re.compile(
    r"\b(?:will|would|shall|could|may|might|to|is\s+set\s+to|plans?\s+to|expected\s+to)\s+(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A claim about holding a post: "in office", "in charge", "holds the post", or a post named with "Is
# <name> the …?", "Does <name> chair…?", "still" or "remains" ("Is Luis Ortiz still party leader?").
_IN_POST = re.compile(
    r"\bin\s+(?:office|charge|post|power)\b|\bhold(?:s|ing)?\s+(?:the|his|her|their)\s+(?:post|job|office|role|seat)\b",
    re.IGNORECASE,
)
_POST = re.compile(
    r"\b(?:leader|chair(?:man|woman|person)?|head|chief|president|minister|secretary|manager|coach|captain|mayor|"
    r"governor|director|executive|boss|editor|chancellor|commissioner|ambassador|premier|speaker|ceo|owner)s?\b",
    re.IGNORECASE,
)
_STILL = re.compile(r"\b(?:still|remains?|stays?)\b", re.IGNORECASE)
# "was forced to resign" left; "was asked to resign" is only asked.
_MADE_TO = re.compile(r"\b(?:forced|had|obliged|compelled|made)\s+to\s+$", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:who|whose|that|which)\s+(?:had\s+|has\s+|have\s+)?$", re.IGNORECASE)
_FORMER = re.compile(r"\b(?:(?:formerly|former|one-time|erstwhile)\s+|ex-)(?P<post>[A-Za-z][\w-]*)", re.IGNORECASE)


def no_longer(claim: str, sentence: str) -> bool:
    """The sentence calls the claim's person the former holder of the post a claim about now names."""
    if not _NOW.search(claim) or _THEN.search(claim):
        return False
    name = first_name(claim)
    if name is None or not subject_named(claim, sentence):
        return False
    asked = set(tokens(claim)) - set(tokens(name))
    return any(set(tokens(m.group("post"))) & asked for m in _FORMER.finditer(sentence))


def _how_left(before: str, name: str | None) -> str:
    """What one mention of leaving says, from the words before it."""
    if _DENIED.search(before):
        return "stays"
    if _TO_COME.search(before) and not _MADE_TO.search(before):
        return "aside"
    rel = _RELATIVE.search(before)
    if rel and not (name and fold(before[: rel.start()]).rstrip(" ,").endswith(fold(name))):
        return "aside"  # "the nurse who resigned": someone else's leaving
    return "left"


def _succeeded(name: str | None, sentence: str) -> list[re.Match[str]]:
    """Where the sentence says someone succeeded or replaced the claim's person ("Ian Moss succeeded Dana
    Holt as chief executive" had supported "Is Dana Holt the chief executive?" at 0.99)."""
    if name is None:
        return []
    said = rf"{_SUCCEEDED}\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(name)}\b(?![’']s)"
    return list(re.finditer(said, sentence, re.IGNORECASE))


def left_post(claim: str, sentence: str) -> str | None:
    """How the sentence's mention of leaving a post reads against a claim that someone holds one:
    "left", "stays", "aside" (see the module's docstring), or None where it has none or the claim asks
    about leaving."""
    name = first_name(claim)
    found = [*_LEFT.finditer(sentence), *_succeeded(name, sentence)]
    if not found or _LEFT.search(claim):
        return None
    copular = name is not None and re.match(rf"{ASKS.pattern}{re.escape(name)}\b", claim, re.IGNORECASE)
    # A post, or a seat on a body by its member's name ("Is Ana Kell still an MP?": "lost her seat" had said neither)
    if not (_IN_POST.search(claim) or (_held(claim) and (copular or _STILL.search(claim)))):
        return None
    now = bool(_NOW.search(claim)) and not _THEN.search(claim)
    kinds = {_how_left(sentence[: m.start()], name) for m in found}
    if len(kinds) != 1:
        return None  # left one post and refused to leave another: the model's to read
    kind = kinds.pop()
    named = name is not None and names(sentence, name)
    if kind == "left":
        if not now or _KEPT_POST.search(sentence, found[0].end()):
            return "aside"  # "resigned in 2019 and was reappointed last year" (refuted 0.98): held again since
        shared = named or (name is None and bool(set(tokens(claim)) & set(tokens(sentence))))
        return "left" if shared else None
    if kind == "stays":
        return "stays" if now and named else "aside"
    return kind


# What a leaving was of, where the words after it say: "as chair of Corvel", "from the board", "the Liberal party".
_LEFT_WHAT = re.compile(
    r"\s+(?:(?:as|from)\s+|(?=(?:the|his|her|their|its)\s))(?P<what>[^,;.]*?)(?=\s+(?:on|in|at|after|"
    r"before|last|this|and|but|amid|over|following|with)\b|[,;.]|$)",
    re.IGNORECASE,
)
_POST_WORDS = re.compile(rf"{_POST.pattern}|\b(?:office|post|job|role|seat)\b", re.IGNORECASE)


def _theirs(sentence: str, m: re.Match[str], name: str) -> bool:
    """The leaving at `m` is `name`'s: named in its clause ("Dean Halloran was sacked", "Priya Nair, who lost her
    seat", the subject before an aside), in it ("succeeded Tom Reyes") or just after it ("sacked (manager) Dean
    Halloran")."""
    chunks = _CLAUSE.split(sentence[: m.start()])
    clause = chunks[-1]
    if len(chunks) > 1 and re.fullmatch(r"\s*(?:(?:who|which|that)\s+(?:had\s+|has\s+|have\s+)?)?", clause, re.I):
        clause = chunks[0]  # after an aside: "Leo Carr, re-elected to the council in May, resigned as mayor"
    return names(clause, name) or names(m.group(), name) or names(" ".join(sentence[m.end() :].split()[:4]), name)


def left_this_post(claim: str, sentence: str) -> bool:
    """Where `left_post` reads "left": the leaving is of the post the claim names, or of no post in
    particular ("Kelso Rovers sacked Dean Halloran on Sunday", "resigned on Friday"); not another thing left
    ("Mara Quist quit the Liberal party", against "Is Mara Quist the head of the inquiry?")."""
    name = first_name(claim)
    asked = {fold(m.group()) for m in _POST_WORDS.finditer(claim)}
    for m in [*_LEFT.finditer(sentence), *_succeeded(name, sentence)]:
        if name and not _theirs(sentence, m, name):
            return False  # "Ana Kell said Leo Carr had lost his seat", against "Is Ana Kell still an MP?"
        after = sentence[m.end() :]
        if name and fold(after).lstrip().startswith(fold(name)):
            after = after.lstrip()[len(name) :]
        what = _LEFT_WHAT.match(after)
        if what and not {fold(w.group()) for w in _POST_WORDS.finditer(what.group("what"))} & asked:
            return False
    return True


# A claim that asks only whether someone left a post, not how: "Has Dean Halloran left his job…?"
_ASKS_LEFT = re.compile(r"^\W*(?:has|have|had|did|was|were)\s+(?P<who>.+?)\s+(?:left|leave|departed|depart)\b", re.I)
_CLAUSE = re.compile(r"[,;:]|\b(?:said|says|told|and|but|after|while)\b", re.IGNORECASE)
# A claim that asks whether someone kept a post, the other way round: "Did Dean Halloran keep his job?"
_ASKS_KEPT = re.compile(
    r"^\W*(?:has|have|had|did|was|were)\s+(?P<who>.+?)\s+(?:keep|kept|hold\s+on\s+to|held\s+on\s+to|retain|retained|"
    r"survive\s+in|survived\s+in)\s+(?:his|her|their)\s+(?:job|post|position|role|seat)\b",
    re.IGNORECASE,
)


# Stayed on at the same body in another role: "resigned as Corvel chairman but remains on its board" has not left
# Corvel; this reading had supported "Has Leo Carr left Corvel?" at 1.00, and "stepped down as chief executive of
# Corvel and will stay on as an adviser" (which the model alone refuted) too (eval/stance_stays_on.jsonl).
_STAYS_ON = re.compile(
    r"\b(?:but|and|while)\s+(?:(?:he|she|they)\s+)?(?:remains?|remained|stays?|stayed|will\s+(?:remain|stay)|"
    r"continues?|will\s+continue)(?:\s+on)?\s+(?:on|as|an?|in|at|with)\b",
    re.IGNORECASE,
)
# A claim about a post, which leaving it answers whatever else was kept: "Has he left his post as chairman?".
_ASKS_POST = re.compile(r"\b(?:job|post|position|role|seat|office)\b|\bas\s+\w", re.IGNORECASE)


def left_at_all(claim: str, sentence: str) -> str | None:
    """How a leaving told in a named way ("was sacked", "resigned", "Rovers sacked Dean Halloran") reads
    against a claim that asks only whether the claim's person left: "supports" where they left, "refutes"
    where the leaving is denied or refused ("refused to resign"), "neither" where it is only to come ("will
    step down"); None where the sentence tells no leaving of theirs. The model had refuted such a claim
    against every way of leaving: "was sacked as Rovers manager" against "Has Dean Halloran left his job as
    Rovers manager?" at 0.98, "resigned from the Corvel board" at 0.89 (eval/stance_left_any_way.jsonl). A claim
    that they kept their job ("Did Dean Halloran keep his job?", which "was sacked" had said neither to) is read
    the other way round (eval/stance_kept_job.jsonl)."""
    kept = _ASKS_KEPT.search(claim)
    asked = _ASKS_LEFT.search(claim) or kept
    name = first_name(claim)
    if asked is None or name is None or "not" in tokens(claim) or not names(sentence, name):
        return None
    kinds, as_post = set(), False
    for m in [*_LEFT.finditer(sentence), *_succeeded(name, sentence)]:
        clause = _CLAUSE.split(sentence[: m.start()])[-1]
        if names(clause, name) or fold(sentence[m.end() :]).lstrip().startswith(fold(name)):
            kinds.add(_how_left(sentence[: m.start()], name))
            as_post = as_post or bool(re.match(r"\s+as\b", sentence[m.end() :]))
    if len(kinds) != 1:
        return None
    if kinds == {"left"} and as_post and _STAYS_ON.search(sentence) and not _ASKS_POST.search(claim):
        return "neither" if kept else "refutes"  # one post given up, a place at the body kept
    if kept:  # "Did he keep his job?": a leaving refutes it
        return {"left": "refutes", "stays": "supports", "aside": "neither"}[kinds.pop()]
    return {"left": "supports", "stays": "refutes", "aside": "neither"}[kinds.pop()]


# Kept in a post: re-elected, reappointed, reinstated, a new term, a seat held on to.
_KEPT_POST = re.compile(
    r"\b(?:re-?elected|re-?appointed|reinstated|re-?confirmed|won\s+(?:a\s+)?(?:second|third|fourth|fifth|sixth|"
    r"another|new|fresh)\s+(?:[\w-]+\s+)?term|(?:held|holds|holding|hung|hangs)\s+on\s+to|"
    r"(?P<seat>(?:held|holds|kept|keeps|retained|retains|defended)\s+(?:his|her|their)\s+(?:[A-Z][\w’'-]*\s+)?seat))\b",
    re.IGNORECASE,
)


# A body sat on, by its member's name or its own: "councillor" and "the council" are one seat.
_BODIES = (
    ("council", r"council(?:lor|or)?s?"),
    ("board", r"boards?"),
    ("parliament", r"parliament|mps?|mep"),
    ("senate", r"senat(?:e|or|ors)"),
    ("assembly", r"assembly|assembly\s*(?:member|man|woman)s?"),
    ("committee", r"committees?"),
    ("cabinet", r"cabinet"),
)


def _held(text: str) -> set[str]:
    """The posts and bodies a text names, each in one form."""
    held = {p.casefold().rstrip("s") for p in _POST.findall(text)}
    return held | {body for body, forms in _BODIES if re.search(rf"\b(?:{forms})\b", text, re.IGNORECASE)}


def kept_post_side(claim: str, sentence: str) -> str | None:
    """ "supports" where a claim that someone holds a post now ("Is Leo Carr still Tarn mayor?") meets a sentence
    that tells them re-elected, reappointed or reinstated to it, or holding on to it ("Leo Carr was re-elected as
    Tarn mayor in May" had refuted it at 0.91; eval/stance_re_elected.jsonl): the post named within eight words
    after, the person named before, nothing of it only to come or hoped for, and no leaving told. "neither" where
    what they kept is another post or body ("re-elected to the Tarn council" had refuted "Is Leo Carr still mayor
    of Tarn?" at 0.96; eval/stance_kept_other_post.jsonl); a seat on a body is its member's post ("still a Tarn
    councillor"). Else None."""
    if not _NOW.search(claim) or _THEN.search(claim) or _LEFT.search(sentence):
        return None
    name = first_name(claim)
    posts = _held(claim) | {w for w in ("seat",) if re.search(rf"\b{w}\b", claim, re.IGNORECASE)}
    if name is None or not posts or not subject_named(claim, sentence):
        return None
    return _kept(sentence, name, posts)


def _kept(sentence: str, name: str, posts: set[str]) -> str | None:
    """Which side the sentence's post kept by `name` takes to a claim that they hold one of `posts`."""
    for m in _KEPT_POST.finditer(sentence):
        before, after = sentence[: m.start()], sentence[m.end() :]
        if _TO_COME.search(before) or _DENIED.search(before) or not names(before + after[:60], name):
            continue
        words = re.findall(r"[\w-]+", after)[:8]
        near = {w.casefold().rstrip("s") for w in words} | _held(" ".join(words))
        if posts & near:
            return "supports"
        if _held(" ".join(words)):
            return "neither"
        if m.group("seat") and posts & {body for body, _ in _BODIES}:
            return "supports"  # "held her seat at the election", asked "Is she still an MP?"
    return None
