#!/usr/bin/env bash
# make run: PostgreSQL, Keycloak (dev), the backend in dev mode with demo data, and the SPA.
# Running it again leaves what already runs alone.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

bash scripts/postgres.sh
bash scripts/keycloak.sh start dev

if running backend; then
  log "backend already running"
else
  log "starting the backend (Quarkus dev mode) on http://127.0.0.1:8080"
  start_bg backend "$RUN/backend.log" bash -c "cd '$ROOT/backend' && exec ./mvnw -B -ntp quarkus:dev \
    -Dquarkus.console.enabled=false -Dquarkus.test.continuous-testing=disabled"
fi

bash scripts/npm-ci.sh
if running spa; then
  log "SPA already running"
else
  log "starting the SPA on http://localhost:5173"
  (cd frontend && npm run gen:api >/dev/null)
  start_bg spa "$RUN/spa.log" bash -c "cd '$ROOT/frontend' && exec ./node_modules/.bin/vite"
fi

wait_for http://127.0.0.1:8080/q/health/ready 240 "$RUN/backend.pid" || { tail -40 "$RUN/backend.log"; exit 1; }
wait_for http://127.0.0.1:5173/ 60 "$RUN/spa.pid" || { tail -20 "$RUN/spa.log"; exit 1; }

cat <<INFO

  Stagemakelaar is running (demo data loaded).

  App             http://localhost:5173
  API             http://127.0.0.1:8080/api/v1   (contract: openapi.yaml, live: http://127.0.0.1:8080/q/openapi)
  Health/metrics  http://127.0.0.1:8080/q/health  http://127.0.0.1:8080/q/metrics
  Keycloak        http://127.0.0.1:8180  (admin console: admin / admin, local only)

  Demo logins (password: demo)
    broker.west     internship broker, Stagepunt West (municipal desk, placement only by default)
    lead.west       programme lead, Stagepunt West
    broker.rivier   internship broker, Rivier College (school-based, intensive guidance by default)
    mentor.rivier   mentor at Rivier College
    mentor.delta    mentor at Delta College (served by Stagepunt West)
    employer.demo   contact at Bakkerij De Molen
    integration-west  client credentials, secret demo-secret

  Logs: .local/run/*.log     Stop: make down
INFO
