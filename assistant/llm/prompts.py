"""Prompts are files in prompts/ at the project root, loaded by name, so they can be read and changed
without touching code; an installed wheel carries them as assistant/_prompts."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from assistant.errors import BadInputError
from assistant.models import VERDICTS
from assistant.settings import prompts_override

# The reply asked for by prompts/answer.md. Backends that take a schema (Ollama, llama-cpp-python)
# are held to it while generating; the OpenAI-compatible route asks only for a JSON object, which
# every such server accepts. Either way prose.parse_draft checks the reply again.
ANSWER_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "verdict": {"type": "string", "enum": list(VERDICTS)},
        "sentences": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "text": {"type": "string"},
                    "sources": {"type": "array", "items": {"type": "string"}},
                    "quote": {"type": "string"},
                },
                "required": ["text", "sources"],
            },
        },
    },
    "required": ["verdict", "sentences"],
}


def prompts_dir() -> Path:
    """FACTCHECK_PROMPTS, else the checkout's prompts/ folder, else the copy installed in the package."""
    override = prompts_override()
    if override is not None:
        return override
    package = Path(__file__).resolve().parent.parent
    checkout = package.parent / "prompts"
    return checkout if checkout.is_dir() else package / "_prompts"


@functools.cache
def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8").strip() + "\n"


def load(name: str) -> str:
    """The text of prompts/NAME.md; a BadInputError naming the folder when it is missing."""
    if not name.replace("_", "").isalnum():
        raise BadInputError(f"{name!r} is not a prompt name (letters, digits and underscores only).")
    path = prompts_dir() / f"{name}.md"
    if not path.is_file():
        raise BadInputError(
            f"The prompt {name!r} is missing: expected {path}. Set FACTCHECK_PROMPTS to the folder that holds it."
        )
    return _read(path)
