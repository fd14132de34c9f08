#!/usr/bin/env bash
# Two app instances behind one PostgreSQL and one Redis (through the Upstash-compatible REST
# front), then the checks in tests/ops/*.ops.test.ts: the booking race split across both, a rate
# limit shared by both, a revocation seen by both, reminders claimed once, and a SIGTERM during a
# booking burst (that test starts and stops its own third instance).
#
# Expects a finished production build in .next (.next/standalone/server.js when built with
# NEXT_OUTPUT=standalone, else `next start` serves .next). PostgreSQL at PG_URL (trust auth, the
# database OPS_DB_NAME is created and dropped here), Redis at REDIS_URL (database OPS_REDIS_DB is
# emptied at start and end). Ports OPS_PORT_BASE+0 (REST front), +1 (A), +2 (B), +3 (C).
# Arguments go to vitest (e.g. one file: tests/ops/shutdown.ops.test.ts).
set -euo pipefail
cd "$(dirname "$0")/../.."

PG_URL="${PG_URL:-postgres://postgres@127.0.0.1:5432}"
REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
OPS_REDIS_DB="${OPS_REDIS_DB:-11}"
OPS_DB_NAME="${OPS_DB_NAME:-swasthai_ci_multi_$$}"
base="${OPS_PORT_BASE:-3430}"
front_port=$base a_port=$((base + 1)) b_port=$((base + 2)) c_port=$((base + 3))
ready_timeout="${OPS_READY_TIMEOUT:-90}"

fail() {
  echo "two-instances: $*" >&2
  exit 1
}

if [ -f .next/standalone/server.js ]; then
  server=(node .next/standalone/server.js)
elif [ -f .next/BUILD_ID ]; then
  server=(node node_modules/next/dist/bin/next start)
else
  fail "no production build in .next: run \`NEXT_OUTPUT=standalone npx next build\` first"
fi

logs="$(mktemp -d)"
pids=()
cleanup() {
  local status=$?
  # Each process leads its own group (setsid): the group signal reaches its children too.
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  if [ "$status" -ne 0 ]; then
    for f in "$logs"/*.log; do
      [ -f "$f" ] && { echo "--- last lines of $(basename "$f")"; tail -n 40 "$f"; }
    done
  fi
  psql -q "$PG_URL/postgres" -c "drop database if exists $OPS_DB_NAME with (force)" || true
  redis-cli -u "$REDIS_URL" -n "$OPS_REDIS_DB" flushdb >/dev/null 2>&1 || true
  rm -rf "$logs"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

for port in "$front_port" "$a_port" "$b_port" "$c_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then fail "port $port is already in use"; fi
done

echo "database $OPS_DB_NAME: migrate once (A loads the demo data at its start)"
psql -q "$PG_URL/postgres" -c "drop database if exists $OPS_DB_NAME" -c "create database $OPS_DB_NAME"
export DATABASE_URL="$PG_URL/$OPS_DB_NAME"
timeout 120 npm run --silent db:migrate >"$logs/migrate.log" 2>&1 || fail "migration failed"

# What every instance shares, as a deployment behind a load balancer would.
export NEXT_TELEMETRY_DISABLED=1 LOG_LEVEL="${LOG_LEVEL:-info}"
AUTH_SECRET="$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64url"))')"
CRON_SECRET="$(node -e 'console.log(require("crypto").randomBytes(24).toString("base64url"))')"
UPSTASH_REDIS_REST_TOKEN="$(node -e 'console.log(require("crypto").randomBytes(24).toString("base64url"))')"
export AUTH_SECRET CRON_SECRET UPSTASH_REDIS_REST_TOKEN
export UPSTASH_REDIS_REST_URL="http://127.0.0.1:$front_port"
export APP_URL="http://127.0.0.1:$a_port" DEV_MAILBOX=1 RATE_LIMIT_BY_IP=off HOSTNAME=localhost

start() { # name port command...
  local name=$1 port=$2
  shift 2
  NODE_ENV=production PORT="$port" setsid "$@" >"$logs/$name.log" 2>&1 &
  pids+=("$!")
}

wait_ready() { # index port
  until curl -sf -o /dev/null "http://127.0.0.1:$2/api/v1/health/ready"; do
    kill -0 "${pids[$1]}" 2>/dev/null || fail "instance on :$2 exited"
    [ "$SECONDS" -lt "$deadline" ] || fail "instance on :$2 not ready in ${ready_timeout}s"
    sleep 0.5
  done
}
listen_args() { # port: next start takes flags, server.js reads PORT and HOSTNAME
  if [ "${server[1]}" = "node_modules/next/dist/bin/next" ]; then echo "-p $1 -H localhost"; fi
}

deadline=$((SECONDS + ready_timeout))
start front "$front_port" npx tsx scripts/ops/redis-rest-front.ts --port "$front_port" \
  --token "$UPSTASH_REDIS_REST_TOKEN" --redis-url "$REDIS_URL" --redis-db "$OPS_REDIS_DB" --flush
until grep -q "listening on" "$logs/front.log" 2>/dev/null; do
  kill -0 "${pids[0]}" 2>/dev/null || fail "the REST front exited"
  [ "$SECONDS" -lt "$deadline" ] || fail "the REST front did not start in ${ready_timeout}s"
  sleep 0.5
done
# A alone first: it loads the demo data (npm's db:seed would do the same from a shell); B then
# starts on the filled database, as a second replica would.
# shellcheck disable=SC2046
SEED_DEMO=1 start a "$a_port" "${server[@]}" $(listen_args "$a_port")
echo "waiting for A (:$a_port), which loads the demo data"
wait_ready 1 "$a_port"
# shellcheck disable=SC2046
start b "$b_port" "${server[@]}" $(listen_args "$b_port")
echo "waiting for B (:$b_port)"
wait_ready 2 "$b_port"
echo "both ready after ${SECONDS}s"
# Errors count from here on: a start on a busy machine may log a slow ready probe.
a_lines=$(wc -l <"$logs/a.log") b_lines=$(wc -l <"$logs/b.log")

# In its own process group too, so the cleanup also stops the instance C the SIGTERM test starts
# if the run is cut short.
OPS_A_URL="http://127.0.0.1:$a_port" OPS_B_URL="http://127.0.0.1:$b_port" \
  OPS_C_PORT="$c_port" OPS_DATABASE_URL="$DATABASE_URL" \
  setsid timeout 300 npx vitest run --project ops "$@" &
pids+=("$!")
wait "$!" || fail "the ops checks failed (or ran past 300 s)"

# The instances must have served every check without a server error.
if tail -n "+$((a_lines + 1))" "$logs/a.log" | grep '"level":[56]0' ||
  tail -n "+$((b_lines + 1))" "$logs/b.log" | grep '"level":[56]0'; then
  fail "an instance logged errors during the checks (above)"
fi
echo "two-instance checks passed (${SECONDS}s)"
