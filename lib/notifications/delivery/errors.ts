import { AppError } from "@/lib/errors";

/**
 * A message a provider did not take. `permanent` ones (an invalid number, a push subscription the
 * service says is gone, no DLT template) fail at once; others are retried with backoff. It is an
 * AppError("unavailable") so a caller sending directly (the OTP) answers 503, never a 500.
 */
export class DeliveryError extends AppError {
  readonly permanent: boolean;

  constructor(detail: string, options: { permanent?: boolean; cause?: unknown } = {}) {
    super("unavailable", detail, { cause: options.cause });
    this.name = "DeliveryError";
    this.permanent = options.permanent ?? false;
  }
}
