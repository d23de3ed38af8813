# Stagemakelaar — two commands on a fresh machine: `make run` and `make test`.
.PHONY: run down test openapi backend spa help bench data

help:
	@echo "make run      start PostgreSQL, Keycloak, backend (dev mode) and SPA with demo data"
	@echo "make down     stop what make run started"
	@echo "make test     everything CI checks (backend, contract, frontend, browser tests)"
	@echo "make bench    the performance budgets at 100,000 students (SCALE=, DURATION=); prints the table"
	@echo "make data     generated students into the make-run database (SCALE=10000 SEED=1 DB=stagemakelaar)"
	@echo "make openapi  regenerate openapi.yaml at the root from the backend build"
	@echo "make backend  PostgreSQL + Keycloak + backend only (foreground dev mode)"
	@echo "make spa      the SPA only (expects the backend on 8080)"

run:
	@bash scripts/run.sh

down:
	@bash scripts/down.sh

test:
	@bash scripts/test.sh

openapi:
	cd backend && ./mvnw -B -ntp -q package -DskipTests
	cp backend/target/openapi/openapi.yaml openapi.yaml

backend:
	@bash scripts/postgres.sh && bash scripts/keycloak.sh start dev
	cd backend && ./mvnw quarkus:dev

spa:
	@bash scripts/npm-ci.sh
	cd frontend && npm run dev

bench:
	@bash scripts/bench.sh

data:
	@bash scripts/data.sh
