import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { appointments, doctors, liveAppointmentStatuses } from "@/db/schema";
import { doctorName, doctorUser } from "@/lib/account/doctor-name";
import { defineAccountPart } from "@/lib/account/part";

/** My appointments as a patient: exported; kept on erase, the live ones cancelled. */
export const appointmentsAccount = defineAccountPart({
  domain: "appointments",
  async exportForUser(userId) {
    const rows = await db
      .select({
        id: appointments.uuid,
        ...doctorName,
        date: appointments.date,
        time: appointments.time,
        durationMinutes: appointments.durationMinutes,
        consultationType: appointments.consultationType,
        status: appointments.status,
        symptoms: appointments.symptoms,
        chiefComplaint: appointments.chiefComplaint,
        fee: appointments.fee,
        paymentStatus: appointments.paymentStatus,
        doctorNotes: appointments.doctorNotes,
        cancelReason: appointments.cancelReason,
        cancelledAt: appointments.cancelledAt,
        rejectionReason: appointments.rejectionReason,
        completedAt: appointments.completedAt,
        createdAt: appointments.createdAt,
      })
      .from(appointments)
      .innerJoin(doctors, eq(doctors.id, appointments.doctorId))
      .innerJoin(doctorUser, eq(doctorUser.id, doctors.userId))
      .where(eq(appointments.patientId, userId))
      .orderBy(asc(appointments.date), asc(appointments.time));
    return { appointments: rows };
  },
  async eraseForUser(tx, userId) {
    await tx
      .update(appointments)
      .set({
        status: "cancelled",
        cancelledAt: new Date(),
        cancelledBy: userId,
        cancelReason: "Account deleted",
      })
      .where(
        and(
          eq(appointments.patientId, userId),
          inArray(appointments.status, [...liveAppointmentStatuses]),
        ),
      );
  },
  userColumns: {
    kept: [
      {
        column: appointments.patientId,
        reason:
          "the doctor's and the tax records keep past appointments (the patient shows as Deleted user); upcoming ones are cancelled",
      },
      {
        column: appointments.cancelledBy,
        reason: "who cancelled, on the doctor's side of the record too",
      },
    ],
  },
});
