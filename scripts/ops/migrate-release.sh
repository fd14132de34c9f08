#!/usr/bin/env bash
# Release step: applies drizzle/ migrations to a deployment's PostgreSQL before it goes live.
#   bash scripts/ops/migrate-release.sh [env-file]
# env-file (e.g. .vercel/.env.production.local from `vercel pull`) supplies DATABASE_URL and
# DATABASE_URL_UNPOOLED where the environment leaves them unset or empty.
# The migration holds a session advisory lock (db/migrate.ts), which a pooler in transaction mode
# (Neon's -pooler host, Supabase's port 6543) cannot keep: DATABASE_URL_UNPOOLED, the direct
# connection, wins when it is set.
set -euo pipefail
cd "$(dirname "$0")/../.."

env_file="${1:-}"
if [ -n "$env_file" ]; then
  if [ ! -f "$env_file" ]; then
    echo "migrate-release: $env_file not found (vercel pull writes it)" >&2
    exit 1
  fi
  from_file() {
    env -u "$1" node --env-file="$env_file" -e 'process.stdout.write(process.env[process.argv[1]] ?? "")' "$1"
  }
  [ -n "${DATABASE_URL:-}" ] || DATABASE_URL="$(from_file DATABASE_URL)"
  [ -n "${DATABASE_URL_UNPOOLED:-}" ] || DATABASE_URL_UNPOOLED="$(from_file DATABASE_URL_UNPOOLED)"
fi

url="${DATABASE_URL_UNPOOLED:-${DATABASE_URL:-}}"
case "$url" in
  postgres://* | postgresql://*) ;;
  *)
    echo "migrate-release: no PostgreSQL URL to migrate: set DATABASE_URL (and DATABASE_URL_UNPOOLED behind a pooler) to postgres://…" >&2
    exit 1
    ;;
esac
# Through a transaction pooler the lock and the statements could land on different server
# sessions, and a lock left behind on a pooled session would hold every later deploy.
if [ -z "${DATABASE_URL_UNPOOLED:-}" ] && [[ "$url" =~ -pooler\.|:6543/ ]]; then
  echo "migrate-release: DATABASE_URL goes through a connection pooler (Neon -pooler host or Supabase port 6543); set DATABASE_URL_UNPOOLED to the direct URL for migrations" >&2
  exit 1
fi
# Values read from a file are no GitHub secrets: keep the URL (and its password) out of the log.
if [ "${GITHUB_ACTIONS:-}" = "true" ]; then echo "::add-mask::$url"; fi

if [ -n "${DATABASE_URL_UNPOOLED:-}" ]; then via=DATABASE_URL_UNPOOLED; else via=DATABASE_URL; fi
echo "migrate-release: applying migrations over $via"
DATABASE_URL="$url" npm run --silent db:migrate
