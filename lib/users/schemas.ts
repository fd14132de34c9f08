import { z } from "zod";
import { localeValues, roleValues } from "@/lib/validation/enums";
import { linkAbhaSchema } from "@/lib/abha/schemas";
import { personalDetailsSchema, updateHealthProfileSchema } from "@/lib/health-profile/schemas";
import { clearableIndianMobile, personName } from "@/lib/validation/fields";
import { uuidSchema } from "@/lib/validation/ids";

/** `:id` of /users/:id — "me" or a user's public UUID. */
export const userIdOrMeSchema = z
  .union([z.literal("me"), uuidSchema])
  .describe('"me" or a user id (UUID); other users are visible to admins only');

export const userIdParamsSchema = z.object({ id: userIdOrMeSchema });

/** The export is only ever of the caller's own data: `/users/me/export`. */
export const exportParamsSchema = z.object({ id: z.literal("me").describe('always "me"') });

/** `?format=`: the JSON export (default) or a FHIR R4 Bundle (`application/fhir+json`). */
export const exportQuerySchema = z.object({
  format: z
    .enum(["json", "fhir"])
    .default("json")
    .describe(
      "`json` (default): SwasthAI's own export document; `fhir`: a FHIR R4 `collection` Bundle as `application/fhir+json`",
    ),
});

/** `PUT /users/:id` and the profile form. Every field is optional; null or "" clears a clearable one. */
export const updateUserSchema = z.object({
  fullName: personName(100).optional(),
  phone: clearableIndianMobile.optional(),
  locale: z.enum(localeValues).optional(),
  ...personalDetailsSchema.shape,
});
export type UpdateUserInput = z.output<typeof updateUserSchema>;

/** The profile page's personal-details form: the account, personal details, blood group and emergency contact. */
export const saveProfileSchema = updateUserSchema.extend(
  updateHealthProfileSchema.pick({ bloodGroup: true, emergencyContact: true }).shape,
);
export type SaveProfileInput = z.output<typeof saveProfileSchema>;

/** Onboarding step "basics": about you. */
export const onboardingBasicsSchema = updateHealthProfileSchema.pick({
  age: true,
  gender: true,
  city: true,
  emergencyContact: true,
});
/** Onboarding step "health": blood group, conditions, allergies. */
export const onboardingHealthSchema = updateHealthProfileSchema.pick({
  bloodGroup: true,
  conditions: true,
  allergies: true,
});
/** Onboarding step "finish": the ABHA link, when one was given. */
export const onboardingFinishSchema = z.object({ abha: linkAbhaSchema.optional() });
export type OnboardingStepInputs = {
  basics: z.output<typeof onboardingBasicsSchema>;
  health: z.output<typeof onboardingHealthSchema>;
  finish: z.output<typeof onboardingFinishSchema>;
};

/** `DELETE /users/:id`: the account's password (required for accounts that have one). */
export const deleteUserSchema = z.object({
  password: z.string().max(128, "must be at most 128 characters").optional(),
});
export type DeleteUserInput = z.output<typeof deleteUserSchema>;

/** The user as the API and pages see it: never a hash, token or internal id. */
export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  fullName: z.string(),
  phone: z.string().nullable().describe("+91XXXXXXXXXX"),
  phoneVerified: z
    .boolean()
    .describe("proved by a texted code (POST /users/me/phone/verification); signs in by SMS"),
  role: z.enum(roleValues),
  locale: z.enum(localeValues),
  emailVerified: z.boolean(),
  photoUrl: z.string().nullable().describe("path of the photo route; null when there is no photo"),
  createdAt: z.iso.datetime({ offset: true }),
  doctorId: z.uuid().nullable().optional().describe("the doctor profile's id, for doctors"),
});
export type UserDto = z.infer<typeof userSchema>;

/** Profile photos: at most 2 MB, JPEG, PNG or WebP by content. */
export const maxPhotoBytes = 2 * 1024 * 1024;
/** The multipart body may carry a little more than the file (boundaries, headers). */
export const maxPhotoRequestBytes = maxPhotoBytes + 100 * 1024;

/** `GET /users/me/export` (documentation shape; every section is a list of plain objects). */
const section = z.array(z.record(z.string(), z.unknown()));
export const userExportSchema = z.object({
  format: z.literal("swasthai-export/1"),
  exportedAt: z.iso.datetime({ offset: true }),
  user: z.record(z.string(), z.unknown()),
  healthProfile: z.record(z.string(), z.unknown()),
  linkedAccounts: section,
  browserSessions: section.describe("when each browser signed in, was last seen and signed out"),
  addresses: section,
  appointments: section,
  prescriptions: section,
  healthRecords: section.describe(
    "metadata only; download files from /health-records/{id}/download",
  ),
  medicineOrders: section,
  cart: section.describe("the pharmacy cart: medicine and quantity"),
  labBookings: section,
  forumPosts: section,
  forumReplies: section,
  ratings: section,
  symptomChecks: section,
  notifications: section,
  notificationPreferences: z.record(z.string(), z.unknown()).nullable(),
  pushSubscriptions: section.describe("browsers subscribed to web push (endpoints, no keys)"),
  notificationDeliveries: section.describe(
    "mail, SMS and push sent or tried: channel, status, when",
  ),
  recordShares: section,
  recordAccessLog: section,
  savedArticles: section,
  articleComments: section,
  coachConversations: section,
  payments: section,
  supportTickets: section,
  supportTicketMessages: section,
  emergencyRequests: section,
});
