/**
 * Appointment writes. Status model (see db/schema/appointments.ts for the enum):
 *
 *   book ──> pending ──(doctor accepts)──> confirmed; ──(declines)──> rejected; ──(30 min before)──> expired
 *   book (instant confirm) ──> confirmed ──(doctor, after the start)──> completed | no_show
 *                │
 *                ├──(patient or doctor, before the start)──> cancelled
 *                └──(patient, until 2 h before)──> rescheduled + a NEW confirmed row linked to it
 *
 * A booking is a `pending` request the doctor accepts (-> confirmed) or declines with a reason
 * (-> rejected), until 30 minutes before the slot; unanswered by then it becomes `expired` (the
 * cron, claim-once). Doctors with `instant_confirm` get `confirmed` bookings at once. `pending`
 * holds the slot like `confirmed`; rejected and expired free it.
 *
 * Double bookings are impossible by construction: the partial unique indexes on (doctor, date,
 * time) and (patient, date, time) over live statuses decide every race; the slot read before the
 * insert only gives the common case a friendlier answer.
 */
export { bookAppointment, bookAppointmentOnce, type BookOnceOptions, type Booking } from "./book";
export { cancelAppointment } from "./cancel";
export type { WriteOptions } from "./options";
export { rescheduleAppointment } from "./reschedule";
export { updateAppointment } from "./update";
export { confirmAppointment, declineAppointment } from "./answer";
export { expireStaleRequests } from "./expire";
