/**
 * An Upstash-compatible REST front in front of a real Redis, as a process: what the app's
 * UPSTASH_REDIS_REST_URL points at when Redis runs next to it (CI's two-instance run, the compose
 * file). It is the test front in tests/upstash-rest-server.ts; one Redis connection serves it, so
 * `--redis-db` selects a database for everything and `--flush` empties that database first.
 *
 *   tsx scripts/ops/redis-rest-front.ts --port 3434 --token <secret> [--redis-url redis://…]
 *     [--redis-db 11] [--flush]
 *
 * Prints "redis-rest-front listening on <url>" once ready; SIGTERM/SIGINT close it.
 */
import { parseArgs } from "node:util";
import { startUpstashRestServer } from "../../tests/upstash-rest-server";

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    token: { type: "string" },
    "redis-url": { type: "string", default: "redis://127.0.0.1:6379" },
    "redis-db": { type: "string", default: "0" },
    flush: { type: "boolean", default: false },
  },
});

const port = Number(values.port);
const redisDb = Number(values["redis-db"]);
if (!Number.isInteger(port) || port <= 0 || !values.token) {
  console.error(
    "usage: redis-rest-front.ts --port <port> --token <token> [--redis-db N] [--flush]",
  );
  process.exit(2);
}
if (!Number.isInteger(redisDb) || redisDb < 0) {
  console.error("--redis-db must be a database index (0, 1, …)");
  process.exit(2);
}

try {
  const front = await startUpstashRestServer({
    redisUrl: values["redis-url"],
    token: values.token,
    port,
  });
  await front.redis.call(["SELECT", redisDb]);
  if (values.flush) await front.redis.call(["FLUSHDB"]);
  console.log(`redis-rest-front listening on ${front.url} (Redis database ${redisDb})`);
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => void front.close().finally(() => process.exit(0)));
  }
} catch (error) {
  console.error(`redis-rest-front cannot start: ${(error as Error).message}`);
  process.exit(1);
}
