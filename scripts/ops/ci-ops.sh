#!/usr/bin/env bash
# The production checks CI runs after the README test command, on the build the e2e run made
# (built with NEXT_OUTPUT=standalone): the standalone server boots and answers ready, a backup
# restores with equal counts, two instances share one database and one Redis correctly, and a
# SIGTERM during a booking burst breaks no booking. Each script cleans up after itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
step() { printf '\n--- %s (%ss)\n' "$*" "$SECONDS"; }

step "standalone server answers ready"
bash scripts/ops/standalone-boot.sh

step "backup and restore round trip"
bash scripts/ops/backup-roundtrip.sh

step "two instances behind one PostgreSQL and one Redis, and a SIGTERM during a booking burst"
bash scripts/ops/two-instances.sh
