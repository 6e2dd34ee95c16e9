# One command sets up and runs the demo, one sets up and runs the tests (what CI runs).
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint eval install clean browser-deps

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
	$(BIN)/ruff check src tests eval scripts bench

# The dashboard's browser test drives Debian's Chromium; install it where we can (root with apt-get).
browser-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian chromium and chromium-driver for the browser test"; \
	    apt-get install -y -q chromium chromium-driver >/dev/null 2>&1 || \
	      { apt-get update -q >/dev/null && apt-get install -y -q chromium chromium-driver >/dev/null; }; \
	  else \
	    echo "note: the browser test needs Debian chromium and chromium-driver (sudo apt-get install chromium chromium-driver)"; \
	  fi; \
	fi

test: $(STAMP) browser-deps lint
	$(BIN)/pytest -q
	$(BIN)/python eval/gate.py

clean:
	rm -rf $(VENV) demo.duckdb demo-export .pytest_cache test-output
