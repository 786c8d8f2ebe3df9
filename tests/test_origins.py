"""Independent origins: a wire story reprinted by several outlets is one origin, not several confirmations.
Over eval/wire, a corpus of invented outlets (a wire story, its reprints and rewrites, and independent
reports of the same events), with the real embedding and stance models and a real index."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from assistant.answer.decide import decide
from assistant.answer.origins import credited, origins_of, same_article_origin, sentence_copied
from assistant.answer.stance import Stance
from assistant.ingest.loaders import expand, load_file
from assistant.models import Article, Evidence

from .conftest import WIRE, cli_env, factcheck_bin


def _articles() -> dict[str, Article]:
    return {Path(a.path or "").name: a for p in expand([WIRE]) for a in load_file(p) if isinstance(a, Article)}


def _first_sentence(a: Article) -> Evidence:
    end = a.text.index(".") + 1
    return Evidence(article=a, start=0, end=end, score=1.0, dense=1.0, lexical=1.0)


def test_reprints_count_once_in_the_answer(wire: object) -> None:
    a = wire.answer("Will Gdansk dock workers stop work for 48 hours?")  # type: ignore[attr-defined]
    lead = a.claims[0]
    assert {"Baltic Wire", "Harbour Times"} <= set(lead.outlets)
    # Every outlet of the lead statement reprints the wire story: one origin, named after the wire.
    assert lead.origins == ("Baltic Wire",)
    first_line = a.text.splitlines()[0]
    assert f"reported by {len(lead.outlets)} outlets from 1 independent origin: Baltic Wire (2026-03-02)" in first_line
    assert "repeated by Harbour Times (2026-03-02)" in first_line


def test_an_agency_credit_names_the_origin(wire: object) -> None:
    a = wire.answer("Will Lyon close the Wilson bridge to cars from May 4?")  # type: ignore[attr-defined]
    lead = a.claims[0]
    assert set(lead.outlets) == {"City Ledger", "Evening Gazette"}
    assert lead.origins == ("AFP",)
    # The earlier publication leads, whichever sentence ranked first.
    assert "AFP via City Ledger (2026-04-14), repeated by Evening Gazette (2026-04-15)" in a.text


def test_confidence_counts_origins_not_copies() -> None:
    arts = _articles()
    wire_, copy, edited = (
        _first_sentence(arts[n]) for n in ("a1_baltic_wire.txt", "a2_harbour_times.txt", "a3_coastal_daily.txt")
    )
    own = _first_sentence(arts["a6_northern_courier.txt"])
    sup = Stance("supports", 0.8, 0.1, 0.1)
    alone = decide([wire_], [sup])
    copies = decide([wire_, copy, edited], [sup, sup, sup])
    assert copies.verdict == "supported" and copies.supporting == ("Baltic Wire", "Harbour Times", "Coastal Daily")
    assert copies.confidence == alone.confidence == 0.8
    assert copies.supporting_origins == 1
    two = decide([wire_, own], [sup, sup])
    assert two.supporting_origins == 2 and two.confidence == pytest.approx(0.96)


def test_a_shared_quotation_is_not_a_shared_origin() -> None:
    arts = _articles()
    # Quay Journal quotes the union leader and the operators' statement at length, in its own reporting.
    assert not same_article_origin(arts["a1_baltic_wire.txt"], arts["a7_quay_journal.txt"])
    assert not same_article_origin(arts["a5_metro_herald.txt"], arts["a1_baltic_wire.txt"])
    said = '"We have been patient for eleven months. The operators offered us four percent," '
    assert not sentence_copied(said + "union leader Marta Wisniewska told reporters.", said + "she said at a rally.")
    # A sentence split inside a quotation keeps only its closing half: that is quotation too.
    assert not sentence_copied(
        'The operators offered us four percent while prices rose by twice that," union leader Marta Wisniewska '
        "told reporters outside the port gates.",
        'The operators offered us four percent while prices rose by twice that."',
    )
    assert sentence_copied(
        "Terminal operators said in a joint statement that the strike was unnecessary and that their offer "
        "remained on the table.",
        "The terminal operators said in a joint statement that the strike was unnecessary and their offer "
        "remained on the table.",
    )


def test_a_source_line_becomes_the_articles_origin(tmp_path: Path) -> None:
    f = tmp_path / "brief.txt"
    f.write_text(
        "---\noutlet: Town Crier\n---\nThe ferry to the island will run twice a day from June, the operator said.\n\n"
        "Source: Coast Wire\n",
        encoding="utf-8",
    )
    (article,) = load_file(f)
    assert isinstance(article, Article)
    assert "Source" not in article.text  # still cleaned away: it is not a sentence of the story
    assert article.original_source == credited(article) == "Coast Wire"
    arts = _articles()
    digest = arts["a8_port_digest.txt"]  # a rewrite whose only link to the wire is its source line
    assert same_article_origin(digest, arts["a1_baltic_wire.txt"])
    (origin,) = origins_of([_first_sentence(digest), _first_sentence(arts["a1_baltic_wire.txt"])])
    assert origin.name == "Baltic Wire"


def test_eval_origins_reports_pair_precision_and_recall() -> None:
    out = subprocess.run(
        [factcheck_bin(), "eval", "--origins", str(WIRE)], capture_output=True, text=True, env=cli_env(), timeout=120
    )
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["articles"] == 12 and report["pairs"] == 66
    assert report["joined"]["false_pairs"] == 0
    assert report["joined"]["recall"] >= report["article_test"]["recall"] > 0
