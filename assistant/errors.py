"""Every error the library raises on purpose. The CLI and the UI turn each into one sentence."""

from __future__ import annotations


class FactcheckError(Exception):
    """Base class: the message is a complete sentence a user can act on."""


class BadInputError(FactcheckError):
    """A question or a setting that cannot be used as given."""


class ArticleError(FactcheckError):
    """One article file (or one line of a .jsonl file) cannot be read; the rest of a batch goes on."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ModelError(FactcheckError):
    """The embedding model is missing, tampered with, or cannot be loaded."""


class IndexStateError(FactcheckError):
    """The index is missing, corrupt, or unreachable."""


class DiskFullError(IndexStateError):
    """The disk holding a local index has no room for the next write."""


class IndexMismatchError(IndexStateError):
    """The index was built with a different embedding model or chunking than the one configured."""


class LLMError(FactcheckError):
    """A configured language model failed; callers fall back to the extractive answer."""
