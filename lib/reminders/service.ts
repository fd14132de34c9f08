import "server-only";
import { sql } from "drizzle-orm";
import { db, queryRows } from "@/db/client";
import { notifications } from "@/db/schema";
import { mailOrigin } from "@/lib/appointments/notify";
import { sendTemplate } from "@/lib/email/send";
import { notificationText } from "@/lib/notifications/render";
import { logger } from "@/lib/log/logger";

/** "The day before": appointments starting between now + 12 h and now + 36 h get their reminder. */
export const REMINDER_WINDOW_HOURS = { from: 12, to: 36 } as const;

interface ClaimedReminder {
  uuid: string;
  date: string;
  time: string;
  consultation_type: "online" | "offline";
  patient_id: number;
  patient_email: string;
  patient_name: string;
  patient_locale: string;
  doctor_name: string;
}

const hhmm = (time: string) => time.slice(0, 5);

/**
 * Sends the day-before reminder of every confirmed appointment starting between now + 12 h and
 * now + 36 h (clinic time in the doctor's zone) that has none yet. Rows are claimed with one
 * `UPDATE ... WHERE reminder_sent_at IS NULL RETURNING`, so overlapping runs (the daily cron, a
 * retry, two instances) send each reminder once: a concurrent claimer blocks on the row lock and
 * then sees the column set. The in-app notice (a message key, rendered in the reader's locale) is
 * written in the claim's transaction; mails go
 * out after it commits (a failed mail is logged, not retried: at most once, never twice).
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
          from doctors d, users p, users du
         where d.id = a.doctor_id
           and p.id = a.patient_id
           and du.id = d.user_id
           and a.status = 'confirmed'
           and a.reminder_sent_at is null
           and ((a.date + a.time) at time zone d.timezone) >= ${from.toISOString()}::timestamptz
           and ((a.date + a.time) at time zone d.timezone) < ${to.toISOString()}::timestamptz
        returning a.uuid, a.date::text as date, a.time::text as time,
                  a.consultation_type, a.patient_id,
                  p.email as patient_email, p.full_name as patient_name,
                  p.locale::text as patient_locale, du.full_name as doctor_name`,
      tx,
    );
    if (rows.length > 0) {
      await tx.insert(notifications).values(
        rows.map((r) => ({
          userId: r.patient_id,
          type: "appointment" as const,
          ...notificationText("appointmentReminder", {
            other: r.doctor_name,
            mode: r.consultation_type,
            date: r.date,
            time: hhmm(r.time),
          }),
          link: `/appointments/${r.uuid}`,
          priority: "high" as const,
        })),
      );
    }
    return rows;
  });

  const origin = mailOrigin();
  const results = await Promise.allSettled(
    claimed.map((r) =>
      sendTemplate(
        r.patient_email,
        "appointment_reminder",
        r.patient_locale === "hi" ? "hi" : "en",
        {
          name: r.patient_name,
          doctorName: r.doctor_name,
          date: r.date,
          time: hhmm(r.time),
          mode: r.consultation_type,
          url: `${origin}/appointments/${r.uuid}`,
        },
      ),
    ),
  );
  results.forEach((result, i) => {
    if (result.status === "rejected") {
      logger.error({ err: result.reason, appointment: claimed[i]!.uuid }, "reminder mail failed");
    }
  });
  return { sent: claimed.length };
}
