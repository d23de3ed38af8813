# Stagemakelaar — two commands on a fresh machine: `make run` and `make test`.
.PHONY: run down test openapi backend spa help bench

help:
	@echo "make run      start PostgreSQL, Keycloak, backend (dev mode) and SPA with demo data"
	@echo "make down     stop what make run started"
	@echo "make test     everything CI checks (backend, contract, frontend, browser tests)"
	@echo "make bench     measured budgets (matching at 50k places); prints the figures"
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
	@bash scripts/postgres.sh && bash scripts/keycloak.sh start test
	cd backend && ./mvnw -B -ntp verify -Dbench=true -Dtest=MatchingBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
		-Dquarkus.log.level=WARN | grep -E "BENCH|Tests run:|FAIL"
