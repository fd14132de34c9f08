/** One outgoing mail, already rendered. `template` names what produced it (logs, tags, outbox). */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  template: string;
}

export const emailTemplates = [
  "verify_email",
  "reset_password",
  "appointment_booked",
  "appointment_cancelled",
  "appointment_rescheduled",
  "appointment_reminder",
  "prescription_issued",
  "appointment_requested",
  "appointment_confirmed",
  "appointment_declined",
  "appointment_expired",
  "doctor_verified",
  "doctor_rejected",
  "lab_booking_update",
  "medicine_order_status",
  "medicine_order_placed",
  "support_reply",
] as const;

/** The mails about a pharmacy order (no appointment details). */
export const orderEmailTemplates = ["medicine_order_placed"] as const;
export type OrderEmailTemplate = (typeof orderEmailTemplates)[number];

/** The mails about the account itself (no appointment details). */
export const accountEmailTemplates = [
  "verify_email",
  "reset_password",
  "doctor_verified",
  "doctor_rejected",
  "lab_booking_update",
  "medicine_order_status",
  "support_reply",
] as const;
export type AccountEmailTemplate = (typeof accountEmailTemplates)[number];

export type EmailTemplate = (typeof emailTemplates)[number];

export type EmailLocale = "en" | "hi";

/** Account mails: the greeting name and the one link the mail is about. */
export interface AccountEmailData {
  name: string;
  url: string;
}

/** The answer to a doctor application: the onboarding link and, for a rejection, the reason. */
export interface DoctorReviewEmailData extends AccountEmailData {
  reason?: string;
}

/** A medicine order moved (confirmed, dispatched, delivered or cancelled); `url` opens the order. */
export interface MedicineOrderEmailData extends AccountEmailData {
  orderNumber: string;
  status: "confirmed" | "dispatched" | "delivered" | "cancelled";
  reason?: string;
}

/**
 * Appointment mails. `doctorName` is shown as given (e.g. "Dr. Asha Rao"); `date` is YYYY-MM-DD and
 * `time` HH:MM (clinic time), formatted per locale; any other shape is shown as given.
 */
export interface AppointmentEmailData {
  name: string;
  doctorName: string;
  date: string;
  time: string;
  mode: "online" | "offline";
  url: string;
  /** Why the doctor declined or cancelled, when they said. */
  reason?: string;
  /** The doctor's next free slots ("YYYY-MM-DD HH:MM") when the appointment is gone. */
  nextSlots?: string[];
}

/** A lab booking's news: what happened, its tests, the collection date and time, its page. */
export interface LabBookingEmailData extends AccountEmailData {
  event: "booked" | "sample_collected" | "processing" | "report_ready" | "cancelled";
  /** The tests' names, joined. */
  tests: string;
  /** YYYY-MM-DD and HH:MM (Asia/Kolkata), shown as given. */
  date: string;
  time: string;
}

/** Support answered a ticket: its number and subject, and the answer (plain text, quoted). */
export interface SupportReplyEmailData extends AccountEmailData {
  ticketNumber: string;
  subject: string;
  reply: string;
}

/** A medicine order: its number, total ("499.00"), promised date (YYYY-MM-DD) and its page. */
export interface OrderEmailData {
  name: string;
  orderNumber: string;
  total: string;
  expectedDelivery: string | null;
  paymentMethod: "cod" | "online";
  url: string;
}

export interface EmailDataMap {
  verify_email: AccountEmailData;
  reset_password: AccountEmailData;
  appointment_booked: AppointmentEmailData;
  appointment_cancelled: AppointmentEmailData;
  appointment_rescheduled: AppointmentEmailData;
  appointment_reminder: AppointmentEmailData;
  /** The consultation the prescription was issued in; `url` opens that appointment. */
  prescription_issued: AppointmentEmailData;
  appointment_requested: AppointmentEmailData;
  appointment_confirmed: AppointmentEmailData;
  appointment_declined: AppointmentEmailData;
  appointment_expired: AppointmentEmailData;
  doctor_verified: DoctorReviewEmailData;
  doctor_rejected: DoctorReviewEmailData;
  lab_booking_update: LabBookingEmailData;
  medicine_order_status: MedicineOrderEmailData;
  medicine_order_placed: OrderEmailData;
  support_reply: SupportReplyEmailData;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}
