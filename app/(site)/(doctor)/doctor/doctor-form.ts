import "server-only";
import { errorTextFor } from "@/lib/actions/error-text";
import { failure } from "@/lib/actions/failure";
import { formNumber, formText } from "@/lib/actions/form-data";
import type { ActionResult } from "@/lib/actions/result";
import { AppError, isAppError } from "@/lib/errors";

/** The text fields of the doctor profile form (onboarding and /doctor/profile share it). */
export const doctorFormFields = [
  "licenseNumber",
  "registrationCouncil",
  "specialty",
  "qualification",
  "experienceYears",
  "feeOnline",
  "feeOffline",
  "languages",
  "bio",
  "gender",
  "clinicName",
  "clinicAddress",
  "clinicArea",
  "clinicCity",
  "clinicState",
  "clinicPincode",
  "latitude",
  "longitude",
] as const;

const clinicFields = {
  name: "clinicName",
  addressLine: "clinicAddress",
  area: "clinicArea",
  city: "clinicCity",
  state: "clinicState",
  pincode: "clinicPincode",
  latitude: "latitude",
  longitude: "longitude",
} as const;

/** The form as typed, handed back after a failure (checkboxes as "on"). */
export function doctorFormValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = Object.fromEntries(
    doctorFormFields.map((name) => [name, formText(form, name)]),
  );
  for (const box of ["offersOnline", "offersOffline"]) values[box] = form.has(box) ? "on" : "";
  return values;
}

/**
 * The form as the create/update schemas take it. Locked fields (disabled once verified) are not
 * sent and stay undefined; an empty clinic block is left out (unchanged).
 */
export function doctorFormInput(form: FormData): Record<string, unknown> {
  const v = doctorFormValues(form);
  const given = (name: string) => (form.has(name) ? v[name] : undefined);
  const clinicGiven = Object.values(clinicFields).some((name) => v[name] !== "");
  return {
    specialty: given("specialty"),
    licenseNumber: given("licenseNumber"),
    registrationCouncil: given("registrationCouncil"),
    qualification: v.qualification,
    experienceYears: formNumber(form, "experienceYears") ?? undefined,
    offersOnline: v.offersOnline === "on",
    offersOffline: v.offersOffline === "on",
    feeOnline: v.feeOnline || null,
    feeOffline: v.feeOffline || null,
    languages: v
      .languages!.split(/[,،]/)
      .map((s) => s.trim())
      .filter(Boolean),
    bio: v.bio,
    gender: v.gender,
    clinic: clinicGiven
      ? {
          name: v.clinicName,
          addressLine: v.clinicAddress,
          area: v.clinicArea,
          city: v.clinicCity,
          state: v.clinicState,
          pincode: v.clinicPincode || null,
          latitude: formNumber(form, "latitude"),
          longitude: formNumber(form, "longitude"),
        }
      : undefined,
  };
}

/** "clinic.pincode" -> "clinicPincode", so each message sits beside its own input. */
function toFormPaths(error: unknown): unknown {
  if (!isAppError(error) || !error.errors) return error;
  const errors = error.errors.map((e) => {
    const [head, sub] = e.path.split(".");
    const path =
      head === "clinic"
        ? (clinicFields[sub as keyof typeof clinicFields] ?? "clinicName")
        : (head ?? e.path);
    return { ...e, path };
  });
  return new AppError(error.code, error.detail, { errors });
}

/** A failed save as the form shows it, in the user's language. */
export async function doctorFormFailure(error: unknown, values: Record<string, string>) {
  const t = await errorTextFor("DoctorHome.errors", (key, tr) =>
    key.code === "conflict" && !key.path && key.detail?.includes("licence")
      ? tr("conflicts.licenseNumber")
      : undefined,
  );
  const result: ActionResult = failure(toFormPaths(error), t, values);
  return result;
}
