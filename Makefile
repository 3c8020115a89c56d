# Every target installs what it needs: a fresh machine needs Python 3.11+, and for `make test`
# also Node.js 20 (spec tools, TypeScript client) and Java 17 (openapi-generator).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed

.PHONY: help setup generate check-generated lint test test-py format clean

# What ruff and mypy check, in `lint`, `test-py` and `format`.
LINTED := overlays tests scripts examples benchmarks

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
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/mypy overlays/meemo_sdk overlays/meemo_sandbox tests scripts examples benchmarks
	$(BIN)/mypy generated/meemo_api_client
	$(BIN)/openapi-spec-validator openapi.yaml

test-py: lint ## The quick loop: lint and every test that needs no Node or Java
	$(BIN)/pytest -m "not node"

format: $(STAMP) ## Autofix and format: ruff check --fix, then ruff format (fixes can need formatting)
	$(BIN)/ruff check --fix $(LINTED)
	$(BIN)/ruff format $(LINTED)

test: $(STAMP) check-generated lint lint-spec clients ## Everything CI runs
	$(BIN)/pytest

.PHONY: wheel
wheel: $(STAMP) ## Build dist/meemo_sdk-*.whl (pip install it anywhere, no package index needed)
	$(PY) -m build --wheel --outdir dist

.PHONY: demo
demo: $(STAMP) ## Start a local sandbox (127.0.0.1, free port) and run the CLI and examples against it
	$(PY) scripts/demo.py

# Node tools for the spec (versions pinned in package.json + package-lock.json). `--ignore-scripts`:
# none of them needs an install script, and one dependency's (@scarf/scarf) only reports installs.
NODE_BIN := node_modules/.bin
NODE_STAMP := node_modules/.installed
# No telemetry and no update checks; Redocly CLI still prints a notice that Node 20 support is
# ending (it prints it on every run under Node 20; it is not a finding about the spec).
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

$(NODE_STAMP): package.json package-lock.json
	@command -v node >/dev/null && command -v npm >/dev/null || { \
	  echo "make: Node.js 20 (with npm) is needed for the spec tools and the TypeScript client" \
	       "(make lint-spec, clients, test); install it, e.g. from https://nodejs.org" >&2; exit 1; }
	@node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)' || { \
	  echo "make: Node.js 20 or later is needed; this is $$(node --version)" >&2; exit 1; }
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

.PHONY: node_modules lint-spec spec clients
node_modules: $(NODE_STAMP) ## Install the pinned Node spec tools (npm ci)

lint-spec: $(STAMP) $(NODE_STAMP) ## Lint openapi.yaml with four tools; any error or warning fails
	$(BIN)/openapi-spec-validator openapi.yaml
	$(NODE_BIN)/redocly lint --lint-config error openapi.yaml
	$(NODE_BIN)/spectral lint --ruleset .spectral.yaml --fail-severity hint openapi.yaml
	$(PY) scripts/spec_tools.py validate openapi.yaml

spec: $(NODE_STAMP) ## Write build/spec/: bundled openapi.yaml + openapi.json, and index.html (offline docs)
	rm -rf build/spec
	$(NODE_BIN)/redocly bundle --lint-config error openapi.yaml -o build/spec/openapi.yaml
	$(NODE_BIN)/redocly bundle --lint-config error openapi.yaml -o build/spec/openapi.json
	$(NODE_BIN)/redocly build-docs --lint-config error --inlineBundle build/spec/openapi.yaml -o build/spec/index.html

clients: $(STAMP) $(NODE_STAMP) spec ## Build and test the TypeScript package, generate a typescript-fetch client, run both against a sandbox
	rm -rf build/clients
	npm run build --workspace clients/typescript
	npm test --workspace clients/typescript
	$(PY) scripts/spec_tools.py clients
	$(NODE_BIN)/tsc -p build/clients/typescript-fetch/tsconfig.json
	$(NODE_BIN)/tsc -p build/clients/typescript-fetch/tsconfig.esm.json
	$(NODE_BIN)/tsc -p clients/e2e/tsconfig.json
	$(NODE_BIN)/tsc -p clients/e2e/tsconfig.typescript-fetch.json
	$(PY) scripts/run_clients.py

# The benchmark's own venv: the official `meemo` client lives only here, never in .venv or the package.
BENCH_VENV := build/bench-venv
BENCH_PY := $(BENCH_VENV)/bin/python
BENCH_STAMP := $(BENCH_VENV)/.installed

$(BENCH_STAMP): pyproject.toml benchmarks/requirements.txt benchmarks/requirements-official.txt
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_PY) -m pip install --quiet --upgrade "pip>=24"
	$(BENCH_PY) -m pip install --quiet -e . -r benchmarks/requirements.txt
	$(BENCH_PY) -m pip install --quiet --no-deps -r benchmarks/requirements-official.txt
	touch $@

.PHONY: bench
bench: $(BENCH_STAMP) ## Benchmark vs raw httpx and the official client, with PASS/MISS per target (~2-4 min; not in `test`); BENCH_ARGS=--quick
	$(BENCH_PY) -m benchmarks.run $(BENCH_ARGS)

clean: ## Remove the venv, node_modules and build output
	rm -rf $(VENV) node_modules build dist .pytest_cache .mypy_cache .ruff_cache
	rm -rf clients/typescript/dist clients/typescript/src/schema.ts clients/typescript/LICENSE
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
