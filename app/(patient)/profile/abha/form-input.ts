import "server-only";
import { linkAbhaSchema, type LinkAbhaInput } from "@/lib/abha/schemas";
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
