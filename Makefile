# Two commands on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.8

.PHONY: install run test lint typecheck pytest explore bench clean system-deps postgres

$(BIN)/uv:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.synced: pyproject.toml uv.lock | $(BIN)/uv
	$(BIN)/uv sync --frozen --quiet
	touch $@

# The engine's hot modules compiled with mypyc (sarcnav/native.py); pure Python without a compiler.
NATIVE_SOURCES := src/sarcnav/native.py src/sarcnav/model/build.py $(wildcard src/sarcnav/rules/*.py src/sarcnav/diagnosis/*.py src/sarcnav/staging/*.py)
$(VENV)/.native: $(VENV)/.synced $(NATIVE_SOURCES)
	$(BIN)/python src/sarcnav/native.py build
	touch $@

install: $(VENV)/.synced $(VENV)/.native

# The web app on http://127.0.0.1:8000 over data/sarcnav.db, seeded with synthetic demo data.
run: install
	$(BIN)/sarcnav serve --demo --host 127.0.0.1 --port 8000 --data-dir data

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: install
	$(BIN)/mypy

# pytest exits 5 when it collects nothing; that is not a failure of the code.
# Debian packages the tests need (browser tests: chromium; PDF: pango), installed only when missing.
SYSTEM_PACKAGES := chromium libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core
system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; apt-get update -qq && \
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; fi

# A PostgreSQL server on 127.0.0.1:5432 (the store and app tests run on it too).
postgres:
	@bash scripts/ensure_postgres.sh

pytest: install system-deps postgres
	$(BIN)/pytest; rc=$$?; if [ $$rc -eq 5 ]; then echo "pytest: no tests collected"; rc=0; fi; exit $$rc

test: lint typecheck pytest

# Property tests with fresh random examples (CI repeats the same ones); a failure prints its blob.
explore: install system-deps postgres
	SARCNAV_HYPOTHESIS=explore $(BIN)/pytest -q

bench: install
	for f in benchmarks/*.py; do $(BIN)/python $$f; done

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache build
	find src -name "*.so" -delete
