#!/usr/bin/env bash
# Debian's nginx, for the two-instance browser tests (it is not started as a service here). Idempotent.
source "$(dirname "$0")/lib.sh"
if ! command -v nginx >/dev/null 2>&1; then
  log "installing nginx (Debian package)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null 2>&1 \
    || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  # The package may start its own service on port 80; the tests do not use it.
  service nginx stop >/dev/null 2>&1 || true
fi
