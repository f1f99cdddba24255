# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_HOME ?= .scrutiny-demo

.PHONY: demo test install install-test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,dask]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# Ingest the bundled sample corpus into $(DEMO_HOME) and run two searches.
demo: install
	$(BIN)/scrutiny --home $(DEMO_HOME) ingest samples/
	$(BIN)/scrutiny --home $(DEMO_HOME) stats
	$(BIN)/scrutiny --home $(DEMO_HOME) search "body worn video" --limit 3
	$(BIN)/scrutiny --home $(DEMO_HOME) search "Witness Care Unit" --type minutes --limit 3

test: install-test
	$(BIN)/python -m pytest -q

bench: install-test
	$(BIN)/python bench/read_pdf.py
	$(BIN)/python bench/ingest_extract.py
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) $(DEMO_HOME) .pytest_cache
