import { z } from "zod";
import { pageMetaSchema } from "@/lib/api/pagination";
import { doctorDetailSchema, doctorIdParamsSchema, doctorListQuerySchema, doctorSummarySchema } from "@/lib/doctors/schemas";
import { userOperations } from "@/lib/users/operations";

/** One documented operation; the schemas are the very ones the route validates with. */
export interface Operation {
  method: "get" | "post" | "put" | "delete";
  path: string;
  summary: string;
  tag: string;
  auth: "none" | "optional" | "user" | "admin";
  query?: z.ZodType;
  params?: z.ZodType;
  body?: z.ZodType;
  response?: { status: number; schema?: z.ZodType; list?: boolean; description?: string };
  errors: number[];
}

const healthSchema = z.object({ status: z.literal("ok") });
const readySchema = z.object({ status: z.literal("ready"), database: z.enum(["pglite", "postgres"]), latencyMs: z.number() });

export const operations: Operation[] = [
  { method: "get", path: "/health", summary: "Liveness", tag: "System", auth: "none", response: { status: 200, schema: healthSchema }, errors: [] },
  { method: "get", path: "/health/ready", summary: "Readiness: the database answers", tag: "System", auth: "none", response: { status: 200, schema: readySchema }, errors: [503] },
  {
    method: "get",
    path: "/doctors",
    summary: "Search verified doctors",
    tag: "Doctors",
    auth: "optional",
    query: doctorListQuerySchema,
    response: { status: 200, schema: doctorSummarySchema, list: true },
    errors: [422],
  },
  {
    method: "get",
    path: "/doctors/{id}",
    summary: "A verified doctor's public profile",
    tag: "Doctors",
    auth: "optional",
    params: doctorIdParamsSchema,
    response: { status: 200, schema: doctorDetailSchema },
    errors: [404],
  },
  ...userOperations,
];

export { pageMetaSchema };
