#!/usr/bin/env bash
# Starts the packaged backend (target/quarkus-app) with the JVM options the project measured (docs/performance.md).
# Used by the browser tests, the benchmark and the container image; JAVA_OPTS replaces the options.
#   AOT_RECORD=1 bash backend/run.sh   a training run: the JVM writes app.aot.new when it exits (backend/aot-train.sh)
set -euo pipefail
cd "${APP_DIR:-$(dirname "$0")/target/quarkus-app}"

# The runtime is the newest JDK from 25 on that the machine has (the code is built for 17): from 25 the JVM loads
# the classes from an ahead-of-time cache made by a training run (JEP 483/514), which takes start-up from 3.3-3.9 s to
# about 2 s. JAVA names one explicitly; without a JDK 25 the JVM on the PATH runs the same jar, just slower.

# The major version from the JDK's release file: asking the JVM itself costs a JVM start per candidate.
major() {
  local home; home=$(dirname "$(dirname "$(readlink -f "$(command -v "$1")")")")
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null || true
}
java=${JAVA:-}
if [ -z "$java" ]; then
  for candidate in "${JAVA_HOME:-/nonexistent}/bin/java" /usr/lib/jvm/*/bin/java /opt/java/openjdk/bin/java; do
    [ -x "$candidate" ] && [ "$(major "$candidate")" -ge 25 ] 2>/dev/null && { java=$candidate; break; }
  done
  java=${java:-java}
fi

aot=""
opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms32m -Xmx1g -XX:ReservedCodeCacheSize=64m -Xss512k"
if [ "$(major "$java")" -ge 25 ] 2>/dev/null; then
  # Freed native memory goes back to the system every 2 s (malloc_trim): an idle instance 219 -> 213 MB.
  opts="$opts -XX:TrimNativeHeapInterval=2000"
  if [ -n "${AOT_RECORD:-}" ]; then
    aot="-XX:AOTCacheOutput=app.aot.new"
  # A cache made from an older build would be refused by the JVM anyway; this avoids the warning.
  elif [ -f app.aot ] && [ app.aot -nt quarkus-run.jar ]; then
    aot="-XX:AOTCache=app.aot"
  fi
fi
# C1 only: on two cores the C2 compiler spent a minute of CPU on this application while serving, and the
# throughput in the first minutes was higher without it; the serial collector with a small initial heap keeps
# the idle footprint near 200 MB (measurements in docs/performance.md). The JVM refuses a cache trained with other
# options (the collector, for one), so JAVA_OPTS given to a training run must be given to the runs that use it.
exec "$java" $aot ${JAVA_OPTS:-$opts} \
  -jar quarkus-run.jar
