/**
 * Appointment writes. Status model (see db/schema/appointments.ts for the enum):
 *
 *   book ──> confirmed ──(doctor, after the start)──> completed | no_show
 *                │
 *                ├──(patient or doctor, before the start)──> cancelled
 *                └──(patient, until 2 h before)──> rescheduled + a NEW confirmed row linked to it
 *
 * Bookings are confirmed at once: a slot the doctor published in their weekly template is an offer,
 * and a patient taking it is the acceptance, as at most Indian clinics' front desks. `pending`
 * (and `rejected`) stay in the enum for a later "doctor approves each booking" mode; `pending`
 * already holds a slot, so turning that mode on needs no index change.
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
