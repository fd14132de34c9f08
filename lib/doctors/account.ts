import "server-only";
import { doctorDocuments, doctors } from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";

/** A doctor's profile: not in the export today, and kept on erase. */
export const doctorsAccount = defineAccountPart({
  domain: "doctors",
  userColumns: {
    kept: [
      {
        column: doctors.userId,
        reason:
          "patients' appointments, prescriptions and ratings point at the profile; the name goes with the user row",
      },
      { column: doctors.verifiedBy, reason: "an admin's action on someone else's profile" },
      {
        column: doctorDocuments.reviewedBy,
        reason: "an admin's action on someone else's document",
      },
    ],
  },
});
