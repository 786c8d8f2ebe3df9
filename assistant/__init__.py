"""factcheck: answers from news articles, every sentence resting on a verbatim, cited quote.

from assistant import answer
a = answer("did NATO rule out troops?")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.errors import FactcheckError
from assistant.models import Answer, Article, Citation, Claim, Evidence, IngestReport
from assistant.settings import Settings

if TYPE_CHECKING:
    from assistant.pipeline import Assistant, answer

__all__ = [
    "Answer",
    "Article",
    "Assistant",
    "Citation",
    "Claim",
    "Evidence",
    "FactcheckError",
    "IngestReport",
    "Settings",
    "answer",
]


def __getattr__(name: str) -> Any:
    # The chain pulls in torch and chromadb; `import assistant` stays instant until it is used.
    if name in ("answer", "Assistant", "default_assistant"):
        from assistant import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'assistant' has no attribute {name!r}")
