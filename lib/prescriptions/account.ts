import "server-only";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { db } from "@/db/client";
import { doctors, prescriptionItems, prescriptions } from "@/db/schema";
import { doctorName, doctorUser } from "@/lib/account/doctor-name";
import { defineAccountPart } from "@/lib/account/part";
import { withChildren } from "@/lib/account/with-children";

/** Prescriptions given to me, with their items: exported; kept on erase (medical records). */
export const prescriptionsAccount = defineAccountPart({
  domain: "prescriptions",
  async exportForUser(userId) {
    const rows = await db
      .select({
        id: prescriptions.id,
        publicId: prescriptions.uuid,
        prescriptionNumber: prescriptions.prescriptionNumber,
        ...doctorName,
        diagnosis: prescriptions.diagnosis,
        symptoms: prescriptions.symptoms,
        specialInstructions: prescriptions.specialInstructions,
        testsRecommended: prescriptions.testsRecommended,
        followUpDate: prescriptions.followUpDate,
        status: prescriptions.status,
        issuedAt: prescriptions.issuedAt,
      })
      .from(prescriptions)
      .innerJoin(doctors, eq(doctors.id, prescriptions.doctorId))
      .innerJoin(doctorUser, eq(doctorUser.id, doctors.userId))
      // Drafts are the doctor's work in progress, not yet given to the patient.
      .where(and(eq(prescriptions.patientId, userId), ne(prescriptions.status, "draft")))
      .orderBy(asc(prescriptions.createdAt));
    const items = await withChildren(rows, "items", (ids) =>
      db
        .select({
          parentId: prescriptionItems.prescriptionId,
          name: prescriptionItems.nameSnapshot,
          dosage: prescriptionItems.dosage,
          frequency: prescriptionItems.frequency,
          duration: prescriptionItems.duration,
          quantity: prescriptionItems.quantity,
          instructions: prescriptionItems.instructions,
        })
        .from(prescriptionItems)
        .where(inArray(prescriptionItems.prescriptionId, ids)),
    );
    return { prescriptions: items };
  },
  userColumns: {
    kept: [
      {
        column: prescriptions.patientId,
        reason: "an issued prescription is the doctor's medical record and is never altered",
      },
    ],
  },
});
