import { z } from "zod";
import { pageMetaSchema } from "@/lib/api/pagination";
import {
  authUserSchema,
  forgotPasswordSchema,
  loginSchema,
  logoutSchema,
  refreshSchema,
  registerSchema,
  resetPasswordSchema,
  tokenPairSchema,
  verifyEmailSchema,
} from "@/lib/auth/schemas";
import {
  doctorDetailSchema,
  doctorIdParamsSchema,
  doctorListQuerySchema,
  doctorSummarySchema,
} from "@/lib/doctors/schemas";
import { userOperations } from "@/lib/users/openapi";
import { appointmentOperations } from "@/lib/appointments/openapi";
import { ratingOperations } from "@/lib/ratings/openapi";
import { doctorProfileOperations } from "@/lib/doctors/openapi";

/** One documented operation; the schemas are the very ones the route validates with. */
export interface Operation {
  method: "get" | "post" | "put" | "delete";
  path: string;
  summary: string;
  /** Longer prose (rules, side effects, who may call it) when the summary cannot hold it. */
  description?: string;
  tag: string;
  auth: "none" | "optional" | "user" | "admin";
  query?: z.ZodType;
  params?: z.ZodType;
  body?: z.ZodType;
  response?: { status: number; schema?: z.ZodType; list?: boolean; description?: string };
  errors: number[];
}

const healthSchema = z.object({ status: z.literal("ok") });
const readySchema = z.object({
  status: z.literal("ready"),
  database: z.enum(["pglite", "postgres"]),
  latencyMs: z.number(),
});

const messageSchema = z.object({ message: z.string() });

export const operations: Operation[] = [
  {
    method: "post",
    path: "/auth/register",
    summary: "Create a patient account; sends a verification mail",
    tag: "Auth",
    auth: "none",
    body: registerSchema,
    response: { status: 201, schema: tokenPairSchema },
    errors: [409, 429],
  },
  {
    method: "post",
    path: "/auth/login",
    summary: "Sign in with email and password",
    tag: "Auth",
    auth: "none",
    body: loginSchema,
    response: { status: 200, schema: tokenPairSchema },
    errors: [401, 429],
  },
  {
    method: "post",
    path: "/auth/refresh",
    summary: "Rotate a refresh token for a new pair (reuse revokes the family)",
    tag: "Auth",
    auth: "none",
    body: refreshSchema,
    response: { status: 200, schema: tokenPairSchema },
    errors: [401, 429],
  },
  {
    method: "post",
    path: "/auth/logout",
    summary: "Revoke a refresh token's session, or all sessions with all=true",
    tag: "Auth",
    auth: "optional",
    body: logoutSchema,
    response: { status: 204, description: "Signed out" },
    errors: [401],
  },
  {
    method: "post",
    path: "/auth/forgot-password",
    summary: "Mail a reset link (always 202)",
    tag: "Auth",
    auth: "none",
    body: forgotPasswordSchema,
    response: { status: 202, schema: messageSchema },
    errors: [429],
  },
  {
    method: "post",
    path: "/auth/reset-password",
    summary: "Set a new password with a mailed token; ends all sessions",
    tag: "Auth",
    auth: "none",
    body: resetPasswordSchema,
    response: { status: 200, schema: messageSchema },
    errors: [],
  },
  {
    method: "post",
    path: "/auth/verify-email",
    summary: "Verify the email address with a mailed token",
    tag: "Auth",
    auth: "none",
    body: verifyEmailSchema,
    response: { status: 200, schema: messageSchema },
    errors: [],
  },
  {
    method: "get",
    path: "/auth/me",
    summary: "The signed-in user",
    tag: "Auth",
    auth: "user",
    response: { status: 200, schema: authUserSchema },
    errors: [],
  },
  {
    method: "get",
    path: "/health",
    summary: "Liveness",
    tag: "System",
    auth: "none",
    response: { status: 200, schema: healthSchema },
    errors: [],
  },
  {
    method: "get",
    path: "/health/ready",
    summary: "Readiness: the database answers",
    tag: "System",
    auth: "none",
    response: { status: 200, schema: readySchema },
    errors: [503],
  },
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
  ...doctorProfileOperations,
  ...userOperations,
  ...appointmentOperations,
  ...ratingOperations,
];

export { pageMetaSchema };
