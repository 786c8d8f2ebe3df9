"""`factcheck eval --climate-fever DIR` on a file in the dataset's format (written here: the dataset
itself is fetched at development time and never committed)."""

from __future__ import annotations

import json
import subprocess

import pytest

from assistant.evalsets import climate_fever_cases, climate_fever_corpus, split_of
from tests.conftest import cli_env, factcheck_bin

ROWS = [
    {
        "claim_id": "1",
        "claim": "The Elm river flooded the town of Brinwick in 2019.",
        "claim_label": "SUPPORTS",
        "evidences": [
            {
                "evidence_id": "Brinwick:3",
                "evidence_label": "SUPPORTS",
                "article": "Brinwick",
                "evidence": "In 2019 the Elm river burst its banks and flooded most of Brinwick.",
            },
            {
                "evidence_id": "Brinwick:7",
                "evidence_label": "NOT_ENOUGH_INFO",
                "article": "Brinwick",
                "evidence": "Brinwick has a population of about 12,000 people.",
            },
        ],
    },
    {
        "claim_id": "2",
        "claim": "Glaciers in the Sallow range have grown since 2000.",
        "claim_label": "REFUTES",
        "evidences": [
            {
                "evidence_id": "Sallow range:1",
                "evidence_label": "REFUTES",
                "article": "Sallow range",
                "evidence": "The glaciers of the Sallow range have lost a third of their ice since 2000.",
            },
        ],
    },
    {
        "claim_id": "3",
        "claim": "Who won the 1954 chess olympiad?",
        "claim_label": "NOT_ENOUGH_INFO",
        "evidences": [],
    },
]


@pytest.fixture
def dataset(tmp_path):
    folder = tmp_path / "cf"
    folder.mkdir()
    (folder / "climate-fever.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    return folder


def test_the_corpus_is_one_article_per_page_in_sentence_order(dataset, tmp_path):
    out = climate_fever_corpus(dataset, tmp_path / "corpus.jsonl")
    pages = {json.loads(x)["outlet"]: json.loads(x)["text"] for x in out.read_text().splitlines()}
    assert set(pages) == {"Brinwick", "Sallow range"}
    assert pages["Brinwick"].index("burst its banks") < pages["Brinwick"].index("population")
    cases = climate_fever_cases(dataset, "all")
    assert [c.label for c in cases] == ["SUPPORTS", "REFUTES", "NOT_ENOUGH_INFO"]
    assert cases[0].gold == ("In 2019 the Elm river burst its banks and flooded most of Brinwick.",)


def test_the_split_is_fixed_and_the_same_as_training():
    import training.stance_data

    keys = [f"cf:{i}" for i in range(500)]
    assert training.stance_data.split_of is split_of  # one split: nothing held out was trained on
    assert [split_of(k) for k in keys[:5]] == ["train", "train", "train", "train", "test"]  # fixed, not random
    share = sum(split_of(k) == "test" for k in keys) / len(keys)
    assert 0.15 < share < 0.25


@pytest.mark.slow
def test_eval_command_reports_the_claim_figures(dataset, tmp_path):
    r = subprocess.run(
        [
            factcheck_bin(),
            "eval",
            "--climate-fever",
            str(dataset),
            "--split",
            "all",
            "--eval-index",
            str(tmp_path / "cf-index"),
        ],
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    report = json.loads(r.stdout)
    assert report["claims"] == 3 and report["citation_validity"] == 1.0
    assert report["claims_with_gold_evidence"] == 2
    assert set(report) >= {"label_accuracy", "committed_precision", "gold_quoted", "false_not_in_sources", "p50_ms"}
    assert report["gold_quoted"] == 1.0  # both gold sentences are quoted
    assert report["confusion_gold_by_verdict"]["NOT_ENOUGH_INFO"] == {"NOT_ENOUGH_INFO": 1}
