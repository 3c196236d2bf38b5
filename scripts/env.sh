# shellcheck shell=bash
# Sourced by ./saferoute: finds Python 3.10, builds the cached venv and the trained model.
# Everything lives in $SAFEROUTE_CACHE (default ~/.cache/saferoute), outside the checkout,
# so a fresh clone in another folder reuses the venv and the model.

SAFEROUTE_CACHE="${SAFEROUTE_CACHE:-$HOME/.cache/saferoute}"
mkdir -p "$SAFEROUTE_CACHE"

log() { printf '[saferoute] %s\n' "$*" >&2; }
die() { printf '[saferoute] error: %s\n' "$*" >&2; exit 1; }

# sha256 of the given files' contents and names, first 16 hex digits
hash_files() {
  local f
  for f in "$@"; do printf '%s\n' "$f"; cat "$f"; done | sha256sum | cut -c1-16
}

find_python310() {
  local candidate root
  if [ -n "${SAFEROUTE_PYTHON:-}" ]; then
    candidate="$SAFEROUTE_PYTHON"
  elif command -v python3.10 >/dev/null 2>&1 && python3.10 -c '' 2>/dev/null; then
    candidate="$(command -v python3.10)"
  else
    root="$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")"
    candidate="$(ls -d "$root"/versions/3.10.*/bin/python3.10 2>/dev/null | sort -V | tail -n 1)"
  fi
  if [ -z "$candidate" ] || ! "$candidate" -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null; then
    die "Rasa 3.6 needs Python 3.10 and none was found${SAFEROUTE_PYTHON:+ (SAFEROUTE_PYTHON=$SAFEROUTE_PYTHON is not a Python 3.10)}.
  Install it, then run this command again:
    - with pyenv:       pyenv install 3.10.13
    - Debian/Ubuntu:    sudo apt install python3.10 python3.10-venv  (deadsnakes PPA on Ubuntu)
    - macOS (brew):     brew install python@3.10
  or point SAFEROUTE_PYTHON at a python3.10 executable."
  fi
  printf '%s\n' "$candidate"
}

# Creates (once per lock-file hash) and activates the venv.
ensure_venv() {
  local py key venv
  py="$(find_python310)"
  key="$(hash_files requirements.txt constraints.txt)-$("$py" -c 'import platform; print(platform.python_version())')"
  venv="$SAFEROUTE_CACHE/venv-$key"
  # one builder at a time: a second command started meanwhile waits instead of deleting it
  exec 8>"$SAFEROUTE_CACHE/.venv.lock"
  flock 8
  if [ ! -f "$venv/.complete" ]; then
    log "creating the Python environment in $venv (first run only, a few minutes)"
    rm -rf "$venv"
    "$py" -m venv "$venv" || die "could not create a venv with $py (is python3.10-venv installed?)"
    local piplog="$SAFEROUTE_CACHE/pip-install.log"
    "$venv/bin/python" -m pip install --quiet --upgrade "pip<25" >"$piplog" 2>&1 \
      || { tail -n 30 "$piplog" >&2; die "pip upgrade failed (log: $piplog)"; }
    # One pip call against the pinned constraints: nothing can drift (numpy 2.x breaks Rasa).
    "$venv/bin/python" -m pip install --quiet -r requirements.txt -c constraints.txt >>"$piplog" 2>&1 \
      || { tail -n 30 "$piplog" >&2; die "installing the requirements failed (log: $piplog)"; }
    "$venv/bin/python" -m pip check >/dev/null || die "pip check failed in $venv"
    touch "$venv/.complete"
    # keep the cache small: drop venvs of older lock files
    find "$SAFEROUTE_CACHE" -maxdepth 1 -name 'venv-*' ! -name "venv-$key" -exec rm -rf {} + 2>/dev/null || true
  fi
  exec 8>&-
  export VIRTUAL_ENV="$venv"
  export PATH="$venv/bin:$PATH"
  export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
  # Rasa/TF noise and telemetry off; SQLAlchemy 1.4's 2.0 banner is for Rasa's own code.
  export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=3 SQLALCHEMY_SILENCE_UBER_WARNING=1
}

# Inputs whose change means the model must be retrained.
training_inputs() {
  {
    printf '%s\n' config.yml domain.yml
    find data -type f \( -name '*.yml' -o -name '*.yaml' \) | sort
    # code that runs inside training (tokenizer, classifiers, policies, text normalisation)
    find bot/rasa_plugins bot/redflags -name '*.py' | sort
    printf '%s\n' bot/keywords.py bot/language.py constraints.txt
  }
}

# Prints the path of a model trained on the current inputs, training one if needed.
ensure_model() {
  local key model
  # shellcheck disable=SC2046
  key="$(hash_files $(training_inputs))"
  model="$SAFEROUTE_CACHE/models/$key.tar.gz"
  mkdir -p "$SAFEROUTE_CACHE/models"
  exec 9>"$SAFEROUTE_CACHE/models/.train.lock"
  flock 9
  if [ ! -f "$model" ]; then
    log "training the model (inputs changed; hash $key)"
    mkdir -p "$SAFEROUTE_CACHE/models"
    local start=$SECONDS
    local trainlog="$SAFEROUTE_CACHE/train.log"
    rasa train --config config.yml --domain domain.yml --data data \
      --out "$SAFEROUTE_CACHE/models" --fixed-model-name "$key-partial" >"$trainlog" 2>&1 \
      || { tail -n 40 "$trainlog" >&2; die "training failed (log: $trainlog)"; }
    mv "$SAFEROUTE_CACHE/models/$key-partial.tar.gz" "$model"
    log "trained in $((SECONDS - start)) s"
    # keep the newest few models only
    ls -t "$SAFEROUTE_CACHE"/models/*.tar.gz 2>/dev/null | tail -n +6 | xargs -r rm -f
  else
    log "model is up to date ($key)"
  fi
  exec 9>&-
  printf '%s\n' "$model"
}
