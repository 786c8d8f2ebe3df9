"""Answers in prose from a language model, held to the same quotes as the extractive answer.

Code, not the model, owns citations. The evidence sentences are shown to the model as labelled data
([S1]..[Sn], each with its outlet); the model returns JSON, a verdict and sentences that each list the
labels they rest on; code maps labels to the retrieved sentences, so every quote is the verified
sentence itself, and removes whatever it cannot tie to a source:
- a label that was not given;
- a quote the cited source does not carry (moved to the source that does, else the sentence goes);
- words in quotation marks that none of the sentence's sources carries;
- an outlet named in the sentence that none of its sources is from;
- a source sentence that gives orders to AI models ("ignore your instructions..."): data, not support;
- a sentence left with no source.
Each removal is one line in `Answer.dropped`, and `Answer.notices` says how many. A malformed reply,
a verdict outside the allowed set, a timeout or an unreachable server gives the extractive answer and
a one-line notice instead.
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from assistant.answer.compose import citation_of, extractive, not_in_sources, stances_of
from assistant.answer.decide import COMMIT
from assistant.answer.questions import _turns, validate
from assistant.answer.stance import addresses_model
from assistant.errors import FactcheckError, LLMError
from assistant.llm.backends import Models, describe_error, parse_spec, with_timeout
from assistant.llm.prompts import load
from assistant.models import VERDICTS, Answer, Citation, Claim, Evidence
from assistant.settings import Settings
from assistant.text import fold

if TYPE_CHECKING:
    from assistant.answer.turn import Composing, Turn

log = logging.getLogger(__name__)

# A reply longer than this is not the few sentences asked for; it is cut, not trusted more.
MAX_SENTENCES = 8
MAX_SENTENCE_CHARS = 600
# Conversation shown to the condenser: recent turns only, each cut short (older turns rarely matter).
CONDENSE_TURNS = 6
CONDENSE_TURN_CHARS = 400
MAX_QUERY_CHARS = 400

VERDICT_LEAD = {
    "supported": "Supported",
    "refuted": "Refuted",
    "contested": "Contested: the outlets disagree",
    "unclear": "Unclear",
}


class Unsupported(LLMError):
    """No sentence of the model's answer could be tied to a source."""

    def __init__(self, reasons: Sequence[str]) -> None:
        super().__init__("no sentence of the model's answer could be tied to a source")
        self.reasons = tuple(reasons)


@dataclass(frozen=True)
class Source:
    """One evidence sentence as the model sees it: a label, and the verified span behind it."""

    label: str
    evidence: Evidence


@dataclass(frozen=True)
class DraftSentence:
    text: str
    sources: tuple[str, ...]
    quote: str | None = None


@dataclass(frozen=True)
class Draft:
    """The model's reply, parsed but not yet trusted."""

    verdict: str
    sentences: tuple[DraftSentence, ...]


# -- what the model is shown -----------------------------------------------------------------------
def label_sources(evidence: Sequence[Evidence]) -> list[Source]:
    return [Source(f"S{i}", ev) for i, ev in enumerate(evidence, 1)]


def _attr(value: str | None) -> str:
    return html.escape(" ".join((value or "").split()), quote=True)


def sources_block(sources: Sequence[Source]) -> str:
    """One tag per sentence. Article text is escaped, so no article can close the block or open a tag
    of its own: whatever it says stays inside <sources> as data."""
    lines = []
    for s in sources:
        a = s.evidence.article
        attrs = f'id="{s.label}" outlet="{_attr(a.outlet)}" title="{_attr(a.title)}"'
        if a.published:
            attrs += f' published="{_attr(a.published)}"'
        if s.evidence.speaker:
            attrs += f' speaker="{_attr(s.evidence.speaker)}"'
        lines.append(f"<source {attrs}>{html.escape(' '.join(s.evidence.text.split()), quote=False)}</source>")
    return "\n".join(lines)


# -- what the model says ---------------------------------------------------------------------------
_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$", re.IGNORECASE)


def _label(raw: Any) -> str:
    text = str(raw).strip().strip("[]").strip().upper()
    return f"S{text}" if text.isdigit() else text


def _json_object(raw: str) -> Any:
    """The JSON object in a model's text reply (code fences and chatter around it ignored)."""
    text = _FENCE.sub("", raw.strip())
    start, end = text.find("{"), text.rfind("}")
    if start < 0:
        raise LLMError(f"the model's reply is not JSON: {raw.strip()[:80]!r}")
    if end <= start:
        raise LLMError("the model's reply stops before its JSON object ends (cut off, or looping)")
    try:
        return json.loads(text[start : end + 1])
    except json.JSONDecodeError as exc:
        raise LLMError(f"the model's reply is not valid JSON ({exc.msg} at char {exc.pos})") from None


def _verdict(raw: dict[str, Any]) -> str:
    verdict = raw.get("verdict")
    if not isinstance(verdict, str):
        raise LLMError("the model's reply has no verdict")
    verdict = "_".join(verdict.strip().lower().replace("-", " ").split())
    verdict = {"not_in_the_sources": "not_in_sources"}.get(verdict, verdict)
    if verdict not in VERDICTS:
        raise LLMError(f"the model's verdict {raw.get('verdict')!r} is not one of {', '.join(VERDICTS)}")
    return verdict


def _draft_sentence(item: Any) -> DraftSentence | None:
    if isinstance(item, str):  # a bare sentence: kept, and removed later for want of a source
        item = {"text": item}
    if not isinstance(item, dict):
        return None
    labels = item.get("sources", item.get("source", []))
    labels = labels if isinstance(labels, list) else [labels]
    # "S1, S3" in one string, or ["S1 S3"], is two labels.
    labels = [x for raw in labels for x in re.split(r"[,;\s]+", str(raw)) if x.strip()]
    quote = item.get("quote")
    return DraftSentence(
        text=str(item.get("text") or ""),
        sources=tuple(_label(x) for x in labels),
        quote=str(quote) if isinstance(quote, (str, int, float)) and str(quote).strip() else None,
    )


def parse_draft(raw: Any) -> Draft:
    """The reply as a Draft; LLMError when it is not the JSON object asked for."""
    if isinstance(raw, str):
        raw = _json_object(raw)
    if not isinstance(raw, dict):
        raise LLMError("the model's reply is not a JSON object")
    verdict = _verdict(raw)
    items = raw.get("sentences", [])
    if not isinstance(items, list):
        raise LLMError("the model's reply has no list of sentences")
    sentences = [s for s in map(_draft_sentence, items[:MAX_SENTENCES]) if s is not None]
    return Draft(verdict=verdict, sentences=tuple(sentences))


# -- holding it to the sources ---------------------------------------------------------------------
_MARKERS = re.compile(r"\s*\[\s*(?:S?\d+\s*[,;]?\s*)+\]", re.IGNORECASE)
_QUOTATIONS = re.compile(r"\"([^\"]+)\"|“([^”]+)”")
_PUNCT = " \t\n.,;:!?\"'“”‘’«»()[]…-–—"


def norm(text: str) -> str:
    """For comparing a model's quote with a source: the same words, whatever the typography."""
    return fold(html.unescape(text)).strip(_PUNCT)


def _carries(source: Source, quote: str) -> bool:
    q = norm(quote)
    return bool(q) and q in norm(source.evidence.text)


def _mentions(text: str, outlet: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(outlet)}(?!\w)", text) is not None


@dataclass
class _Tally:
    dropped: list[str]
    relabelled: int = 0


def _hold(sentence: DraftSentence, sources: dict[str, Source], tally: _Tally) -> tuple[str, list[str]] | None:
    """The sentence's text and its labels, or None (with the reason in the tally) when it cannot stand."""
    text = " ".join(_MARKERS.sub("", sentence.text).split())[:MAX_SENTENCE_CHARS]
    if not text:
        return None
    short = text[:80]
    unknown = [x for x in sentence.sources if x not in sources]
    labels = list(dict.fromkeys(x for x in sentence.sources if x in sources))
    if unknown:
        tally.dropped.append(f"sentence cites {', '.join(unknown)}, which the model was not given: {short!r}")
    if sentence.quote and not any(_carries(sources[x], sentence.quote) for x in labels):
        carriers = [s.label for s in sources.values() if _carries(s, sentence.quote)]
        if not carriers:
            tally.dropped.append(f"sentence removed, its quote is in no source: {sentence.quote[:80]!r}")
            return None
        tally.dropped.append(f"quote {sentence.quote[:60]!r} is from {', '.join(carriers)}, not {labels}")
        tally.relabelled += 1
        labels = carriers
    orders = [x for x in labels if addresses_model(sources[x].evidence.text)]
    if orders:
        tally.dropped.append(f"{', '.join(orders)} gives instructions to AI models, which is not evidence")
        labels = [x for x in labels if x not in orders]
    if not labels:
        tally.dropped.append(f"sentence removed, it rests on no source: {short!r}")
        return None
    problem = _misquotes(text, labels, sources)
    if problem:
        tally.dropped.append(f"sentence removed, {problem}")
        return None
    return text, labels


def _misquotes(text: str, labels: list[str], sources: dict[str, Source]) -> str | None:
    """What is wrong with a sentence whose quotations its cited sources do not carry, or that names an
    outlet it does not cite; None when nothing is."""
    for m in _QUOTATIONS.finditer(text):
        quoted = m.group(1) or m.group(2)
        if norm(quoted) and not any(_carries(sources[x], quoted) for x in labels):
            return f"its sources do not say {quoted[:80]!r}"
    cited = {sources[x].evidence.article.outlet for x in labels}
    for outlet in {s.evidence.article.outlet for s in sources.values()} - cited:
        if _mentions(text, outlet):
            return f"it names {outlet} but cites only {', '.join(sorted(cited))}"
    return None


Contradicts = Callable[[str, Sequence[str]], bool]


def _checked_verdict(
    draft: Draft, claims: list[Claim], citations: list[Citation], tally: _Tally
) -> tuple[str, list[str]]:
    """The model's verdict as it may stand, and notices of what was removed or corrected."""
    verdict = draft.verdict
    notices: list[str] = []
    if verdict == "contested" and len({c.outlet for c in citations}) < 2:
        notices.append("The model called the sources contested but cited one outlet only; shown as unclear.")
        verdict = "unclear"
    removed = len(draft.sentences) - len(claims)
    if removed:
        notices.append(f"{removed} sentence(s) of the model's answer could not be tied to a source and were removed.")
    if tally.relabelled:
        notices.append(f"{tally.relabelled} citation(s) pointed at the wrong source and were corrected.")
    return verdict, notices


def _cited(
    draft: Draft, by_label: dict[str, Source], tally: _Tally, contradicts: Contradicts | None
) -> tuple[list[Citation], list[Claim], list[str]]:
    """The draft's sentences that stand: each held to the quotes it cites (numbered in order of first
    use), a sentence that a cited quote contradicts removed; what was removed goes to the tally."""
    numbers: dict[str, int] = {}
    citations: list[Citation] = []
    claims: list[Claim] = []
    parts: list[str] = []
    for sentence in draft.sentences:
        held = _hold(sentence, by_label, tally)
        if held is None:
            continue
        text, labels = held
        if contradicts is not None and contradicts(text, [by_label[x].evidence.text for x in labels]):
            tally.dropped.append(f"sentence removed, a source it cites contradicts it: {text[:80]!r}")
            continue
        for x in labels:
            if x not in numbers:
                numbers[x] = len(citations) + 1
                citations.append(citation_of(numbers[x], by_label[x].evidence))
        ns = tuple(numbers[x] for x in labels)
        outlets = tuple(dict.fromkeys(by_label[x].evidence.article.outlet for x in labels))
        claims.append(Claim(text=text, citations=ns, outlets=outlets))
        parts.append(f"{text} {''.join(f'[{n}]' for n in ns)}")
    return citations, claims, parts


def ground(
    draft: Draft,
    sources: Sequence[Source],
    question: str,
    query: str,
    settings: Settings,
    indexed: int,
    model: str,
    contradicts: Contradicts | None = None,
) -> Answer:
    """The draft as an Answer whose every marker is a retrieved, verbatim sentence; Unsupported when
    nothing of it stands (the caller then shows the extractive answer). `contradicts(sentence, quotes)`
    says whether a cited quote refutes the model's sentence: such a sentence is removed."""
    by_label = {s.label: s for s in sources}
    recorded = {**settings.public(), "llm": model}
    if draft.verdict == "not_in_sources":
        ans = not_in_sources(question, query, settings, indexed)
        note = f"The model ({model}) found nothing in the {len(sources)} retrieved sentences that answers this."
        return replace(ans, settings=recorded, notices=(note,))
    tally = _Tally(dropped=[])
    citations, claims, parts = _cited(draft, by_label, tally, contradicts)
    if not claims:
        raise Unsupported(tally.dropped or ["the model's answer has no sentences"])
    verdict, notices = _checked_verdict(draft, claims, citations, tally)
    lead = VERDICT_LEAD.get(verdict, verdict)
    text = (
        f"**{lead}.** " + " ".join(parts) + "\n\n"
        f"*Written by {model}; each marker is a verbatim quote, checked against its article.*"
    )
    return Answer(
        question=question,
        verdict=verdict,  # type: ignore[arg-type]  # checked against VERDICTS in parse_draft
        text=text,
        citations=tuple(citations),
        claims=tuple(claims),
        query=query,
        notices=tuple(notices),
        dropped=tuple(tally.dropped),
        settings=recorded,
    )


def held_to_stances(drafted: Answer, weighed: Answer, model: str) -> Answer:
    """The model's answer with the verdict the evidence's stances give; where the model said otherwise,
    a notice says so. A model cannot talk the answer into a verdict its quotes do not carry."""
    if weighed.confidence is None:  # an open question: the stances draw no verdict to hold it to
        return drafted
    if drafted.verdict == "not_in_sources" and weighed.verdict in ("supported", "refuted", "contested"):
        # The model called the quotes beside the point, but some of them take a side: show them.
        note = f"The model ({model}) found nothing that answers this; the stances of the quoted sentences disagree."
        return replace(weighed, notices=(*weighed.notices, note))
    if drafted.verdict == "not_in_sources" or weighed.verdict == "not_in_sources" or drafted.verdict == weighed.verdict:
        return replace(drafted, confidence=weighed.confidence, supporting=weighed.supporting, refuting=weighed.refuting)
    note = (
        f"The model ({model}) called this {drafted.verdict.replace('_', ' ')}; the stances of the quoted "
        f"sentences say {weighed.verdict.replace('_', ' ')}, which is the verdict shown."
    )
    old, new = VERDICT_LEAD.get(drafted.verdict, drafted.verdict), VERDICT_LEAD.get(weighed.verdict, weighed.verdict)
    text = drafted.text.replace(f"**{old}.**", f"**{new}.**", 1)
    return replace(
        drafted,
        verdict=weighed.verdict,
        text=text,
        notices=(*drafted.notices, note),
        confidence=weighed.confidence,
        supporting=weighed.supporting,
        refuting=weighed.refuting,
    )


# -- the composer ----------------------------------------------------------------------------------
class ModelComposer:
    """Writes the answer with a chat model and rewrites follow-ups; falls back to the extractive answer."""

    def __init__(self, settings: Settings, *, models: Models | None = None, name: str | None = None) -> None:
        self.settings = settings
        self._spec = parse_spec(settings.llm) if models is None and settings.llm else None
        if models is None and self._spec is None:
            raise LLMError("no language model is configured (FACTCHECK_LLM)")
        self._models = models
        spec = self._spec or (models.spec if models else None)
        self.name = name or (spec.display if spec else "the model")

    @classmethod
    def from_chat(cls, settings: Settings, chat: Any, name: str = "a chat model") -> ModelComposer:
        """Any LangChain chat model (or Runnable from messages to a message), used for both tasks."""
        return cls(settings, models=Models(json=chat, text=chat, spec=None), name=name)

    def models(self) -> Models:
        if self._models is None:
            from assistant.llm.backends import build

            assert self._spec is not None
            self._models = build(self._spec, self.settings)
        return self._models

    def _answer_chain(self) -> Any:
        from langchain_core.messages import SystemMessage
        from langchain_core.output_parsers import StrOutputParser
        from langchain_core.prompts import ChatPromptTemplate
        from langchain_core.runnables import RunnableLambda

        prompt = ChatPromptTemplate.from_messages([SystemMessage(load("answer")), ("human", load("answer_input"))])
        return prompt | self.models().json | StrOutputParser() | RunnableLambda(parse_draft, name="parse_draft")

    def __call__(self, turn: Turn, assistant: Composing) -> Answer:
        indexed = assistant.store.count()
        stances = stances_of(turn.evidence)
        fallback = extractive(
            turn.question, turn.query, turn.evidence, self.settings, lambda: indexed, stances, not turn.missing
        )
        if not turn.evidence:
            return fallback
        sources = label_sources([s.evidence for s in turn.evidence])
        weigher = assistant.stance if stances is not None else None

        def contradicts(sentence: str, quotes: Sequence[str]) -> bool:
            return weigher is not None and any(st.refutes >= COMMIT for st in weigher.weigh(sentence, quotes))

        try:
            chain = self._answer_chain()
            payload = {"question": turn.question, "sources": sources_block(sources)}
            draft: Draft = with_timeout(lambda: chain.invoke(payload), self.settings.llm_timeout, "answer")
            drafted = ground(draft, sources, turn.question, turn.query, self.settings, indexed, self.name, contradicts)
            return held_to_stances(drafted, fallback, self.name) if stances is not None else drafted
        except Unsupported as exc:
            note = f"No sentence of the model's answer ({self.name}) could be tied to a source; showing the quotes."
            return replace(fallback, notices=(*fallback.notices, note), dropped=exc.reasons)
        except Exception as exc:  # any failure of the model or its client: the quotes still stand
            log.warning("language model failed: %s", exc, exc_info=log.isEnabledFor(logging.DEBUG))
            note = f"The language model ({self.name}) could not be used ({describe_error(exc)}); showing the quotes."
            return replace(fallback, notices=(*fallback.notices, note))

    def condense(self, question: str, history: Sequence[Any]) -> str:
        """The follow-up rewritten by the model into a standalone question; LLMError on failure."""
        from langchain_core.messages import SystemMessage
        from langchain_core.output_parsers import StrOutputParser
        from langchain_core.prompts import ChatPromptTemplate

        lines = []
        for role, text in _turns(history)[-CONDENSE_TURNS:]:
            who = "User" if role == "user" else "Assistant"
            lines.append(f"{who}: {html.escape(' '.join(text.split())[:CONDENSE_TURN_CHARS], quote=False)}")
        if not lines:
            return question
        prompt = ChatPromptTemplate.from_messages([SystemMessage(load("condense")), ("human", load("condense_input"))])
        chain = prompt | self.models().text | StrOutputParser()
        payload = {"conversation": "\n".join(lines), "question": question}
        raw: str = with_timeout(lambda: chain.invoke(payload), self.settings.llm_timeout, "rewritten question")
        line = next((x for x in raw.strip().splitlines() if x.strip()), "")
        line = re.sub(r"^\s*(standalone question|question)\s*:\s*", "", line, flags=re.IGNORECASE)
        line = line.strip().strip("\"'“”`").strip()
        if not line or len(line) > MAX_QUERY_CHARS:
            raise LLMError(f"the model's rewritten question is unusable: {raw.strip()[:80]!r}")
        try:
            return validate(line)
        except FactcheckError as exc:
            raise LLMError(f"the model's rewritten question is unusable: {exc}") from None
