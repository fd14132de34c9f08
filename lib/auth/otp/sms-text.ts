import type { OtpPurpose } from "@/db/schema/phone-otps";

const texts = {
  en: {
    sign_in: (code: string) =>
      `${code} is your SwasthAI sign-in code. It expires in 5 minutes. Never share it.`,
    verify_phone: (code: string) =>
      `${code} is your SwasthAI code to verify this number. It expires in 5 minutes. Never share it.`,
  },
  hi: {
    sign_in: (code: string) =>
      `${code} आपका SwasthAI साइन-इन कोड है। यह 5 मिनट में समाप्त हो जाएगा। इसे कभी किसी से साझा न करें।`,
    verify_phone: (code: string) =>
      `${code} इस नंबर की पुष्टि के लिए आपका SwasthAI कोड है। यह 5 मिनट में समाप्त हो जाएगा। इसे कभी किसी से साझा न करें।`,
  },
} as const;

/**
 * The SMS with a code, in the account's language. Its last line is the WebOTP origin binding
 * (`@host #code`): browsers offer the code only on that site, and phishing pages never get it.
 */
export function otpSmsText(
  locale: "en" | "hi",
  purpose: OtpPurpose,
  code: string,
  origin: string,
): string {
  return `${texts[locale][purpose](code)}\n\n@${new URL(origin).hostname} #${code}`;
}
