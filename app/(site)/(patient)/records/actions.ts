"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { actorOrThrow } from "@/lib/actions/actor";
import { failure } from "@/lib/actions/failure";
import { formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { AppError } from "@/lib/errors";
import { createHealthRecordSchema, updateHealthRecordSchema } from "@/lib/health-records/schemas";
import {
  createHealthRecord,
  deleteHealthRecord,
  updateHealthRecord,
} from "@/lib/health-records/service";
import { uploadedFileOf } from "@/lib/storage/multipart";
import { parseInput } from "@/lib/validation/parse-input";
import { recordsErrorText } from "./error-text";

const metadataFields = [
  "title",
  "recordType",
  "documentDate",
  "description",
  "doctorName",
  "hospitalName",
] as const;
type MetadataField = (typeof metadataFields)[number];

/** The metadata fields as typed ("" clears an optional one), handed back after a failure too. */
function metadataOf(form: FormData): Record<MetadataField, string> {
  return Object.fromEntries(metadataFields.map((name) => [name, formText(form, name)])) as Record<
    MetadataField,
    string
  >;
}

/** Size and type problems are the file's: shown beside the file field. */
function withFileError(result: ActionResult): ActionResult {
  if (result.code === "payload_too_large" || result.code === "unsupported_media_type") {
    return { ...result, fieldErrors: { ...result.fieldErrors, file: result.message ?? "" } };
  }
  return result;
}

/**
 * A refusal for another field still speaks to the file: a browser without JavaScript sends the
 * form's page back with the file field empty, so the user must choose it again (or choose one).
 */
async function withFileAgain(result: ActionResult, sentFile: boolean): Promise<ActionResult> {
  if (result.code !== "validation_failed" || result.fieldErrors?.file) return result;
  const t = await getTranslations("records.upload");
  const file = sentFile ? t("chooseAgain") : t("chooseFile");
  return { ...result, fieldErrors: { ...result.fieldErrors, file } };
}

/**
 * Uploads a record from the form (the door used without JavaScript; with it the page sends the
 * same form to POST /api/v1/health-records for a progress bar). The bytes decide the type.
 */
export async function createHealthRecordAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const values = metadataOf(form);
  const sent = form.get("file");
  const sentFile = typeof sent !== "string" && sent !== null && sent.size > 0;
  let id: string;
  try {
    const actor = await actorOrThrow();
    const input = parseInput(createHealthRecordSchema, values);
    const file = await uploadedFileOf(sent);
    if (!file || file.size === 0) {
      throw new AppError("validation_failed", "Choose a file.", {
        errors: [{ path: "file", message: "is required" }],
      });
    }
    id = (await createHealthRecord(actor, input, file)).id;
  } catch (error) {
    const result = withFileError(failure(error, await recordsErrorText(), values));
    return withFileAgain(result, sentFile);
  }
  revalidatePath("/records");
  redirect(`/records/${id}?created=1`);
}

/** Saves the edited metadata of one of my records; the file stays as it is. */
export async function updateHealthRecordAction(
  recordId: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const values = metadataOf(form);
  let id: string;
  try {
    const actor = await actorOrThrow();
    id = recordId;
    await updateHealthRecord(actor, id, parseInput(updateHealthRecordSchema, values));
  } catch (error) {
    return failure(error, await recordsErrorText(), values);
  }
  revalidatePath("/records");
  redirect(`/records/${id}?saved=1`);
}

/** Deletes one of my records and its stored file, then back to the list with a notice. */
export async function deleteHealthRecordAction(recordId: string): Promise<ActionResult> {
  try {
    const actor = await actorOrThrow();
    await deleteHealthRecord(actor, recordId);
  } catch (error) {
    return failure(error, await recordsErrorText());
  }
  revalidatePath("/records");
  redirect("/records?deleted=1");
}
