import { AppError } from "@/lib/errors";
import { abdmMessages } from "./messages";
import type { AbdmAdapter } from "./types";

/** 503: no ABDM credentials here, so a link can only be stored unverified. */
export function abdmUnavailableError(): AppError {
  return new AppError("unavailable", abdmMessages.unavailable);
}

/** The embedded default: says plainly that verification is unavailable, never pretends. */
export const unavailableAbdm: AbdmAdapter = {
  kind: "unavailable",
  requestOtp: () => Promise.reject(abdmUnavailableError()),
  verifyOtp: () => Promise.reject(abdmUnavailableError()),
};
