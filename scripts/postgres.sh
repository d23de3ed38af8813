#!/usr/bin/env bash
# Makes sure PostgreSQL 15 runs on 127.0.0.1:5432 with the application role and databases. Idempotent.
source "$(dirname "$0")/lib.sh"

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  log "installing PostgreSQL (Debian package)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  cluster=$(pg_lsclusters -h | awk '$2=="main"{print $1; exit}')
  if [ -z "$cluster" ]; then
    log "creating a PostgreSQL cluster"; pg_createcluster 15 main >/dev/null; cluster=15
  fi
  log "starting PostgreSQL $cluster/main"
  pg_ctlcluster "$cluster" main start || true
  # Remember that we started it, so 'make down' stops only what we started.
  echo "$cluster" >"$RUN/postgres.started"
fi
for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
pg_isready -q -h 127.0.0.1 -p 5432 || { log "PostgreSQL did not come up"; exit 1; }

psql_su() { (cd / && su postgres -c "psql -v ON_ERROR_STOP=1 -qtA $*"); }
if [ "$(psql_su "-c \"SELECT 1 FROM pg_roles WHERE rolname='stagemakelaar'\"")" != "1" ]; then
  log "creating role stagemakelaar"
  psql_su "-c \"CREATE ROLE stagemakelaar LOGIN PASSWORD 'stagemakelaar'\""
fi
# The backend connects as stagemakelaar_app: no table owner and no superuser, so row-level security holds
# for it. Migrations run as stagemakelaar, the owner.
if [ "$(psql_su "-c \"SELECT 1 FROM pg_roles WHERE rolname='stagemakelaar_app'\"")" != "1" ]; then
  log "creating role stagemakelaar_app"
  psql_su "-c \"CREATE ROLE stagemakelaar_app LOGIN PASSWORD 'stagemakelaar_app' NOSUPERUSER NOBYPASSRLS\""
fi
for db in stagemakelaar stagemakelaar_test stagemakelaar_e2e; do
  if [ "$(psql_su "-c \"SELECT 1 FROM pg_database WHERE datname='$db'\"")" != "1" ]; then
    log "creating database $db"
    psql_su "-c \"CREATE DATABASE $db OWNER stagemakelaar\""
  fi
done
