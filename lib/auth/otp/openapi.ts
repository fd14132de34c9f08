import { defineOperation } from "@/lib/api/operation";
import { userIdParamsSchema } from "@/lib/users/schemas";
import { tokenPairSchema } from "../schemas";
import {
  otpRequestedSchema,
  otpRequestSchema,
  otpVerifySchema,
  phoneVerificationSchema,
} from "./schemas";

const codeRules =
  "6 digits, valid 5 minutes, 5 tries; a new code replaces the last; a new one may be asked 30 seconds after the last (429 with Retry-After before that), 5 per number per hour.";

/** Phone sign-in and phone verification: the declarations apiRoute serves and OpenAPI lists. */
export const otpOperations = {
  request: defineOperation({
    method: "post",
    path: "/auth/otp/request",
    summary: "Text a sign-in code to a verified mobile number (always 202)",
    description: `The same answer whether or not an account verified the number; the SMS goes only to a number a live account verified. ${codeRules}`,
    tag: "Auth",
    auth: "none",
    body: otpRequestSchema,
    response: { status: 202, schema: otpRequestedSchema },
    errors: [429],
  }),
  verify: defineOperation({
    method: "post",
    path: "/auth/otp/verify",
    summary: "Sign in with the texted code: the same answer as /auth/login",
    description:
      "A wrong, expired, spent or exhausted code is one 401. Only after a right code: 404 when no live account verified the number (sign up, then verify it on the profile; phone sign-in never creates an account), 403 for a suspended account.",
    tag: "Auth",
    auth: "none",
    body: otpVerifySchema,
    response: { status: 200, schema: tokenPairSchema },
    errors: [401, 403, 404, 429],
  }),
  requestPhoneVerification: defineOperation({
    method: "post",
    path: "/users/{id}/phone/verification",
    summary: "Text a code to prove a mobile number is yours (`/users/me/phone/verification`)",
    description: `Your own account only. ${codeRules}`,
    tag: "Users",
    auth: "user",
    params: userIdParamsSchema,
    body: otpRequestSchema,
    response: { status: 202, schema: otpRequestedSchema },
    errors: [404, 429],
  }),
  confirmPhoneVerification: defineOperation({
    method: "post",
    path: "/users/{id}/phone/verification/confirm",
    summary: "Confirm the texted code: the number becomes your verified phone",
    description:
      "A wrong or expired code is 422 on `code`. 409 when another live account verified the number (said only after the code proved it yours). Changing the phone elsewhere makes it unverified again.",
    tag: "Users",
    auth: "user",
    params: userIdParamsSchema,
    body: otpVerifySchema,
    response: { status: 200, schema: phoneVerificationSchema },
    errors: [404, 409, 422],
  }),
};
