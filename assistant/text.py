"""The one text normaliser: text for comparing, whatever its typography."""

from __future__ import annotations

import unicodedata

_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'", "–": "-", "—": "-"})


def fold(text: str) -> str:
    """NFKC (full-width and compatibility forms made plain), curly quotes and dashes made straight,
    case folded, whitespace collapsed to single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_FOLD).casefold().split())


# The calendar's names, for the modules that tell a date from a name (gates, schedule).
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
