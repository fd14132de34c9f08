import { z } from "zod";
import { normaliseIndianMobile, personName, text } from "@/lib/validation/fields";
import { uuidSchema } from "@/lib/validation/ids";
import { indianStates, stateForPincode } from "./pincode";

const mobileMessage =
  "must be a 10-digit Indian mobile number (starting with 6-9), with or without +91";

/** A required Indian mobile number, stored as +91XXXXXXXXXX. */
const indianMobile = z
  .string()
  .max(20, mobileMessage)
  .transform((value, ctx) => {
    const phone = normaliseIndianMobile(value);
    if (!phone) {
      ctx.addIssue({ code: "custom", message: mobileMessage });
      return z.NEVER;
    }
    return phone;
  });

const pincode = z
  .string()
  .trim()
  .regex(/^[1-9]\d{5}$/, "must be a 6-digit PIN code");

/**
 * A delivery / collection address as a person types it. `state` may be left out when the PIN
 * code settles it (lib/addresses/pincode); it is then filled in. Its output parses again to
 * itself (null label / line2 allowed), so a service may re-validate what a door already parsed.
 */
export const addressInputSchema = z
  .object({
    label: text(1, 30).nullish().describe("home, work, ..."),
    name: personName(100),
    phone: indianMobile.describe("Indian mobile; returned as +91XXXXXXXXXX"),
    line1: text(1, 200),
    line2: text(0, 200).nullish(),
    city: text(1, 100),
    state: z.enum(indianStates).optional().describe("filled from the PIN code when it settles it"),
    pincode,
  })
  .transform((a, ctx) => {
    const state = a.state ?? stateForPincode(a.pincode);
    if (!state) {
      ctx.addIssue({ code: "custom", path: ["state"], message: "must not be empty" });
      return z.NEVER;
    }
    return { ...a, line2: a.line2 || null, label: a.label ?? null, state };
  });
export type AddressInput = z.input<typeof addressInputSchema>;
export type ParsedAddress = z.output<typeof addressInputSchema>;

/**
 * Where an order or a home collection goes: a saved address by id, or one typed in full (not
 * saved unless `save` is true).
 */
export const addressChoiceSchema = z.union([
  z.object({ addressId: z.uuid() }).strict(),
  addressInputSchema,
]);
export type AddressChoice = z.input<typeof addressChoiceSchema>;

/** A saved address as the API answers it. */
export const addressSchema = z.object({
  id: z.uuid(),
  label: z.string().nullable(),
  name: z.string(),
  phone: z.string(),
  line1: z.string(),
  line2: z.string().nullable(),
  city: z.string(),
  state: z.string(),
  pincode: z.string(),
  isDefault: z.boolean(),
});
export type AddressDto = z.infer<typeof addressSchema>;

/** The copy an order or booking keeps (later edits to the saved address never rewrite it). */
export const addressSnapshotSchema = z.object({
  name: z.string(),
  phone: z.string(),
  line1: z.string(),
  line2: z.string().nullable(),
  city: z.string(),
  state: z.string(),
  pincode: z.string(),
});
export type AddressSnapshotDto = z.infer<typeof addressSnapshotSchema>;

/** `/addresses/{id}` paths. */
export const addressIdParamsSchema = z.object({ id: uuidSchema });
