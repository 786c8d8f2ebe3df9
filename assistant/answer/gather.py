"""The retrieve step: the question's outlet and period scope applied, candidates retrieved and kept
when relevant."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from assistant.answer.answer_kind import Wanted, gives, wanted, with_holders
from assistant.answer.gates import named_terms
from assistant.answer.retrieve import Scored, relevant, retrieve
from assistant.answer.scope import cited_source, in_time, outlet_scope, without_scope
from assistant.answer.turn import Turn
from assistant.index.caches import OutletCache
from assistant.index.embedding import Embedder
from assistant.index.lexical import Lexical, tokens
from assistant.index.store import Store
from assistant.settings import Settings

# Kinds whose `gives` is specific enough that a sentence giving one is kept under the relative floor
# (absolute bars still apply): his own words, a number beside the counted noun, a sum of money, a name
# beside the kind asked for. Not "amount", where any number gives one.
_PRECISE = frozenset({"speaker", "role", "count", "money", "which"})


def gather(
    turn: Turn, store: Store, embedder: Embedder, lexical: Lexical, outlets: OutletCache, settings: Settings
) -> Turn:
    """The candidate evidence for the question: within the outlet and the period it is scoped to, the
    relevant sentences best first (and, for a question asking for a kind of answer, those that give
    one first)."""
    by_outlet = outlets.get(store)
    scope = outlet_scope(turn.question, by_outlet)
    only = set(by_outlet[scope]) if scope else None
    if scope:
        n = len(by_outlet[scope])
        note = f"Searched only {scope}'s {n} article{'s' if n != 1 else ''}, as the question asks."
        turn = replace(turn, notices=(*turn.notices, note), claim=without_scope(turn.query, scope))
    elif (cited := cited_source(turn.question)) is not None:
        # "According to the BBC, …" where no outlet of that name is indexed: the claim is searched for and
        # weighed without the phrase (the stance model read "According to Reuters" as a venue the
        # sentences contradict, and "Reuters", never mentioned, had barred every support), and the answer
        # says whose reporting it rests on.
        note = f"None of the indexed outlets is {cited}: the claim is weighed on what they report."
        claim = without_scope(turn.query, cited)
        turn = replace(turn, notices=(*turn.notices, note), query=claim, claim=claim)
    only, turn = in_time(turn, only, lambda: outlets.articles(store))
    scored = retrieve(turn.query, store, embedder, lexical, settings, only)
    want = with_holders(wanted(turn.question), _texts(scored))
    given = partial(_gives, want) if want else None
    exempt = given if want and want.kind in _PRECISE else None
    spoken = want is not None and want.kind in ("speaker", "role")
    kept = relevant(scored, settings, exempt, spoken, _only_names(turn.query))[: settings.max_evidence * 2]
    if given:  # "What did Lavrov say…": his own statements before sentences that only mention him
        kept.sort(key=lambda s: not given(s))
    return replace(turn, evidence=tuple(kept), holders=want.holders if want else ())


def _only_names(question: str) -> bool:
    """Every word the question searches for is part of a name it gives: "Who is Rory Bannerman?",
    "What did Mei Lin Ocampo say?"; not "Did Rory Bannerman resign?"."""
    names = named_terms(question)
    asked = set(tokens(question))
    return bool(names) and bool(asked) and asked <= set(tokens(" ".join(names)))


def _texts(scored: list[Scored]) -> list[str]:
    """Each article's text once."""
    return list({s.evidence.article.id: s.evidence.article.text for s in scored}.values())


def _gives(want: Wanted, s: Scored) -> bool:
    return gives(want, s.evidence.text, s.evidence.speaker)
