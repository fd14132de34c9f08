import "server-only";
import { z } from "zod";

/**
 * The only reader of process.env. Every variable is optional: when a service key is missing the
 * embedded adapter serves instead (PGlite, outbox mail, local files, in-process rate limits).
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  /**
   * A direct (not pooled) URL of the same database, for release migrations only
   * (scripts/ops/migrate-release.sh): their advisory lock needs a session a pooler keeps.
   */
  DATABASE_URL_UNPOOLED: z.string().optional(),
  PGLITE_DIR: z.string().default(".data/pglite"),
  DB_AUTO_MIGRATE: z.enum(["0", "1"]).optional(),
  SEED_DEMO: z.enum(["0", "1"]).optional(),
  AUTH_SECRET: z.string().min(16).optional(),
  APP_URL: z.string().url().optional(),
  DEV_MAILBOX: z.enum(["0", "1"]).optional(),
  RESEND_API_KEY: z.string().optional(),
  MAIL_FROM: z.string().default("SwasthAI <no-reply@swasthai.dev>"),
  UPLOADTHING_TOKEN: z.string().optional(),
  /** Root of the local-disk file adapter (used when neither S3_BUCKET nor UPLOADTHING_TOKEN is set). */
  UPLOAD_DIR: z.string().min(1).default(".data/uploads"),
  /**
   * S3-compatible storage (AWS S3, MinIO, Cloudflare R2): with a bucket set, files go there. The
   * name rule keeps it a valid DNS label, since it becomes part of the host (virtual-hosted style).
   */
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "3-63 lowercase letters, digits, dots or hyphens")
    .optional(),
  S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]+$/, "a region name such as ap-south-1 (R2: auto)")
    .default("ap-south-1"),
  /** MinIO or R2 endpoint (requests then go path style: <endpoint>/<bucket>/<key>). */
  S3_ENDPOINT: z.string().url().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** "1": path-style requests on AWS too (s3.<region>.amazonaws.com/<bucket>/<key>). */
  S3_FORCE_PATH_STYLE: z.enum(["0", "1"]).optional(),
  /** The standard AWS credential variables: the S3 adapter's fallback when S3_ACCESS_KEY_ID is unset. */
  AWS_ACCESS_KEY_ID: z.string().optional(),
  AWS_SECRET_ACCESS_KEY: z.string().optional(),
  AWS_SESSION_TOKEN: z.string().optional(),
  UPSTASH_REDIS_REST_URL: z.string().url().optional(),
  UPSTASH_REDIS_REST_TOKEN: z.string().optional(),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  CRON_SECRET: z.string().optional(),
  /** ABDM client credentials: with both set, ABHA links are verified by ABDM's OTP flow. */
  ABDM_CLIENT_ID: z.string().optional(),
  ABDM_CLIENT_SECRET: z.string().optional(),
  /** ABHA service base (the ABDM sandbox unless told otherwise). */
  ABDM_BASE_URL: z.string().url().default("https://abhasbx.abdm.gov.in/abha/api"),
  /** ABDM gateway, where the session token comes from. */
  ABDM_GATEWAY_URL: z.string().url().default("https://dev.abdm.gov.in"),
  /** The consent manager suffix the gateway expects in X-CM-ID ("sbx" in the sandbox). */
  ABDM_CM_ID: z.string().default("sbx"),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /** "off" runs without per-address limits (a warning at boot); only global limits then apply. */
  RATE_LIMIT_BY_IP: z.enum(["on", "off"]).default("on"),
  /** Set to "1" by Vercel on its deployments; then the client address comes from Vercel's headers. */
  VERCEL: z.string().optional(),
  /** Multiplies every rate-limit policy's limit (e2e runs raise it; 0.5 halves them). */
  RATE_LIMIT_SCALE: z.coerce.number().positive().max(1_000_000).default(1),
  /**
   * The health coach's model: an OpenAI-compatible endpoint. With all three set the coach answers
   * through it; otherwise the embedded coach answers from SwasthAI's own articles.
   */
  AI_BASE_URL: z.string().url().optional(),
  AI_API_KEY: z.string().optional(),
  AI_MODEL: z.string().optional(),
  /**
   * Razorpay: with the key id and secret set, medicine orders, lab bookings and (for doctors who
   * accept it) consultation fees can be paid online; without them only cash / pay at clinic is
   * offered. The webhook secret is the one set on the Razorpay dashboard's webhook.
   */
  RAZORPAY_KEY_ID: z.string().optional(),
  RAZORPAY_KEY_SECRET: z.string().optional(),
  RAZORPAY_WEBHOOK_SECRET: z.string().optional(),
  /** Razorpay's API base (tests point it at a local fake speaking the same wire format). */
  RAZORPAY_BASE_URL: z.string().url().default("https://api.razorpay.com"),
  /** Home collections one phlebotomist team takes per slot and pincode area. */
  LAB_SLOT_CAPACITY: z.coerce.number().int().min(1).max(50).default(3),
  /** Twilio SMS (the seed's choice); TWILIO_FROM is a number (+1...) or a Messaging Service SID (MG...). */
  TWILIO_ACCOUNT_SID: z.string().optional(),
  TWILIO_AUTH_TOKEN: z.string().optional(),
  TWILIO_FROM: z.string().optional(),
  /** Twilio's API base (tests point it at a local fake speaking the same wire format). */
  TWILIO_BASE_URL: z.string().url().default("https://api.twilio.com"),
  /** MSG91 (Indian DLT): the auth key, the sender id and one MSG91_TEMPLATE_<NAME> per SMS text. */
  MSG91_AUTH_KEY: z.string().optional(),
  MSG91_SENDER_ID: z.string().optional(),
  MSG91_BASE_URL: z.string().url().default("https://control.msg91.com"),
  /** Web push (VAPID); without both keys push is unavailable. Subject: mailto: or https: URL. */
  VAPID_PUBLIC_KEY: z.string().optional(),
  VAPID_PRIVATE_KEY: z.string().optional(),
  VAPID_SUBJECT: z.string().default("mailto:support@swasthai.dev"),
  /** Upstash QStash: delayed retries of the delivery drain, and the keys that sign its calls. */
  QSTASH_TOKEN: z.string().optional(),
  QSTASH_URL: z.string().url().default("https://qstash.upstash.io"),
  QSTASH_CURRENT_SIGNING_KEY: z.string().optional(),
  QSTASH_NEXT_SIGNING_KEY: z.string().optional(),
  /**
   * How long a stopping server (SIGTERM) waits for in-flight requests before it closes the
   * database pool and exits anyway: below the 30 s Docker and ECS wait before they kill.
   */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(25_000),
  /**
   * OpenTelemetry: spans are sent over OTLP/HTTP only when an endpoint is set (the collector's base
   * URL, or the full traces URL); @vercel/otel also reads OTEL_EXPORTER_OTLP_HEADERS,
   * OTEL_EXPORTER_OTLP_PROTOCOL, OTEL_SERVICE_NAME and OTEL_TRACES_SAMPLER itself.
   */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.string().url().optional(),
  OTEL_EXPORTER_OTLP_HEADERS: z.string().optional(),
  /** Sentry error reporting on the server, on only when the DSN is set (events are scrubbed). */
  SENTRY_DSN: z.string().url().optional(),
  SENTRY_ENVIRONMENT: z.string().optional(),
  /** Share of server transactions sent to Sentry (0 to 1); 0 sends errors only. */
  SENTRY_TRACES_SAMPLE_RATE: z.coerce.number().min(0).max(1).default(0),
  /** Sentry in the browser; inlined at build time, so set it before `next build`. */
  NEXT_PUBLIC_SENTRY_DSN: z.string().url().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof envSchema>;

function readEnv(): Env {
  // `APP_URL=` in a .env file or a shell means "not set", not "set to an invalid value".
  const given = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ""));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment variables:\n${lines}`);
  }
  return parsed.data;
}

export const env: Env = readEnv();

/** True when the database is the embedded PGlite (no DATABASE_URL, or a pglite:// one). */
export const usesEmbeddedDatabase = !env.DATABASE_URL || env.DATABASE_URL.startsWith("pglite:");

/** The dev mailbox is open in development, and in production only when DEV_MAILBOX=1. */
export const devMailboxEnabled =
  !env.RESEND_API_KEY && (env.NODE_ENV !== "production" || env.DEV_MAILBOX === "1");
