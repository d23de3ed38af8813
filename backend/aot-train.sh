#!/usr/bin/env bash
# The training run of the ahead-of-time cache (JDK 25 and later, backend/run.sh): starts the packaged backend with
# the environment it is given (a database with the schema, Keycloak), waits until it is ready, makes a few requests
# so their classes are in the cache too, stops it and keeps target/quarkus-app/app.aot. Once per build, per machine:
# the cache fits one JDK and one build of the jar. On a JDK older than 25 it starts and stops the backend, no cache.
#   DB_URL=… OIDC_URL=… [QUARKUS_HTTP_PORT=8080] bash backend/aot-train.sh   (nothing to do when the cache is current)
set -euo pipefail
dir="${APP_DIR:-$(cd "$(dirname "$0")" && pwd)/target/quarkus-app}"
port=${QUARKUS_HTTP_PORT:-8080}
# The same rule as run.sh's: a cache newer than the jar belongs to this build.
if [ -f "$dir/app.aot" ] && [ "$dir/app.aot" -nt "$dir/quarkus-run.jar" ]; then
  echo "ahead-of-time cache: up to date ($dir/app.aot)"; exit 0
fi
rm -f "$dir/app.aot.new"
AOT_RECORD=1 APP_DIR="$dir" bash "$(dirname "$0")/run.sh" >"$dir/aot-train.log" 2>&1 &
pid=$!
for _ in $(seq 240); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready" && break
  kill -0 $pid 2>/dev/null || { tail -30 "$dir/aot-train.log"; exit 1; }
  sleep 0.5
done
for path in /q/health/ready /q/health/live /api/v1/me /api/v1/students; do
  curl -s -o /dev/null "http://127.0.0.1:$port$path" || true
done
kill -TERM $pid
wait $pid || true   # the JVM writes the cache while it exits
if [ -f "$dir/app.aot.new" ]; then
  mv "$dir/app.aot.new" "$dir/app.aot"
  echo "ahead-of-time cache: $(du -h "$dir/app.aot" | cut -f1) in $dir/app.aot"
else
  echo "no ahead-of-time cache made (the JVM is older than 25)"
fi
