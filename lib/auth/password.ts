import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id at OWASP's 19 MiB / 2 iterations / 1 lane, tuned to 100-300 ms on a 2-core box.
const options = {
  algorithm: 2, // Algorithm.Argon2id (a const enum, unusable under isolatedModules)
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Hashes a password with argon2id (PHC string, salt included). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** Constant-time check of a password against a PHC hash; false on a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
