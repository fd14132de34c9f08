import "server-only";
import { dbDriver, openPool } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { env, usesEmbeddedDatabase, type Env } from "@/lib/env";
import { installGracefulShutdown } from "@/lib/graceful-shutdown";
import { addressSource } from "@/lib/http/address-source";
import { loopbackListenLiteral, loopbackListenWarning } from "@/lib/http/listen-host";
import { logger } from "@/lib/log/logger";
import { storageAdapterName, storageConfigProblems } from "@/lib/storage/s3-config";

/**
 * Server start: on the embedded database migrations run and the demo seed fills an empty database,
 * so `npm run demo` needs nothing else. On PostgreSQL both are opt-in (DB_AUTO_MIGRATE, SEED_DEMO):
 * production deploys migrate as a release step and never carry demo accounts.
 */
export async function bootServer(): Promise<void> {
  const problems = [...startupProblems(env, usesEmbeddedDatabase), ...storageConfigProblems(env)];
  if (problems.length > 0) throw new Error(problems.join("\n"));
  installGracefulShutdown();
  const migrate = env.DB_AUTO_MIGRATE ? env.DB_AUTO_MIGRATE === "1" : usesEmbeddedDatabase;
  const seed = env.SEED_DEMO ? env.SEED_DEMO === "1" : usesEmbeddedDatabase;
  logger.info(
    {
      database: dbDriver(),
      mail: env.RESEND_API_KEY ? "resend" : "outbox",
      files: storageAdapterName(env),
      rateLimit: env.UPSTASH_REDIS_REST_URL ? "upstash" : "in-process",
      // The health coach: a model when AI_BASE_URL, AI_API_KEY and AI_MODEL are set.
      coach: env.AI_BASE_URL && env.AI_API_KEY && env.AI_MODEL ? "ai" : "embedded-articles",
      clientAddress: addressSource(env),
    },
    "adapters",
  );
  logAddressSource();
  const loopback = loopbackListenLiteral(process.argv, process.env.HOSTNAME);
  if (loopback) logger.warn(loopbackListenWarning(loopback));
  if (migrate) {
    await migrateDatabase();
    logger.info("migrations applied");
  }
  if (seed) {
    const { seedDemo } = await import("@/db/seed/demo");
    const summary = await seedDemo((await import("@/db/client")).db);
    logger.info({ summary }, "demo seed");
  }
  // Opened from here, outside any request (db/client.ts says why), but not awaited: a database
  // that is down at start must not keep the server from starting; the ready probe reports it.
  openPool().catch((err: unknown) =>
    logger.warn({ err }, "database pool not opened at start: connections open on first use"),
  );
}

function logAddressSource(): void {
  const source = addressSource(env);
  if (source === "off") {
    logger.warn(
      "RATE_LIMIT_BY_IP=off: no per-address rate limits; only the global per-route limits bound sign-ups, sign-ins and resets.",
    );
  } else if (source === "none") {
    logger.info(
      "no client address source (VERCEL or TRUSTED_PROXY_HOPS): per-address rate limits are off, global per-route limits apply",
    );
  }
}

/**
 * What keeps this configuration from serving, one line per variable (empty when it may start).
 * Production on PostgreSQL needs APP_URL (mail links must never be built from a request's Host
 * header), AUTH_SECRET (sessions need a real secret) and a client address source for per-address
 * rate limits, or an explicit RATE_LIMIT_BY_IP=off (then a flood is bounded only by the global
 * limits, which also throttle honest callers). The embedded database is the laptop demo
 * (`npm run demo`), which derives the first two and serves only this machine by default, and
 * never runs on Vercel. Everywhere, the ABDM credentials come as a pair.
 */
export function startupProblems(
  config: Pick<Env, "NODE_ENV" | "APP_URL" | "AUTH_SECRET" | "VERCEL"> &
    Partial<
      Pick<Env, "TRUSTED_PROXY_HOPS" | "RATE_LIMIT_BY_IP" | "ABDM_CLIENT_ID" | "ABDM_CLIENT_SECRET">
    >,
  embeddedDatabase: boolean,
): string[] {
  const problems: string[] = [];
  // Half a credential pair would quietly turn ABHA verification off: say so wherever it runs.
  if (Boolean(config.ABDM_CLIENT_ID) !== Boolean(config.ABDM_CLIENT_SECRET)) {
    problems.push(
      "ABDM_CLIENT_ID and ABDM_CLIENT_SECRET go together: set both to verify ABHA links by ABDM's OTP, or neither to keep links unverified.",
    );
  }
  if (config.NODE_ENV !== "production") return problems;
  // Vercel's file system is read-only and every function instance has its own: an embedded
  // database there would be empty, unwritable and different on each request.
  if (config.VERCEL === "1" && embeddedDatabase) {
    problems.push(
      "DATABASE_URL is not a PostgreSQL URL: on Vercel the embedded database cannot keep data. Add Postgres (e.g. Neon through the Vercel integration) so DATABASE_URL=postgres://… is set, then redeploy.",
    );
  }
  if (embeddedDatabase) return problems;
  if (!config.APP_URL) {
    problems.push(
      "APP_URL is not set: production on PostgreSQL needs the public base URL for links in mails (e.g. APP_URL=https://swasthai.example.org).",
    );
  }
  if (!config.AUTH_SECRET) {
    problems.push(
      "AUTH_SECRET is not set: production on PostgreSQL needs a secret for sessions and tokens (generate one with `openssl rand -base64 32`).",
    );
  }
  if (addressSource(config) === "none") {
    problems.push(
      "No client address source: production on PostgreSQL needs per-address rate limits. Behind a reverse proxy or load balancer set TRUSTED_PROXY_HOPS to how many there are (e.g. TRUSTED_PROXY_HOPS=1); on Vercel VERCEL=1 is set for you; to run without per-address limits set RATE_LIMIT_BY_IP=off.",
    );
  }
  return problems;
}
