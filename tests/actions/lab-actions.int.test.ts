import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  uploadLabReportAction,
  setLabStatusAction,
} from "@/app/(site)/(admin)/admin/lab-bookings/actions";
import {
  bookLabTestsAction,
  cancelLabBookingAction,
} from "@/app/(site)/(patient)/lab-tests/actions";
import { db } from "@/db/client";
import { addresses, healthRecords, labBookings } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { createUser } from "@/tests/factories";
import { clinicDate } from "@/tests/factories-appointments";
import { createLabTest, puneAddress } from "@/tests/factories-lab";
import { actorFor, sampleFiles, useTemporaryStorage } from "@/tests/factories-users";
import hi from "@/messages/hi.json";
import { requestLocale } from "@/tests/mocks/next-intl-server";

// The lab forms' doors with Next's request scope stubbed (who is signed in, the language, where
// it redirects); the domain below them is real. This is what a form post without JavaScript hits.
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
  door.actor = null;
  door.redirects = [];
  requestLocale.current = "en";
});
afterEach(async () => {
  await storage.cleanup();
});

function form(fields: Record<string, string | string[] | File>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  }
  return data;
}

async function signedInPatient() {
  const user = await createUser({ fullName: "Asha Verma" });
  door.actor = actorFor(user);
  return user;
}

const homeForm = (testId: string, extra: Record<string, string> = {}) =>
  form({
    testIds: [testId],
    bookingType: "home_collection",
    date: clinicDate(1),
    time: "06:00",
    addressId: "new",
    idempotencyKey: "form-key-1",
    ...puneAddress,
    ...extra,
  });

describe("the booking form", () => {
  it("books with a typed address and goes to the booking; the same form posted twice books once", async () => {
    const lipid = await createLabTest();
    await signedInPatient();
    await bookLabTestsAction(null, homeForm(lipid.uuid));
    await bookLabTestsAction(null, homeForm(lipid.uuid));
    const rows = await db.select().from(labBookings);
    expect(rows).toHaveLength(1);
    expect(door.redirects).toEqual([
      `/lab-tests/bookings/${rows[0]!.uuid}?notice=booked`,
      `/lab-tests/bookings/${rows[0]!.uuid}?notice=booked`,
    ]);
  });

  it("books with a saved address, and treats someone else's saved address as missing", async () => {
    const lipid = await createLabTest();
    const stranger = await createUser();
    const [theirs] = await db
      .insert(addresses)
      .values({ userId: stranger.id, ...puneAddress, phone: "+919876543210", state: "Maharashtra" })
      .returning();
    const me = await signedInPatient();
    const [mine] = await db
      .insert(addresses)
      .values({ userId: me.id, ...puneAddress, phone: "+919876543210", state: "Maharashtra" })
      .returning();
    const refused = await bookLabTestsAction(
      null,
      homeForm(lipid.uuid, { addressId: theirs!.uuid, idempotencyKey: "k2" }),
    );
    expect(refused).toMatchObject({ ok: false, code: "not_found" });
    await bookLabTestsAction(
      null,
      homeForm(lipid.uuid, { addressId: mine!.uuid, idempotencyKey: "k3" }),
    );
    const [row] = await db.select().from(labBookings);
    expect(row!.collectionAddress).toMatchObject({ line1: puneAddress.line1, pincode: "411004" });
  });

  it("puts each typed-address error beside its field, in Hindi too, and keeps what was typed", async () => {
    const lipid = await createLabTest();
    await signedInPatient();
    requestLocale.current = "hi";
    const result = await bookLabTestsAction(
      null,
      homeForm(lipid.uuid, { pincode: "12", phone: "12345" }),
    );
    expect(result.ok).toBe(false);
    expect(result.fieldErrors).toEqual({
      pincode: hi.Lab.errors.fields.pincode,
      phone: hi.Lab.errors.fields.phone,
    });
    expect(result.values).toMatchObject({ city: "Pune", pincode: "12" });
    expect(await db.select().from(labBookings)).toHaveLength(0);
  });

  it("says the slot filled up beside the time when it is full", async () => {
    const lipid = await createLabTest();
    await signedInPatient();
    const { labSlotUsage } = await import("@/db/schema");
    await db
      .insert(labSlotUsage)
      .values({ date: clinicDate(1), timeSlot: "06:00", area: "411", capacity: 1, booked: 1 });
    const result = await bookLabTestsAction(null, homeForm(lipid.uuid));
    expect(result).toMatchObject({
      ok: false,
      code: "conflict",
      fieldErrors: { time: "That time just filled up. Choose another time." },
    });
  });

  it("cancels from the booking page", async () => {
    const lipid = await createLabTest();
    await signedInPatient();
    await bookLabTestsAction(null, homeForm(lipid.uuid));
    const [row] = await db.select().from(labBookings);
    await cancelLabBookingAction(null, form({ id: row!.uuid }));
    const [after] = await db.select().from(labBookings).where(eq(labBookings.id, row!.id));
    expect(after!.status).toBe("cancelled");
    expect(door.redirects.at(-1)).toBe(`/lab-tests/bookings/${row!.uuid}?notice=cancelled`);
  });
});

describe("the lab desk forms", () => {
  it("moves a booking on and files the uploaded report; a patient is refused", async () => {
    const lipid = await createLabTest();
    await signedInPatient();
    await bookLabTestsAction(null, homeForm(lipid.uuid));
    const [row] = await db.select().from(labBookings);
    const step = form({ id: row!.uuid, status: "sample_collected", tab: "" });
    expect(await setLabStatusAction(null, step)).toMatchObject({ ok: false, code: "forbidden" });

    door.actor = actorFor(await createUser({ role: "admin" }));
    await setLabStatusAction(null, step);
    expect(door.redirects.at(-1)).toBe("/admin/lab-bookings?done=sample_collected");
    const missing = await uploadLabReportAction(null, form({ id: row!.uuid, tab: "" }));
    expect(missing.fieldErrors?.file).toBeDefined();
    const file = new File([sampleFiles.pdf()], "lipid.pdf", { type: "application/pdf" });
    await uploadLabReportAction(null, form({ id: row!.uuid, tab: "", file }));
    expect(door.redirects.at(-1)).toBe("/admin/lab-bookings?done=report_ready");
    const [record] = await db.select().from(healthRecords);
    expect(record).toMatchObject({ recordType: "lab_report", title: "Lab report: Lipid Profile" });
  });
});
