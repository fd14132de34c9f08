import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import {
  placeOrderAction,
  uploadPrescriptionAction,
} from "@/app/(site)/(patient)/pharmacy/checkout/actions";
import { createAddressAction } from "@/app/(site)/(patient)/profile/addresses/actions";
import { db } from "@/db/client";
import { healthRecords, medicineOrders, medicines } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { createUser } from "@/tests/factories";
import { createMedicine } from "@/tests/factories-checkout";
import { actorFor, sampleFiles, useTemporaryStorage } from "@/tests/factories-users";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";
import { requestLocale } from "@/tests/mocks/next-intl-server";

// The checkout and address-book doors with Next's request scope stubbed; the domain is real. It is
// what a form post without JavaScript reaches.
const door = vi.hoisted(() => ({ actor: null as Actor | null, redirects: [] as string[] }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => door.actor }));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, revalidatePath: () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "127.0.0.1:3000" }) }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    door.redirects.push(url);
  },
}));
vi.mock("next-intl/server", () => import("@/tests/mocks/next-intl-server"));

let storage: Awaited<ReturnType<typeof useTemporaryStorage>>;
beforeEach(async () => {
  storage = await useTemporaryStorage();
  door.actor = actorFor(await createUser());
  door.redirects = [];
  requestLocale.current = "en";
});
afterEach(async () => {
  await storage.cleanup();
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const typed = {
  addressId: "new",
  name: "Asha Rao",
  phone: "98765 43210",
  line1: "12 MG Road",
  city: "Pune",
  pincode: "411001",
};

describe("the checkout form", () => {
  it("places the order once for a double submit and lands on its confirmation", async () => {
    const m = await createMedicine({ stockQty: 5 });
    const fields = {
      ...typed,
      "items.0.medicineId": m.uuid,
      "items.0.quantity": "2",
      paymentMethod: "cod",
      idempotencyKey: "form-key-1",
    };
    await placeOrderAction(null, form(fields));
    await placeOrderAction(null, form(fields));
    const orders = await db.select().from(medicineOrders);
    expect(orders).toHaveLength(1);
    expect(door.redirects).toEqual([
      `/pharmacy/orders/${orders[0]!.uuid}/confirmed`,
      `/pharmacy/orders/${orders[0]!.uuid}/confirmed`,
    ]);
    const [row] = await db.select().from(medicines).where(eq(medicines.id, m.id));
    expect(row!.stockQty).toBe(3);
  });

  it("shows a bad address field beside the field, in Hindi too, and hands every value back", async () => {
    requestLocale.current = "hi";
    const m = await createMedicine();
    const result = await placeOrderAction(
      null,
      form({
        ...typed,
        pincode: "4110",
        "items.0.medicineId": m.uuid,
        "items.0.quantity": "1",
        paymentMethod: "cod",
        notes: "Ring twice",
      }),
    );
    expect(result.ok).toBe(false);
    expect(result.fieldErrors).toEqual({ pincode: hi.Checkout.errors.fields.pincode });
    expect(result.values).toMatchObject({ line1: "12 MG Road", notes: "Ring twice" });
    expect(door.redirects).toEqual([]);
  });

  it("asks for a prescription beside the prescription block", async () => {
    const rx = await createMedicine({ schedule: "h" });
    const result = await placeOrderAction(
      null,
      form({
        ...typed,
        "items.0.medicineId": rx.uuid,
        "items.0.quantity": "1",
        paymentMethod: "cod",
      }),
    );
    expect(result.fieldErrors).toEqual({
      prescriptionRecordId: en.Checkout.errors.fields.prescriptionRecordId,
    });
  });

  it("files an uploaded prescription in my records and returns to checkout with it chosen", async () => {
    const data = new FormData();
    data.append("file", new File([sampleFiles.pdf()], "rx.pdf", { type: "application/pdf" }));
    await uploadPrescriptionAction(null, data);
    const [record] = await db
      .select()
      .from(healthRecords)
      .where(eq(healthRecords.userId, door.actor!.userId));
    expect(record).toMatchObject({ recordType: "prescription", title: "rx.pdf" });
    expect(door.redirects).toEqual([
      `/pharmacy/checkout?prescription=${record!.uuid}#prescription`,
    ]);
  });
});

describe("the address book form", () => {
  it("saves with the state from the PIN code, or says which field is wrong", async () => {
    await createAddressAction(null, form(typed));
    expect(door.redirects).toEqual(["/profile/addresses?notice=saved"]);
    const bad = await createAddressAction(null, form({ ...typed, phone: "12" }));
    expect(bad.fieldErrors).toEqual({ phone: en.Addresses.errors.fields.phone });
    expect(bad.values).toMatchObject({ name: "Asha Rao" });
  });
});
