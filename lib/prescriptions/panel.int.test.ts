import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { appointments, healthProfiles, recordAccessLog, symptomChecks } from "@/db/schema";
import { createUser } from "@/tests/factories";
import { clinicMoment, createAppointment } from "@/tests/factories-appointments";
import { createDoctorWithToken } from "@/tests/factories-records";
import { actorFor } from "@/tests/factories-users";
import { getPatientPanel } from "./panel";

async function setup(status: "confirmed" | "cancelled" = "confirmed") {
  const patient = await createUser({ fullName: "Sunita Devi" });
  const doc = await createDoctorWithToken(patient.id, { ...clinicMoment(-5), status });
  const appointment = doc.appointment!;
  const doctor = actorFor(doc.user, doc.doctor.id);
  return { patient, doc, doctor, appointment };
}

const logOf = (ownerId: number) =>
  db.select().from(recordAccessLog).where(eq(recordAccessLog.ownerId, ownerId));

describe("getPatientPanel", () => {
  it("shows the doctor the patient's profile, reason and symptom check, and logs the read", async () => {
    const { patient, doc, doctor, appointment } = await setup();
    await db.insert(healthProfiles).values({
      userId: patient.id,
      allergies: ["Penicillin"],
      conditions: ["Asthma"],
      bloodGroup: "B+",
      gender: "female",
      dateOfBirth: "1980-01-01",
      medications: [{ name: "Salbutamol", dosage: "2 puffs", frequency: "as needed" }],
    });
    const [check] = await db
      .insert(symptomChecks)
      .values({
        userId: patient.id,
        symptoms: ["cough"],
        status: "completed",
        severity: "see_doctor",
        summary: "Cough for a week",
        rulesVersion: "test",
      })
      .returning();
    await db
      .update(appointments)
      .set({ symptomCheckId: check!.id, chiefComplaint: "Cough", symptoms: "Dry cough at night" })
      .where(eq(appointments.id, appointment.id));

    const panel = await getPatientPanel(doctor, appointment.uuid, { door: "page" });
    expect(panel).toMatchObject({
      patient: { id: patient.uuid, name: "Sunita Devi" },
      sex: "female",
      bloodGroup: "B+",
      allergies: ["Penicillin"],
      conditions: ["Asthma"],
      medications: [{ name: "Salbutamol", dosage: "2 puffs", frequency: "as needed" }],
      chiefComplaint: "Cough",
      symptoms: "Dry cough at night",
      symptomCheck: { summary: "Cough for a week", severity: "see_doctor" },
    });
    expect(panel.age).toBeGreaterThanOrEqual(45);
    const log = await logOf(patient.id);
    expect(log).toMatchObject([
      {
        accessedBy: doc.user.id,
        recordTitle: "Health profile",
        reason: "consultation",
        action: "view",
        door: "page",
        recordId: null,
      },
    ]);
  });

  it("is not found for another doctor and forbidden to the patient, without a log entry", async () => {
    const { patient, appointment } = await setup();
    const other = await createDoctorWithToken();
    await expect(
      getPatientPanel(actorFor(other.user, other.doctor.id), appointment.uuid, { door: "page" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      getPatientPanel(actorFor(patient), appointment.uuid, { door: "page" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      getPatientPanel(actorFor(patient), "nope", { door: "page" }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await logOf(patient.id)).toEqual([]);
  });

  it("closes once the appointment was cancelled", async () => {
    const { patient, doctor } = await setup();
    const cancelled = await createAppointment({
      patientId: patient.id,
      doctorId: doctor.doctorId!,
      ...clinicMoment(60 * 24),
      status: "cancelled",
    });
    await expect(getPatientPanel(doctor, cancelled.uuid, { door: "page" })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await logOf(patient.id)).toEqual([]);
  });
});
