import { z } from "zod";
import { indianMobileSchema } from "../schemas";

/** Six digits, as typed (spaces allowed between them: some people copy "123 456"). */
export const otpCodeSchema = z
  .string()
  .transform((s) => s.replace(/\s/g, ""))
  .refine((s) => /^[0-9]{6}$/.test(s), "Enter the 6-digit code.");

export const otpRequestSchema = z.object({ phone: indianMobileSchema });
export type OtpRequestInput = z.infer<typeof otpRequestSchema>;

export const otpVerifySchema = z.object({ phone: indianMobileSchema, code: otpCodeSchema });
export type OtpVerifyInput = z.infer<typeof otpVerifySchema>;

/** The one answer to every accepted code request, whoever owns the number. */
export const otpRequestedSchema = z.object({
  message: z.string(),
  expiresInSeconds: z.number().int(),
  resendAfterSeconds: z.number().int(),
});
export type OtpRequestedDto = z.infer<typeof otpRequestedSchema>;

export const phoneVerificationSchema = z.object({
  phone: z.string().describe("+91XXXXXXXXXX"),
  verified: z.boolean(),
});
export type PhoneVerificationDto = z.infer<typeof phoneVerificationSchema>;
