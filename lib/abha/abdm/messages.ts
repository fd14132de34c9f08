/**
 * The details of ABDM verification's errors. The API sends them as they are; the page's forms
 * recognise them (app/(site)/(patient)/profile/abha/error-text.ts) to say the same in the user's language,
 * so both sides read these constants rather than matching wording.
 */
export const abdmMessages = {
  unavailable: "ABHA verification is not available here, so ABHA links stay unverified.",
  down: "ABDM did not answer. Please try again in a few minutes.",
  notSent: "ABDM could not send an OTP for this ABHA.",
  notSentField: "ABDM could not send an OTP for it; check it and retry",
  otpNone: "No OTP is waiting: request a new one",
  otpWrong: "is not the code ABDM sent, or it has expired",
} as const;
