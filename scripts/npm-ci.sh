#!/usr/bin/env bash
# npm ci when node_modules is missing or older than the lock file.
source "$(dirname "$0")/lib.sh"
cd "$ROOT/frontend"
if [ ! -f node_modules/.ci-stamp ] || [ package-lock.json -nt node_modules/.ci-stamp ]; then
  log "npm ci"
  npm ci --no-audit --no-fund
  touch node_modules/.ci-stamp
fi
