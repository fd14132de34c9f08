#!/usr/bin/env bash
# Vercel's build command (vercel.json "buildCommand"): migrate, then `next build`.
# Migrating first is safe because migrations are expand-only (docs/deploy.md): the deployment
# still live keeps working on the new schema until this one takes over. Concurrent builds take
# turns (db/migrate.ts holds an advisory lock).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${GITHUB_ACTIONS:-}" = "true" ]; then
  # `vercel build` inside .github/workflows/deploy.yml: that workflow migrates after this build,
  # before `vercel deploy` switches traffic, and refuses there without a PostgreSQL URL.
  echo "vercel-build: migrations are deploy.yml's next step"
else
  if [ "${VERCEL:-}" = "1" ]; then
    case "${DATABASE_URL:-}" in
      postgres://* | postgresql://*) ;;
      *)
        cat >&2 <<'MSG'
vercel-build: DATABASE_URL is not a PostgreSQL URL, so this deployment would run on the embedded
database, which cannot live on Vercel (read-only file system, a separate copy per instance).
Add Postgres to the project (Storage -> Neon, or Supabase, through the Vercel integration) so that
DATABASE_URL=postgres://... is set for this environment, then redeploy. See docs/deploy.md.
MSG
        exit 1
        ;;
    esac
  fi
  bash scripts/ops/migrate-release.sh
fi

npx next build
