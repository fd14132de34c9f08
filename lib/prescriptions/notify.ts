import "server-only";
import type { Queryable } from "@/db/client";
import { mailOrigin } from "@/lib/appointments/notify";
import { notify } from "@/lib/notifications/notify";
import { withDoctorTitle } from "./pdf";

/**
 * Tells the patient their prescription is ready (inbox, and mail and push as they allow), in the
 * issue's transaction; the mail opens the appointment, its link built on `origin`.
 */
export async function notifyPrescriptionIssued(
  on: Queryable,
  appointment: {
    uuid: string;
    patientId: number;
    doctorName: string;
    date: string;
    time: string;
    consultationType: "online" | "offline";
  },
  number: string,
  origin?: string,
): Promise<void> {
  await notify(on, {
    userId: appointment.patientId,
    event: "prescription_issued",
    key: "prescriptionIssued",
    params: { other: appointment.doctorName, number },
    link: `/appointments/${appointment.uuid}`,
    priority: "medium",
    email: {
      template: "prescription_issued",
      data: {
        doctorName: withDoctorTitle(appointment.doctorName),
        date: appointment.date,
        time: appointment.time.slice(0, 5),
        mode: appointment.consultationType,
        url: `${mailOrigin(origin)}/appointments/${appointment.uuid}`,
      },
    },
  });
}
