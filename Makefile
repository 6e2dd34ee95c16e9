# One command sets up and runs the demo, one sets up and runs the tests (what CI runs).
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint eval install clean

$(STAMP): requirements.txt pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is required ($(PYTHON) not found); set PYTHON=/path/to/python3.11"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/entente demo --db demo.duckdb --out demo-export

lint: $(STAMP)
	$(BIN)/ruff check src tests eval scripts

test: $(STAMP) lint
	$(BIN)/pytest -q
	$(BIN)/python eval/gate.py

clean:
	rm -rf $(VENV) demo.duckdb demo-export .pytest_cache
