"""Small invented news corpora for tests that need more than the seeds (deterministic)."""

from __future__ import annotations

import json
import random
from pathlib import Path

TOWNS = ["Port Velmar", "Ashby Dale", "Lintonford", "Carrow Bay", "Eastmere", "Holt Cross", "Brinwick", "Sallow Fen"]
PEOPLE = ["Ana Kovac", "Mia Forde", "Tomas Reyl", "Oona Brant", "Felix Aro", "Priya Lal", "Jon Esker", "Ruth Ange"]
OUTLETS = ["Velmar Herald", "Dale Courier", "Coast Times", "Fen Gazette", "Tide Post"]
THINGS = ["ferry terminal", "library", "bridge", "flood barrier", "hospital wing", "tram line", "market hall"]


def article(i: int, rng: random.Random) -> dict[str, str]:
    town, person, thing = rng.choice(TOWNS), rng.choice(PEOPLE), rng.choice(THINGS)
    cost = rng.randrange(2, 90)
    sentences = [
        f"Officials in {town} said on {rng.choice(['Monday', 'Tuesday', 'Friday'])} that the new {thing} "
        f"will open in {rng.choice(['May', 'June', 'October'])} after {rng.randrange(2, 6)} years of work.",
        f"“We expect the first visitors before the end of the season,” {person} told reporters.",
        f"The {thing} cost {cost} million euros, {rng.choice(['more', 'less'])} than first planned.",
        f"Critics in {town} argued the money should have gone to schools and roads instead.",
        f"A public meeting on the {thing} is planned for next month, council staff said.",
    ]
    rng.shuffle(sentences)
    return {
        "id": f"story-{i:05d}",
        "outlet": OUTLETS[i % len(OUTLETS)],
        "title": f"{town} {thing} to open, {person} says",
        "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
        "url": f"https://news.example/{i}",
        "text": " ".join(sentences),
    }


def write_jsonl(path: Path, n: int, seed: int = 1, start: int = 0) -> Path:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            fh.write(json.dumps(article(i, rng)) + "\n")
    return path


def write_article(path: Path, outlet: str, title: str, body: str, published: str = "2026-03-20") -> Path:
    """One article as a user's text file: front matter, then paragraphs."""
    path.write_text(f"---\noutlet: {outlet}\ntitle: {title}\npublished: {published}\n---\n{body}\n", encoding="utf-8")
    return path
