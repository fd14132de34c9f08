import { describe, expect, it } from "vitest";
import { priceOrder } from "./pricing";

describe("priceOrder", () => {
  it("charges delivery below the threshold and says how much more makes it free", () => {
    expect(priceOrder([{ unitPrice: "19.99", quantity: 3 }])).toEqual({
      subtotal: "59.97",
      deliveryFee: "40.00",
      total: "99.97",
      freeDeliveryShortfall: "439.03",
    });
  });

  it("delivers free from the threshold on", () => {
    expect(priceOrder([{ unitPrice: "499.00", quantity: 1 }])).toMatchObject({
      deliveryFee: "0.00",
      total: "499.00",
      freeDeliveryShortfall: "0.00",
    });
  });

  it("charges nothing for an empty cart", () => {
    expect(priceOrder([]).total).toBe("0.00");
  });
});
