"""Ingest of every format, broken files, idempotence, replacement, crash safety, model mismatch."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from assistant.errors import DiskFullError, IndexMismatchError
from assistant.hashing import sentence_key, span_id
from assistant.index.records import Manifest, Window
from assistant.ingest.loaders import load_file
from assistant.ingest.writer import embed_articles
from assistant.models import Article

STORY = (
    "The harbour authority of Port Velmar said on Monday that the new ferry terminal will open in May. "
    "“We expect the first ships to dock before the summer season,” director Ana Kovac told reporters. "
    "The terminal cost 40 million euros and was delayed twice by storms."
)


def write(path: Path, text: str | bytes) -> Path:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def txt(
    path: Path, outlet: str = "Velmar Herald", body: str = STORY, title: str = "Ferry terminal to open in May"
) -> Path:
    return write(
        path,
        f"---\noutlet: {outlet}\ntitle: {title}\npublished: 2024-03-01\nurl: https://velmar.example/ferry\n---\n{body}\n",
    )


HTML = """<html><head><title>Ferry terminal to open in May | Coast Times</title>
<meta property="og:site_name" content="Coast Times"><meta property="og:title" content="Ferry terminal to open in May">
<meta property="article:published_time" content="2024-03-02"><link rel="canonical" href="https://coast.example/ferry">
</head><body><nav>Home | News | Sport</nav><article><h1>Ferry terminal to open in May</h1>
<p>The harbour authority of Port Velmar said on Monday that the new ferry terminal will open in May,
ahead of the busy season.</p>
<p>Director Ana Kovac said the first ships would dock before summer, after two delays caused by winter storms.</p>
<script>alert('x')</script></article><footer>Subscribe to our newsletter</footer></body></html>"""


def test_each_format_loads_with_metadata(tmp_path):
    """.txt/.md header, .html page metadata, and .jsonl lines all become Articles with outlets."""
    (a,) = load_file(txt(tmp_path / "ferry.txt"))
    assert (a.outlet, a.title, a.published, a.url, a.id) == (
        "Velmar Herald",
        "Ferry terminal to open in May",
        "2024-03-01",
        "https://velmar.example/ferry",
        "ferry.txt",
    )
    (m,) = load_file(txt(tmp_path / "ferry.md"))
    assert m.outlet == "Velmar Herald"
    (h,) = load_file(write(tmp_path / "ferry.html", HTML))
    assert isinstance(h, Article), h
    assert h.outlet == "Coast Times" and h.title == "Ferry terminal to open in May"
    assert "alert" not in h.text and "Subscribe" not in h.text and "Home | News" not in h.text
    lines = [
        {
            "id": "a1",
            "outlet": "Wire One",
            "title": "T1",
            "published": "2024-01-01",
            "url": "https://w1.example/a",
            "text": STORY,
        },
        {"outlet": "Wire Two", "title": "T2", "text": STORY.replace("Monday", "Tuesday")},
    ]
    arts = list(load_file(write(tmp_path / "feed.jsonl", "\n".join(json.dumps(x) for x in lines))))
    assert [x.id for x in arts] == ["a1", "feed.jsonl:2"]
    assert arts[1].outlet == "Wire Two"


@pytest.mark.parametrize(
    "name,content,reason",
    [
        ("empty.txt", "", "no outlet"),
        ("nometa.txt", STORY, "no outlet"),
        ("latin1.txt", "---\noutlet: X\n---\ncaf\xe9 ".encode("latin-1") + STORY.encode(), "not UTF-8"),
        ("blank.txt", "---\noutlet: X\n---\nAdvertisement\n", "no article text"),
        ("notes.pdf", "whatever", "unsupported file type"),
        ("junk.html", "<html><body></body></html>", "no article text"),
    ],
)
def test_broken_files_give_one_clear_error(tmp_path, name, content, reason):
    """A bad file yields an error naming the file and why, never an exception."""
    (err,) = list(load_file(write(tmp_path / name, content)))
    assert not isinstance(err, Article)
    assert name in str(err) and reason in str(err)


def test_jsonl_bad_lines_are_reported_and_good_lines_kept(tmp_path):
    """Missing fields, bad JSON and duplicate ids fail per line; the rest of the file goes in."""
    rows = [
        json.dumps({"id": "x", "outlet": "W", "text": STORY}),
        "{not json",
        json.dumps({"id": "y", "outlet": "W"}),
        json.dumps({"id": "x", "outlet": "W", "text": STORY}),
        json.dumps({"id": "z", "text": STORY}),
    ]
    out = list(load_file(write(tmp_path / "f.jsonl", "\n".join(rows))))
    good = [o for o in out if isinstance(o, Article)]
    bad = [str(o) for o in out if not isinstance(o, Article)]
    assert [g.id for g in good] == ["x"]
    assert any("line 2" in b and "not valid JSON" in b for b in bad)
    assert any("line 3" in b and "'text'" in b for b in bad)
    assert any("line 4" in b and "repeats the id" in b for b in bad)
    assert any("line 5" in b and "no outlet" in b for b in bad)


def test_jsonl_strings_with_line_separators_and_a_lone_surrogate(fresh, tmp_path):
    """U+2028, U+2029 and U+0085 inside JSON strings are text, not line ends (json.dumps with
    ensure_ascii=False writes them raw); a lone surrogate is refused for its line alone, by number, and
    the rest of the batch is indexed."""
    body = STORY + "\u2028The mayor\u2029 spoke\u0085 briefly about the timetable."
    rows = [
        json.dumps({"id": "a", "outlet": "Tide Post", "text": body}, ensure_ascii=False),
        '{"id": "b", "outlet": "Tide Post", "text": "Bad \\ud800 text here. More words follow."}',
        json.dumps({"id": "c", "outlet": "Fen Gazette", "text": STORY.replace("ferry", "tram")}, ensure_ascii=False),
    ]
    path = write(tmp_path / "sep.jsonl", "\n".join(rows))
    report = fresh.ingest([path])
    assert set(report.added) == {"a", "c"}
    assert len(report.errors) == 1 and "line 2" in report.errors[0] and "surrogate" in report.errors[0]
    arts = fresh.articles(["a"])
    assert "spoke" in arts["a"].text and "timetable" in arts["a"].text


def test_reingest_is_a_no_op_and_edit_replaces(fresh, tmp_path):
    """Same file twice: nothing changes. Edited file: its old sentences are gone, new ones answer."""
    path = txt(tmp_path / "ferry.txt")
    r1 = fresh.ingest([path])
    assert r1.added == ("ferry.txt",) and r1.sentences == 3
    rev = fresh.store.revision()
    r2 = fresh.ingest([path])
    assert r2.unchanged == ("ferry.txt",) and r2.sentences == 0
    assert fresh.store.revision() == rev
    txt(path, body=STORY.replace("40 million euros", "55 million euros"))
    r3 = fresh.ingest([path])
    assert r3.replaced == ("ferry.txt",)
    ids = [sid for sid, *_ in fresh.store.iter_sentences()]
    assert len(ids) == 3  # the old version's sentences were deleted
    assert [(s.id, s.sentences) for s in fresh.store.list_articles()] == [("ferry.txt", 3)]
    a = fresh.answer("How much did the ferry terminal cost?")
    assert any("55 million euros" in c.quote for c in a.citations)
    assert not any("40 million" in c.quote for c in a.citations)


def test_bad_file_in_batch_does_not_stop_the_rest(fresh, tmp_path):
    """One unreadable file is reported; the good files in the same batch are indexed."""
    txt(tmp_path / "good.txt")
    write(tmp_path / "bad.txt", b"\xff\xfe\x00junk")
    report = fresh.ingest([tmp_path])
    assert report.added == ("good.txt",)
    assert len(report.errors) == 1 and "bad.txt" in report.errors[0]


def test_interrupted_ingest_leaves_a_consistent_index(fresh, tmp_path):
    """Windows written without their article record (a crash mid-ingest) are never answered from,
    and the next ingest completes the article with no duplicates."""
    path = txt(tmp_path / "ferry.txt")
    fresh.ingest([path])
    (article,) = load_file(txt(path, body=STORY.replace("40 million", "70 million")))
    # Simulate the crash: the new version's sentences are in, its commit never happened.
    new_hash = article.content_hash
    # What a crash leaves behind: the new version's windows, written as a re-run writes them.
    (crashed,) = embed_articles([(article, new_hash)], fresh.embedder, fresh.settings.window_words)
    fresh.store.add_windows(crashed)
    a, b = next((s, e) for w in crashed for s, e in w.sentences if "70 million" in article.text[s:e])
    new_key = sentence_key(crashed[0].id, a, b)
    fresh.store.bump(fresh.store.manifest())
    # The keyword index's sentences are the committed version's, cut from its stored text.
    texts = dict(fresh.store.committed_sentences())
    stored = fresh.store.article_text("ferry.txt")
    assert new_key not in texts and len(texts) == 3
    assert all(t and t in stored for t in texts.values()) and any("40 million" in t for t in texts.values())
    ans = fresh.answer("How much did the ferry terminal cost?")
    assert ans.citations and all("70 million" not in c.quote for c in ans.citations)
    fresh.ingest([path])
    ids = [sid for sid, *_ in fresh.store.iter_sentences()]
    assert len(ids) == len(set(ids)) == 3
    assert any("70 million" in c.quote for c in fresh.answer("How much did the ferry terminal cost?").citations)


def test_versions_of_one_article_in_consecutive_batches(fresh, tmp_path):
    """A batch is embedded while the one before it is still being written. An article whose
    versions arrive in consecutive batches is still added, then replaced, then left unchanged, and
    the last version is the one stored and answered from."""
    from assistant.ingest.writer import ingest_articles

    def article(i: str, cost: str) -> Article:
        return Article(id=i, outlet="Velmar Herald", title="Ferry", text=STORY.replace("40 million", cost))

    seen: list[int] = []
    items = [article("a.txt", "40 million"), article("x.txt", "50 million"), article("x.txt", "60 million")]
    items += [article("x.txt", "60 million"), article("b.txt", "40 million")]
    report = ingest_articles(
        items,
        fresh.store,
        fresh.embedder,
        fresh.settings.window_words,
        progress=lambda done, _errors: seen.append(done),
        batch_articles=1,
    )
    assert report.added == ("a.txt", "x.txt", "b.txt")
    assert report.replaced == ("x.txt",) and report.unchanged == ("x.txt",)
    assert seen == [1, 2, 3, 4, 5]
    assert [aid for _, aid, _ in fresh.store.iter_sentences()].count("x.txt") == 3  # no stale version left
    assert "60 million" in fresh.store.article_text("x.txt")


def test_a_failed_write_stops_the_ingest_and_a_rerun_completes_it(fresh, tmp_path, monkeypatch):
    """The disk fails while a batch is being committed: the error reaches the caller (named as a full
    disk), no later batch is committed, the lock is released, and the same ingest run again finishes the job."""
    from assistant.ingest.writer import ingest_articles

    items = [Article(id=f"{k}.txt", outlet="Velmar Herald", title="Ferry", text=STORY) for k in "abcde"]
    real = fresh.store.commit_articles
    calls: list[int] = []

    def failing(todo, layouts):
        calls.append(len(todo))
        if len(calls) == 2:
            raise OSError("No space left on device")
        real(todo, layouts)

    monkeypatch.setattr(fresh.store, "commit_articles", failing)
    with pytest.raises(DiskFullError, match=r"disk holding the index .* is full"):
        ingest_articles(items, fresh.store, fresh.embedder, fresh.settings.window_words, batch_articles=1)
    assert [a.id for a in fresh.store.list_articles()] == ["a.txt"]
    assert len(calls) == 2  # nothing was committed after the failure
    monkeypatch.setattr(fresh.store, "commit_articles", real)
    report = ingest_articles(items, fresh.store, fresh.embedder, fresh.settings.window_words, batch_articles=1)
    assert report.unchanged == ("a.txt",) and report.added == ("b.txt", "c.txt", "d.txt", "e.txt")
    assert sorted(a.id for a in fresh.store.list_articles()) == [f"{k}.txt" for k in "abcde"]
    ids = [sid for sid, *_ in fresh.store.iter_sentences()]
    assert len(ids) == len(set(ids)) == 15


def test_index_built_with_another_model_is_refused(fresh, tmp_path):
    """A manifest mismatch is an error that names both models and the rebuild command."""
    fresh.ingest([txt(tmp_path / "ferry.txt")])
    m = fresh.store.manifest()
    fresh.store._set_meta(replace(m, model="some-other-model"), fresh.store.revision())
    wanted = r"some-other-model.*factcheck ingest --rebuild.*FACTCHECK_MODEL=some-other-model"
    with pytest.raises(IndexMismatchError, match=wanted):
        fresh.answer("When will the ferry terminal open?")


def test_manifest_records_the_model(fresh, tmp_path):
    """The index says which model and chunking built it."""
    fresh.ingest([txt(tmp_path / "ferry.txt")])
    m = fresh.store.manifest()
    assert isinstance(m, Manifest) and m.model == fresh.settings.model and m.dim == 384


def test_index_of_an_earlier_schema_is_refused_with_the_rebuild_command(fresh, tmp_path):
    """An index written one record per sentence (schema 1) is not read as windows: answering says
    which schema it has and the command that rebuilds it."""
    fresh.ingest([txt(tmp_path / "ferry.txt")])
    m = fresh.store.manifest()
    fresh.store._set_meta(replace(m, schema=1), fresh.store.revision())
    with pytest.raises(IndexMismatchError, match=r"schema 1.*factcheck ingest --rebuild") as err:
        fresh.answer("How much did the ferry terminal cost?")
    assert "FACTCHECK_MODEL" not in str(err.value)  # no model setting reads it


def test_a_sentence_found_by_its_window_has_its_own_exact_vector(fresh, tmp_path):
    """The search ranks windows, then every sentence of the windows found by its own vector: each
    sentence's cosine is its stored vector's, which is the embedder's to float16 precision."""
    path = txt(tmp_path / "ferry.txt")
    fresh.ingest([path])
    (article,) = load_file(path)
    expected = {
        s: v
        for w in embed_articles([(article, "")], fresh.embedder, fresh.settings.window_words)[0]
        for s, v in zip(w.sentences, w.vectors, strict=True)
    }
    q = fresh.embedder.embed_queries(["How much did the ferry terminal cost?"])[0]
    hits = fresh.store.query(q, 40)
    assert len(hits) == len(expected) == 3
    assert [h.cosine for h in hits] == sorted((h.cosine for h in hits), reverse=True)
    for h in hits:
        assert abs(h.cosine - float(expected[(h.start, h.end)] @ q)) < 1e-3
        assert article.text[h.start : h.end] in STORY


def test_sentence_vectors_are_unit_length(fresh, tmp_path):
    """Every stored vector is normalised (cosine space)."""
    fresh.ingest([txt(tmp_path / "ferry.txt")])
    hits = fresh.store.fetch([sid for sid, *_ in fresh.store.iter_sentences()])
    norms = [float(np.linalg.norm(h.vector)) for h in hits]
    assert all(abs(n - 1) < 1e-3 for n in norms)


def test_index_past_sqlites_variable_limit(fresh, tmp_path):
    """More articles than SQLite takes variables in one statement (32,766): ingest, answering,
    the sources list and stale-sentence cleanup all still work (they used to fail outright)."""
    from assistant.ingest.writer import manifest_for

    n = 33_000
    store = fresh.store
    store.bump(manifest_for(fresh.embedder, fresh.settings.window_words))
    filler = [
        Article(id=f"wire-{i}.txt", outlet=f"Wire {i % 7}", title=f"Market note {i}", text=f"Shares moved {i} points.")
        for i in range(n)
    ]
    hashes = [a.content_hash for a in filler]
    # Windows for one article in ten: the limit bites on the article records and on listed ids,
    # and vector inserts would otherwise be most of this test's time.
    some = list(zip(filler, hashes, strict=True))[::10]
    vecs = np.random.default_rng(0).normal(size=(len(some), fresh.embedder.dim)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    windows = {a.id: Window(a.id, h, ((0, len(a.text)),), v[None]) for (a, h), v in zip(some, vecs, strict=True)}
    store.add_windows(list(windows.values()))
    store.commit_articles(
        list(zip(filler, hashes, strict=True)), [[windows[a.id]] if a.id in windows else [] for a in filler]
    )
    report = fresh.ingest([txt(tmp_path / "ferry.txt")])
    assert report.added == ("ferry.txt",) and not report.errors
    a = fresh.answer("How much did the ferry terminal cost?")
    assert any("40 million euros" in c.quote and c.outlet == "Velmar Herald" for c in a.citations)
    assert len(store.list_articles()) == n + 1
    assert len(store.get_articles([x.id for x in filler])) == n
    assert len(store.fetch([sentence_key(span_id(h, 0, len(a.text)), 0, len(a.text)) for a, h in some])) == len(some)

    # Every filler article re-committed under another version: its old sentences are stale.
    store.delete_stale_many([(x.id, "another-version") for x in filler])
    assert [aid for _, aid, _ in store.iter_sentences()] == ["ferry.txt"] * 3


def test_question_on_an_empty_index_says_so(fresh):
    """No articles at all (no seeds either): the search finds nothing and the answer says so."""
    assert fresh.store.query(np.ones(fresh.embedder.dim, np.float32), 40) == []
    a = fresh.answer("did NATO rule out troops?")
    assert a.verdict == "not_in_sources" and not a.citations
    assert "None of the 0 indexed articles" in a.text
