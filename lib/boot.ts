import "server-only";
import { dbDriver } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { env, usesEmbeddedDatabase } from "@/lib/env";
import { logger } from "@/lib/log/logger";

/**
 * Server start: on the embedded database migrations run and the demo seed fills an empty database,
 * so `npm run demo` needs nothing else. On PostgreSQL both are opt-in (DB_AUTO_MIGRATE, SEED_DEMO):
 * production deploys migrate as a release step and never carry demo accounts.
 */
export async function bootServer(): Promise<void> {
  if (env.NODE_ENV === "production" && !usesEmbeddedDatabase) {
    // Mail links must never be built from a request's Host header, and sessions need a real secret.
    const missing = [!env.APP_URL && "APP_URL", !env.AUTH_SECRET && "AUTH_SECRET"].filter(Boolean);
    if (missing.length > 0)
      throw new Error(`Set ${missing.join(" and ")} before starting in production.`);
  }
  const migrate = env.DB_AUTO_MIGRATE ? env.DB_AUTO_MIGRATE === "1" : usesEmbeddedDatabase;
  const seed = env.SEED_DEMO ? env.SEED_DEMO === "1" : usesEmbeddedDatabase;
  logger.info(
    {
      database: dbDriver(),
      mail: env.RESEND_API_KEY ? "resend" : "outbox",
      files: env.UPLOADTHING_TOKEN ? "uploadthing" : "local-disk",
      rateLimit: env.UPSTASH_REDIS_REST_URL ? "upstash" : "in-process",
    },
    "adapters",
  );
  if (migrate) {
    await migrateDatabase();
    logger.info("migrations applied");
  }
  if (seed) {
    const { seedDemo } = await import("@/db/seed/demo");
    const summary = await seedDemo((await import("@/db/client")).db);
    logger.info({ summary }, "demo seed");
  }
}
