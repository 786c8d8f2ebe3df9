"""The assistant's evidence as a LangChain retriever, for users who build their own LCEL chains.

Each Document is one verbatim evidence sentence; its metadata says where it comes from (outlet, title, url,
published, source article id, character offsets start/end into the article's cleaned text), who said it
(`speaker`, when the sentence attributes it), and, where the stance model ran, how it stands toward the
query (`stance`, `stance_p`). The same retrieval, gates and period filters as `answer()`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.models import Evidence


def document_of(ev: Evidence) -> Document:
    a = ev.article
    return Document(
        page_content=ev.text,
        metadata={
            "outlet": a.outlet,
            "title": a.title,
            "url": a.url,
            "published": a.published,
            "source": a.id,
            "start": ev.start,
            "end": ev.end,
            "speaker": ev.speaker,
            "stance": ev.stance,
            "stance_p": ev.stance_p,
            "score": round(ev.score, 4),
        },
    )


class EvidenceRetriever(BaseRetriever):
    """Evidence sentences for a query, best first, at most `k`; `since` / `until` (YYYY[-MM[-DD]]) keep
    only articles published in that period. Made by `Assistant.as_retriever()`."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    find: Callable[..., Sequence[Evidence]]
    k: int = 8
    since: str | None = None
    until: str | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        found = self.find(query, since=self.since, until=self.until)
        return [document_of(ev) for ev in found[: self.k]]

    def _get_ls_params(self, **kwargs: Any) -> Any:
        params = super()._get_ls_params(**kwargs)
        params["ls_retriever_name"] = "factcheck"
        return params
