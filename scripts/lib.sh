# Shared helpers for the stack scripts. Everything a script starts gets a pid file under .local/run,
# and is stopped by that pid only, so nothing else on the machine is touched.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCAL="$ROOT/.local"
RUN="$LOCAL/run"
mkdir -p "$RUN"

log() { printf '\033[1m[stack]\033[0m %s\n' "$*"; }

# wait_for URL SECONDS [pidfile]: poll until the URL answers 2xx, fail early when the process died.
wait_for() {
  local url=$1 secs=$2 pidfile=${3:-}
  for _ in $(seq "$secs"); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    if [ -n "$pidfile" ] && ! kill -0 "$(cat "$pidfile" 2>/dev/null)" 2>/dev/null; then
      log "process of $pidfile died while waiting for $url"; return 1
    fi
    sleep 1
  done
  log "timed out after ${secs}s waiting for $url"; return 1
}

# start_bg NAME LOGFILE CMD...: run in its own session so the whole process group can be stopped.
start_bg() {
  local name=$1 logfile=$2; shift 2
  setsid "$@" >"$logfile" 2>&1 < /dev/null &
  echo $! >"$RUN/$name.pid"
}

running() { [ -f "$RUN/$1.pid" ] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }

stop_bg() {
  local name=$1 pidfile="$RUN/$1.pid"
  [ -f "$pidfile" ] || return 0
  local pid; pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping $name (pid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}
