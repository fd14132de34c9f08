import {
  defaultShareDays,
  maxShareDays,
  recordShareSchema,
  type RecordShareDto,
} from "@/lib/record-shares/schemas";

type RecordSharePurpose = RecordShareDto["purpose"];
const recordSharePurposes = recordShareSchema.shape.purpose.options;

/** The share form's query string: the form is a GET form, so its review step needs no JavaScript. */
export interface ShareSearchParams {
  doctor?: string | string[];
  scope?: string | string[];
  record?: string | string[];
  purpose?: string | string[];
  days?: string | string[];
  step?: string | string[];
}

export type ShareScope = "all" | "selected";
export type ShareDraftField = "doctor" | "records" | "purpose" | "days";

/** What the form shows (as typed) and, when it holds together, the share to confirm. */
export interface ShareDraft {
  doctorId: string;
  scope: ShareScope;
  recordIds: string[];
  purpose: RecordSharePurpose;
  /** As typed, so a wrong value stays in the field beside its error. */
  days: string;
  /** The fields the review step refused (only when the review was asked for). */
  errors: ShareDraftField[];
  /** True when the user asked to review and every field is right: show the consent summary. */
  reviewing: boolean;
}

const one = (v: string | string[] | undefined): string =>
  (Array.isArray(v) ? (v[0] ?? "") : (v ?? "")).trim();
const many = (v: string | string[] | undefined): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((s) => s.trim()).filter(Boolean);

/**
 * Reads the share form from the URL against what the patient may choose: doctors they have an
 * appointment with and their own records (anything else in the URL is dropped, not trusted).
 * `?record=<id>` alone (the record page's link) preselects that record.
 */
export function readShareDraft(
  params: ShareSearchParams,
  choices: { doctorIds: readonly string[]; recordIds: readonly string[] },
): ShareDraft {
  const wantsReview = one(params.step) === "review";
  const doctorParam = one(params.doctor);
  const doctorId =
    choices.doctorIds.find((id) => id === doctorParam) ??
    (choices.doctorIds.length === 1 && !wantsReview ? choices.doctorIds[0]! : "");
  const known = new Set(choices.recordIds);
  const recordIds = [...new Set(many(params.record))].filter((id) => known.has(id));
  const scopeParam = one(params.scope);
  const scope: ShareScope =
    scopeParam === "all" || scopeParam === "selected"
      ? scopeParam
      : recordIds.length > 0
        ? "selected"
        : "all";
  const purposeParam = one(params.purpose);
  const purpose = recordSharePurposes.find((p) => p === purposeParam) ?? "consultation";
  const days = one(params.days) || String(defaultShareDays);

  const errors: ShareDraftField[] = [];
  if (wantsReview) {
    if (!doctorId) errors.push("doctor");
    if (scope === "selected" && recordIds.length === 0) errors.push("records");
    if (purposeParam && purposeParam !== purpose) errors.push("purpose");
    if (shareDays(days) === null) errors.push("days");
  }
  return {
    doctorId,
    scope,
    recordIds,
    purpose,
    days,
    errors,
    reviewing: wantsReview && errors.length === 0,
  };
}

/** "7" -> 7; anything but a whole number of days from 1 to 90 -> null. */
export function shareDays(value: string): number | null {
  if (!/^\d{1,3}$/.test(value.trim())) return null;
  const n = Number(value);
  return n >= 1 && n <= maxShareDays ? n : null;
}

/** When a share made now for `days` days ends. */
export function shareExpiry(days: number, now: Date): Date {
  return new Date(now.getTime() + days * 86_400_000);
}

/** The form's URL with the draft's values, for the "Change" link of the review step. */
export function draftHref(draft: ShareDraft): string {
  const params = new URLSearchParams();
  if (draft.doctorId) params.set("doctor", draft.doctorId);
  params.set("scope", draft.scope);
  if (draft.scope === "selected") for (const id of draft.recordIds) params.append("record", id);
  params.set("purpose", draft.purpose);
  params.set("days", draft.days);
  return `/records/shares?${params.toString()}#share-form`;
}

const rank: Record<RecordShareDto["status"], number> = { live: 0, expired: 1, revoked: 1 };

/** Live shares first, then the rest; otherwise the order given (newest first). */
export function liveFirst<T extends Pick<RecordShareDto, "status">>(shares: readonly T[]): T[] {
  return [...shares].sort((a, b) => rank[a.status] - rank[b.status]);
}
