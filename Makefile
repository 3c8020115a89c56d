# Every target installs what it needs: a fresh machine needs only Python 3.11+ (and Node 20 for spec tools).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed

.PHONY: help setup generate check-generated lint test clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=24"
	$(PY) -m pip install --quiet -e ".[dev,testing]"
	touch $@

setup: $(STAMP) ## Create .venv with the SDK (editable) and the pinned dev tools

generate: $(STAMP) ## Regenerate generated/meemo_api_client from openapi.yaml
	$(PY) scripts/generate.py generate

check-generated: $(STAMP) ## Fail if generated/ is stale against openapi.yaml or hand-edited
	$(PY) scripts/generate.py check

lint: $(STAMP) ## ruff, mypy --strict, and openapi-spec-validator
	$(BIN)/ruff check overlays tests scripts
	$(BIN)/ruff format --check overlays tests scripts
	$(BIN)/mypy overlays/meemo_sdk tests scripts
	$(BIN)/mypy generated/meemo_api_client
	$(BIN)/openapi-spec-validator openapi.yaml

test: $(STAMP) check-generated lint ## Everything CI runs
	$(BIN)/pytest

.PHONY: demo
demo: $(STAMP) ## Start a local sandbox (127.0.0.1, free port) and run the CLI and examples against it
	$(PY) scripts/demo.py

clean: ## Remove the venv and build output
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
