import type { ActionResult } from "@/lib/actions/result";
import type { AvailabilityDraft, FieldProblem } from "./form";
import type { AffectedAppointment } from "./schemas";

/** What the availability action answers: the draft to show again, and what to say about it. */
export type AvailabilityFormState =
  | (ActionResult & {
      draft: AvailabilityDraft;
      /** An add/remove button was pressed: the draft changed, nothing was stored. */
      edited?: boolean;
      /** Saving would leave these live bookings outside the hours: confirm with "Save anyway". */
      needsConfirm?: boolean;
      affected?: AffectedAppointment[];
      /** Input name -> what is wrong with it (a key of DoctorAvailability.errors). */
      problems?: Record<string, FieldProblem>;
    })
  | null;
