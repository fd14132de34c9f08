import type { ActionResult, ActionState } from "@/lib/actions/result";

/** The shared action result (lib/actions/result.ts); this alias goes once the booking forms import it. */
export type FormResult = ActionResult;

export type BookingAction = (prev: ActionState, form: FormData) => Promise<ActionResult>;
