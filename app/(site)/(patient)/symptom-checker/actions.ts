"use server";

import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { actionRequestContext } from "@/lib/actions/actor";
import { errorTextFor } from "@/lib/actions/error-text";
import { failure } from "@/lib/actions/failure";
import { formList, formNumber, formOptionalText, formText } from "@/lib/actions/form-data";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getSymptomCheckProgress } from "@/lib/symptom-checks/queries";
import { createSymptomCheckSchema } from "@/lib/symptom-checks/schemas";
import { answerSymptomCheck, createSymptomCheck } from "@/lib/symptom-checks/service";
import { parseInput } from "@/lib/validation/parse-input";
import {
  checkHref,
  decodeAnswer,
  type CheckerResult,
  type CheckerState,
} from "@/components/symptom-checker/state";

/** The checker's error texts: unknown words and unreadable descriptions get their own. */
const checkerErrorText = () =>
  errorTextFor("SymptomChecker.form", ({ path, detail }, t) => {
    if (path === "symptoms" && /recognise/.test(detail ?? "")) return t("fields.unknownSymptom");
    if (path === "description" && /at most/.test(detail ?? "")) return t("fields.descriptionLong");
    return undefined;
  });

/**
 * Starts a check from the form (#3), signed in or not. Questions -> the check's page, which asks
 * them one at a time. A red flag -> the emergency result: a signed-in user's saved result page, or
 * for a signed-out user this answer itself (nothing is stored to show it again).
 */
export async function startSymptomCheckAction(
  _prev: CheckerState,
  form: FormData,
): Promise<CheckerResult> {
  const symptoms = formList(form, "symptoms");
  const values = {
    symptoms: symptoms.join("|"),
    description: formText(form, "description"),
    age: formText(form, "age"),
    sex: formText(form, "sex"),
    durationDays: formText(form, "durationDays"),
    bodyArea: formText(form, "bodyArea"),
  };
  let target: string;
  try {
    const [actor, locale, context] = await Promise.all([
      getActor(),
      getLocale(),
      actionRequestContext(),
    ]);
    const input = parseInput(createSymptomCheckSchema, {
      symptoms,
      description: formOptionalText(form, "description"),
      age: formNumber(form, "age") ?? undefined,
      sex: formOptionalText(form, "sex"),
      durationDays: formNumber(form, "durationDays") ?? undefined,
      bodyArea: formOptionalText(form, "bodyArea"),
    });
    const check = await createSymptomCheck(actor, input, locale, {
      clientIp: context.ip,
    });
    if (check.assessment && !actor) return { ok: true, assessment: check.assessment };
    target = `/symptom-checker/${check.id}`;
  } catch (error) {
    return failure(error, await checkerErrorText(), values);
  }
  redirect(target);
}

/**
 * One question answered (or "skip the rest"): while questions remain -> the next one, the answers
 * so far carried in the link; then the check is finished with every answer at once. A signed-in
 * user lands on the saved result; a signed-out user sees it in this answer (the check is deleted).
 */
export async function answerQuestionAction(
  _prev: CheckerState,
  form: FormData,
): Promise<CheckerResult> {
  const id = formText(form, "checkId");
  const finishNow = formText(form, "intent") === "finish";
  let target: string;
  try {
    const [actor, locale] = await Promise.all([getActor(), getLocale()]);
    const given = formList(form, "a")
      .map(decodeAnswer)
      .filter((a) => a !== null);
    const questionId = formText(form, "questionId");
    const answer = formText(form, "answer");
    if (questionId && !finishNow) {
      if (!answer) {
        throw new AppError("validation_failed", "Choose one answer.", {
          errors: [{ path: "answer", message: "is required" }],
        });
      }
      given.push({ questionId, answer });
    }
    const progress = await getSymptomCheckProgress(actor, id, given, locale);
    if (progress.check.status !== "in_progress") {
      target = `/symptom-checker/${id}`;
    } else if (progress.questions.length > 0 && !finishNow) {
      target = checkHref(id, progress.answers);
    } else {
      const done = await answerSymptomCheck(actor, id, { answers: progress.answers }, locale);
      if (progress.guest) return { ok: true, assessment: done.assessment };
      target = `/symptom-checker/${id}`;
    }
  } catch (error) {
    return failure(error, await errorTextFor("SymptomChecker.form"));
  }
  redirect(target);
}
