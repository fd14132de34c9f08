import { z } from "zod";
import { healthRecordTypes } from "@/db/schema/health-records";
import { appointmentSchema } from "@/lib/appointments/schemas";
import { notificationSchema } from "@/lib/notifications/schemas";

/** The home is only ever the caller's own: `/users/me/home`. */
export const homeParamsSchema = z.object({ id: z.literal("me").describe('always "me"') });

/** What the patient home (#1) shows; built by getPatientHome for the signed-in actor only. */
export const patientHomeSchema = z.object({
  fullName: z.string(),
  upcoming: z.array(appointmentSchema).describe("my next two live appointments, soonest first"),
  upcomingTotal: z.number().int().describe("how many upcoming appointments I have in all"),
  unreadNotifications: z.number().int(),
  latestNotifications: z.array(notificationSchema).describe("my three newest, read or not"),
  profileCompleteness: z
    .number()
    .int()
    .min(0)
    .max(100)
    .describe("the share of the eight health profile facts filled in, in percent"),
  onboardingComplete: z.boolean(),
  abhaLinked: z.boolean().describe("a verified ABHA link (an unverified claim is false)"),
  latestRecord: z
    .object({
      id: z.uuid(),
      title: z.string(),
      recordType: z.enum(healthRecordTypes),
      date: z.string().describe("YYYY-MM-DD: the document's date, else the (India) upload day"),
    })
    .nullable(),
});
export type PatientHomeDto = z.infer<typeof patientHomeSchema>;
