import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";

const healthSchema = z.object({ status: z.literal("ok") });
const readySchema = z.object({
  status: z.literal("ready"),
  database: z.enum(["pglite", "postgres"]),
  latencyMs: z.number(),
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
    summary: "Readiness: the database answers",
    tag: "System",
    auth: "none",
    response: { status: 200, schema: readySchema },
    outsideGlobalLimit: "a readiness probe; a flood must not take the instance out of service",
    errors: [503],
  }),
};
