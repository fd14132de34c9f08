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
    errors: [],
  }),
  ready: defineOperation({
    method: "get",
    path: "/health/ready",
    summary: "Readiness: the database answers",
    tag: "System",
    auth: "none",
    response: { status: 200, schema: readySchema },
    errors: [503],
  }),
};
