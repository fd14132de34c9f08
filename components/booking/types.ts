/** What the booking, reschedule, cancel and doctor-update actions return (conventions: ok, code, message, fieldErrors). */
export interface FormResult {
  ok: boolean;
  code?: string;
  message?: string;
  fieldErrors?: Record<string, string>;
}

export type BookingAction = (prev: FormResult | null, form: FormData) => Promise<FormResult>;
