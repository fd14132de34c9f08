import { beforeEach, describe, expect, it } from "vitest";
import { GET as searchRoute } from "@/app/api/v1/medicines/route";
import { GET as oneRoute } from "@/app/api/v1/medicines/[id]/route";
import { GET as shelvesRoute } from "@/app/api/v1/medicine-categories/route";
import { call } from "@/tests/api-client";
import { createMedicine } from "@/tests/factories-medicines";

const search = (query: string) => call(searchRoute, { path: `/medicines?${query}` });
const names = (res: { body: { data: { name: string }[] } }) => res.body.data.map((m) => m.name);

beforeEach(async () => {
  await Promise.all([
    createMedicine({
      name: "Paracetamol 500 mg Tablet",
      genericName: "Paracetamol",
      nameHi: "पैरासिटामोल 500 mg टैबलेट",
      category: "fever",
      price: "19.80",
      mrp: "22.00",
    }),
    createMedicine({
      name: "Cetirizine 10 mg Tablet",
      genericName: "Cetirizine",
      nameHi: "सेटिरिज़िन 10 mg टैबलेट",
      strength: "10 mg",
      category: "allergy",
      price: "18.00",
      mrp: "20.00",
    }),
    createMedicine({
      name: "Levocetirizine 5 mg Tablet",
      genericName: "Levocetirizine",
      strength: "5 mg",
      category: "allergy",
      price: "40.50",
      mrp: "45.00",
      stockQty: 0,
    }),
    createMedicine({
      name: "Azithromycin 500 mg Tablet",
      genericName: "Azithromycin",
      category: "antibiotics",
      prescriptionRequired: true,
      schedule: "h",
      maxPerOrder: 3,
      price: "106.20",
      mrp: "118.00",
    }),
    createMedicine({
      name: "Alprazolam 0.5 mg Tablet",
      genericName: "Alprazolam",
      category: "mental health",
      prescriptionRequired: true,
      schedule: "h1",
      controlled: true,
      maxPerOrder: 2,
    }),
    createMedicine({ name: "Paracetamol Old Stock", genericName: "Paracetamol", isActive: false }),
  ]);
});

describe("GET /medicines", () => {
  it.each([
    ["a typo of the generic name", "paracetmol", "Paracetamol 500 mg Tablet"],
    ["a misspelt antihistamine", "cetrizine", "Cetirizine 10 mg Tablet"],
    ["the Hindi name", "पैरासिटामोल", "Paracetamol 500 mg Tablet"],
    ["another Hindi name", "सेटिरिज़िन", "Cetirizine 10 mg Tablet"],
    ["capitals", "AZITHRO", "Azithromycin 500 mg Tablet"],
  ])("finds the medicine from %s (%s), withdrawn ones never", async (_label, q, expected) => {
    const res = await search(`q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    expect(names(res)[0]).toBe(expected);
    expect(names(res)).not.toContain("Paracetamol Old Stock");
  });

  it("ranks a name containing the text above a merely similar one", async () => {
    const res = await search("q=cetirizine");
    expect(names(res)).toEqual(["Cetirizine 10 mg Tablet", "Levocetirizine 5 mg Tablet"]);
  });

  it("filters by shelf, prescription need and stock, and sorts by price", async () => {
    expect(names(await search("category=ALLERGY&sort=price"))).toEqual([
      "Cetirizine 10 mg Tablet",
      "Levocetirizine 5 mg Tablet",
    ]);
    expect(names(await search("category=allergy&inStock=true"))).toEqual([
      "Cetirizine 10 mg Tablet",
    ]);
    expect(names(await search("rx=prescription"))).toEqual(["Azithromycin 500 mg Tablet"]);
    const otc = await search("rx=otc&sort=name");
    expect(names(otc)).toEqual([
      "Cetirizine 10 mg Tablet",
      "Levocetirizine 5 mg Tablet",
      "Paracetamol 500 mg Tablet",
    ]);
    expect(otc.body.meta.total).toBe(3);
  });

  it("shows never-online medicines as such, with no quantity allowed", async () => {
    const res = await search("q=alprazolam");
    expect(res.body.data[0]).toMatchObject({ orderability: "not_online", maxQuantity: 0 });
  });

  it.each([
    ["rx=maybe", "rx"],
    ["sort=cheapest", "sort"],
    ["inStock=yes", "inStock"],
    ["page=0", "page"],
  ])("rejects %s with 422 at %s", async (query, path) => {
    const res = await search(query);
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
  });
});

describe("GET /medicines/:id", () => {
  it("gives the leaflet and same-composition substitutes, cheapest first, not itself", async () => {
    const own = await createMedicine({
      name: "Crocin-like 500",
      genericName: "PARACETAMOL",
      strength: "500 MG",
      price: "30.00",
      mrp: "30.00",
      stockQty: 4,
      description: "For fever.",
    });
    await createMedicine({ name: "Paracetamol Syrup", genericName: "Paracetamol", form: "syrup" });
    await createMedicine({
      name: "Paracetamol 650",
      genericName: "Paracetamol",
      strength: "650 mg",
    });
    const res = await call(oneRoute, { params: { id: own.uuid } });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      name: "Crocin-like 500",
      description: "For fever.",
      lowStockCount: 4,
      discountPercent: 0,
    });
    expect(names({ body: { data: res.body.data.substitutes } })).toEqual([
      "Paracetamol 500 mg Tablet",
    ]);
    expect(res.body.data.substitutes[0].price).toBe("19.80");
  });

  it("is 404 for an unknown, withdrawn or malformed medicine id", async () => {
    const gone = await createMedicine({ isActive: false });
    for (const id of [gone.uuid, "00000000-0000-4000-8000-000000000000", "nope"]) {
      expect((await call(oneRoute, { params: { id } })).status).toBe(404);
    }
  });
});

describe("GET /medicine-categories", () => {
  it("lists the shelves of active medicines with their counts", async () => {
    const res = await call(shelvesRoute, { path: "/medicine-categories" });
    expect(res.body.data).toEqual([
      { category: "allergy", count: 2 },
      { category: "antibiotics", count: 1 },
      { category: "fever", count: 1 },
      { category: "mental health", count: 1 },
    ]);
  });
});
