#!/usr/bin/env bash
# Stops what 'make run' started, by pid, and nothing else.
source "$(dirname "$0")/lib.sh"
stop_bg spa
stop_bg backend
bash "$ROOT/scripts/keycloak.sh" stop dev
if [ -f "$RUN/postgres.started" ]; then
  log "stopping PostgreSQL (started by make run)"
  pg_ctlcluster "$(cat "$RUN/postgres.started")" main stop || true
  rm -f "$RUN/postgres.started"
fi
