#!/usr/bin/env bash
# CI step: what the Docker image runs, without Docker. Expects a finished `NEXT_OUTPUT=standalone`
# build in .next/ (or $NEXT_DIST_DIR). Lays the standalone folder out as the Dockerfile's runner
# stage does, migrates a fresh PostgreSQL database with the one-shot `npm run db:migrate`, starts
# `node server.js` with a clean environment (no DB_AUTO_MIGRATE: it must not migrate by itself),
# checks that it serves, then sends SIGTERM and expects it gone within 10 s.
#   STANDALONE_PORT (3310), STANDALONE_PG_URL (postgres://postgres@127.0.0.1:5432),
#   STANDALONE_DB_PREFIX (swasthai_ci_standalone): the database is <prefix>_<pid>, dropped at exit.
set -euo pipefail
cd "$(dirname "$0")/../.."

port="${STANDALONE_PORT:-3310}"
pg="${STANDALONE_PG_URL:-postgres://postgres@127.0.0.1:5432}"
db="${STANDALONE_DB_PREFIX:-swasthai_ci_standalone}_$$"
dist="${NEXT_DIST_DIR:-.next}"
dir="$dist/standalone"
base="http://127.0.0.1:$port"

fail() {
  echo "standalone boot FAILED: $*" >&2
  exit 1
}

[ -f "$dir/server.js" ] ||
  fail "$dir/server.js is missing: build with \`NEXT_OUTPUT=standalone npx next build\` first"

[ ! -e "$dir/.data" ] ||
  fail "$dir/.data exists: the build traced a local database or auth secret into the output (check outputFileTracingExcludes)"

# As the Dockerfile's runner stage: the standalone server serves these but does not copy them.
rm -rf "$dir/.next/static" "$dir/public"
cp -r "$dist/static" "$dir/.next/static"
cp -r public "$dir/public"

log="$(mktemp)"
pid=""
cleanup() {
  if [ -n "$pid" ]; then
    kill -KILL -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  psql -q "$pg/postgres" -c "drop database if exists $db with (force)" >/dev/null 2>&1 || true
  rm -f "$log"
}
trap cleanup EXIT
show_log() {
  echo "--- server log (last 40 lines) ---" >&2
  tail -n 40 "$log" >&2
}

psql -q -v ON_ERROR_STOP=1 "$pg/postgres" -c "create database $db" >/dev/null ||
  fail "cannot create database $db at $pg"

# The one-shot, as the `migrate` image runs it.
DATABASE_URL="$pg/$db" timeout 120 npm run --silent db:migrate ||
  fail "npm run db:migrate did not finish"
expected=$(node -e 'console.log(require("./drizzle/meta/_journal.json").entries.length)')
applied=$(psql -tA "$pg/$db" -c "select count(*) from drizzle.__drizzle_migrations")
[ "$applied" = "$expected" ] || fail "the one-shot applied $applied of $expected migrations"

started=$SECONDS
# A clean environment holds only what the image's runner stage sets plus the deploy's variables;
# its own process group lets the exit trap stop everything it started.
setsid env -i PATH="$PATH" HOME="$HOME" NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 \
  PORT="$port" HOSTNAME=localhost APP_URL="$base" \
  AUTH_SECRET="$(node -e 'console.log(require("node:crypto").randomBytes(32).toString("base64"))')" \
  RATE_LIMIT_BY_IP=off DATABASE_URL="$pg/$db" LOG_LEVEL=info \
  node "$dir/server.js" >"$log" 2>&1 &
pid=$!

ready=""
while [ $((SECONDS - started)) -lt 120 ]; do
  if ready=$(curl -sf --max-time 5 "$base/api/v1/health/ready"); then break; fi
  ready=""
  kill -0 "$pid" 2>/dev/null || {
    show_log
    fail "the server exited before it was ready"
  }
  sleep 1
done
[ -n "$ready" ] || {
  show_log
  fail "not ready within 120 s"
}
ready_after=$((SECONDS - started))

# The readiness answer names the database it reached, wherever it nests the report.
echo "$ready" | node -e '
  let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
    const found = (v) => v && typeof v === "object" &&
      Object.entries(v).some(([k, x]) => (k === "database" && JSON.stringify(x).includes("postgres")) || found(x));
    process.exit(found(JSON.parse(s)) ? 0 : 1);
  });' || fail "ready answered without reporting the postgres database: $ready"

grep -q '"msg":"adapters"' "$log" || {
  show_log
  fail "no start-up log line: cannot tell whether the server migrated"
}
if grep -q '"msg":"migrations applied"' "$log"; then
  show_log
  fail "the server migrated at start; only the one-shot may"
fi

home=$(curl -sf --max-time 20 "$base/") || fail "GET / did not answer 200"
grep -q "SwasthAI" <<<"$home" || fail "GET / did not render the SwasthAI page"

doctors=$(curl -sf --max-time 20 -H 'accept: application/json' "$base/api/v1/doctors") ||
  fail "GET /api/v1/doctors did not answer 200"
total=$(node -e 'console.log(JSON.parse(process.argv[1]).meta.total)' "$doctors") ||
  fail "GET /api/v1/doctors did not answer JSON with meta.total: ${doctors:0:200}"

asset=$(grep -o '/_next/static/[^"'"'"' ]*\.js' <<<"$home" | head -n 1)
[ -n "$asset" ] || fail "the home page links no /_next/static script"
curl -sf --max-time 10 -o /dev/null "$base$asset" || fail "static asset $asset did not load"
curl -sf --max-time 10 -o /dev/null "$base/favicon.svg" || fail "public/favicon.svg did not load"

kill -TERM "$pid"
stop_started=$SECONDS
while kill -0 "$pid" 2>/dev/null; do
  if [ $((SECONDS - stop_started)) -ge 10 ]; then
    show_log
    fail "still running 10 s after SIGTERM"
  fi
  sleep 0.2
done
wait "$pid" 2>/dev/null && code=0 || code=$?
pid=""

echo "standalone boot ok: ready in ${ready_after}s on postgres ($db, $applied migrations by the one-shot, none at start); home page, doctors JSON (total $total), $asset and public/ served; exited $code within 10 s of SIGTERM"
