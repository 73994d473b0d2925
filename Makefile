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
	$(PIP) install -e '.[dask,datasette]'
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PIP) install -e '.[dask,datasette,test]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/newsfacts extract seeds/
	@echo "An archive to browse: $(BIN)/newsfacts extract seeds/ --db facts.db && $(BIN)/datasette facts.db" >&2

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

# Accuracy, F1 per fact kind: the real-news sets first, then the sets written for the project
# (regression only). One set with its misses: benchmarks/score_dev.sh benchmarks/real/orangesum-dev -v
bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache

# examples/seed-show.png, shown in the README: the seed's `newsfacts show --html` page in headless
# Chromium. Installs no browser: install one first (Debian: apt-get install chromium).
CHROMIUM ?= /usr/bin/chromium
SCREENSHOT := examples/seed-show.png
.PHONY: screenshot
screenshot: $(VENV)/.installed
	@test -x "$(CHROMIUM)" || { echo "make screenshot: $(CHROMIUM) not found; install Chromium (Debian: apt-get install chromium) or set CHROMIUM=/path/to/chromium" >&2; exit 1; }
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(BIN)/newsfacts show --reference-date 2018-10-29 seeds/000_20d7957e6be2addf.txt \
		--html "$$tmp/seed.html" && \
	"$(CHROMIUM)" --headless --no-sandbox --disable-gpu --disable-background-networking \
		--disable-component-update --disable-sync --no-first-run --user-data-dir="$$tmp/profile" \
		--screenshot="$(CURDIR)/$(SCREENSHOT)" --window-size=1280,2000 "file://$$tmp/seed.html" \
		2>"$$tmp/chromium.log" || { cat "$$tmp/chromium.log" >&2; exit 1; }
	@echo "wrote $(SCREENSHOT)"

# examples/archive-quotes.png, shown in the README: the quotes table of an archive of the OrangeSum
# dev articles (`extract --db`), served by Datasette, in headless Chromium (installed as above).
DB_SCREENSHOT := examples/archive-quotes.png
DATASETTE_PORT ?= 8765
.PHONY: screenshot-db
screenshot-db: $(VENV)/.installed
	@test -x "$(CHROMIUM)" || { echo "make screenshot-db: $(CHROMIUM) not found; install Chromium (Debian: apt-get install chromium) or set CHROMIUM=/path/to/chromium" >&2; exit 1; }
	@tmp=$$(mktemp -d) && server= && trap 'test -z "$$server" || kill $$server; rm -rf "$$tmp"' EXIT && \
	$(BIN)/newsfacts extract -q benchmarks/real/orangesum-dev/articles.jsonl --db "$$tmp/facts.db" && \
	{ $(BIN)/datasette serve "$$tmp/facts.db" --host 127.0.0.1 --port $(DATASETTE_PORT) \
		>"$$tmp/datasette.log" 2>&1 & server=$$!; } && \
	url="http://127.0.0.1:$(DATASETTE_PORT)/facts/quotes" && \
	for try in $$(seq 150); do sleep 0.2; \
		$(BIN)/python -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1])" "$$url" \
		2>/dev/null && break; done; \
	"$(CHROMIUM)" --headless --no-sandbox --disable-gpu --disable-background-networking \
		--disable-component-update --disable-sync --no-first-run --user-data-dir="$$tmp/profile" \
		--screenshot="$(CURDIR)/$(DB_SCREENSHOT)" --window-size=1400,1500 "$$url" \
		2>"$$tmp/chromium.log" || { cat "$$tmp/datasette.log" "$$tmp/chromium.log" >&2; exit 1; }
	@echo "wrote $(DB_SCREENSHOT)"
