import "server-only";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/actor";
import { AppError, type ErrorCode } from "@/lib/errors";
import { linkAbhaSchema, type LinkAbhaInput } from "@/lib/abha/schemas";
import { actionFailure, type ActionResult } from "@/lib/users/action-result";
import { parseInput } from "@/lib/validation/parse-input";

type LooseT = { (key: string): string; has(key: string): boolean };

/**
 * Shared plumbing of the profile, onboarding and settings actions: the actor (actions are public
 * endpoints, so each one checks), form-value readers, and errors rendered in the user's language.
 */
export async function actorOrThrow(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("unauthenticated", "Sign in again.");
  return actor;
}

/** An ActionResult for a thrown error: field hints beside fields, one summary line. */
export async function failure(error: unknown): Promise<ActionResult> {
  const t = (await getTranslations("profile.errors")) as unknown as LooseT;
  return actionFailure(error, ({ code, path }: { code: ErrorCode; path?: string }) => {
    if (path && code === "conflict" && t.has(`conflicts.${path}`)) return t(`conflicts.${path}`);
    if (path && t.has(`fields.${path}`)) return t(`fields.${path}`);
    return t(`codes.${code}`);
  });
}

/** A text field's value; undefined when the form did not send it (so the field is left alone). */
export function formText(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
}

/** A number field: "" -> null (clear), digits -> number, anything else passes through for zod to refuse. */
export function formNumber(form: FormData, name: string): number | null | string | undefined {
  const value = formText(form, name);
  if (value === undefined) return undefined;
  const trimmed = value.trim().replace(",", ".");
  if (trimmed === "") return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : value;
}

/** Every value of a repeated field (chips, checkboxes). */
export function formList(form: FormData, name: string): string[] {
  return form.getAll(name).filter((v): v is string => typeof v === "string");
}

/** Drops undefined entries so absent fields stay out of partial updates. */
export function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

/** The ABHA fields of a form (blank ones left out), validated; 422 when both are blank or bad. */
export function abhaInputOf(form: FormData): LinkAbhaInput {
  const number = formText(form, "abhaNumber")?.trim();
  const address = formText(form, "abhaAddress")?.trim();
  return parseInput(linkAbhaSchema, {
    ...(number ? { abhaNumber: number } : {}),
    ...(address ? { abhaAddress: address } : {}),
  });
}
