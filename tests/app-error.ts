import { isAppError, type AppError } from "@/lib/errors";

/** The AppError a promise rejects with; fails the test if it resolves or throws anything else. */
export async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    if (isAppError(err)) return err;
    throw err;
  }
  throw new Error("expected an error");
}
