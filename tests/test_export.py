"""ClaimReview JSON-LD and session exports, from real answers over articles of other outlets (eval/wire)."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date

from assistant.export import RATINGS, session_json, session_markdown

from .conftest import WIRE, cli_env, factcheck_bin

CLAIM = "Will Lyon close the Wilson bridge to cars from May 4?"


def test_claimreview_carries_the_verdict_and_every_cited_article(wire: object) -> None:
    a = wire.answer(CLAIM)  # type: ignore[attr-defined]
    review = json.loads(json.dumps(a.to_claimreview("The Desk", author_url="https://desk.example/")))
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == CLAIM
    assert review["author"] == {"@type": "Organization", "name": "The Desk", "url": "https://desk.example/"}
    assert date.fromisoformat(review["datePublished"])
    rating = review["reviewRating"]
    value, name = RATINGS[a.verdict]
    assert rating["@type"] == "Rating" and rating["alternateName"] == name
    assert rating.get("ratingValue") == value
    if value is not None:
        assert rating["worstRating"] <= value <= rating["bestRating"]
    assert "**" not in rating["ratingExplanation"] and "[1]" not in rating["ratingExplanation"]
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    cited = {c.url for c in a.citations}
    assert {x["url"] for x in item["appearance"]} == cited
    dates = [x["datePublished"] for x in item["appearance"]]
    assert dates == sorted(dates) and item["firstAppearance"] == item["appearance"][0]
    assert {x["publisher"]["name"] for x in item["appearance"]} == {c.outlet for c in a.citations}
    for c in a.citations:
        assert " ".join(c.quote.split()) in review["reviewBody"]


def test_unrated_verdicts_carry_no_number(wire: object) -> None:
    a = wire.answer("What did the Pope say about volcano insurance in Iceland?")  # type: ignore[attr-defined]
    assert a.verdict == "not_in_sources"
    rating = a.to_claimreview()["reviewRating"]
    assert "ratingValue" not in rating and rating["alternateName"] == "Not in the sources"


def test_ask_claimreview_from_the_command_line(tmp_path) -> None:
    out = subprocess.run(
        [factcheck_bin(), "ask", "--claimreview", "--author", "Night Desk", CLAIM],
        capture_output=True,
        text=True,
        env=cli_env(FACTCHECK_INDEX=str(tmp_path / "idx"), FACTCHECK_SEEDS=str(WIRE)),
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    review = json.loads(out.stdout)
    assert review["@type"] == "ClaimReview" and review["author"]["name"] == "Night Desk"
    assert review["itemReviewed"]["appearance"]
    bad = subprocess.run(
        [factcheck_bin(), "ask", "--author", "Night Desk", CLAIM], capture_output=True, text=True, env=cli_env()
    )
    assert bad.returncode != 0 and "--claimreview" in bad.stderr


def test_a_session_exports_every_citation_with_its_offsets(wire: object) -> None:
    answers = [
        wire.answer(CLAIM),  # type: ignore[attr-defined]
        wire.answer("How many containers did the port of Gdansk handle last year?"),  # type: ignore[attr-defined]
    ]
    data = json.loads(session_json(answers))
    assert [t["question"] for t in data["turns"]] == [a.question for a in answers]
    for turn, a in zip(data["turns"], answers, strict=True):
        assert turn["verdict"] == a.verdict and len(turn["citations"]) == len(a.citations)
        for c in turn["citations"]:
            article = wire.articles([c["source"]])[c["source"]]  # type: ignore[attr-defined]
            assert article.text[c["start"] : c["end"]] == c["quote"]
    report = session_markdown(answers)
    assert report.count("\n## ") == 2
    for a in answers:
        assert RATINGS[a.verdict][1] in report
        for c in a.citations:
            assert f"characters {c.start}–{c.end}" in report
    # Article text cannot inject Markdown structure into the report.
    assert not re.search(r"^#+ (?!factcheck session|\d+\. )", report, re.M)
