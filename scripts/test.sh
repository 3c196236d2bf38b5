#!/usr/bin/env bash
# The test command (./saferoute test). Runs in the venv made by scripts/env.sh.
#   ./saferoute test                everything below
#   ./saferoute test --integration  the integration tests (PostgreSQL/Redis on loopback)
set -euo pipefail
source scripts/env.sh

if [ "${1:-}" = "--integration" ]; then
  shift
  log "integration tests (PostgreSQL/Redis on this machine)"
  exec python -m pytest -q tests/integration "$@"
fi

step() { log "── $* ──"; }

step "lint (ruff) and types (mypy) of bot/ and actions/"
ruff check bot actions scripts bench tests
mypy bot actions

step "rasa data validate (warnings fail)"
rasa data validate --fail-on-warnings --config config.yml --domain domain.yml --data data

step "unit tests (bot/, actions/, locales, data)"
python -m pytest -q tests --ignore=tests/e2e --ignore=tests/integration

step "model"
MODEL="$(ensure_model)"
export SAFEROUTE_MODEL="$MODEL"

step "rasa test: test stories (prediction errors fail)"
mkdir -p results; rm -rf results/stories
rasa test core --model "$MODEL" --stories tests/test_stories \
  --fail-on-prediction-errors --out results/stories --no-plot >/dev/null 2>results/rasa-test.log \
  || { tail -n 40 results/rasa-test.log >&2; cat results/stories/failed_test_stories.yml >&2 2>/dev/null; die "test stories failed"; }
log "test stories: all predicted correctly"

step "NLU on the held-out sets (tests/nlu/): intent F1 per language"
python -m bench.nlu_eval --model "$MODEL"

step "end-to-end over REST against the running assistant"
python -m pytest -q tests/e2e
