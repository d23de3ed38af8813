#!/usr/bin/env bash
# Everything CI checks, from a clean machine: services up, backend tests (with the OpenAPI drift
# check), frontend typecheck, lint, unit tests, production build, browser tests. Starts the test
# Keycloak once for the whole run and stops what it started, also on failure.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

cleanup() {
  stop_bg backend-e2e
  bash "$ROOT/scripts/keycloak.sh" stop test
}
trap cleanup EXIT

step() { printf '\n\033[1;34m==> %s\033[0m\n' "$*"; }

step "PostgreSQL"
bash scripts/postgres.sh

step "Keycloak (test instance, fresh in-memory realm)"
bash scripts/keycloak.sh start test

step "Backend: unit, API and contract tests (mvn verify)"
(cd backend && ./mvnw -B -ntp verify)

step "Frontend: install"
bash scripts/npm-ci.sh

step "Frontend: typecheck, lint, unit tests, production build"
(cd frontend && npm run typecheck && npm run lint && npm test && npm run build)

if command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; then
  step "docker-compose.yml"
  docker compose -f docker-compose.yml config -q
fi

step "Browser tests (Playwright + Debian Chromium)"
bash scripts/chromium.sh
su postgres -c "psql -qtA -c 'DROP DATABASE IF EXISTS stagemakelaar_e2e' -c 'CREATE DATABASE stagemakelaar_e2e OWNER stagemakelaar'" >/dev/null
start_bg backend-e2e "$RUN/backend-e2e.log" env QUARKUS_HTTP_PORT=8082 QUARKUS_HTTP_HOST=127.0.0.1 \
  DB_URL=jdbc:postgresql://127.0.0.1:5432/stagemakelaar_e2e DEMO_DATA=true \
  OIDC_URL=http://127.0.0.1:8181/realms/stagemakelaar OIDC_ISSUER=http://127.0.0.1:8181/realms/stagemakelaar \
  java -jar backend/target/quarkus-app/quarkus-run.jar
wait_for http://127.0.0.1:8082/q/health/ready 90 "$RUN/backend-e2e.pid" || { tail -50 "$RUN/backend-e2e.log"; exit 1; }
(cd frontend && npm run build:e2e >/dev/null && rm -rf test-results && npm run e2e)
echo "Screenshots: frontend/test-results/screenshots/"
