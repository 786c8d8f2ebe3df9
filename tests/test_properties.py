"""Property-based tests: offsets always round-trip; verification never accepts an unquoted quote."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from assistant.answer.verify import check
from assistant.ingest.chunking import chunk_article
from assistant.ingest.cleaning import clean
from assistant.ingest.sentences import split_sentences
from assistant.models import Article, Citation

words = st.sampled_from(
    [
        "NATO",
        "said",
        "the",
        "troops",
        "U.S.",
        "Mr.",
        "“We",
        "will”",
        "not.",
        "Advertisement",
        "Read more",
        "?",
        "(Image: AP)",
        "1,000",
        "deploy",
        "Ukraine.",
        "he",
        "told",
        "CNN,",
        "’s",
        "…",
        "\u00a0",
        "Also read|",
        "!",
    ]
)
line = st.lists(words, min_size=0, max_size=25).map(" ".join)
text = st.lists(line, min_size=1, max_size=12).map("\n".join)
any_text = st.text(min_size=0, max_size=400)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.one_of(text, any_text))
def test_cleaned_paragraphs_are_verbatim_input_lines(raw):
    """Every paragraph the cleaner keeps is a line of the input, trimmed and otherwise unchanged."""
    edges = re.compile(r"^[\s\u200b\u200c\u200d\ufeff]+|[\s\u200b\u200c\u200d\ufeff]+$")
    lines = {edges.sub("", ln) for ln in raw.splitlines()}
    for para in clean(raw).text.split("\n\n"):
        if para:
            assert para in lines


@FAST
@given(st.one_of(text, any_text))
@example("A\x1f")  # the unit separator is whitespace to Python: a sentence once ended in it
@example("\u3000Lead paragraph.\u2028 Second one.\x85")
def test_sentence_spans_round_trip(raw):
    """Spans are ordered, disjoint, inside the text, and never start or end in whitespace."""
    body = clean(raw).text
    prev = 0
    for a, b in split_sentences(body):
        assert prev <= a < b <= len(body)
        piece = body[a:b]
        assert piece == piece.strip() and piece
        prev = b


@FAST
@given(st.one_of(text, any_text), st.integers(min_value=5, max_value=200))
def test_every_sentence_is_in_exactly_one_window(raw, window):
    """Chunking owns each sentence once, and each window's text is the article's text at its offsets."""
    body = clean(raw).text
    art = Article(id="a", outlet="O", title="T", text=body)
    owned = []
    for c in chunk_article(art, window):
        assert body[c.start : c.end] == c.text
        for s in c.sentences:
            assert c.start <= s.start < s.end <= c.end
            owned.append((s.start, s.end))
    assert owned == split_sentences(body)


@FAST
@given(any_text, any_text, st.integers(-5, 450), st.integers(-5, 450), st.sampled_from(["O", "P"]))
def test_verifier_accepts_exactly_verbatim_spans(body, quote, start, end, outlet):
    """check() passes iff the quote is the article's text at [start:end], non-blank, from its outlet."""
    art = Article(id="a", outlet="O", title="T", text=body)
    c = Citation(n=1, outlet=outlet, title="T", url=None, published=None, source="a", quote=quote, start=start, end=end)
    ok = check(c, art) is None
    truth = 0 <= start < end <= len(body) and body[start:end] == quote and quote.strip() != "" and outlet == "O"
    assert ok == truth


@FAST
@given(any_text.filter(lambda t: len(t.strip()) > 3), st.data())
def test_verifier_accepts_every_real_span(body, data):
    """Any non-blank span of the article, cited to its outlet, passes."""
    a = data.draw(st.integers(0, len(body) - 1))
    b = data.draw(st.integers(a + 1, len(body)))
    art = Article(id="a", outlet="O", title="T", text=body)
    c = Citation(n=1, outlet="O", title="T", url=None, published=None, source="a", quote=body[a:b], start=a, end=b)
    assert (check(c, art) is None) == bool(body[a:b].strip())
