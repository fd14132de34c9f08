import "server-only";
import { abdmMessages } from "@/lib/abha/abdm/messages";
import { errorTextFor } from "@/lib/actions/error-text";

/**
 * The profile's error texts, plus the ABDM verification's own: which 503 it was (not configured
 * here, or ABDM not answering) and why an OTP was refused, told apart by the domain's detail.
 */
export const abhaErrorText = () =>
  errorTextFor("profile.errors", ({ code, detail = "" }, t) => {
    if (code === "unavailable") {
      return t(detail === abdmMessages.unavailable ? "abdm.unavailable" : "abdm.down");
    }
    if (detail === abdmMessages.notSent || detail === abdmMessages.notSentField) {
      return t("abdm.notSent");
    }
    if (detail === abdmMessages.otpNone) return t("abdm.otpNone");
    if (detail === abdmMessages.otpWrong) return t("abdm.otpWrong");
    return undefined;
  });
