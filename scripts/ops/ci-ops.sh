#!/usr/bin/env bash
# The production checks CI runs after the README test command, on the build the e2e run made
# (built with NEXT_OUTPUT=standalone): the standalone server boots and answers ready, a backup
# restores with equal counts, two instances share one database and one Redis correctly, and a
# SIGTERM during a booking burst breaks no booking, and traces leave with their database spans.
# Each script cleans up after itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
step() { printf '\n--- %s (%ss)\n' "$*" "$SECONDS"; }

step "standalone server answers ready"
bash scripts/ops/standalone-boot.sh

step "backup and restore round trip"
bash scripts/ops/backup-roundtrip.sh

step "two instances behind one PostgreSQL and one Redis, and a SIGTERM during a booking burst"
bash scripts/ops/two-instances.sh

step "traces reach an OTLP collector: request and db.query spans, no query strings, trace ids in logs"
pg_admin() { psql -X -q -h 127.0.0.1 -U postgres -d postgres "$@"; }
trace_db="swasthai_ci_trace_$$"
pg_admin -c "drop database if exists $trace_db" -c "create database $trace_db"
trap 'pg_admin -c "drop database if exists $trace_db with (force)" >/dev/null 2>&1 || true' EXIT
TRACING_CHECK_DATABASE_URL="postgres://postgres@127.0.0.1:5432/$trace_db" timeout 300 node scripts/ops/check-tracing.mjs
