import { constants, publicEncrypt } from "node:crypto";

/** The one algorithm ABDM publishes today beside its certificate; anything else is refused. */
export const abdmAlgorithm = "RSA/ECB/OAEPWithSHA-1AndMGF1Padding";

/** ABDM's bare base64 DER public key, wrapped in PEM armour so Node can load it. */
export function pemOf(base64Der: string): string {
  const body = base64Der.replace(/\s+/g, "").replace(/(.{64})/g, "$1\n");
  return `-----BEGIN PUBLIC KEY-----\n${body.trimEnd()}\n-----END PUBLIC KEY-----\n`;
}

/**
 * Encrypts a login id or an OTP the way ABDM reads it: RSA-OAEP with SHA-1 and MGF1, base64. The
 * algorithm comes from ABDM's certificate answer; an unknown one is refused rather than guessed,
 * because ABDM reports a wrong padding as a wrong value.
 */
export function encryptForAbdm(publicKey: string, algorithm: string, plaintext: string): string {
  if (algorithm !== abdmAlgorithm) {
    throw new Error(`ABDM asks for an encryption this app does not know: ${algorithm}`);
  }
  return publicEncrypt(
    { key: pemOf(publicKey), padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha1" },
    Buffer.from(plaintext, "utf8"),
  ).toString("base64");
}
