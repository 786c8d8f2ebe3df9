"""`factcheck eval --climate-fever DIR` on a file in the dataset's format (written here: the dataset
itself is fetched at development time and never committed)."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from assistant.evals.evalsets import climate_fever_cases, climate_fever_corpus, split_of
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


def test_made_clause_pairs_are_labelled_by_their_rule():
    """Negated subjects and compound sentences (training.news_contrasts.clause_pairs): "no pilots will…"
    refutes "Will any pilots…?", and each clause of "A, but did not B" speaks for itself."""
    from training.news_contrasts import REFUTES, SUPPORTS, clause_pairs

    rows = list(clause_pairs(600))
    assert rows == list(clause_pairs(600))  # reproducible: the same pairs every run
    anyq = [
        r
        for r in rows
        if str(r["claim"]).startswith("Will any ")
        and f" no {str(r['claim']).split()[2]} " in f" {r['evidence']}".lower()
    ]
    assert anyq and all(r["label"] == REFUTES for r in anyq)
    buts = [r for r in rows if ", but " in str(r["evidence"])]
    assert buts
    for r in buts:
        first = str(r["evidence"]).split(", but ")[0]
        if r["claim"] == first + ".":
            assert r["label"] == SUPPORTS, r


def test_negator_pairs_are_labelled_by_their_rule():
    """ "No" said without "not" (training.negator_pairs): an excluded item is refuted and a listed one
    supported; "ended without a deal" refutes "ended with a deal"; a rate cut from 25% to 10% supports
    "to 10%" and refutes "to 25%"; "failed to X" refutes "Did … X?" while "managed to X" supports it."""
    import re

    from training.negator_pairs import negator_pairs
    from training.news_contrasts import REFUTES, SUPPORTS

    rows = list(negator_pairs(2000))
    assert rows == list(negator_pairs(2000))  # reproducible
    seen = set()
    for r in rows:
        claim, ev, lab = str(r["claim"]), str(r["evidence"]), r["label"]
        if m := re.search(r"(?:but|though) not ([\w ]+?)[.,]", ev):
            item = re.search(r"(?:include|cover|apply to|hit) ([\w ]+?)[?.]$", claim)
            if item and item.group(1) == m.group(1):
                assert lab == REFUTES, r
                seen.add("excluded")
        if re.search(r"ended without|failed to produce|broke up without", ev) and re.match(r"Did .* end with ", claim):
            assert lab == REFUTES, r
            seen.add("without")
        if (m := re.search(r"from (\d+)% to (\d+)%", ev)) and claim.rstrip("?.").endswith("%"):
            said = claim.rstrip("?.").split()[-1].rstrip("%")
            assert lab == (SUPPORTS if said == m.group(2) else REFUTES), r
            seen.add("range")
        if ev.split(" failed to ")[-1].rstrip(".") in claim and " failed to " in ev and claim.startswith("Did "):
            assert lab == REFUTES, r
            seen.add("failed")
        if " managed to " in ev and claim.startswith("Did "):
            assert lab in (SUPPORTS, 0), r  # supports, or another event of the same subject
            seen.add("managed")
    assert seen == {"excluded", "without", "range", "failed", "managed"}


def test_figure_pairs_are_labelled_by_their_rule():
    """Figures against claims without them (training.figure_pairs): a fall from one figure to another
    supports "Did X fall?" and refutes "Did X rise?"; the new figure is supported, the old one refuted;
    a tally "in favour of" / "to strike" supports the vote and "against" / "rejected" / "defeated" refutes
    it; in "A, but no B" the A clause is supported and B refuted."""
    import re

    from training.figure_pairs import _BUT_NO, _MEASURES, figure_pairs
    from training.news_contrasts import NEITHER, REFUTES, SUPPORTS

    rows = list(figure_pairs(3000))
    assert rows == list(figure_pairs(3000))  # reproducible
    seen = set()
    for r in rows:
        claim, ev, lab = str(r["claim"]), str(r["evidence"]), r["label"]
        change = re.search(r"(fell|dropped|declined|slipped|eased|rose|climbed|increased|jumped|grew|stood at)", ev)
        measure = next((mid for subj, mid, _ in _MEASURES if ev.startswith(subj + " ")), None)
        if change and measure and claim.startswith(("Did", "Has", "Have")) and measure not in claim.lower():
            assert lab == NEITHER, r
            continue
        if change and measure and not re.search(r"\d", claim):
            went_down = change.group(1) in ("fell", "dropped", "declined", "slipped", "eased") or "down from" in ev
            asked_down = bool(re.search(r"\b(fall|fell|down)\b", claim))
            assert lab == (SUPPORTS if went_down == asked_down else REFUTES), r
            seen.add("direction")
        if (m := re.search(r"\bto ([£\d.,]+(?:%| million|bn| weeks)?)(?: |,|\.)", ev)) and claim.endswith(
            f"to {m.group(1)}?"
        ):
            same_way = bool(re.search(r"\b(fall|fell)\b", claim)) == (
                "down from" in ev or bool(re.search(r"\b(fell|dropped|declined|slipped|eased)\b", ev))
            )
            assert lab == (SUPPORTS if same_way else REFUTES), r
            seen.add("figure")
        if re.search(r"voted|backed|rejected|carried|defeated", ev) and claim.startswith("Did"):
            group = claim.split(" ")[1]
            if group.lower() not in ev.lower():
                assert lab == NEITHER, r
                continue
            said_yes = not re.search(r"against|rejected|defeated|not to", ev)
            asked_yes = not re.search(r"against|reject|close the library", claim)
            assert lab == (SUPPORTS if said_yes == asked_yes else REFUTES), r
            seen.add("vote")
        for _, asked_did, did_not, asked_not in _BUT_NO:
            if did_not in ev:
                assert lab == {asked_did: SUPPORTS, asked_not: REFUTES}[claim], r
                seen.add("but-no")
    assert seen == {"direction", "figure", "vote", "but-no"}


def _offer_rule(claim: str, ev: str) -> tuple[str, int] | None:
    from training.news_contrasts import NEITHER, REFUTES, SUPPORTS

    if not (m := re.search(r"(?:an offer|a proposal|a request|a bid) by (.+?) to (.+?)[,.]", ev)):
        return None
    asker, act = m.groups()
    if claim in (f"Did {asker} offer to {act}?", f"{asker[0].upper() + asker[1:]} offered to {act}."):
        return "offered", SUPPORTS
    if re.search(r"\baccept(ed)?\b", claim):
        return "accepted", REFUTES
    if re.match(rf"Did {asker} ", claim) and act not in claim:
        return "other act", NEITHER
    return None


def _plan_rule(claim: str, ev: str) -> tuple[str, int] | None:
    from training.news_contrasts import REFUTES, SUPPORTS

    if not re.search(r"has (blocked|halted|suspended|refused permission for)", ev):
        return None
    if re.search(r"been approved|go ahead", claim):
        return "approved", REFUTES
    if re.search(r"(think|say) .+ would", claim):
        return "reason", SUPPORTS
    return None


def _delay_rule(claim: str, ev: str) -> tuple[str, int] | None:
    from training.news_contrasts import REFUTES, SUPPORTS

    if not (m := re.search(r"from (\w+) to (\w+) because of", ev)):
        return None
    if claim.endswith(f"go ahead in {m.group(1)}?"):
        return "first month", REFUTES
    if "delayed" in claim and "because" not in claim:
        return "delayed", SUPPORTS
    return None


def _ban_rule(claim: str, ev: str) -> tuple[str, int] | None:
    from training.news_contrasts import REFUTES, SUPPORTS

    if not (m := re.search(r"has been (banned|suspended) for (\d) years?", ev)):
        return None
    if n := re.search(r"for (\d) years?\?", claim):
        return "length", SUPPORTS if n.group(1) == m.group(2) else REFUTES
    if re.search(r"cleared|allowed to compete", claim):
        return "cleared", REFUTES
    return None


def test_embedded_pairs_are_labelled_by_their_rule():
    """A refusal, block, delay or penalty is no label by itself (training.embedded_pairs): an offer that
    was turned down was made (supports) and not accepted (refutes); a blocked plan was blocked, not
    approved, and its reason is supported; a delayed thing was delayed and does not happen in its first
    month; "cleared" refutes a ban, and so does another length; another act is neither."""
    from training.embedded_pairs import embedded_pairs

    rows = list(embedded_pairs(2000))
    assert rows == list(embedded_pairs(2000))  # reproducible
    seen = set()
    for r in rows:
        for rule in (_offer_rule, _plan_rule, _delay_rule, _ban_rule):
            if got := rule(str(r["claim"]), str(r["evidence"])):
                assert r["label"] == got[1], (got[0], r)
                seen.add(got[0])
    assert seen == {
        "offered",
        "accepted",
        "other act",
        "approved",
        "reason",
        "first month",
        "delayed",
        "length",
        "cleared",
    }


def test_a_set_written_after_an_export_is_scored_as_shipped_and_joins_its_metrics(tmp_path):
    """export_stance --score: the shipped model scored on a hand-checked set its metrics.json lacks; the
    figure lands in the as-shipped block only, what was there stays, and a second run changes nothing."""
    import shutil

    from assistant.answer.stance import MODEL_DIR
    from training.export_stance import score_later

    folder = tmp_path / "model"
    shutil.copytree(MODEL_DIR, folder)
    metrics = json.loads((folder / "metrics.json").read_text())
    shipped = next(k for k in metrics if k.startswith("shipped"))
    kept = metrics[shipped].pop("news_pairs_handchecked_4")
    metrics["fp32"].pop("news_pairs_handchecked_4", None)
    (folder / "metrics.json").write_text(json.dumps(metrics))
    after = score_later(folder)
    assert after[shipped]["news_pairs_handchecked_4"] == kept
    assert "news_pairs_handchecked_4" not in after["fp32"]
    assert {k: v for k, v in after[shipped].items() if k != "news_pairs_handchecked_4"} == metrics[shipped]
    assert score_later(folder) == after


def test_hard_pairs_set_a_page_sentence_against_its_closest_neighbour(tmp_path):
    """`--hard`: a web page's sentence against the page's closest other sentence, and that one negated,
    is neither; against itself negated it is refuted; restated it is supported. Reproducible."""
    from training.stance_data import NEITHER, REFUTES, SUPPORTS, hard_pairs

    page = [
        "The gang has published samples of data it says it took from the clinic network.",
        "The clinic network said it had not paid any ransom to the gang.",
        "Hackers encrypted the booking system of the clinic network on Friday.",
        "The regional health minister will visit the clinic network on Monday.",
        "Cookies help us improve this website.",
    ]
    row = {"claim": "x", "label": "supported", "supporting_sentences": [], "evidence": page}
    (tmp_path / "wice-claim-dev.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    rows = list(hard_pairs(tmp_path, 40))
    assert rows and rows == list(hard_pairs(tmp_path, 40))
    for r in rows:
        claim, ev, label = str(r["claim"]), str(r["evidence"]), r["label"]
        assert ev.rstrip(".").split(", ")[-1] and label in (NEITHER, SUPPORTS, REFUTES)
        mine = next(s for s in page if s.rstrip(".").lower() in ev.lower() or s == ev)
        if label == NEITHER:  # another sentence of the page (or it negated), never the evidence itself
            assert mine.rstrip(".").lower() not in claim.lower()
        if label == REFUTES:
            assert " not " in f" {claim} " or " not " in f" {ev} ", r
    assert {NEITHER, SUPPORTS, REFUTES} <= {r["label"] for r in rows}


def test_fever_pairs_are_ordinary_text_split_by_claim_and_one_sentence_each(tmp_path):
    """`--fever`: FEVER's tokenised evidence as ordinary text, entailment -> supports and not_entailment ->
    refutes, evidence of more than one sentence left out, and the held-out claims never in training."""
    from training.stance_data import REFUTES, SUPPORTS, fever

    evidence = [
        "Aarhus -LRB- -LSB- ˈɔːhuːs -RSB- ; officially Århus -RRB- is the second-largest city in Denmark .",
        "The film was directed by John Moore , and stars Bruce Willis as John McClane .",
        "Brinwick is a town . It has a `` famous '' bridge built in 1810 by the river 's edge .",
    ] * 40
    claims = [f"Claim {i} about Aarhus and films." for i in range(len(evidence))]
    labels = ["not_entailment", "entailment", "entailment"] * 40
    for name, lines in (("dev.raw.input0", evidence), ("dev.raw.input1", claims), ("dev.label", labels)):
        (tmp_path / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = list(fever(tmp_path))
    assert rows == list(fever(tmp_path))  # reproducible
    texts = {str(r["evidence"]) for r in rows}
    assert texts == {
        "Aarhus (; officially Århus) is the second-largest city in Denmark.",
        "The film was directed by John Moore, and stars Bruce Willis as John McClane.",
    }  # the two-sentence evidence is left out
    for r in rows:
        assert r["label"] == (REFUTES if str(r["evidence"]).startswith("Aarhus") else SUPPORTS)
        stated = str(r["claim"]).removesuffix("?") == str(r["claim"])
        assert r["split"] == split_of(f"fever:{r['claim']}") if stated else r["split"] == "train"
    held = {str(r["claim"]) for r in rows if r["split"] == "test"}
    assert held and not held & {str(r["claim"]) for r in rows if r["split"] == "train"}
    assert any(str(r["claim"]).endswith("?") for r in rows)  # some training claims asked as questions


def test_hand_checked_pairs_train_as_written_and_a_bad_file_is_named(tmp_path):
    """`--pairs FILE --pairs-repeat N`: each hand-checked pair becomes a training row with its label, N
    times; a file that is not a pairs file, or a pair without a known label, stops with its name."""
    from training.stance_data import NEITHER, REFUTES, SUPPORTS, hand_pairs

    good = tmp_path / "pairs.jsonl"
    lines = [
        {"_about": "test pairs"},
        {"claim": "Did the ferry sink?", "evidence": "The ferry sank off Tarrow Point.", "label": "supports"},
        {"claim": "Did the ferry sink?", "evidence": "The ferry reached port safely.", "label": "refutes"},
        {"claim": "Did the ferry sink?", "evidence": "Tickets cost £12.", "label": "neither"},
    ]
    good.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    rows = hand_pairs(good, 3)
    assert len(rows) == 9 and {r["split"] for r in rows} == {"train"}
    by_evidence = {str(r["evidence"]): r["label"] for r in rows}
    assert by_evidence == {
        "The ferry sank off Tarrow Point.": SUPPORTS,
        "The ferry reached port safely.": REFUTES,
        "Tickets cost £12.": NEITHER,
    }
    no_about = tmp_path / "plain.jsonl"
    no_about.write_text("\n".join(json.dumps(x) for x in lines[1:]), encoding="utf-8")
    with pytest.raises(SystemExit, match=r"plain\.jsonl"):
        hand_pairs(no_about, 1)
    bad = tmp_path / "bad.jsonl"
    wrong = [*lines[:2], {**lines[2], "label": "contradicts"}]
    bad.write_text("\n".join(json.dumps(x) for x in wrong), encoding="utf-8")
    with pytest.raises(SystemExit, match=r"bad\.jsonl:3"):
        hand_pairs(bad, 1)
    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps(lines[0]) + "\n" + json.dumps(lines[1])[:-5], encoding="utf-8")
    with pytest.raises(SystemExit, match=r"broken\.jsonl:2: not a JSON record"):
        hand_pairs(broken, 1)


@pytest.mark.slow
def _eval_report(*args: str) -> dict:
    """`factcheck eval ARGS` in its own process, and the JSON report it prints."""
    r = subprocess.run([factcheck_bin(), "eval", *args], env=cli_env(), capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    return json.loads(r.stdout)


def test_eval_command_reports_the_claim_figures(dataset, tmp_path):
    report = _eval_report("--climate-fever", str(dataset), "--split", "all", "--eval-index", str(tmp_path / "cf-index"))
    assert report["claims"] == 3 and report["citation_validity"] == 1.0
    assert report["claims_with_gold_evidence"] == 2
    assert set(report) >= {"label_accuracy", "committed_precision", "gold_quoted", "false_not_in_sources", "p50_ms"}
    assert report["gold_quoted"] == 1.0  # both gold sentences are quoted
    assert report["gold_weighed"] == 1.0  # and were among the evidence weighed
    assert report["confusion_gold_by_verdict"]["NOT_ENOUGH_INFO"] == {"NOT_ENOUGH_INFO": 1}


def test_a_gold_sentence_weighed_but_not_quoted_is_told_apart_from_one_never_found():
    """The two kinds of miss: the gold sentence was found and weighed but another was quoted (a choice of
    quotes), or it was never among the evidence (retrieval). A quote broken over two lines still counts."""
    from assistant.evals.evalsets import ClaimCase, ClaimReport

    gold = "The glaciers of the Sallow range have lost a third of their ice since 2000."
    case = ClaimCase("Glaciers in the Sallow range have grown since 2000.", "REFUTES", (gold,))
    other = "The Sallow range is home to four ski resorts and a national park."
    report = ClaimReport()
    report.add(case, "unclear", [other], 1, 1, 5.0, weighed=[other, gold])  # found, not quoted
    report.add(case, "unclear", [other], 1, 1, 5.0, weighed=[other])  # never found
    report.add(case, "refuted", [gold.replace("lost a", "lost a\n")], 1, 1, 5.0, weighed=[gold])
    summary = report.summary()
    assert summary["gold_weighed"] == round(2 / 3, 4) and summary["gold_quoted"] == round(1 / 3, 4)


def test_an_index_an_interrupted_run_left_part_built_is_completed_not_trusted(dataset, tmp_path):
    """An eval whose indexing was cut short left only one page indexed; the next run must not evaluate
    against that part as if it were the whole corpus."""
    from assistant.pipeline import Assistant
    from assistant.settings import Settings

    index = tmp_path / "cf-index"
    whole = climate_fever_corpus(dataset, tmp_path / "whole.jsonl").read_text().splitlines()
    part = tmp_path / "part.jsonl"
    part.write_text("".join(line + "\n" for line in whole if '"Brinwick"' in line))
    Assistant(Settings.from_env(index_dir=index, seeds_dir=index / "no-seeds")).ingest([part])

    report = _eval_report("--climate-fever", str(dataset), "--split", "all", "--eval-index", str(index))
    assert report["gold_quoted"] == 1.0 and report["false_not_in_sources"] == 0.0, report


WICE_ROWS = [
    {
        "label": "supported",
        "supporting_sentences": [[2, 3]],
        "claim": "Mira Holt, born on 3 May 1950 in Carrow Bay, was a ferry captain for thirty years.",
        "evidence": [
            "(meta data) TITLE: Mira Holt obituary | Coast Times",
            "Mira Holt",
            "Born: 3 May 1950",
            "Mira Holt captained the Carrow Bay ferry for thirty years before retiring in 2015.",
            "Published 13:34 GMT, June 2 2021",
            "She is survived by two sons.",
        ],
        "meta": {"id": "test00001", "claim_title": "Mira Holt", "claim_section": "", "claim_context": ""},
    },
    {
        "label": "not_supported",
        "supporting_sentences": [],
        "claim": "The Lintonford tram line opened in 1998.",
        "evidence": [
            "(meta data) TITLE: Lintonford council minutes",
            "The council met on Tuesday to discuss bus timetables.",
        ],
        "meta": {"id": "test00002", "claim_title": "Lintonford", "claim_section": "", "claim_context": ""},
    },
]


def test_wice_claims_are_asked_against_their_cited_pages(tmp_path):
    """`factcheck eval --wice DIR --split test`: each cited page is an article (its site as outlet), the
    gold sentences are those the dataset marks, a bare date among them survives cleaning, and the report
    says whether the claim's own page was cited."""
    from assistant.evals.evalsets import wice_cases, wice_corpus

    folder = tmp_path / "wice"
    folder.mkdir()
    (folder / "wice-claim-test.jsonl").write_text("\n".join(json.dumps(r) for r in WICE_ROWS) + "\n")
    cases = wice_cases(folder, "test")
    assert cases[0].gold == ("Born: 3 May 1950", WICE_ROWS[0]["evidence"][3]) and cases[0].article == "wice:test00001"
    assert cases[0].label == "SUPPORTS" and cases[1].label == "NOT_ENOUGH_INFO" and cases[1].gold == ()
    first = json.loads(wice_corpus(folder, "test", tmp_path / "c.jsonl").read_text().splitlines()[0])
    assert first["outlet"] == "Coast Times" and first["title"] == "Mira Holt obituary | Coast Times"
    with pytest.raises(Exception, match="dev or test"):
        wice_cases(folder, "train")
    report = _eval_report("--wice", str(folder), "--split", "test", "--eval-index", str(tmp_path / "idx"))
    assert report["dataset"] == "wice" and report["claims"] == 2 and report["citation_validity"] == 1.0
    assert report["own_article_cited"] == 0.5 and report["gold_quoted"] == 1.0
    assert report["gold_sentences_removed_by_cleaning"] == "0 of 2"
