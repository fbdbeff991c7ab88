# Two commands for a fresh machine (see README "Quick start"):
#   make demo   creates .venv, installs diplomap (core), runs it on examples/
#   make test   installs the test tools into .venv and runs the test suite
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
STORE ?= out/examples.duckdb
CORPUS ?= examples/corpus

.PHONY: demo test lint bench seeds clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.core: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.test: pyproject.toml $(VENV)/.core
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

demo: $(VENV)/.core
	@mkdir -p $(dir $(STORE))
	$(BIN)/diplomap run $(CORPUS) --store $(STORE)
	$(BIN)/diplomap documents --store $(STORE)
	$(BIN)/diplomap actors --store $(STORE) --code PRK
	$(BIN)/diplomap events --store $(STORE) --between KOR RUS
	$(BIN)/diplomap relations --store $(STORE) --actor RUS
	$(BIN)/diplomap report --store $(STORE) --out $(dir $(STORE))report.html
	@echo "Dashboard: $(BIN)/diplomap serve --store $(STORE)   then open http://127.0.0.1:8750/"

test: $(VENV)/.test
	$(BIN)/python -m pytest

lint: $(VENV)/.test
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

seeds: $(VENV)/.core
	../shared/tools/seeds-check $(BIN)/diplomap

bench: $(VENV)/.test
	$(BIN)/python bench/run_all.py

clean:
	rm -rf out .pytest_cache
