"""The one text normaliser: text for comparing, whatever its typography."""

from __future__ import annotations

import unicodedata

_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'", "–": "-", "—": "-"})


def fold(text: str) -> str:
    """NFKC (full-width and compatibility forms made plain), curly quotes and dashes made straight,
    case folded, whitespace collapsed to single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_FOLD).casefold().split())
