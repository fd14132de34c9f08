import "server-only";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env, usesEmbeddedDatabase } from "@/lib/env";

let cached: string | undefined;

/**
 * The secret behind session cookies and access tokens. AUTH_SECRET wins; on the embedded database
 * (a laptop demo) one is generated once and kept in .data/ so sessions survive restarts. A
 * production server on PostgreSQL without AUTH_SECRET refuses to start.
 */
export function authSecret(): string {
  if (cached) return cached;
  if (env.AUTH_SECRET) return (cached = env.AUTH_SECRET);
  if (!usesEmbeddedDatabase && env.NODE_ENV === "production") {
    throw new Error(
      "AUTH_SECRET is not set. Generate one with `openssl rand -base64 32` and set it.",
    );
  }
  if (env.NODE_ENV === "test") return (cached = "test-secret-for-vitest-only-0123456789");
  const file = path.resolve(".data", "auth-secret");
  if (existsSync(file)) return (cached = readFileSync(file, "utf8").trim());
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600);
  return (cached = secret);
}
