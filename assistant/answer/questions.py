"""Questions as users type them: validated, and follow-ups made standalone for retrieval."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from assistant.answer.turn import Turn
from assistant.errors import BadInputError

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 2000
_FOLLOW_UP = re.compile(
    r"^\s*(and|but|also|so)?\s*(what|how)\s+(about|of)\b|^\s*(and|but|also)\b|"
    r"^\s*(did|does|do|is|was|were|will|would|has|have|can|could)\s+(he|she|they|it|that|this|them)\b|"
    r"^\s*(why|when|where|how)\s*\??\s*$",
    re.IGNORECASE,
)


def validate(question: Any) -> str:
    """The question, tidied; a BadInputError saying what is wrong otherwise."""
    if not isinstance(question, str):
        raise BadInputError(f"A question must be text, not {type(question).__name__}.")
    # Control characters and stray surrogates come from pasted binary, not from people.
    text = "".join(ch for ch in question if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs", "Co", "Cn"))
    text = " ".join(text.split())
    if not text:
        raise BadInputError("The question is empty: type a question or a claim to check.")
    if len(text) > MAX_QUESTION_CHARS:
        raise BadInputError(
            f"The question is {len(text):,} characters long; the limit is {MAX_QUESTION_CHARS:,}. "
            "Ask about one claim at a time."
        )
    if not re.search(r"[^\W_]", text):
        raise BadInputError("The question has no words in it, only punctuation or symbols.")
    return text


def _turns(history: Sequence[Any] | None) -> list[tuple[str, str]]:
    """(role, text) from Gradio messages dicts, LangChain messages, or (user, assistant) pairs."""
    out: list[tuple[str, str]] = []
    for item in history or ():
        if isinstance(item, dict):
            content = item.get("content")
            if isinstance(content, list):  # Gradio 6 may send a list of parts
                content = " ".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
            out.append((str(item.get("role", "user")), str(content or "")))
        elif isinstance(item, (tuple, list)) and len(item) == 2:
            out.append(("user", str(item[0] or "")))
            out.append(("assistant", str(item[1] or "")))
        elif hasattr(item, "type") and hasattr(item, "content"):
            out.append(("user" if item.type == "human" else "assistant", str(item.content)))
    return out


def last_user_question(history: Sequence[Any] | None) -> str | None:
    users = [t for r, t in _turns(history) if r == "user" and t.strip()]
    return users[-1] if users else None


def standalone(question: str, history: Sequence[Any] | None) -> str:
    """A follow-up ('what about the US?') is searched together with the question it follows."""
    previous = last_user_question(history)
    if previous and _FOLLOW_UP.search(question):
        return f"{previous} {question}"
    return question


def prepare(turn: Turn, condense: Callable[[str, Sequence[Any]], str] | None) -> Turn:
    """The question validated, and a follow-up made standalone: by `condense` (a language model) when
    given, else by the crude rewrite, which is also the fallback when the model fails."""
    question = validate(turn.question)
    query = standalone(question, turn.history)
    if condense is not None and turn.history:
        try:
            rewritten = condense(question, turn.history)
            # A model that hands a detected follow-up back unchanged has not resolved it.
            if query == question or rewritten.casefold() != question.casefold():
                query = rewritten
        except Exception as exc:  # the crude rewrite still finds the earlier topic
            log.warning("follow-up rewrite failed, searching %r: %s", query, exc)
    return replace(turn, question=question, query=query)
