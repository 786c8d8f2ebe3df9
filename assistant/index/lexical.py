"""BM25 over sentences, in memory: catches the exact words a dense model blurs ("troops", names)."""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from assistant.text import fold

_STOP = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "said",
        "says",
        "say",
        "tell",
        "told",
    ]
)
# Negations carry meaning in claims ("will not deploy"), so they are kept even though stop words.
_KEEP = frozenset({"no", "not", "never", "nor"})
K1, B = 1.2, 0.75


_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def tokens(text: str) -> list[str]:
    text = fold(text)
    return [t for t in map(_term, _WORD.findall(text)) if t]


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import Stemmer  # PyStemmer: the Snowball English stemmer, in C

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=200_000)
def _term(word: str) -> str:
    """A word's index term ("" for a stop word), cached: building the index at ~100k chunks looks
    up 12 M words, and one dictionary hit is cheaper than a regex, a set test and the stemmer.
    Snowball stems meet 'televised'/'television' and 'troop'/'troops'."""
    if word.endswith("'s"):
        word = word[:-2]
    if word in _STOP and word not in _KEEP:
        return ""
    return str(_stemmer().stemWord(word))


class Lexical:
    """An immutable BM25 index over (id, text) pairs. `save`/`load` keep it on disk, so a new process
    opens a 100k-article index in a fraction of a second instead of re-tokenising every sentence."""

    ids: list[str]
    vocab: dict[str, int]
    idf: np.ndarray
    unseen_idf: float
    weights: Any
    rows: Any

    def __init__(self, items: Iterable[tuple[str, str]] = ()) -> None:
        self.ids = []
        vocab: dict[str, int] = {}
        column = vocab.setdefault
        cols: list[int] = []
        lengths: list[int] = []
        for sid, text in items:
            self.ids.append(sid)
            toks = tokens(text)
            lengths.append(len(toks))
            cols.extend([column(t, len(vocab)) for t in toks])
        self.vocab = vocab
        n = len(self.ids)
        # One entry per token occurrence; the CSR conversion sums repeats into term counts (in C:
        # counting per sentence in Python was a third of the build at ~100k chunks).
        rows = np.repeat(np.arange(n, dtype=np.int64), lengths)
        tf = sparse.csr_matrix(
            (np.ones(len(cols), np.float32), (rows, np.asarray(cols, dtype=np.int64))),
            shape=(n, len(vocab)),
            dtype=np.float32,
        )
        tf.sum_duplicates()
        df = np.bincount(tf.indices, minlength=len(vocab))
        self.idf = np.log(1.0 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)
        self.unseen_idf = float(math.log(1.0 + (n + 0.5) / 0.5)) if n else 1.0
        dl = np.asarray(lengths, dtype=np.float32)
        avg = float(dl.mean()) if n else 1.0
        tf = tf.tocoo()
        denom = tf.data + K1 * (1 - B + B * dl[tf.row] / max(avg, 1e-9))
        weights = self.idf[tf.col] * tf.data * (K1 + 1) / denom
        self.weights = sparse.csc_matrix((weights, (tf.row, tf.col)), shape=(n, len(vocab)), dtype=np.float32)
        # Row slices (scoring a few candidates) want CSR; column sums (search) want CSC.
        self.rows = self.weights.tocsr()

    _position: dict[str, int] | None = None

    @property
    def position(self) -> dict[str, int]:
        if self._position is None:
            self._position = {sid: i for i, sid in enumerate(self.ids)}
        return self._position

    def __len__(self) -> int:
        return len(self.ids)

    def save(self, path: Path) -> None:
        """Write atomically (a reader never sees half a file)."""
        w = self.weights.tocsc()
        tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            np.savez(
                fh,
                # UTF-8 bytes, not numpy's 4-byte-per-character "U": the ids were two thirds of the file.
                ids=np.array([i.encode("utf-8") for i in self.ids], dtype="S"),
                vocab=np.array(sorted(self.vocab, key=self.vocab.__getitem__), dtype="U"),
                idf=self.idf,
                unseen_idf=np.array([self.unseen_idf]),
                data=w.data,
                indices=w.indices,
                indptr=w.indptr,
                shape=np.array(w.shape),
            )
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> Lexical:
        with np.load(path, allow_pickle=False) as z:
            self = cls.__new__(cls)
            raw = z["ids"]
            self.ids = [b.decode("utf-8") for b in raw.tolist()] if raw.dtype.kind == "S" else raw.tolist()
            self.vocab = {t: i for i, t in enumerate(z["vocab"].tolist())}
            self.idf = z["idf"]
            self.unseen_idf = float(z["unseen_idf"][0])
            shape = tuple(int(x) for x in z["shape"])
            self.weights = sparse.csc_matrix((z["data"], z["indices"], z["indptr"]), shape=shape)
        # A file whose arrays disagree (damaged, or written by something else) is refused here, where
        # the caller rebuilds it, not at the first search.
        n_rows, n_cols = self.weights.shape
        if n_rows != len(self.ids) or n_cols != len(self.vocab) or len(self.idf) != n_cols:
            raise ValueError(f"{path}: arrays of inconsistent shapes")
        self.weights.check_format(full_check=True)
        self.rows = self.weights.tocsr()
        return self

    def _query_cols(self, query: str) -> tuple[list[int], float]:
        """Known query terms and the total idf of all query terms (unseen ones count at the max)."""
        cols, total = [], 0.0
        for t in dict.fromkeys(tokens(query)):
            col = self.vocab.get(t)
            if col is None:
                total += self.unseen_idf
            else:
                cols.append(col)
                total += float(self.idf[col])
        return cols, total

    def search(self, query: str, n: int) -> list[tuple[str, float]]:
        cols, _ = self._query_cols(query)
        if not cols or not self.ids:
            return []
        scores = np.asarray(self.weights[:, cols].sum(axis=1)).ravel()
        k = min(n, int((scores > 0).sum()))
        if k == 0:
            return []
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [(self.ids[i], float(scores[i])) for i in top]

    def score(self, query: str, ids: Sequence[str]) -> dict[str, tuple[float, float]]:
        """id -> (bm25, coverage): coverage is the idf-weighted share of query terms the sentence has."""
        cols, total = self._query_cols(query)
        rows = [self.position[i] for i in ids if i in self.position]
        out = {i: (0.0, 0.0) for i in ids}
        if not cols or not rows:
            return out
        w = np.asarray(self.rows[rows][:, cols].todense())
        p = (w > 0).astype(np.float32)
        bm = w.sum(axis=1)
        cov = (p * self.idf[cols]).sum(axis=1) / max(total, 1e-9)
        for k, r in enumerate(rows):
            out[self.ids[r]] = (float(bm[k]), float(cov[k]))
        return out
