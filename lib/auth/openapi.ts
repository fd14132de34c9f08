import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
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
} from "./schemas";

const messageSchema = z.object({ message: z.string() });

/** The Auth operations: the declarations apiRoute serves and the OpenAPI document lists. */
export const authOperations = {
  register: defineOperation({
    method: "post",
    path: "/auth/register",
    summary: "Create a patient account; sends a verification mail",
    tag: "Auth",
    auth: "none",
    body: registerSchema,
    response: { status: 201, schema: tokenPairSchema },
    errors: [409, 429],
  }),
  login: defineOperation({
    method: "post",
    path: "/auth/login",
    summary: "Sign in with email and password",
    tag: "Auth",
    auth: "none",
    body: loginSchema,
    response: { status: 200, schema: tokenPairSchema },
    errors: [401, 429],
  }),
  refresh: defineOperation({
    method: "post",
    path: "/auth/refresh",
    summary: "Rotate a refresh token for a new pair (reuse revokes the family)",
    tag: "Auth",
    auth: "none",
    body: refreshSchema,
    response: { status: 200, schema: tokenPairSchema },
    errors: [401, 429],
  }),
  logout: defineOperation({
    method: "post",
    path: "/auth/logout",
    summary:
      "End a refresh token's session (or the calling browser's), or all sessions with all=true",
    tag: "Auth",
    auth: "optional",
    body: logoutSchema,
    response: { status: 204, description: "Signed out" },
    errors: [401],
  }),
  forgotPassword: defineOperation({
    method: "post",
    path: "/auth/forgot-password",
    summary: "Mail a reset link (always 202)",
    tag: "Auth",
    auth: "none",
    body: forgotPasswordSchema,
    response: { status: 202, schema: messageSchema },
    errors: [429],
  }),
  resetPassword: defineOperation({
    method: "post",
    path: "/auth/reset-password",
    summary: "Set a new password with a mailed token; ends all sessions",
    tag: "Auth",
    auth: "none",
    body: resetPasswordSchema,
    response: { status: 200, schema: messageSchema },
    errors: [],
  }),
  verifyEmail: defineOperation({
    method: "post",
    path: "/auth/verify-email",
    summary: "Verify the email address with a mailed token",
    tag: "Auth",
    auth: "none",
    body: verifyEmailSchema,
    response: { status: 200, schema: messageSchema },
    errors: [],
  }),
  me: defineOperation({
    method: "get",
    path: "/auth/me",
    summary: "The signed-in user",
    tag: "Auth",
    auth: "user",
    response: { status: 200, schema: authUserSchema },
    errors: [],
  }),
};
