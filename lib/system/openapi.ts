import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";

const healthSchema = z.object({ status: z.literal("ok") });
const checkSchema = z.object({
  status: z.enum(["up", "degraded", "down"]),
  required: z.boolean(),
  adapter: z.string(),
  latencyMs: z.number().optional(),
  error: z.string().optional(),
});
const readySchema = z.object({
  status: z.literal("ready"),
  shuttingDown: z.literal(false),
  checks: z.object({
    database: checkSchema,
    rateLimit: checkSchema,
    mail: checkSchema,
    files: checkSchema,
    sms: checkSchema,
    deliveries: checkSchema.extend({
      overdue: z.number().int().optional(),
      threshold: z.number().int(),
    }),
  }),
});

/** Liveness and readiness: the declarations apiRoute serves and the OpenAPI document lists. */
export const systemOperations = {
  health: defineOperation({
    method: "get",
    path: "/health",
    summary: "Liveness",
    tag: "System",
    auth: "none",
    response: { status: 200, schema: healthSchema },
    outsideGlobalLimit: "a liveness probe; a flood must not get the instance restarted",
    errors: [],
  }),
  ready: defineOperation({
    method: "get",
    path: "/health/ready",
    summary: "Readiness: each dependency, and whether this instance should take traffic",
    description:
      "Probes every dependency side by side, each within 2 seconds: the database (driver pglite or postgres), the rate-limit store (upstash, pinged over its REST API, or in-process), mail (resend or outbox), files (local: the upload directory is writable; uploadthing or s3: configured), SMS (twilio, msg91 or outbox) and the delivery backlog (messages pending more than 15 minutes after they were due; degraded above the threshold). 200 when the required checks (the database, and Upstash when configured) are up; otherwise, or once the server has been told to stop (SIGTERM: it finishes the requests it has), 503 problem+json that lists the same `checks`. Errors are fixed phrases: never a host, a user or a key.",
    tag: "System",
    auth: "none",
    response: { status: 200, schema: readySchema },
    outsideGlobalLimit: "a readiness probe; a flood must not take the instance out of service",
    errors: [503],
  }),
};
