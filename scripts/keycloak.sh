#!/usr/bin/env bash
# keycloak.sh start dev|test  — install (once) and start Keycloak with a fresh in-memory realm import
# keycloak.sh stop dev|test
# dev: 127.0.0.1:8180 (management 9180); test: 127.0.0.1:8181 (management 9181), so tests never
# disturb a running 'make run' stack.
source "$(dirname "$0")/lib.sh"
KC_VERSION=26.5.6
action=${1:?start|stop}; mode=${2:-dev}
case "$mode" in
  dev) port=8180; mgmt=9180 ;;
  test) port=8181; mgmt=9181 ;;
  *) echo "mode must be dev or test" >&2; exit 2 ;;
esac
home="$LOCAL/keycloak-$mode"
name="keycloak-$mode"

install() {
  [ -x "$home/bin/kc.sh" ] && return 0
  local zip="$LOCAL/download/keycloak-quarkus-dist-$KC_VERSION.zip"
  if [ ! -f "$zip" ]; then
    log "fetching Keycloak $KC_VERSION through Maven"
    "$ROOT/backend/mvnw" -q -B -f "$ROOT/backend/pom.xml" dependency:copy \
      -Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip -DoutputDirectory="$LOCAL/download"
  fi
  log "unpacking Keycloak into $home"
  local tmp; tmp=$(mktemp -d "$LOCAL/kc.XXXX")
  (cd "$tmp" && unzip -q "$zip")
  rm -rf "$home"; mv "$tmp/keycloak-$KC_VERSION" "$home"; rmdir "$tmp"
}

case "$action" in
  start)
    if running "$name"; then log "$name already running on $port"; exit 0; fi
    install
    mkdir -p "$home/data/import"
    cp "$ROOT/keycloak/realm-stagemakelaar.json" "$home/data/import/"
    log "starting $name on http://127.0.0.1:$port"
    # A local admin for the dev console (http://127.0.0.1:$port/admin); dev and test only.
    start_bg "$name" "$RUN/$name.log" env KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
      "$home/bin/kc.sh" start-dev --db=dev-mem \
      --http-host=127.0.0.1 --http-port=$port --http-management-port=$mgmt --health-enabled=true --import-realm
    wait_for "http://127.0.0.1:$mgmt/health/ready" 180 "$RUN/$name.pid" || { tail -40 "$RUN/$name.log"; exit 1; }
    log "$name ready"
    ;;
  stop) stop_bg "$name" ;;
  *) echo "usage: keycloak.sh start|stop dev|test" >&2; exit 2 ;;
esac
