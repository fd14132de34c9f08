import type { Mode } from "./strip";

/** One bookable consultation type as the first step offers it (the page builds it from the DTO). */
export interface ModeOption {
  value: Mode;
  title: string;
  price: string;
  hint: string;
}

/** Every text of the booking stepper, translated by the page. */
export interface BookingLabels {
  steps: [string, string, string, string, string];
  stepOf: [string, string, string, string, string];
  progress: string;
  typeLegend: string;
  dateLegend: string;
  dayFull: string;
  timeLegend: string;
  noTimes: string;
  symptoms: string;
  symptomsHint: string;
  chiefComplaint: string;
  chiefComplaintHint: string;
  charsLeft: string;
  review: {
    doctor: string;
    when: string;
    mode: string;
    clinic: string;
    amount: string;
    note: string;
    complaint: string;
  };
  next: string;
  back: string;
  confirm: Record<Mode, string>;
  confirming: string;
  slotTaken: string;
}

/** Chief complaint: the schema's 500; symptoms: 1000 here (the schema allows 2000 for the API). */
export const MAX_COMPLAINT = 500;
export const MAX_SYMPTOMS = 1000;

/** The step that shows each field, for sending the user back to the first field in error. */
export const fieldStep: Record<string, number> = {
  consultationType: 0,
  date: 1,
  time: 2,
  symptoms: 3,
  chiefComplaint: 3,
};
