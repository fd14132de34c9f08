import "server-only";
import {
  linkAbhaSchema,
  requestAbhaOtpSchema,
  verifyAbhaOtpSchema,
  type LinkAbhaInput,
  type RequestAbhaOtpInput,
  type VerifyAbhaOtpInput,
} from "@/lib/abha/schemas";
import { formText } from "@/lib/actions/form-data";
import { parseInput } from "@/lib/validation/parse-input";

/** The ABHA fields of a form (blank ones left out), validated; 422 when both are blank or bad. */
export function abhaInputOf(form: FormData): LinkAbhaInput {
  const number = formText(form, "abhaNumber");
  const address = formText(form, "abhaAddress");
  return parseInput(linkAbhaSchema, {
    ...(number ? { abhaNumber: number } : {}),
    ...(address ? { abhaAddress: address } : {}),
  });
}

/** The one "ABHA number or address" field of the OTP request: an "@" makes it an address. */
export function abhaOtpRequestOf(form: FormData): RequestAbhaOtpInput {
  const id = formText(form, "abhaId");
  return parseInput(
    requestAbhaOtpSchema,
    id.includes("@") ? { abhaAddress: id } : { abhaNumber: id },
  );
}

/** The code typed from the SMS. */
export function abhaOtpOf(form: FormData): VerifyAbhaOtpInput {
  return parseInput(verifyAbhaOtpSchema, { otp: formText(form, "otp") });
}
