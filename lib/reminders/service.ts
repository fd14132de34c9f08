import "server-only";
import { sql } from "drizzle-orm";
import { db, queryRows } from "@/db/client";
import { mailOrigin } from "@/lib/appointments/notify";
import { notify } from "@/lib/notifications/notify";

/** "The day before": appointments starting between now + 12 h and now + 36 h get their reminder. */
export const REMINDER_WINDOW_HOURS = { from: 12, to: 36 } as const;

interface ClaimedReminder {
  uuid: string;
  date: string;
  time: string;
  consultation_type: "online" | "offline";
  patient_id: number;
  doctor_name: string;
}

const hhmm = (time: string) => time.slice(0, 5);

/**
 * Sends the day-before reminder of every confirmed appointment starting between now + 12 h and
 * now + 36 h (clinic time in the doctor's zone) that has none yet. Rows are claimed with one
 * `UPDATE ... WHERE reminder_sent_at IS NULL RETURNING`, so overlapping runs (the daily cron, a
 * retry, two instances) send each reminder once: a concurrent claimer blocks on the row lock and
 * then sees the column set. The notice (inbox, and mail, SMS and push as the patient allows) is
 * written in the claim's transaction under the key "appointment:<uuid>:reminder", so it is
 * delivered once even if the claim were ever repeated; the delivery outbox sends it after commit.
 * Returns how many appointments were reminded.
 */
export async function sendDueReminders(now: Date = new Date()): Promise<{ sent: number }> {
  const from = new Date(now.getTime() + REMINDER_WINDOW_HOURS.from * 3_600_000);
  const to = new Date(now.getTime() + REMINDER_WINDOW_HOURS.to * 3_600_000);

  const claimed = await db.transaction(async (tx) => {
    const rows = await queryRows<ClaimedReminder>(
      sql`
        update appointments a
           set reminder_sent_at = now(), updated_at = now()
          from doctors d, users du
         where d.id = a.doctor_id
           and du.id = d.user_id
           and a.status = 'confirmed'
           and a.reminder_sent_at is null
           and ((a.date + a.time) at time zone d.timezone) >= ${from.toISOString()}::timestamptz
           and ((a.date + a.time) at time zone d.timezone) < ${to.toISOString()}::timestamptz
        returning a.uuid, a.date::text as date, a.time::text as time,
                  a.consultation_type, a.patient_id,
                  du.full_name as doctor_name`,
      tx,
    );
    const origin = mailOrigin();
    await notify(
      tx,
      rows.map((r) => ({
        userId: r.patient_id,
        event: "appointment_reminder" as const,
        key: "appointmentReminder" as const,
        params: {
          other: r.doctor_name,
          mode: r.consultation_type,
          date: r.date,
          time: hhmm(r.time),
        },
        link: `/appointments/${r.uuid}`,
        priority: "high" as const,
        // A re-run (or a retried cron) never delivers the same reminder twice.
        dedupeKey: `appointment:${r.uuid}:reminder`,
        email: {
          template: "appointment_reminder" as const,
          data: {
            doctorName: r.doctor_name,
            date: r.date,
            time: hhmm(r.time),
            mode: r.consultation_type,
            url: `${origin}/appointments/${r.uuid}`,
          },
        },
      })),
    );
    return rows;
  });

  return { sent: claimed.length };
}
