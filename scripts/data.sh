#!/usr/bin/env bash
# Fills a database that has the schema and the demo data with generated data (scripts/data/generate.sql):
#   make data [SCALE=10000] [SEED=1] [DB=stagemakelaar]
# The default database is the one 'make run' uses; 'make bench' uses its own. Deterministic for a seed.
source "$(dirname "$0")/lib.sh"
SCALE=${SCALE:-10000} SEED=${SEED:-1} DB=${DB:-stagemakelaar}
bash "$ROOT/scripts/postgres.sh"
psql_db() { (cd / && su postgres -c "psql -X -v ON_ERROR_STOP=1 -qtA -d $DB $*"); }
if [ "$(psql_db "-c \"SELECT to_regclass('public.student') IS NOT NULL\"")" != "t" ]; then
  log "database $DB has no schema yet: start the backend on it once ('make run' for $DB), then run this again"; exit 1
fi
if [ "$(psql_db "-c \"SELECT count(*) FROM student WHERE created_by = 'gen'\"")" != "0" ]; then
  log "database $DB already holds generated data"; exit 0
fi
log "generating $SCALE students (seed $SEED) into $DB"
start=$(date +%s)
(cd / && su postgres -c "psql -X -qtA -d $DB -v scale=$SCALE -v seed=$SEED -f '$ROOT/scripts/data/generate.sql'") | grep generated
log "done in $(( $(date +%s) - start ))s"
