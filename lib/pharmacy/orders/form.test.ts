import { describe, expect, it } from "vitest";
import { placeOrderInputOf } from "./form";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

describe("placeOrderInputOf", () => {
  it("reads the rendered lines, a saved address and the prescription", () => {
    expect(
      placeOrderInputOf(
        form({
          "items.0.medicineId": "m1",
          "items.0.quantity": "2",
          "items.1.medicineId": "m2",
          "items.1.quantity": "1.5",
          addressId: "a1",
          paymentMethod: "cod",
          prescriptionRecordId: "r1",
          saveAddress: "on",
        }),
      ),
    ).toEqual({
      items: [
        { medicineId: "m1", quantity: 2 },
        // Left as typed: the schema says it is not a whole number.
        { medicineId: "m2", quantity: "1.5" },
      ],
      deliveryAddress: { addressId: "a1" },
      paymentMethod: "cod",
      prescriptionRecordId: "r1",
      notes: undefined,
      saveAddress: false,
    });
  });

  it("reads a typed address when 'a new address' is chosen, saving it only when ticked", () => {
    const input = placeOrderInputOf(
      form({
        addressId: "new",
        name: "Asha",
        phone: "9876543210",
        line1: "12 MG Road",
        city: "Pune",
        pincode: "411001",
        paymentMethod: "cod",
        saveAddress: "on",
      }),
    );
    expect(input.deliveryAddress).toMatchObject({ name: "Asha", pincode: "411001" });
    expect(input.deliveryAddress).not.toHaveProperty("addressId");
    expect(input.saveAddress).toBe(true);
  });
});
