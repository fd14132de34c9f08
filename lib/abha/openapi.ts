import { defineOperation } from "@/lib/api/operation";
import { userIdParamsSchema } from "@/lib/users/schemas";
import {
  abhaOtpSentSchema,
  abhaSchema,
  linkAbhaSchema,
  requestAbhaOtpSchema,
  verifyAbhaOtpSchema,
} from "./schemas";

const verification =
  "Verification needs ABDM credentials on the server; without them these answer 503 and links stay unverified.";

/** The ABHA link operations: the declarations apiRoute serves and the document lists. */
export const abhaOperations = {
  get: defineOperation({
    method: "get",
    path: "/users/{id}/abha",
    summary: "Your ABHA link, and whether ABDM has verified it",
    tag: "Users",
    auth: "user",
    params: userIdParamsSchema,
    response: { status: 200, schema: abhaSchema },
    errors: [404],
  }),
  link: defineOperation({
    method: "put",
    path: "/users/{id}/abha",
    summary:
      "Link an ABHA number (14 digits, hyphens optional) and/or address (handle@abdm), unverified",
    description:
      "The link is stored unverified (`verified: false`) until it is proved by an OTP from ABDM " +
      "(POST /users/{id}/abha/otp, then /verify). An unverified link blocks nobody and says " +
      "nothing about other accounts: two accounts may claim the same ABHA unverified. Changing a " +
      "verified link makes it unverified again.",
    tag: "Users",
    auth: "user",
    params: userIdParamsSchema,
    body: linkAbhaSchema,
    response: { status: 200, schema: abhaSchema },
    errors: [404],
  }),
  unlink: defineOperation({
    method: "delete",
    path: "/users/{id}/abha",
    summary: "Unlink your ABHA number and address",
    tag: "Users",
    auth: "user",
    params: userIdParamsSchema,
    response: { status: 200, schema: abhaSchema },
    errors: [404],
  }),
  requestOtp: defineOperation({
    method: "post",
    path: "/users/{id}/abha/otp",
    summary: "Ask ABDM to text an OTP to the mobile registered with an ABHA number or address",
    description: `Give either abhaNumber or abhaAddress. Then send the code to /verify within 10 minutes; a new request replaces the last. Limited per user (429). ${verification}`,
    tag: "Users",
    auth: "user",
    params: userIdParamsSchema,
    body: requestAbhaOtpSchema,
    response: { status: 200, schema: abhaOtpSentSchema },
    errors: [404, 429, 503],
  }),
  verifyOtp: defineOperation({
    method: "post",
    path: "/users/{id}/abha/verify",
    summary: "Prove the ABHA is yours with the OTP from ABDM: the link becomes verified",
    description: `The link then holds the ABHA number and address ABDM names, marked verified. A verified ABHA belongs to one account: 409 when it is verified on another SwasthAI account (said only after the OTP proved it yours). A wrong or expired code is 422 on otp; every attempt counts towards a per-user limit (429). ${verification}`,
    tag: "Users",
    auth: "user",
    params: userIdParamsSchema,
    body: verifyAbhaOtpSchema,
    response: { status: 200, schema: abhaSchema },
    errors: [404, 409, 429, 503],
  }),
};
