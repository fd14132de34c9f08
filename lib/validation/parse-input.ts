import type { z } from "zod";
import { AppError, toFieldErrors } from "@/lib/errors";

/**
 * Parses input with a shared schema, or throws the 422 every door renders the same way
 * (`errors: [{ path, message }]`). For doors that cannot use apiRoute's body parsing (optional
 * bodies, multipart, form posts).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new AppError("validation_failed", "The input is invalid.", {
    errors: toFieldErrors(result.error.issues),
  });
}
