#!/usr/bin/env bash
# Browser tests against the packaged backend (fresh e2e database, demo data) and the test Keycloak,
# which scripts/test.sh has started. Run on its own after 'make test' built the backend:
#   bash scripts/keycloak.sh start test && bash scripts/e2e.sh [spec files or playwright options]
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
trap 'stop_bg backend-e2e' EXIT
(cd / && su postgres -c "psql -qtA -c 'DROP DATABASE IF EXISTS stagemakelaar_e2e' -c 'CREATE DATABASE stagemakelaar_e2e OWNER stagemakelaar'") >/dev/null
start_bg backend-e2e "$RUN/backend-e2e.log" env QUARKUS_HTTP_PORT=8082 QUARKUS_HTTP_HOST=127.0.0.1 \
  DB_URL=jdbc:postgresql://127.0.0.1:5432/stagemakelaar_e2e DEMO_DATA=true \
  OIDC_URL=http://127.0.0.1:8181/realms/stagemakelaar OIDC_ISSUER=http://127.0.0.1:8181/realms/stagemakelaar \
  KEYCLOAK_URL=http://127.0.0.1:8181 MAIL_MOCK=true APP_URL=http://127.0.0.1:4173 ALLOW_DEV_SECRETS=true PUBLIC_LINK_RATE=600 \
  java -jar backend/target/quarkus-app/quarkus-run.jar
wait_for http://127.0.0.1:8082/q/health/ready 90 "$RUN/backend-e2e.pid" || { tail -50 "$RUN/backend-e2e.log"; exit 1; }
(cd frontend && npm run build:e2e >/dev/null && rm -rf test-results && npm run e2e -- "$@")
