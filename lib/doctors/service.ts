import "server-only";
import { and, eq } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { translateDbErrors, type DbErrorMap } from "@/db/errors";
import { doctors, facilities, users, type NewDoctorRow } from "@/db/schema";
import { localDateTime } from "@/lib/appointments/zoned-time";
import { replaceTimeOffFrom, replaceWeeklyHours } from "@/lib/availability/queries";
import type { Actor } from "@/lib/auth/actor";
import { doctorChanged } from "@/lib/cache/public-pages";
import { foundOr } from "@/lib/access/owner";
import { AppError, type FieldError } from "@/lib/errors";
import { consultationModeIssues } from "./policy";
import type {
  ClinicInput,
  CreateDoctorProfileInput,
  DoctorProfileDto,
  UpdateDoctorProfileInput,
} from "./schemas";
import { loadDoctorProfileView } from "./queries";

const alreadyADoctor = (cause?: unknown) =>
  new AppError("conflict", "You already have a doctor profile.", { cause });
const licenceTaken = (cause?: unknown) =>
  new AppError("conflict", "This licence number is already registered to a doctor.", { cause });

/** Races the pre-checks cannot see (two requests at once) end at the unique indexes: same answers. */
const conflicts: DbErrorMap = {
  doctors_user_id_uniq: (_info, cause) => alreadyADoctor(cause),
  doctors_license_number_uniq: (_info, cause) => licenceTaken(cause),
};

const invalid = (errors: FieldError[]) =>
  new AppError("validation_failed", "The body is invalid.", { errors });

const today = (now: Date, timezone: string) => localDateTime(now, timezone).date;

/**
 * "Become a doctor": creates the actor's doctor profile (and their clinic, when given) as
 * `pending`, so it is neither listed nor bookable until an admin verifies it, and makes a patient's
 * role `doctor`, in one transaction. 409 when the actor already has a profile or the licence
 * number (compared without spaces and case) is taken. The role needs no new session: sessions and
 * tokens carry only the user and session version, and the role is read on every request.
 */
export async function createDoctorProfile(
  actor: Actor,
  input: CreateDoctorProfileInput,
  options: { now?: Date } = {},
): Promise<DoctorProfileDto> {
  const now = options.now ?? new Date();
  return translateDbErrors(
    () =>
      db.transaction(async (tx) => {
        const [mine] = await tx
          .select({ id: doctors.id })
          .from(doctors)
          .where(eq(doctors.userId, actor.userId))
          .limit(1);
        if (mine) throw alreadyADoctor();
        const [taken] = await tx
          .select({ id: doctors.id })
          .from(doctors)
          .where(eq(doctors.licenseNumber, input.licenseNumber))
          .limit(1);
        if (taken) throw licenceTaken();

        const facilityId = input.clinic
          ? await saveOwnClinic(tx, actor.userId, null, input.clinic)
          : null;
        const [created] = await tx
          .insert(doctors)
          .values({
            userId: actor.userId,
            specialty: input.specialty,
            licenseNumber: input.licenseNumber,
            registrationCouncil: input.registrationCouncil,
            qualification: input.qualification,
            experienceYears: input.experienceYears,
            feeOnline: input.feeOnline ?? null,
            feeOffline: input.feeOffline ?? null,
            offersOnline: input.offersOnline,
            offersOffline: input.offersOffline,
            languages: input.languages,
            bio: input.bio ?? null,
            gender: input.gender ?? null,
            facilityId,
            verificationStatus: "pending",
          })
          .returning({ id: doctors.id, timezone: doctors.timezone });
        // Only a patient becomes a doctor: an admin who also practises keeps the admin role.
        await tx
          .update(users)
          .set({ role: "doctor" })
          .where(and(eq(users.id, actor.userId), eq(users.role, "patient")));
        return loadDoctorProfileView(tx, created!.id, today(now, created!.timezone));
      }),
    conflicts,
  );
}

const profileFields = [
  "specialty",
  "licenseNumber",
  "registrationCouncil",
  "qualification",
  "experienceYears",
  "feeOnline",
  "feeOffline",
  "offersOnline",
  "offersOffline",
  "languages",
  "bio",
  "gender",
] as const satisfies ReadonlyArray<keyof UpdateDoctorProfileInput & keyof NewDoctorRow>;

interface CurrentProfile {
  specialty: string;
  licenseNumber: string;
  registrationCouncil: string | null;
  verificationStatus: string;
  offersOnline: boolean;
  offersOffline: boolean;
  feeOnline: string | null;
  feeOffline: string | null;
}

/** Why `input` cannot be applied to `current` as of `day` (the doctor's today); [] when it can. */
function updateIssues(
  current: CurrentProfile,
  input: UpdateDoctorProfileInput,
  day: string,
): FieldError[] {
  const errors: FieldError[] = [];
  if (current.verificationStatus === "verified") {
    const locked = "cannot be changed once the profile is verified; contact support to change it";
    if (input.specialty !== undefined && input.specialty !== current.specialty) {
      errors.push({ path: "specialty", message: locked });
    }
    if (input.licenseNumber !== undefined && input.licenseNumber !== current.licenseNumber) {
      errors.push({ path: "licenseNumber", message: locked });
    }
    if (
      input.registrationCouncil !== undefined &&
      input.registrationCouncil !== current.registrationCouncil
    ) {
      errors.push({ path: "registrationCouncil", message: locked });
    }
  }
  const merged = {
    offersOnline: input.offersOnline ?? current.offersOnline,
    offersOffline: input.offersOffline ?? current.offersOffline,
    feeOnline: input.feeOnline === undefined ? current.feeOnline : input.feeOnline,
    feeOffline: input.feeOffline === undefined ? current.feeOffline : input.feeOffline,
  };
  for (const issue of consultationModeIssues(merged)) {
    errors.push({ path: issue.path.join("."), message: issue.message });
  }
  input.timeOff?.forEach((range, i) => {
    if (range.endsOn < day) errors.push({ path: `timeOff.${i}.endsOn`, message: "is in the past" });
  });
  return errors;
}

/**
 * Updates the actor's own doctor profile (anyone else's, an admin's request included, is
 * not_found): the fields sent, the clinic, and, when sent, the whole weekly template and the
 * current and future time off, in one transaction; returns the owner's view. Specialty and licence
 * number are fixed once verified (422). Appointments already booked stay booked when hours change.
 */
export async function updateDoctorProfile(
  actor: Actor,
  doctorUuid: string,
  input: UpdateDoctorProfileInput,
  options: { now?: Date } = {},
): Promise<DoctorProfileDto> {
  const now = options.now ?? new Date();
  const profile = await translateDbErrors(
    () =>
      db.transaction(async (tx) => {
        const [mine] = await tx
          .select({
            id: doctors.id,
            specialty: doctors.specialty,
            licenseNumber: doctors.licenseNumber,
            registrationCouncil: doctors.registrationCouncil,
            verificationStatus: doctors.verificationStatus,
            offersOnline: doctors.offersOnline,
            offersOffline: doctors.offersOffline,
            feeOnline: doctors.feeOnline,
            feeOffline: doctors.feeOffline,
            facilityId: doctors.facilityId,
            timezone: doctors.timezone,
          })
          .from(doctors)
          .where(and(eq(doctors.uuid, doctorUuid), eq(doctors.userId, actor.userId)))
          .limit(1)
          .for("update");
        // Someone else's profile is filtered out by the where clause above: not_found alike.
        const current = foundOr(mine, "doctor");
        const day = today(now, current.timezone);
        const errors = updateIssues(current, input, day);
        if (errors.length > 0) throw invalid(errors);

        const changes: Partial<NewDoctorRow> = { updatedAt: new Date() };
        for (const field of profileFields) {
          if (input[field] !== undefined) Object.assign(changes, { [field]: input[field] });
        }
        if (input.clinic !== undefined) {
          changes.facilityId =
            input.clinic === null
              ? null
              : await saveOwnClinic(tx, actor.userId, current.facilityId, input.clinic);
        }
        await tx.update(doctors).set(changes).where(eq(doctors.id, current.id));

        if (input.availability) await replaceWeeklyHours(tx, current.id, input.availability);
        if (input.timeOff) await replaceTimeOffFrom(tx, current.id, day, input.timeOff);
        return loadDoctorProfileView(tx, current.id, day);
      }),
    conflicts,
  );
  doctorChanged(doctorUuid);
  return profile;
}

const coordinate = (n: number) => n.toFixed(6);

/**
 * Writes a doctor's clinic inside the caller's transaction and returns its facility id. The
 * doctor's own clinic (a facility they own) is edited in place; otherwise, e.g. when the profile
 * points at a hospital other doctors share, a new unverified clinic owned by the doctor is created,
 * so editing one profile never moves another doctor. `doctors.city_lower` follows by trigger.
 */
export async function saveOwnClinic(
  tx: Tx,
  ownerUserId: number,
  currentFacilityId: number | null,
  clinic: ClinicInput,
): Promise<number> {
  const values = {
    name: clinic.name,
    addressLine: clinic.addressLine ?? null,
    area: clinic.area ?? null,
    city: clinic.city,
    state: clinic.state ?? null,
    pincode: clinic.pincode ?? null,
    latitude: coordinate(clinic.latitude),
    longitude: coordinate(clinic.longitude),
  };
  if (currentFacilityId !== null) {
    const [updated] = await tx
      .update(facilities)
      .set(values)
      .where(and(eq(facilities.id, currentFacilityId), eq(facilities.ownerUserId, ownerUserId)))
      .returning({ id: facilities.id });
    if (updated) return updated.id;
  }
  const [created] = await tx
    .insert(facilities)
    .values({ ...values, type: "clinic", category: "private", ownerUserId, verified: false })
    .returning({ id: facilities.id });
  return created!.id;
}
