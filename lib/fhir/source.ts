import type { AppointmentStatus, ConsultationType } from "@/db/schema/appointments";
import type { HealthRecordType } from "@/db/schema/health-records";
import type { HealthProfileDto } from "@/lib/health-profile/schemas";

/**
 * What the FHIR export is built from: the account export's own sections (lib/account parts of
 * users, health-profile, appointments and health-records), plus each appointment's clinic time
 * zone. Plain data, so the mappers in ./bundle.ts stay pure.
 */
export interface FhirSource {
  user: { id: string; fullName: string; email: string; phone: string | null };
  healthProfile: Pick<
    HealthProfileDto,
    | "conditions"
    | "allergies"
    | "medications"
    | "heightCm"
    | "weightKg"
    | "bloodPressure"
    | "bloodGroup"
    | "dateOfBirth"
    | "gender"
    | "city"
    | "emergencyContact"
    | "abha"
    | "updatedAt"
  >;
  appointments: FhirAppointmentSource[];
  healthRecords: FhirRecordSource[];
}

export interface FhirAppointmentSource {
  id: string;
  doctorId: string;
  doctorName: string;
  /** Clinic-local date and start time, in `timezone`. */
  date: string;
  time: string;
  timezone: string;
  durationMinutes: number;
  consultationType: ConsultationType;
  status: AppointmentStatus;
  symptoms: string | null;
  chiefComplaint: string | null;
}

export interface FhirRecordSource {
  id: string;
  recordType: HealthRecordType;
  title: string;
  description: string | null;
  documentDate: string | null;
  doctorName: string | null;
  hospitalName: string | null;
  /** Null for an entry without a file. */
  mimeType: string | null;
  sizeBytes: number | null;
  createdAt: Date;
}
