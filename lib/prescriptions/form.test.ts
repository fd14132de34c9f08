import { describe, expect, it } from "vitest";
import { issuePrescriptionSchema } from "./schemas";
import { editorFieldOf, prescriptionInputOf } from "./form";

const formOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
};

describe("prescriptionInputOf", () => {
  it("reads the filled rows, skips empty ones and remembers which row each item came from", () => {
    const { input, rowOf } = prescriptionInputOf(
      formOf({
        rows: "3",
        diagnosis: " Viral fever ",
        "items.0.name": "Crocin 650",
        "items.0.dosage": "1 tablet",
        "items.0.frequency": "thrice_daily",
        "items.0.durationDays": "5",
        "items.2.name": "ORS",
        "items.2.dosage": "1 sachet",
        "items.2.frequency": "after_meals",
        "items.2.durationDays": "30",
        "items.2.quantity": "10",
        testsAdvised: "CBC\r\n\r\n Dengue NS1 ",
        acknowledgeAllergies: "1",
      }),
    );
    expect(rowOf).toEqual([0, 2]);
    const parsed = issuePrescriptionSchema.parse(input);
    expect(parsed).toMatchObject({
      diagnosis: "Viral fever",
      testsAdvised: ["CBC", "Dengue NS1"],
      acknowledgeAllergies: true,
      items: [
        { name: "Crocin 650", durationDays: 5, frequency: "thrice_daily" },
        { name: "ORS", durationDays: 30, quantity: 10 },
      ],
    });
  });

  it("leaves an empty editor with no items, which the schema refuses", () => {
    const { input } = prescriptionInputOf(formOf({ diagnosis: "X" }));
    const result = issuePrescriptionSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["items"]);
  });
});

describe("editorFieldOf", () => {
  it("points an item's error at its form row and names medicine errors 'medicine'", () => {
    expect(editorFieldOf("items.1.dosage", [0, 2])).toBe("items.2.dosage");
    expect(editorFieldOf("items.0.medicineId", [3])).toBe("items.3.medicine");
    expect(editorFieldOf("items", [])).toBe("items");
    expect(editorFieldOf("testsAdvised.2", [])).toBe("testsAdvised");
  });
});
