"""The assistant inside a user's own LangChain code: a retriever of evidence Documents, and the fact-check
chain as a Runnable (invoke, batch, stream). Real models, a real index over eval/wire."""

from __future__ import annotations

import pytest
from langchain_core.documents import Document
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import RunnableLambda, RunnablePassthrough

from assistant.errors import BadInputError
from assistant.models import Answer

QUESTION = "Will Gdansk dock workers stop work for 48 hours?"


def test_the_retriever_gives_verbatim_sentences_with_their_provenance(wire: object) -> None:
    retriever = wire.as_retriever(k=5)  # type: ignore[attr-defined]
    assert isinstance(retriever, BaseRetriever)
    docs = retriever.invoke(QUESTION)
    assert 0 < len(docs) <= 5
    for d in docs:
        assert isinstance(d, Document)
        m = d.metadata
        article = wire.articles([m["source"]])[m["source"]]  # type: ignore[attr-defined]
        assert article.text[m["start"] : m["end"]] == d.page_content
        assert m["outlet"] == article.outlet and m["title"] == article.title and m["url"] == article.url
        assert m["published"] == article.published
        assert m["stance"] in ("supports", "refutes", "neither")
    assert "48 hours" in docs[0].page_content
    # The same evidence, in the same order, as the answer quotes from.
    a = wire.answer(QUESTION)  # type: ignore[attr-defined]
    assert a.citations[0].quote in [d.page_content for d in docs]


def test_the_retriever_keeps_to_a_period_and_to_silence(wire: object) -> None:
    early = wire.as_retriever(until="2026-03-02").invoke(QUESTION)  # type: ignore[attr-defined]
    assert early and all(d.metadata["published"] <= "2026-03-02" for d in early)
    assert wire.as_retriever().invoke("Who won the 1998 football World Cup final in Paris?") == []  # type: ignore[attr-defined]
    with pytest.raises(BadInputError):
        wire.as_retriever(since="last Tuesday-ish")  # type: ignore[attr-defined]


def test_a_users_lcel_chain_on_the_retriever(wire: object) -> None:
    """A prompt a user might feed to their own model: every quote arrives with its outlet and date."""

    def cite(docs: list[Document]) -> str:
        return "\n".join(f'- "{d.page_content}" ({d.metadata["outlet"]}, {d.metadata["published"]})' for d in docs)

    prompt = ChatPromptTemplate.from_messages(
        [("system", "Answer only from these quotes:\n{context}"), ("human", "{question}")]
    )
    chain = {"context": wire.as_retriever(k=3) | RunnableLambda(cite), "question": RunnablePassthrough()} | prompt  # type: ignore[attr-defined]
    messages = chain.invoke("Will Lyon close the Wilson bridge to cars?").to_messages()
    system = messages[0].content
    assert "Wilson bridge" in system and "(City Ledger, 2026-04-14)" in system
    assert messages[1].content == "Will Lyon close the Wilson bridge to cars?"


def test_the_chain_is_a_runnable_with_invoke_batch_and_stream(wire: object) -> None:
    chain = wire.runnable  # type: ignore[attr-defined]
    one = chain.invoke(QUESTION)
    assert isinstance(one, Answer) and one.citations
    two = chain.batch([QUESTION, {"question": "Will Lyon close the Wilson bridge to cars?", "until": "2026-04-14"}])
    assert [a.question for a in two] == [QUESTION, "Will Lyon close the Wilson bridge to cars?"]
    assert {c.outlet for c in two[1].citations} == {"City Ledger"}  # the only bridge article by that date
    streamed = list(chain.stream(QUESTION))
    assert len(streamed) == 1 and streamed[0].text == one.text
    with pytest.raises(BadInputError, match="question"):
        chain.invoke({"query": QUESTION})
