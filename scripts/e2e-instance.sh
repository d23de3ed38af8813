#!/usr/bin/env bash
# One backend instance of the browser tests (scripts/e2e.sh): e2e database, test Keycloak, settings for tests.
#   bash scripts/e2e-instance.sh NAME PORT DEMO_DATA            start it and wait until it is ready
#   bash scripts/e2e-instance.sh NAME PORT DEMO_DATA --crash    kill it hard first (SIGKILL, as a crash), then start it
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
name=$1 port=$2 demo=$3
if [ "${4:-}" = --crash ] && running "$name"; then
  pid=$(cat "$RUN/$name.pid")
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
fi
# Webhook receivers in the tests listen on 127.0.0.1 over plain http; the worker looks every second.
start_bg "$name" "$RUN/$name.log" env QUARKUS_HTTP_PORT=$port QUARKUS_HTTP_HOST=127.0.0.1 \
  DB_URL=jdbc:postgresql://127.0.0.1:5432/stagemakelaar_e2e DEMO_DATA=$demo \
  OIDC_URL=http://127.0.0.1:8181/realms/stagemakelaar OIDC_ISSUER=http://127.0.0.1:8181/realms/stagemakelaar \
  KEYCLOAK_URL=http://127.0.0.1:8181 MAIL_MOCK=true APP_URL=http://127.0.0.1:4173 ALLOW_DEV_SECRETS=true PUBLIC_LINK_RATE=600 \
  TRUSTED_PROXIES=127.0.0.1 WEBHOOKS_EVERY=1s STAGEMAKELAAR_WEBHOOKS_FIRST_RETRY=2s \
  STAGEMAKELAAR_WEBHOOKS_ALLOW_HTTP=true STAGEMAKELAAR_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES=true bash backend/run.sh
wait_for "http://127.0.0.1:$port/q/health/ready" 90 "$RUN/$name.pid" || { tail -50 "$RUN/$name.log"; exit 1; }
