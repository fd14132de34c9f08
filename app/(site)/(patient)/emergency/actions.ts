"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { actionRequestContext } from "@/lib/actions/actor";
import { errorTextFor } from "@/lib/actions/error-text";
import { failure } from "@/lib/actions/failure";
import { formNumber, formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { getActor } from "@/lib/auth/session";
import { createEmergencyRequestSchema } from "@/lib/emergency/schemas";
import { createEmergencyRequest } from "@/lib/emergency/service";
import { trackingCookie, trackingCookieOptions } from "@/lib/emergency/cookie";
import { parseInput } from "@/lib/validation/parse-input";

const fields = [
  "type",
  "patientName",
  "age",
  "gender",
  "symptoms",
  "address",
  "city",
  "contactPhone",
] as const;

/**
 * Ask for help (guests too). On success the tracking token goes into an httpOnly cookie for this
 * request only, so this browser can come back to its status page, and the browser goes there.
 */
export async function createEmergencyRequestAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const values = Object.fromEntries(fields.map((f) => [f, formText(form, f)]));
  let id: string;
  try {
    const input = parseInput(createEmergencyRequestSchema, {
      ...values,
      age: formNumber(form, "age"),
      latitude: formNumber(form, "latitude"),
      longitude: formNumber(form, "longitude"),
    });
    const made = await createEmergencyRequest(
      await getActor(),
      input,
      await actionRequestContext(),
    );
    (await cookies()).set(trackingCookie(made.id), made.trackingToken, trackingCookieOptions);
    id = made.id;
  } catch (error) {
    return failure(error, await errorTextFor("Emergency.errors"), values);
  }
  redirect(`/emergency/${id}?made=1`);
}
