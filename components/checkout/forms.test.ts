import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";
import type { AddressDto } from "@/lib/addresses/schemas";
import { AddressForm } from "@/components/addresses/AddressForm";
import { CheckoutForm } from "./CheckoutForm";

// The checkout and address forms draw every word from the copy the page hands them, and the
// checkout's upload is a sibling form (forms cannot nest) its file input points at.

const action = async () => ({ ok: true });
const home: AddressDto = {
  id: "7f1c2d9e-8a4b-4c3d-9e2f-1a2b3c4d5e6f",
  label: "Home",
  name: "Asha Rao",
  phone: "+919876543210",
  line1: "12 MG Road",
  line2: null,
  city: "Pune",
  state: "Maharashtra",
  pincode: "411001",
  isDefault: true,
};

const checkout = (messages: typeof en, needsPrescription: boolean, onlinePayments = false) =>
  renderToStaticMarkup(
    h(CheckoutForm, {
      placeAction: action,
      uploadAction: action,
      lines: [{ medicineId: "m-1", quantity: 2 }],
      idempotencyKey: "key-1",
      addresses: [home],
      prescriptions: [
        {
          id: "rx-1",
          title: "Prescription RX-2026-000007",
          doctorName: "Dr. Rohan",
          date: "2026-03-10",
        },
      ],
      needsPrescription,
      chosenPrescription: "rx-1",
      onlinePayments,
      copy: messages.Checkout,
      addressCopy: messages.Addresses.fields,
    }),
  );

describe("CheckoutForm", () => {
  it("has the delivery, prescription and payment steps and Place order, with the lines and key", () => {
    const html = checkout(en, true);
    for (const text of ["Delivery address", "Prescription", "Payment method", "Place order"]) {
      expect(html).toContain(text);
    }
    expect(html).toContain('name="items.0.medicineId" value="m-1"');
    expect(html).toContain('name="idempotencyKey" value="key-1"');
    expect(html).toContain('name="prescriptionRecordId" checked="" value="rx-1"');
    expect(html).toContain("By Dr. Rohan");
    expect(html).toContain(en.Checkout.payment.onlineOff);
    expect(html).not.toContain('value="upi"');
    // The upload form is a sibling, never nested in the order form.
    expect(html).toMatch(/<\/form><form id="upload-prescription"/);
    expect(html.match(/<form/g)).toHaveLength(2);
  });

  it("asks for no prescription when the cart needs none, and offers UPI and card when online", () => {
    const html = checkout(en, false, true);
    expect(html).not.toContain('name="prescriptionRecordId"');
    expect(html).toContain('value="upi"');
    expect(html).toContain('value="card"');
  });

  it("speaks Hindi with the Hindi copy", () => {
    const html = checkout(hi as unknown as typeof en, true);
    expect(html).toContain(hi.Checkout.place);
    expect(html).toContain(hi.Checkout.address.title);
    expect(html).not.toContain(en.Checkout.place);
  });
});

describe("AddressForm", () => {
  it("prefills an address being edited, its state chosen", () => {
    const html = renderToStaticMarkup(
      h(AddressForm, {
        action,
        address: home,
        cancelHref: "/profile/addresses",
        copy: en.Addresses,
      }),
    );
    expect(html).toContain('value="12 MG Road"');
    expect(html).toMatch(/<option value="Maharashtra" selected="">/);
    expect(html).toContain(en.Addresses.fields.pincode);
  });
});
