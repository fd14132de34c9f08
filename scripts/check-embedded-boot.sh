#!/usr/bin/env bash
# Boots the production build on the embedded default (no DATABASE_URL, fresh PGlite dir) and checks
# that it migrates, seeds and serves real data. Expects a finished `next build`.
set -euo pipefail
port="${PORT:-3300}"
dir=".data/boot-check"
rm -rf "$dir"
log="$(mktemp)"
# Its own process group, so that the exit trap stops next-server too, not only npx.
setsid env -u DATABASE_URL PGLITE_DIR="$dir" NODE_ENV=production npx next start -p "$port" -H localhost >"$log" 2>&1 &
pid=$!
trap 'kill -- -$pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$dir" "$log"' EXIT
for _ in $(seq 1 180); do
  if curl -sf "http://127.0.0.1:$port/api/v1/health/ready" >/dev/null; then break; fi
  if ! kill -0 $pid 2>/dev/null; then cat "$log"; echo "server exited"; exit 1; fi
  sleep 1
done
curl -sf "http://127.0.0.1:$port/api/v1/health/ready" || { cat "$log"; echo "not ready"; exit 1; }
echo
total=$(curl -sf "http://127.0.0.1:$port/api/v1/doctors?specialty=Cardiology&city=Pune" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).meta.total))')
[ "$total" -gt 0 ] || { echo "no seeded doctors"; exit 1; }
curl -sf "http://127.0.0.1:$port/" | grep -q "SwasthAI" || { echo "home page did not render"; exit 1; }
# A signed-out article comes from the page cache and the proxy counts its views on the embedded
# database too (one PGlite for the proxy and the pages: a second instance on the same directory
# would corrupt it). The API's own read counts one view as well.
slug="managing-diabetes-with-indian-diet"
views() { curl -sf "http://127.0.0.1:$port/api/v1/articles/$slug" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).data.views))'; }
before=$(views)
for _ in 1 2; do
  curl -sf "http://127.0.0.1:$port/articles/$slug" | grep -q "</html>" || { cat "$log"; echo "article page did not render"; exit 1; }
done
expected=$((before + 3))
for _ in $(seq 1 20); do
  after=$(views)
  [ "$after" -ge "$expected" ] && break
  sleep 0.5
done
[ "$after" -eq "$expected" ] || { cat "$log"; echo "article views: $before before, $after after two opens and one API read (expected $expected)"; exit 1; }
if grep -q 'Failed to proxy\|"level":50' "$log"; then cat "$log"; echo "errors in the server log"; exit 1; fi
echo "embedded boot ok: $total cardiologists in Pune, article views counted ($before -> $after)"
