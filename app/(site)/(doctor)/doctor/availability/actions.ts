"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { actorOrThrow } from "@/lib/actions/actor";
import { failure } from "@/lib/actions/failure";
import { errorTextFor } from "@/lib/actions/error-text";
import {
  applyEdit,
  compact,
  formErrors,
  inputOf,
  readDraft,
  readIntent,
} from "@/lib/availability/form";
import type { AvailabilityFormState } from "@/lib/availability/form-state";
import { availabilityInputSchema } from "@/lib/availability/schemas";
import { saveMyAvailability } from "@/lib/availability/service";
import { isAppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";

/**
 * The availability page's one form. Add/remove buttons only edit the draft (a server round trip,
 * so it works without JavaScript); Save first checks (dry run) and, when live bookings would fall
 * outside the new hours, answers with them and a "Save anyway" button; Save anyway stores.
 */
export async function availabilityAction(
  _prev: AvailabilityFormState,
  form: FormData,
): Promise<AvailabilityFormState> {
  const t = await getTranslations("DoctorAvailability");
  const intent = readIntent(String(form.get("intent") ?? "save"));
  const submitted = readDraft(form);
  if (intent.kind !== "save" && intent.kind !== "force") {
    return { ok: false, draft: applyEdit(submitted, intent), edited: true, message: t("edited") };
  }
  const draft = compact(submitted);
  try {
    const actor = await actorOrThrow();
    const input = parseInput(availabilityInputSchema, inputOf(draft));
    const force = intent.kind === "force";
    const result = await saveMyAvailability(actor, input, { dryRun: !force });
    if (!force && result.affectedAppointments.length > 0) {
      return { ok: false, draft, needsConfirm: true, affected: result.affectedAppointments };
    }
    const saved = force ? result : await saveMyAvailability(actor, input);
    revalidatePath("/doctor/availability");
    return { ok: true, draft, message: t("saved"), affected: saved.affectedAppointments };
  } catch (error) {
    if (isAppError(error) && error.code === "validation_failed" && error.errors) {
      return {
        ok: false,
        draft,
        message: (await getTranslations("Booking.errors"))("codes.validation_failed"),
        problems: formErrors(draft, error.errors),
      };
    }
    return { ...failure(error, await errorTextFor("Booking.errors")), draft };
  }
}
