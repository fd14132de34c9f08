import "server-only";
import { withDoctorTitle } from "./pdf";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { mailOrigin } from "@/lib/appointments/notify";
import { sendTemplate } from "@/lib/email/send";
import { defer } from "@/lib/tasks/defer";

/** Mails the patient that their prescription is ready, after the response (never fails the issue). */
export function mailPrescriptionIssued(
  appointment: {
    uuid: string;
    patientId: number;
    doctorName: string;
    date: string;
    time: string;
    consultationType: "online" | "offline";
  },
  origin?: string,
): void {
  defer(async () => {
    const [patient] = await db
      .select({ email: users.email, name: users.fullName, locale: users.locale })
      .from(users)
      .where(eq(users.id, appointment.patientId))
      .limit(1);
    if (!patient) return;
    await sendTemplate(
      patient.email,
      "prescription_issued",
      patient.locale === "hi" ? "hi" : "en",
      {
        name: patient.name,
        doctorName: withDoctorTitle(appointment.doctorName),
        date: appointment.date,
        time: appointment.time.slice(0, 5),
        mode: appointment.consultationType,
        url: `${mailOrigin(origin)}/appointments/${appointment.uuid}`,
      },
    );
  });
}
