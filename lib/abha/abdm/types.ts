/** What an OTP proves: ABDM's `loginHint` for an ABHA number or an ABHA address. */
export type AbhaLoginHint = "abha-number" | "abha-address";

/** The OTP ABDM sent: its transaction, and ABDM's own words (it names the masked mobile). */
export interface AbdmOtpSent {
  txnId: string;
  message: string;
}

/** Whose ABHA the OTP proved, as ABDM reports it (digits only, lower-case address). */
export interface AbdmIdentity {
  abhaNumber: string | null;
  abhaAddress: string | null;
}

/** The answer to an OTP: proved, or refused (wrong or expired code). */
export type AbdmVerifyResult = { ok: true; identity: AbdmIdentity } | { ok: false };

/**
 * ABDM's OTP flow for proving that an ABHA number or address is the caller's. The HTTP adapter
 * talks to ABDM; the embedded one says verification is unavailable (no credentials).
 */
export interface AbdmAdapter {
  readonly kind: "abdm" | "unavailable";
  /** Asks ABDM to send an OTP to the mobile registered with the ABHA. */
  requestOtp(hint: AbhaLoginHint, loginId: string): Promise<AbdmOtpSent>;
  /** Checks the OTP the person typed against the transaction. */
  verifyOtp(hint: AbhaLoginHint, txnId: string, otp: string): Promise<AbdmVerifyResult>;
}
