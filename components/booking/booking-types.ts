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
  steps: [string, string, string, string];
  stepOf: [string, string, string, string];
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
  };
  next: string;
  back: string;
  confirm: Record<Mode, string>;
  confirming: string;
  /** "Your chosen time: {when} ..." on the type step, when the profile's slot rides along. */
  keptSlot: string;
  /** Why a choice was dropped; `{when}` / `{day}` are filled in the browser. */
  notices: Record<
    "slotNotOnline" | "slotNotOffline" | "slotGone" | "dayNotOnline" | "dayNotOffline" | "dayGone",
    string
  >;
  /** Beside a step's field when it was submitted without a choice. */
  required: Record<"type" | "date" | "time", string>;
}

/** Chief complaint: the schema's 500; symptoms: 1000 here (the schema allows 2000 for the API). */
export const MAX_COMPLAINT = 500;
export const MAX_SYMPTOMS = 1000;
