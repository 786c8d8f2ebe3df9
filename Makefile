# The two commands of the README: `make run` (install + web UI on the seeds) and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
BASE := $(VENV)/.installed-base
TESTS := $(VENV)/.installed-test
GGML_PORTABLE := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON

.PHONY: setup run ask test lint fix eval bench clean chromium

# torch is pinned here, not in pyproject: 2.13.0 is the CPU build on this machine, and an unpinned
# torch pulls gigabytes of CUDA packages.
# llama-cpp-python (a test dependency: tests/test_llm_server.py) compiles from source. It builds on
# all cores, without the multimodal library (mtmd) that text answers never load, and for a portable
# AVX2 baseline instead of -march=native: a native build on a CPU that reports AMX used AMX tiles that
# this workplace's virtual machines do not enable, and died with "Illegal instruction".
$(BASE): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e .
	touch $(BASE)

$(TESTS): $(BASE) pyproject.toml
	CMAKE_ARGS="-DLLAVA_BUILD=OFF $(GGML_PORTABLE) $${CMAKE_ARGS:-}" CMAKE_BUILD_PARALLEL_LEVEL=$$(nproc) \
		$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $(TESTS)

setup: $(BASE)

run: $(BASE)
	HF_HUB_OFFLINE=1 $(BIN)/python app.py

ask: $(BASE)
	HF_HUB_OFFLINE=1 $(BIN)/factcheck ask "$(Q)"

# The browser tests drive Debian's chromium (Playwright cannot download its own here). As root (CI) it is
# installed when missing; otherwise the browser tests are skipped with a message saying how to install it.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "chromium missing: run 'sudo apt-get install chromium' to run the browser tests" >&2; fi; }

test: $(TESTS) chromium
	$(BIN)/ruff check assistant tests app.py benchmarks training
	$(BIN)/mypy assistant app.py
	HF_HUB_OFFLINE=1 $(BIN)/pytest -q --cov=assistant --cov-report=term:skip-covered

lint:
	$(BIN)/ruff check assistant tests app.py
	$(BIN)/mypy assistant app.py

fix:
	$(BIN)/ruff check --fix assistant tests app.py
	$(BIN)/ruff format assistant tests app.py

eval: $(BASE)
	HF_HUB_OFFLINE=1 $(BIN)/factcheck eval

bench: $(TESTS)
	HF_HUB_OFFLINE=1 $(BIN)/python -m benchmarks

clean:
	rm -rf index/* .pytest_cache .mypy_cache
