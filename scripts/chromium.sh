#!/usr/bin/env bash
# Debian's Chromium for the browser tests (Playwright does not download a browser here).
source "$(dirname "$0")/lib.sh"
if [ ! -x /usr/bin/chromium ]; then
  log "installing Debian's chromium"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
