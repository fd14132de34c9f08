/** One SMS to send, whichever adapter carries it. */
export interface SmsMessage {
  /** +91XXXXXXXXXX. */
  to: string;
  body: string;
  /** Template name (otp, appointment_booked, ...): the DLT template with MSG91. */
  template: string;
  /** The template's variables (MSG91 fills its DLT template with them; Twilio sends `body`). */
  vars?: Record<string, string>;
}
