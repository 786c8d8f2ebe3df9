# The two commands of the README: `make run` (install + web UI on the seeds) and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run ask test lint fix eval bench clean

# torch is pinned here, not in pyproject: 2.13.0 is the CPU build on this machine, and an unpinned
# torch pulls gigabytes of CUDA packages.
# llama-cpp-python (a test dependency: tests/test_llm_server.py) compiles from source. It builds on
# all cores, without the multimodal library (mtmd) that text answers never load.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	CMAKE_ARGS="-DLLAVA_BUILD=OFF $${CMAKE_ARGS:-}" CMAKE_BUILD_PARALLEL_LEVEL=$$(nproc) \
		$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

run: setup
	HF_HUB_OFFLINE=1 $(BIN)/factcheck ask "did NATO rule out troops?"

ask: setup
	HF_HUB_OFFLINE=1 $(BIN)/factcheck ask "$(Q)"

test: setup
	$(BIN)/ruff check assistant tests app.py benchmarks 2>/dev/null || $(BIN)/ruff check assistant tests
	$(BIN)/mypy assistant
	HF_HUB_OFFLINE=1 $(BIN)/pytest -q

lint:
	$(BIN)/ruff check assistant tests
	$(BIN)/mypy assistant

fix:
	$(BIN)/ruff check --fix assistant tests
	$(BIN)/ruff format assistant tests

eval: setup
	HF_HUB_OFFLINE=1 $(BIN)/factcheck eval

clean:
	rm -rf index/* .pytest_cache .mypy_cache
