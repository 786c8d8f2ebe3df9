"""Hybrid retrieval at sentence level: dense (Chroma) and lexical (BM25) candidates, fused."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

import numpy as np

from assistant.answer.speakers import speaker_at
from assistant.answer.stance import Stance
from assistant.index.embedding import Embedder
from assistant.index.lexical import Lexical
from assistant.index.records import Hit
from assistant.index.store import Store
from assistant.models import Evidence
from assistant.settings import Settings


@dataclass(frozen=True)
class Scored:
    """Evidence plus its vector and its stance toward the question, which callers do not need."""

    evidence: Evidence
    vector: np.ndarray
    stance: Stance | None = None
    # The idf-weighted share of the query's terms the sentence has (1.0: every one).
    coverage: float = 0.0


# A line without closing punctuation is a cross-head or standfirst: the outlet's words, but not an
# attributable sentence; a full sentence saying the same thing makes the better quote.
FRAGMENT_PENALTY = 0.05


def _fragment(text: str) -> bool:
    return not re.search(r"[.!?…][\"”’')\]]*\s*$", text.strip())


def retrieve(
    query: str,
    store: Store,
    embedder: Embedder,
    lexical: Lexical,
    settings: Settings,
    only: Collection[str] | None = None,
) -> list[Scored]:
    """Candidate sentences, best first. score = cosine + lexical_weight * lexical match. `only`: the
    article ids to search (a question scoped to an outlet); None for all."""
    qv = embedder.embed_queries([query])[0]
    # As many windows as candidate sentences: each holds ~5 sentences, ranked exactly, of which the
    # best `candidates` stay.
    dense = store.query(qv, settings.candidates, article_ids=only)[: settings.candidates]
    # The keyword index spans every article: ask it for more when only some may be used.
    lex_top = lexical.search(query, settings.candidates * (8 if only is not None else 1))
    by_id: dict[str, Hit] = {h.id: h for h in dense}
    missing = [sid for sid, _ in lex_top if sid not in by_id]
    by_id.update((h.id, h) for h in store.fetch(missing, qv))
    if only is not None:
        by_id = {k: h for k, h in by_id.items() if h.article_id in only}
    if not by_id:
        return []
    lex = lexical.score(query, list(by_id))
    best_bm = max((bm for bm, _ in lex.values()), default=0.0) or 1.0
    articles = store.get_articles([h.article_id for h in by_id.values()])
    out: list[Scored] = []
    for sid, h in by_id.items():
        got = articles.get(h.article_id)
        if got is None or got[0] != h.article_hash:
            continue  # left behind by an interrupted ingest, or an older version of the article
        _, article = got
        bm, coverage = lex.get(sid, (0.0, 0.0))
        lexical_match = 0.5 * coverage + 0.5 * bm / best_bm
        score = h.cosine + settings.lexical_weight * lexical_match
        if _fragment(article.text[h.start : h.end]):
            score -= FRAGMENT_PENALTY
        ev = Evidence(
            article=article,
            start=h.start,
            end=h.end,
            score=round(score, 4),
            dense=round(h.cosine, 4),
            lexical=round(lexical_match, 4),
            speaker=speaker_at(article.text, h.start, h.end),
        )
        assert h.vector is not None
        out.append(Scored(ev, h.vector, coverage=coverage))
    out.sort(key=lambda s: -s.evidence.score)
    return out


def relevant(
    scored: Sequence[Scored],
    settings: Settings,
    asked: Callable[[Scored], bool] | None = None,
    spoken: bool = False,
    only_names: bool = False,
) -> list[Scored]:
    """The evidence worth showing: above the absolute bar, and close to the best match, or (`asked`)
    what the question asks for: "What did Brekke say…" keeps his own statement when a sentence that
    only names him echoes the question's words and sets the best match 0.2 above it. When what is
    asked is someone's words (`spoken`), their own statement needs only the cosine bar: "“No hospital
    should be left running systems that cannot be patched,” Grant told MPs" shares no word with "What
    did the health secretary say about the attack?"; nor does one that matches the question on their
    name need the cosine bar, only the relevance one: a name the embedder never saw has a low cosine
    even to the sentence that quotes it ("What did Rory Bannerman say?": 0.17)."""
    if not scored:
        return []
    # A question that asks only about names ("Who is Rory Bannerman?") is answered by a sentence that
    # has every one of them, whatever its cosine: the embedder never saw most names (0.16 to "Its chief
    # executive, Rory Bannerman, said…", and the answer was "Not in the sources").
    named = [s for s in scored if s.coverage >= 1.0] if only_names else []
    top = scored[0].evidence.score
    if top < settings.min_relevance:
        return named
    floor = max(settings.min_relevance, top - 0.2)

    def keep(s: Scored) -> bool:
        if s.evidence.dense < settings.min_dense:
            return spoken and asked is not None and s.evidence.score >= settings.min_relevance and asked(s)
        if s.evidence.score < settings.min_relevance:
            return spoken and asked is not None and asked(s)
        return s.evidence.score >= floor or (asked is not None and asked(s))

    kept = [s for s in scored if keep(s)]
    return kept + [s for s in named if not keep(s)]
