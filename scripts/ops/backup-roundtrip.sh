#!/usr/bin/env bash
# Proves that a backup restores (CI, and the monthly restore drill; docs/backups.md).
#
#   bash scripts/ops/backup-roundtrip.sh           seed a fresh database, db:backup it, db:restore
#                                                  into an empty one, compare every table
#   bash scripts/ops/backup-roundtrip.sh FILE      the drill: db:restore a real backup (FILE and
#                                                  FILE.json) into a scratch database and compare
#
# PG_SERVER_URL (default postgres://postgres@127.0.0.1:5432) is a server where this user may create
# and drop databases. Every database it creates is dropped on exit; non-zero on any mismatch.
set -euo pipefail
cd "$(dirname "$0")/../.."

server="${PG_SERVER_URL:-postgres://postgres@127.0.0.1:5432}"
server="${server%/}"
src="swasthai_ci_backup_src_$$"
dst="swasthai_ci_backup_dst_$$"
work="$(mktemp -d)"
given="${1:-}"

admin() { psql -X -q -v ON_ERROR_STOP=1 -d "$server/postgres" "$@"; }
cleanup() {
  admin -c "drop database if exists $src with (force)" -c "drop database if exists $dst with (force)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "backup round trip FAILED: $*" >&2; exit 1; }
# Each step is bounded: a hung connection fails the run instead of stalling it. The step is named
# by a label, not its command line, which may hold a database password.
bounded() { timeout --kill-after=10 "$2" "${@:3}" || fail "$1 failed or took over $2 s"; }
# The commands a person runs (package.json), so the round trip proves those.
db_backup=(npm run --silent db:backup --)
db_restore=(npm run --silent db:restore --)

# Rows of every table in public and drizzle, and the appointments checksum, read by psql itself:
# a second opinion that does not go through the TypeScript the restore used to check itself.
census() {
  psql -X -q -At -v ON_ERROR_STOP=1 -d "$server/$1" <<'SQL'
set timezone to 'UTC';
set datestyle to 'ISO, MDY';
select format('%s.%s', table_schema, table_name) || ' ' ||
       (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %I.%I', table_schema, table_name), false, true, '')))[1]::text
  from information_schema.tables
 where table_type = 'BASE TABLE' and table_schema in ('public', 'drizzle')
 order by 1;
select 'appointments-md5 ' || md5(coalesce(string_agg(a::text, '|' order by a.id), '')) from appointments a;
SQL
}

export UPLOAD_DIR="$work/uploads" # the demo seed writes sample record files; keep them out of the tree
admin -c "create database $dst"

if [ -z "$given" ]; then
  echo "== seed $src"
  admin -c "create database $src"
  DATABASE_URL="$server/$src" bounded db:migrate 120 npm run --silent db:migrate
  DATABASE_URL="$server/$src" bounded db:seed 180 npm run --silent db:seed >/dev/null
  echo "== db:backup"
  backup="$work/swasthai-roundtrip.dump"
  DATABASE_URL="$server/$src" bounded db:backup 120 "${db_backup[@]}" --out "$backup"
  node -e 'const m = require(process.argv[1]); if (!(m.tables.appointments > 0)) process.exit(1)' "$backup.json" ||
    fail "the backup holds no appointments: the seed did not run"
else
  backup="$given"
  [ -f "$backup" ] && [ -f "$backup.json" ] || fail "$backup and $backup.json are both needed"
fi

echo "== db:restore into the empty database $dst"
bounded db:restore 180 "${db_restore[@]}" "$backup" --target "$server/$dst"

if [ -z "$given" ]; then
  echo "== second opinion: psql counts every table in both databases"
  census "$src" >"$work/src.txt"
  census "$dst" >"$work/dst.txt"
  diff -u "$work/src.txt" "$work/dst.txt" || fail "psql sees different rows in $src and $dst (above)"
  echo "psql agrees: $(grep -vc '^appointments-md5' "$work/src.txt") tables and the appointments checksum are equal"
fi
echo "backup round trip ok"
