#!/usr/bin/env bash
# Browser tests against two instances of the packaged backend behind nginx (one fresh e2e database, demo data),
# and the test Keycloak, which scripts/test.sh has started. Every API call of the suite goes through nginx, which
# alternates between the instances, so the suite also proves that no instance keeps state another one needs.
# Run on its own after 'make test' built the backend:
#   bash scripts/keycloak.sh start test && bash scripts/e2e.sh [spec files or playwright options]
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
trap 'stop_bg nginx-e2e; stop_bg backend-e2e-2; stop_bg backend-e2e' EXIT
bash scripts/nginx.sh
(cd / && su postgres -c "psql -qtA -c 'DROP DATABASE IF EXISTS stagemakelaar_e2e' -c 'CREATE DATABASE stagemakelaar_e2e OWNER stagemakelaar'") >/dev/null
instance() { bash scripts/e2e-instance.sh "$@" || exit 1; }
# One after the other, with the same settings: the first migrates and loads the demo data, the second finds the
# schema current and the demo data there (its load is idempotent).
instance backend-e2e 8082 true
instance backend-e2e-2 8084 true
mkdir -p "$RUN/nginx-e2e"
cat >"$RUN/nginx-e2e.conf" <<CONF
daemon off;
worker_processes 1;
pid $RUN/nginx-e2e/nginx.pid;
error_log $RUN/nginx-e2e/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $RUN/nginx-e2e/body;
  proxy_temp_path $RUN/nginx-e2e/proxy;
  fastcgi_temp_path $RUN/nginx-e2e/fastcgi;
  uwsgi_temp_path $RUN/nginx-e2e/uwsgi;
  scgi_temp_path $RUN/nginx-e2e/scgi;
  client_max_body_size 11m;
  upstream backends { server 127.0.0.1:8082; server 127.0.0.1:8084; keepalive 8; }
  server {
    listen 127.0.0.1:8090;
    location / {
      proxy_pass http://backends;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_next_upstream off;
    }
  }
}
CONF
start_bg nginx-e2e "$RUN/nginx-e2e/out.log" nginx -c "$RUN/nginx-e2e.conf"
wait_for http://127.0.0.1:8090/q/health/ready 20 "$RUN/nginx-e2e.pid" || { cat "$RUN/nginx-e2e/error.log"; exit 1; }
export API_TARGET=http://127.0.0.1:8090 INSTANCE_URLS=http://127.0.0.1:8082,http://127.0.0.1:8084
# How a test crashes and restarts the first instance (webhook delivery must survive it).
export RESTART_FIRST_INSTANCE="bash $ROOT/scripts/e2e-instance.sh backend-e2e 8082 false --crash"
(cd frontend && npm run build:e2e >/dev/null && rm -rf test-results && npm run e2e -- "$@")
