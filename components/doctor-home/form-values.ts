import type { DoctorProfileDto } from "@/lib/doctors/schemas";

/** The onboarding form's starting values: both modes offered, nothing else filled in. */
export const emptyDoctorForm: Record<string, string> = {
  offersOnline: "on",
  offersOffline: "on",
  experienceYears: "",
  languages: "English, Hindi",
};

/** A profile as the form's field values (by input name), for editing it. */
export function doctorFormValuesOf(p: DoctorProfileDto): Record<string, string> {
  const c = p.clinic;
  return {
    licenseNumber: p.licenseNumber,
    registrationCouncil: p.registrationCouncil ?? "",
    specialty: p.specialty,
    qualification: p.qualification,
    experienceYears: String(p.experienceYears),
    gender: p.gender ?? "",
    languages: p.languages.join(", "),
    bio: p.bio ?? "",
    offersOnline: p.offersOnline ? "on" : "",
    offersOffline: p.offersOffline ? "on" : "",
    feeOnline: p.feeOnline ?? "",
    feeOffline: p.feeOffline ?? "",
    clinicName: c?.name ?? "",
    clinicAddress: c?.addressLine ?? "",
    clinicArea: c?.area ?? "",
    clinicCity: c?.city ?? "",
    clinicState: c?.state ?? "",
    clinicPincode: c?.pincode ?? "",
    latitude: c ? c.latitude.toFixed(6) : "",
    longitude: c ? c.longitude.toFixed(6) : "",
  };
}
