-- docker-compose only (the Makefile's scripts/postgres.sh does the same natively): the role the backend
-- connects as. It owns no table and is no superuser, so PostgreSQL's row-level security applies to it.
CREATE ROLE stagemakelaar_app LOGIN PASSWORD 'stagemakelaar_app' NOSUPERUSER NOBYPASSRLS;
