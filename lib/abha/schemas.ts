import { z } from "zod";
import { hasNoNul, noNulMessage } from "@/lib/validation/fields";
import { normaliseAbhaAddress, normaliseAbhaNumber } from "./format";

const numberMessage = "must be 14 digits, e.g. 91-2345-6789-0123 (hyphens and spaces are optional)";
const addressMessage =
  "must be an ABHA address like name@abdm (4-32 letters, digits, dots or underscores before @abdm; @sbx in the sandbox)";

export const abhaNumberSchema = z
  .string()
  .max(40, numberMessage)
  .refine(hasNoNul, noNulMessage)
  .transform((value, ctx) => {
    const digits = normaliseAbhaNumber(value);
    if (!digits) {
      ctx.addIssue({ code: "custom", message: numberMessage });
      return z.NEVER;
    }
    return digits;
  })
  .describe("14 digits, with or without hyphens or spaces");

export const abhaAddressSchema = z
  .string()
  .max(60, addressMessage)
  .refine(hasNoNul, noNulMessage)
  .transform((value, ctx) => {
    const address = normaliseAbhaAddress(value);
    if (!address) {
      ctx.addIssue({ code: "custom", message: addressMessage });
      return z.NEVER;
    }
    return address;
  })
  .describe("handle@abdm (or handle@sbx in the ABDM sandbox); case-insensitive");

/** `PUT /users/:id/abha`: an ABHA number, an ABHA address, or both. */
export const linkAbhaSchema = z
  .object({
    abhaNumber: abhaNumberSchema.optional(),
    abhaAddress: abhaAddressSchema.optional(),
  })
  .refine((v) => v.abhaNumber !== undefined || v.abhaAddress !== undefined, {
    message: "give abhaNumber or abhaAddress",
    path: ["abhaNumber"],
  });
export type LinkAbhaInput = z.output<typeof linkAbhaSchema>;

/** `POST /users/:id/abha/otp`: the one ABHA number or address to prove by an OTP from ABDM. */
export const requestAbhaOtpSchema = z
  .object({
    abhaNumber: abhaNumberSchema.optional(),
    abhaAddress: abhaAddressSchema.optional(),
  })
  .refine((v) => (v.abhaNumber === undefined) !== (v.abhaAddress === undefined), {
    message: "give either abhaNumber or abhaAddress, not both",
    path: ["abhaNumber"],
  });
export type RequestAbhaOtpInput = z.output<typeof requestAbhaOtpSchema>;

/** The OTP is on its way to the mobile registered with the ABHA. */
export const abhaOtpSentSchema = z.object({
  sentFor: z.enum(["abhaNumber", "abhaAddress"]),
  message: z.string().describe("ABDM's own words, naming the masked mobile"),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type AbhaOtpSentDto = z.infer<typeof abhaOtpSentSchema>;

const otpMessage = "must be the 6-digit code ABDM sent";

/** `POST /users/:id/abha/verify`: the code from the SMS. */
export const verifyAbhaOtpSchema = z.object({
  otp: z
    .string()
    .trim()
    .regex(/^\d{6}$/, otpMessage),
});
export type VerifyAbhaOtpInput = z.output<typeof verifyAbhaOtpSchema>;

/** The ABHA link as shown: the number formatted XX-XXXX-XXXX-XXXX. */
export const abhaSchema = z.object({
  linked: z.boolean(),
  abhaNumber: z.string().nullable().describe("XX-XXXX-XXXX-XXXX"),
  abhaAddress: z.string().nullable(),
  linkedAt: z.iso.datetime({ offset: true }).nullable(),
  verified: z
    .boolean()
    .describe(
      "true once ABDM confirmed by OTP that this ABHA is the person's; false: typed in, unproved",
    ),
  verifiedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type AbhaDto = z.infer<typeof abhaSchema>;
