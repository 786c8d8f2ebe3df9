"""The on-disk layout (schema 3): sentence vectors in a file of their own beside Chroma's, and a schema-2
index (vectors in Chroma's metadata) migrated in place on first open, answering exactly as before."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from assistant.index.records import DATA_FILE, pack, unpack
from assistant.pipeline import Assistant
from assistant.settings import Settings

from .conftest import WIRE

QUESTIONS = ["Will Gdansk dock workers stop work for 48 hours?", "Will Lyon close the Wilson bridge to cars?"]


def _windows(assistant: Assistant) -> dict[str, dict]:
    res = assistant.store._sentences.get(include=["metadatas"])
    return dict(zip(res["ids"], res["metadatas"], strict=True))


def _rows(index: Path) -> int:
    with sqlite3.connect(index / DATA_FILE) as db:
        return int(db.execute("SELECT count(*) FROM vectors").fetchone()[0])


def _shown(a: object) -> tuple:
    return (a.verdict, [(c.source, c.start, c.end) for c in a.citations])  # type: ignore[attr-defined]


def test_sentence_vectors_are_kept_in_their_own_file(tmp_path: Path) -> None:
    index = tmp_path / "index"
    assistant = Assistant(Settings.from_env(index_dir=index, seeds_dir=WIRE))
    assistant.ensure_index()
    windows = _windows(assistant)
    assert windows and all("vectors" not in m for m in windows.values())
    assert _rows(index) == len(windows)
    assert assistant.store.manifest().schema == 3  # type: ignore[union-attr]
    # Article texts too: compressed in the same file, not in Chroma (which indexes every document).
    docs = assistant.store._articles.get(include=["documents"])["documents"]
    assert docs and not any(docs)
    with sqlite3.connect(index / DATA_FILE) as db:
        assert db.execute("SELECT count(*) FROM texts").fetchone()[0] == len(docs)
    a = assistant.answer(QUESTIONS[0])
    assert a.citations and "48 hours" in a.citations[0].quote
    # Re-ingesting a changed article leaves no vectors behind for its old windows.
    changed = tmp_path / "a1.txt"
    changed.write_text((WIRE / "a1_baltic_wire.txt").read_text(encoding="utf-8") + "\nA late paragraph was added.\n")
    before = _rows(index)
    report = assistant.ingest([changed])
    assert report.ok
    assert _rows(index) == len(_windows(assistant)) > 0 and _rows(index) >= before
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA second late paragraph followed.\n")
    assert assistant.ingest([changed]).replaced == ("a1.txt",)
    with sqlite3.connect(index / DATA_FILE) as db:  # one text per article: the old version's is gone
        assert db.execute("SELECT count(*) FROM texts").fetchone()[0] == len(docs) + 1
    assert "A second late paragraph followed." in assistant.articles(["a1.txt"])["a1.txt"].text


def test_a_schema_2_index_is_migrated_in_place_and_answers_as_before(tmp_path: Path) -> None:
    index = tmp_path / "index"
    settings = Settings.from_env(index_dir=index, seeds_dir=WIRE)
    first = Assistant(settings)
    first.ensure_index()
    expected = [_shown(first.answer(q)) for q in QUESTIONS]
    # Turn it into what the previous version wrote: vectors in each window's metadata, texts as the
    # article records' documents, nothing beside Chroma's files, schema 2.
    store = first.store
    stored = dict(store._data.get(list(_windows(first))))  # type: ignore[union-attr]
    for wid, meta in _windows(first).items():
        n = len(str(meta["sentences"]).split(","))
        store._sentences.update(ids=[wid], metadatas=[{"vectors": pack(unpack(stored[wid], n))}])
    articles = first.articles([s.id for s in store.list_articles()])
    texts = [a.text for a in articles.values()]
    store._articles.update(ids=list(articles), documents=texts, embeddings=[[1.0]] * len(texts))
    store._data.clear()  # type: ignore[union-attr]
    store._set_meta(replace(store.manifest(), schema=2), store.revision())  # type: ignore[arg-type]
    assert _rows(index) == 0 and all("vectors" in m for m in _windows(first).values())

    again = Assistant(settings)  # a new process's view: opens, migrates, answers
    assert [_shown(again.answer(q)) for q in QUESTIONS] == expected
    assert again.store.manifest().schema == 3  # type: ignore[union-attr]
    windows = _windows(again)
    assert all("vectors" not in m for m in windows.values()) and _rows(index) == len(windows)
