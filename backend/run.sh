#!/usr/bin/env bash
# Starts the packaged backend (target/quarkus-app) with the JVM options the project measured (docs/performance.md).
# Used by the browser tests, the benchmark and the container image; JAVA_OPTS replaces the options.
cd "${APP_DIR:-$(dirname "$0")/target/quarkus-app}"
# The class-data archive the build made (quarkus.package.jar.appcds): it maps only when the class path is the
# same as when it was made, hence the run from this directory.
cds=""
[ -f app-cds.jsa ] && cds="-XX:SharedArchiveFile=app-cds.jsa"
# C1 only: on two cores the C2 compiler spent a minute of CPU on this application while serving, and the
# throughput in the first minutes was higher without it; the serial collector with a small initial heap keeps
# the idle footprint near 200 MB (measurements in docs/performance.md).
exec java ${JAVA_OPTS:-$cds -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms32m -Xmx1g -XX:ReservedCodeCacheSize=64m -Xss512k} \
  -jar quarkus-run.jar
