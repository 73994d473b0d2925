# The single source of set-up: every target installs what it needs into .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: demo test lint format bench examples clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Re-installs when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[dask]'
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PIP) install -e '.[dask,test]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/newsfacts extract seeds/

test: $(VENV)/.installed-test
	$(BIN)/pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/ruff check src tests benchmarks

format: $(VENV)/.installed-test
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

# The seed's record shown in examples/ (a test checks it is current).
examples: $(VENV)/.installed
	$(BIN)/newsfacts extract --reference-date 2018-10-29 seeds/ > examples/seed.jsonl

# Accuracy on the dev sets (needs python3 only for the scorer).
bench: $(VENV)/.installed
	@for set in benchmarks/dev/*/; do echo "== $$set"; benchmarks/score_dev.sh $$set; done

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
