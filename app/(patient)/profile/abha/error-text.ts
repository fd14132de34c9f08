import "server-only";
import { errorTextFor } from "@/lib/actions/error-text";

/**
 * The profile's error texts, plus the ABDM verification's own: which 503 it was (not configured
 * here, or ABDM not answering) and why an OTP was refused, told apart by the domain's detail.
 */
export const abhaErrorText = () =>
  errorTextFor("profile.errors", ({ code, detail = "" }, t) => {
    if (code === "unavailable") {
      return t(/not available here/.test(detail) ? "abdm.unavailable" : "abdm.down");
    }
    if (/^ABDM could not send/.test(detail)) return t("abdm.notSent");
    if (/^No OTP is waiting/.test(detail)) return t("abdm.otpNone");
    if (/^is not the code ABDM sent/.test(detail)) return t("abdm.otpWrong");
    return undefined;
  });
