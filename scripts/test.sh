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

step "Frontend: typecheck, lint, contract lint, dependency audit, unit tests, production build, first pages' weight"
(cd frontend && npm run typecheck && npm run lint && npm run lint:api && npm run audit:deps && npm test && npm run build \
  && node scripts/bundle-size.mjs --check)

if command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; then
  step "docker-compose.yml"
  docker compose -f docker-compose.yml config -q
fi

step "Browser tests (Playwright + Debian Chromium)"
bash scripts/chromium.sh
bash scripts/e2e.sh
echo "Screenshots: frontend/test-results/screenshots/"
