import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  createLabTestAction,
  createMedicineAction,
  setMedicinePublishedAction,
  updateLabTestAction,
  updateMedicineAction,
} from "@/app/(site)/(admin)/admin/catalogue/actions";
import { db } from "@/db/client";
import { labTests, medicines } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { createUser } from "@/tests/factories";
import { actorFor } from "@/tests/factories-users";
import { requestLocale } from "@/tests/mocks/next-intl-server";

// The catalogue pages' doors with Next's request scope stubbed (the session's actor, where the
// action sends the browser). Everything below (lib/catalogue, the database) is real.
const door = vi.hoisted(() => ({ actor: null as Actor | null, redirects: [] as string[] }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => door.actor }));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    door.redirects.push(url);
  },
}));
vi.mock("next-intl/server", () => import("@/tests/mocks/next-intl-server"));

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields))
    for (const one of Array.isArray(v) ? v : [v]) data.append(k, one);
  return data;
};

const medicineForm = {
  name: "Calpol 650",
  genericName: "Paracetamol",
  form: "tablet",
  price: "30",
  mrp: "35.50",
  schedule: "otc",
  stockQty: "40",
  maxPerOrder: "",
  isActive: "on",
};

beforeEach(async () => {
  door.actor = actorFor(await createUser({ role: "admin" }));
  door.redirects = [];
  requestLocale.current = "en";
});

const medicineRow = async () => (await db.select().from(medicines))[0]!;

describe("the medicine forms", () => {
  it("add a medicine and go to its page; a patient is refused and nothing is added", async () => {
    const admin = door.actor;
    door.actor = actorFor(await createUser());
    expect(await createMedicineAction(null, form(medicineForm))).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await db.select().from(medicines)).toHaveLength(0);
    door.actor = admin;
    await createMedicineAction(null, form(medicineForm));
    const row = await medicineRow();
    expect(row).toMatchObject({ price: "30.00", mrp: "35.50", stockQty: 40, isActive: true });
    expect(door.redirects).toEqual([`/admin/catalogue/medicines/${row.uuid}?done=created`]);
  });

  it("say each problem beside its field, in Hindi too, and keep what was typed", async () => {
    requestLocale.current = "hi";
    const result = await createMedicineAction(
      null,
      form({ ...medicineForm, price: "40.00", schedule: "x", maxPerOrder: "0" }),
    );
    expect(result.ok).toBe(false);
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
      "maxPerOrder",
      "prescriptionRequired",
      "price",
    ]);
    expect(result.fieldErrors?.price).toMatch(/MRP/);
    expect(result.message).toBe("कृपया चिह्नित फ़ील्ड ठीक करें।");
    expect(result.values).toMatchObject({ price: "40.00", schedule: "x" });
  });

  it("save a price without touching stock that orders changed meanwhile; a stale stock edit is 409", async () => {
    await createMedicineAction(null, form(medicineForm));
    const row = await medicineRow();
    await db.update(medicines).set({ stockQty: 37 }).where(eq(medicines.id, row.id));
    const edit = { ...medicineForm, id: row.uuid, expectedStockQty: "40" };
    const priced = await updateMedicineAction(null, form({ ...edit, price: "25.00" }));
    expect(priced.ok).toBe(true);
    expect(await medicineRow()).toMatchObject({ price: "25.00", stockQty: 37 });
    expect(priced.values).toMatchObject({ stockQty: "37", expectedStockQty: "37" });
    const stale = await updateMedicineAction(null, form({ ...edit, stockQty: "100" }));
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    expect(stale.fieldErrors?.stockQty).toMatch(/Reload/);
    expect((await medicineRow()).stockQty).toBe(37);
  });

  it("hide and publish with the toggle", async () => {
    await createMedicineAction(null, form(medicineForm));
    const { uuid } = await medicineRow();
    await setMedicinePublishedAction(null, form({ id: uuid, isActive: "false" }));
    expect((await medicineRow()).isActive).toBe(false);
    await setMedicinePublishedAction(null, form({ id: uuid, isActive: "true" }));
    expect((await medicineRow()).isActive).toBe(true);
    expect(door.redirects.slice(1)).toEqual([
      `/admin/catalogue/medicines/${uuid}?done=hidden`,
      `/admin/catalogue/medicines/${uuid}?done=published`,
    ]);
  });
});

describe("the lab test forms", () => {
  const test = (code: string, extra: Record<string, string | string[]> = {}) => ({
    name: `Test ${code}`,
    code,
    category: "blood",
    price: "300",
    mrp: "400",
    parameters: "Haemoglobin\nWBC count\n",
    homeCollection: "on",
    isActive: "on",
    ...extra,
  });

  it("build a package from the checklist, and refuse a taken code beside the code field", async () => {
    await createLabTestAction(null, form(test("CBC")));
    await createLabTestAction(null, form(test("ESR")));
    const singles = await db.select({ uuid: labTests.uuid }).from(labTests);
    await createLabTestAction(
      null,
      form(test("FEVER", { isPackage: "on", packageTestIds: singles.map((s) => s.uuid) })),
    );
    const [pkg] = await db.select().from(labTests).where(eq(labTests.code, "FEVER"));
    expect(pkg).toMatchObject({ isPackage: true, parameters: ["Haemoglobin", "WBC count"] });
    const clash = await updateLabTestAction(null, form({ ...test("cbc"), id: pkg!.uuid }));
    expect(clash).toMatchObject({ ok: false, code: "conflict" });
    expect(clash.fieldErrors?.code).toMatch(/Another test already uses this code/);
    const empty = await updateLabTestAction(
      null,
      form({ ...test("FEVER", { isPackage: "on" }), id: pkg!.uuid }),
    );
    expect(empty.fieldErrors?.packageTestIds).toMatch(/at least one single test/);
  });
});
