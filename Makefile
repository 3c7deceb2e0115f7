# Operations on a deployment's database and the test entry points (docs/operations.md).
#   make migrate DATABASE_URL=postgresql://…                 every service's schema, no service started
#   make backup  DATABASE_URL=postgresql://… [BACKUP_DIR=backups] [BACKUP_KEEP=14]
#   make restore DATABASE_URL=postgresql://… BACKUP=backups/whey-….dump TARGET_DB=whey_restored
#   make test                                                 everything (README's test command)
#   make test-integration                                     the cross-service integration tests only
#   make lint-openapi                                         every service's OpenAPI document, by @redocly/cli and the 3.1 schema
.PHONY: build migrate backup restore test test-integration lint-openapi
export DATABASE_URL BACKUP_DIR BACKUP_KEEP BACKUP TARGET_DB

build:
	./mvnw -B -q install -DskipTests

migrate:
	ops/migrate.sh

backup:
	ops/backup.sh

restore:
	ops/restore.sh

test:
	./mvnw -B -fae verify

test-integration: build
	./mvnw -B -pl devrun verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false

lint-openapi: build
	ops/lint-openapi.sh
