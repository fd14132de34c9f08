import { z } from "zod";
import { localeValues, roleValues } from "@/lib/validation/enums";
import { hasNoNul, personName } from "@/lib/validation/fields";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: "Enter a valid email address." }));

/** 8..128 characters from at least two classes (lower, upper, digit, other). */
export const passwordSchema = z
  .string()
  .min(8, "Use at least 8 characters.")
  .max(128, "Use at most 128 characters.")
  .refine(hasNoNul, "Password contains an invalid character.")
  .refine(
    (p) => [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((r) => r.test(p)).length >= 2,
    "Mix at least two of: lower-case letters, capitals, digits, symbols.",
  );

/** An Indian mobile number, stored as +91XXXXXXXXXX. */
export const indianMobileSchema = z
  .string()
  .trim()
  .transform((s) => s.replace(/[\s-]/g, "").replace(/^(\+91|0091|0)/, ""))
  .refine((s) => /^[6-9][0-9]{9}$/.test(s), "Enter a 10-digit Indian mobile number.")
  .transform((s) => `+91${s}`);

export const registerSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  fullName: personName(100, "Enter your name."),
  phone: indianMobileSchema.optional(),
  locale: z
    .enum(localeValues)
    .optional()
    .describe(
      "the account's language, for its mails, texts and notifications; defaults to the request's (NEXT_LOCALE cookie, else Accept-Language)",
    ),
});
export type RegisterInput = z.infer<typeof registerSchema>;

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(128).refine(hasNoNul),
});
export type LoginInput = z.infer<typeof loginSchema>;

const opaqueToken = z
  .string()
  .trim()
  .min(20)
  .max(200)
  .regex(/^[\w-]+$/, "This link is invalid.");

export const refreshSchema = z.object({ refreshToken: opaqueToken });
export const logoutSchema = z.object({
  refreshToken: opaqueToken.optional(),
  all: z.boolean().optional(),
});
export const forgotPasswordSchema = z.object({ email: emailSchema });
export const resetPasswordSchema = z.object({ token: opaqueToken, password: passwordSchema });
export const verifyEmailSchema = z.object({ token: opaqueToken });

export const authUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  fullName: z.string(),
  phone: z.string().nullable(),
  role: z.enum(roleValues),
  locale: z.enum(localeValues),
  emailVerified: z.boolean(),
  doctorId: z.uuid().nullable(),
});
export type AuthUserDto = z.infer<typeof authUserSchema>;

export const tokenPairSchema = z.object({
  user: authUserSchema,
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresIn: z.number().int().describe("seconds until the access token expires"),
});
export type TokenPair = z.infer<typeof tokenPairSchema>;
