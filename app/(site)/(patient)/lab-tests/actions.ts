"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionRequestContext, actorOrThrow } from "@/lib/actions/actor";
import { errorTextFor } from "@/lib/actions/error-text";
import { failure } from "@/lib/actions/failure";
import { formList, formOptionalText, formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { addressInputSchema } from "@/lib/addresses/schemas";
import { labBookingIdParamsSchema, bookLabTestsSchema } from "@/lib/lab/schemas";
import { bookLabTestsOnce, cancelLabBooking } from "@/lib/lab/service";
import { parseInput } from "@/lib/validation/parse-input";

const addressFields = ["name", "phone", "line1", "line2", "city", "pincode"] as const;

/** The error texts of the lab forms (messages `Lab.errors`), with the one-time key's cases. */
function labErrorText() {
  return errorTextFor("Lab.errors", ({ code, path, detail }, t) => {
    if (path === "headers" || /idempotency-key/i.test(detail ?? "")) {
      return code === "conflict" ? t("codes.conflict") : t("codes.validation_failed");
    }
    return undefined;
  });
}

/** The typed address (parsed on its own so each field's error sits beside that field). */
function typedAddress(form: FormData) {
  const raw = Object.fromEntries(
    addressFields.map((f) => [f, formOptionalText(form, f)]).filter(([, v]) => v !== undefined),
  );
  parseInput(addressInputSchema, raw);
  return raw;
}

/**
 * Books the chosen tests from the booking form (the hidden key makes a double submit one
 * booking) -> the booking's page, or the pay page for an online payment.
 */
export async function bookLabTestsAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const values = Object.fromEntries(
    [...addressFields, "time", "addressId", "paymentMethod"].map((f) => [f, formText(form, f)]),
  );
  let next: string;
  try {
    const actor = await actorOrThrow();
    const bookingType = formText(form, "bookingType");
    const addressId = formText(form, "addressId");
    const collectionAddress =
      bookingType !== "home_collection"
        ? undefined
        : addressId && addressId !== "new"
          ? { addressId }
          : typedAddress(form);
    const input = parseInput(bookLabTestsSchema, {
      testIds: formList(form, "testIds"),
      bookingType,
      date: formText(form, "date"),
      time: formText(form, "time"),
      collectionAddress,
      paymentMethod: formText(form, "paymentMethod") || "cod",
    });
    const { booking } = await bookLabTestsOnce(actor, input, {
      idempotencyKey: formText(form, "idempotencyKey") || null,
      origin: (await actionRequestContext()).origin,
    });
    next = booking.payPath ?? `/lab-tests/bookings/${booking.id}?notice=booked`;
  } catch (error) {
    return failure(error, await labErrorText(), values);
  }
  revalidatePath("/lab-tests/bookings");
  redirect(next);
}

/** Cancels one of my lab bookings (while booked) -> its page with a notice. */
export async function cancelLabBookingAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  let id: string;
  try {
    const actor = await actorOrThrow();
    ({ id } = parseInput(labBookingIdParamsSchema, { id: formText(form, "id") }));
    await cancelLabBooking(actor, id, { origin: (await actionRequestContext()).origin });
  } catch (error) {
    return failure(error, await labErrorText());
  }
  revalidatePath("/lab-tests/bookings");
  redirect(`/lab-tests/bookings/${id}?notice=cancelled`);
}
