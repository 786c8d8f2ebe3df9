"""A local GGUF file as a LangChain chat model, run in this process by llama-cpp-python."""

from __future__ import annotations

import threading
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult

from assistant.errors import LLMError
from assistant.llm.prompts import ANSWER_SCHEMA

# Tokens of context a local GGUF model is opened with: the prompt, the evidence and the reply fit.
GGUF_CONTEXT = 4096

_LOADED: dict[str, tuple[Any, threading.Lock]] = {}
_LOAD_LOCK = threading.Lock()
_ROLES = {"system": "system", "human": "user", "ai": "assistant"}


def _llama(path: str) -> tuple[Any, threading.Lock]:
    """One loaded model per file per process; a llama.cpp context serves one call at a time."""
    with _LOAD_LOCK:
        if path not in _LOADED:
            try:
                from llama_cpp import Llama
            except ImportError:
                raise LLMError("the gguf backend needs llama-cpp-python: pip install llama-cpp-python") from None

            try:
                model = Llama(model_path=path, n_ctx=GGUF_CONTEXT, verbose=False)
            except (ValueError, RuntimeError) as exc:
                raise LLMError(f"llama.cpp could not load {path}: {exc}") from None
            _LOADED[path] = (model, threading.Lock())
        return _LOADED[path]


class GGUFChat(BaseChatModel):
    """Chat completion from a GGUF file; `json_mode` holds the output to the answer's JSON schema."""

    path: str
    json_mode: bool = False
    max_tokens: int = 800

    @property
    def _llm_type(self) -> str:
        return "gguf"

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        model, lock = _llama(self.path)
        chat = [{"role": _ROLES.get(m.type, "user"), "content": str(m.content)} for m in messages]

        extra: dict[str, Any] = {}
        if self.json_mode:
            extra["response_format"] = {"type": "json_object", "schema": ANSWER_SCHEMA}
        with lock:
            out = model.create_chat_completion(
                messages=chat, temperature=0.0, max_tokens=self.max_tokens, stop=stop, **extra
            )
        text = out["choices"][0]["message"].get("content") or ""
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])
