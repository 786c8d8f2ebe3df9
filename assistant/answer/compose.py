"""The offline answer: built from the evidence itself, every line a verbatim quote with its outlets.

The verdict comes from the stances of the evidence (`decide`); its first line says it in words with the
outlet tally and the confidence. Statements are grouped only when they say the same thing with the same
polarity and the same stance, so "will close" and "will not close" are never one statement."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from assistant.answer.answer_kind import is_open_question
from assistant.answer.decide import COMMIT, Decision, decide
from assistant.answer.origins import Origin, origins_of, published_key
from assistant.answer.retrieve import Scored
from assistant.answer.stance import Stance
from assistant.answer.turn import Composing, Turn
from assistant.index.lexical import tokens
from assistant.models import Answer, Citation, Claim, Evidence, band
from assistant.settings import Settings

_QUOTED = re.compile(r"[\"“‘']([^\"“”]{12,}?)[\"”’']")


def _quoted_parts(text: str) -> set[str]:
    """Direct quotations, normalised, long enough to identify one statement."""
    parts = set()
    for m in _QUOTED.finditer(text):
        words = tokens(m.group(1))
        if len(words) >= 4:
            parts.add(" ".join(words))
    return parts


_NEGATION = re.compile(
    r"\b(not|no|never|none|nobody|nothing|neither|nor|without|cannot|denied|denies|ruled out|rules out|refused)\b"
    r"|n[’']t\b",
    re.IGNORECASE,
)


def polarity(text: str) -> int:
    """Odd or even count of negations: "will close" 0, "will not close" 1, "did not deny" 0."""
    return len(_NEGATION.findall(text)) % 2


def same_statement(a: str, b: str) -> bool:
    """Two sentences report the same statement: the same polarity, and a shared direct quotation or
    mostly the same words."""
    if polarity(a) != polarity(b):
        return False
    qa, qb = _quoted_parts(a), _quoted_parts(b)
    if any(x in y or y in x for x in qa for y in qb):
        return True
    ta, tb = set(tokens(a)), set(tokens(b))
    if not ta or not tb:
        return False
    return len(ta & tb) / len(ta | tb) >= 0.6


def group(evidence: Sequence[Evidence]) -> list[list[Evidence]]:
    """Statements in order of their best evidence; one sentence per outlet in each; a sentence joins
    a statement only with the same stance toward the question."""
    groups: list[list[Evidence]] = []
    for ev in evidence:
        for g in groups:
            if g[0].stance == ev.stance and any(same_statement(ev.text, other.text) for other in g):
                if all(other.article.outlet != ev.article.outlet for other in g):
                    g.append(ev)
                break
        else:
            groups.append([ev])
    return groups


def _display(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _dated(ev: Evidence) -> str:
    return f"{ev.article.outlet} ({ev.article.published})" if ev.article.published else ev.article.outlet


def _first(ev: Evidence) -> str:
    return published_key(ev.article)


def _outlets(g: Sequence[Evidence], origins: Sequence[Origin]) -> str:
    """Who carries a statement, each with its date, earliest first; copies of one story (wire copy) are
    counted as one independent origin (`origins`: the statement's) and named as repeats of it."""
    if len(g) == 1:
        return _dated(g[0])
    found = sorted(origins, key=lambda o: o.first or "9999")
    by_outlet = {ev.article.outlet: ev for ev in g}
    ordered = sorted(g, key=_first)
    first = ordered[0]
    lead = f" — first: {first.article.outlet}" if _first(first) < _first(ordered[1]) and len(found) > 1 else ""
    if len(found) == len(g):
        return f"reported by {len(g)} outlets: {', '.join(_dated(ev) for ev in ordered)}{lead}"
    parts = []
    for o in found:
        head = _dated(by_outlet[o.outlets[0]])
        head = head if o.name == o.outlets[0] else f"{o.name} via {head}"
        rest = ", ".join(_dated(by_outlet[x]) for x in o.outlets[1:])
        parts.append(f"{head}, repeated by {rest}" if rest else head)
    return f"reported by {len(g)} outlets from {_count(len(found), 'independent origin')}: {'; '.join(parts)}{lead}"


def _is_question(question: str) -> bool:
    return question.rstrip().endswith("?")


def _names(outlets: Sequence[str]) -> str:
    return ", ".join(outlets)


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def _verb(n: int, verb: str) -> str:
    """'supports' for one outlet, 'support' for several."""
    return verb + ("s" if n == 1 else "")


def _copies(outlets: int, origins: int) -> str:
    """'; 1 independent origin' where some of the outlets repeat another's story."""
    return f"; {_count(origins, 'independent origin')}" if 0 < origins < outlets else ""


def headline(question: str, d: Decision) -> str:
    """The verdict in words, with the outlet tally and the confidence."""
    conf = f"confidence {band(d.confidence)}, {d.confidence:.2f}"
    n_sup, n_ref = len(d.supporting), len(d.refuting)
    if d.verdict == "supported":
        word = "Yes" if _is_question(question) else "Supported"
        who = f"{_count(n_sup, 'outlet')} ({_names(d.supporting)}{_copies(n_sup, d.supporting_origins)})"
        return f"**{word} — {who} {_verb(n_sup, 'support')} this, none contradicts it** ({conf})."
    if d.verdict == "refuted":
        word = "No" if _is_question(question) else "Refuted"
        who = f"{_count(n_ref, 'outlet')} ({_names(d.refuting)}{_copies(n_ref, d.refuting_origins)})"
        return f"**{word} — {who} {_verb(n_ref, 'contradict')} this, none supports it** ({conf})."
    if d.verdict == "contested":
        return (
            f"**The outlets disagree — {_names(d.supporting)} {_verb(n_sup, 'support')} this; "
            f"{_names(d.refuting)} {_verb(n_ref, 'contradict')} it** ({conf})."
        )
    return (
        "**Unclear — the sources discuss this, but none clearly supports or contradicts it** "
        f"(strongest lean {d.confidence:.2f})."
    )


def in_time_order(d: Decision, shown: Sequence[Evidence]) -> str:
    """For a contested answer whose sides were published at different times (every report of one side
    before every report of the other), a sentence saying so: the story may have changed, not only the
    outlets disagreed."""
    if d.verdict != "contested":
        return ""
    sides = {"supports": d.supporting, "refutes": d.refuting}
    dates: dict[str, list[str]] = {}
    for ev in shown:
        if ev.stance in sides and ev.article.outlet in sides[ev.stance] and (ev.stance_p or 0.0) >= COMMIT:
            if not ev.article.published:
                return ""
            dates.setdefault(ev.stance, []).append(ev.article.published[:10])
    if len(dates) < 2:
        return ""
    sup, ref = dates["supports"], dates["refutes"]
    if max(sup) < min(ref):
        first, then = ("supports", sup), ("refutes", ref)
    elif max(ref) < min(sup):
        first, then = ("refutes", ref), ("supports", sup)
    else:
        return ""
    said = {"supports": "supported", "refutes": "contradicted"}

    def side_text(stance: str, days: list[str]) -> str:
        span = min(days) if min(days) == max(days) else f"{min(days)} to {max(days)}"
        return f"{_names(sides[stance])} ({span}) {said[stance]} it"

    return (
        f"*In time order: {side_text(*first)}; later, {side_text(*then)}: the story may have changed "
        "rather than the outlets disagreeing.* "
    )


def _carried(g: Sequence[Evidence], origins: Sequence[Origin]) -> str:
    said = next((ev.speaker for ev in g if ev.speaker), None)
    who = f"{said} said; " if said else ""
    return f"{who}{_outlets(g, origins)}"


_STANCE_WORDS = {"supports": "supports", "refutes": "contradicts"}


def extractive(
    question: str,
    query: str,
    scored: Sequence[Scored],
    settings: Settings,
    indexed: Callable[[], int],
    stances: Sequence[Stance] | None = None,
    can_support: bool = True,
) -> Answer:
    """The evidence itself as the answer, the verdict from its stances. `indexed` counts the articles,
    which only an answer of "not in the sources" says (counting takes 5 ms at 37k articles).
    `can_support` False: the question names something the sources never mention, so they may refute
    it but never support it."""
    evidence = [s.evidence for s in scored]
    if not evidence:
        return not_in_sources(question, query, settings, indexed())
    weighed = stances is not None and not is_open_question(question)
    if not can_support and stances is not None:
        stances = [replace(st, supports=0.0) for st in stances]
    decision = decide(evidence, stances) if stances is not None and weighed else Decision("unclear", 0.0, (), ())
    groups = _ordered(group(evidence), decision)[: settings.max_claims]
    if stances is not None and weighed:
        # The verdict and its tally rest on the sentences shown and cited, not on ones left out.
        by_id = {id(ev): st for ev, st in zip(evidence, stances, strict=True)}
        shown = [ev for g in groups for ev in g]
        decision = decide(shown, [by_id[id(ev)] for ev in shown])
    citations, claims, lines = _statements(question, groups, decision, weighed)
    lines.append("")
    lines.append(_footer(decision, stances is not None, question))
    return Answer(
        question=question,
        verdict=decision.verdict,
        text="\n".join(lines),
        citations=tuple(citations),
        claims=tuple(claims),
        query=query,
        settings=settings.public(),
        confidence=decision.confidence if weighed else None,
        supporting=decision.supporting,
        refuting=decision.refuting,
    )


def _statements(
    question: str, groups: Sequence[Sequence[Evidence]], decision: Decision, weighed: bool
) -> tuple[list[Citation], list[Claim], list[str]]:
    """Each group as one statement: its citations, its Claim, and its line of the answer (the first led
    by the verdict in words)."""
    citations: list[Citation] = []
    claims: list[Claim] = []
    lines: list[str] = []
    for gi, g in enumerate(groups):
        numbers = [len(citations) + k + 1 for k in range(len(g))]
        citations.extend(citation_of(n, ev) for n, ev in zip(numbers, g, strict=True))
        markers = "".join(f"[{n}]" for n in numbers)
        origins = origins_of(g)
        claims.append(
            Claim(
                text=g[0].text,
                citations=tuple(numbers),
                outlets=tuple(ev.article.outlet for ev in g),
                stance=g[0].stance,
                origins=tuple(o.name for o in origins),
            )
        )
        tag = (
            f" ({_STANCE_WORDS[g[0].stance]})" if decision.verdict != "unclear" and g[0].stance in _STANCE_WORDS else ""
        )
        item = f"{_display(g[0].text)} {markers} — *{_carried(g, origins)}*{tag}"
        if gi == 0:
            lead = headline(question, decision) + " " if weighed else ""
            lead += in_time_order(decision, [ev for g in groups for ev in g])
            lines.append(f"{lead}**Closest answer in the sources:** {item}")
            if len(groups) > 1:
                lines += ["", "**More evidence:**"]
        else:
            lines.append(f"- {item}")
    return citations, claims, lines


def from_evidence(turn: Turn, parts: Composing) -> Answer:
    """The extractive answer to a turn of the chain (no language model)."""
    ev = turn.evidence
    settings = parts.settings
    return extractive(turn.question, turn.query, ev, settings, parts.store.count, stances_of(ev), not turn.missing)


def stances_of(scored: Sequence[Scored]) -> list[Stance] | None:
    """The evidence's stances, or None where no stance model weighed it."""
    got = [s.stance for s in scored if s.stance is not None]
    return got if got and len(got) == len(scored) else None


def _ordered(groups: list[list[Evidence]], d: Decision) -> list[list[Evidence]]:
    """Statements that take the verdict's side first (for a contested answer, the strongest of each
    side, then the rest of both), then the others, each in score order."""
    sides = {"supported": ("supports",), "refuted": ("refutes",), "contested": ("supports", "refutes")}
    wanted = sides.get(d.verdict, ())

    def committed(g: list[Evidence]) -> bool:
        return g[0].stance in wanted and (g[0].stance_p or 0.0) >= COMMIT

    lead = [g for g in groups if committed(g)]
    if d.verdict == "contested":
        firsts = [next((g for g in lead if g[0].stance == s), None) for s in wanted]
        top = [g for g in firsts if g is not None]
        lead = top + [g for g in lead if all(g is not x for x in top)]
    return lead + [g for g in groups if not committed(g)]


def _footer(d: Decision, weighed: bool, question: str) -> str:
    if not weighed:
        return "*Quoted verbatim from the articles. No stance model ran, so no verdict is drawn.*"
    if is_open_question(question):
        return "*Quoted verbatim from the articles. An open question: the quotes answer it; no verdict is drawn.*"
    return (
        "*Quoted verbatim from the articles. The verdict is drawn by code from each sentence's stance "
        "(a model trained for this; no language model), and counts outlets, not sentences; "
        "outlets that reprint one story count as one origin.*"
    )


def citation_of(n: int, ev: Evidence) -> Citation:
    """The citation of one evidence sentence: its article's outlet and metadata, its exact offsets."""
    return Citation(
        n=n,
        outlet=ev.article.outlet,
        title=ev.article.title,
        url=ev.article.url,
        published=ev.article.published,
        source=ev.article.id,
        quote=ev.text,
        start=ev.start,
        end=ev.end,
        speaker=ev.speaker,
        stance=ev.stance,
        stance_p=ev.stance_p,
        uploaded_by=ev.article.uploaded_by,
        uploaded_at=ev.article.uploaded_at,
    )


def not_in_sources(question: str, query: str, settings: Settings, indexed: int) -> Answer:
    text = (
        f"**Not in the sources.** None of the {indexed} indexed article{'s' if indexed != 1 else ''} "
        "says anything that answers this question, so there is nothing to quote."
    )
    if indexed == 0 and not settings.chroma_host and not Path(settings.seeds_dir).is_dir():
        text += (
            f" The index is empty and its seeds folder ({settings.seeds_dir}, FACTCHECK_SEEDS) does not exist: "
            "add articles with `factcheck ingest PATH`, or set FACTCHECK_SEEDS to a folder of articles."
        )
    return Answer(
        question=question,
        verdict="not_in_sources",
        text=text,
        citations=(),
        query=query,
        settings=settings.public(),
    )
