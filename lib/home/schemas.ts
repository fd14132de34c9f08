import type { HealthRecordType } from "@/db/schema/health-records";
import type { AppointmentDto } from "@/lib/appointments/schemas";
import type { NotificationDto } from "@/lib/notifications/schemas";

/** What the patient home (#1) shows; built by getPatientHome for the signed-in actor only. */
export interface PatientHomeDto {
  fullName: string;
  /** The next two live appointments I booked, soonest first. */
  upcoming: AppointmentDto[];
  /** How many upcoming appointments I have in all ("View all"). */
  upcomingTotal: number;
  unreadNotifications: number;
  /** My three newest notifications, read or not. */
  latestNotifications: NotificationDto[];
  /** 0-100: the share of the eight health profile facts filled in. */
  profileCompleteness: number;
  onboardingComplete: boolean;
  /** A verified ABHA link (an unverified claim still shows the banner). */
  abhaLinked: boolean;
  latestRecord: {
    id: string;
    title: string;
    recordType: HealthRecordType;
    /** YYYY-MM-DD: the document's date, else the (India) day it was uploaded. */
    date: string;
  } | null;
}
