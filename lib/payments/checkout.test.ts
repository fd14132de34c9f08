import { describe, expect, it } from "vitest";
import { hostedCheckoutFields } from "./checkout";
import { payPath, thingPath } from "./pay-path";

describe("hosted checkout form", () => {
  const base = {
    keyId: "rzp_test_1",
    providerOrderId: "order_ABC",
    amount: "523.40",
    name: "SwasthAI",
    description: "Medicine order MO-2026-000001",
    payer: { name: "Asha Rao", email: "asha@example.test", phone: null },
    callbackUrl: "https://swasthai.example/pay/medicine-orders/u1/callback",
    cancelUrl: "https://swasthai.example/pay/medicine-orders/u1?notice=not_completed",
  };

  it("carries the amount in paise, the order, the return addresses and the payer", () => {
    const fields = Object.fromEntries(hostedCheckoutFields(base));
    expect(fields).toMatchObject({
      key_id: "rzp_test_1",
      order_id: "order_ABC",
      amount: "52340",
      currency: "INR",
      "prefill[email]": "asha@example.test",
      callback_url: base.callbackUrl,
      cancel_url: base.cancelUrl,
    });
    expect(fields).not.toHaveProperty("prefill[contact]");
  });

  it("prefills the phone when the payer has one", () => {
    const fields = Object.fromEntries(
      hostedCheckoutFields({ ...base, payer: { ...base.payer, phone: "+919812345678" } }),
    );
    expect(fields["prefill[contact]"]).toBe("+919812345678");
  });

  it("builds the pay page and the paid thing's page", () => {
    expect(payPath("lab_booking", "u2")).toBe("/pay/lab-bookings/u2");
    expect(thingPath("medicine_order", "u1")).toBe("/pharmacy/orders/u1");
    expect(thingPath("appointment", "u3")).toBe("/appointments/u3");
  });
});
