import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./fixtures";

// Issue #13's pharmacy journey: the demo patient adds an OTC medicine and a prescription-only one,
// is asked for a prescription at checkout, picks the one their doctor issued (db/seed's demo
// prescription), places the order for cash and finds it in their orders; the admin confirms and
// dispatches it; the patient can no longer cancel it. Words come from messages/en.json.
test.describe.configure({ timeout: 150_000 });

async function seriousAxeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
}

/** Finds a medicine by a misspelt search, opens its page and adds one pack. */
async function addFromSearch(page: Page, search: string, name: string) {
  await page.goto("/pharmacy");
  await page.getByLabel("Search medicines").fill(search);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.getByRole("link", { name, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText(/in your cart/).first()).toBeVisible();
}

test("an OTC and a prescription medicine: ordered against the doctor's prescription, dispatched, no longer cancellable", async ({
  browser,
}) => {
  const patient = await (await browser.newContext()).newPage();
  await signIn(patient, demo.patient.email, demo.patient.password);

  await addFromSearch(patient, "paracetmol 500", "Paracetamol 500 mg Tablet");
  await addFromSearch(patient, "levothyroxin 50", "Levothyroxine 50 mcg Tablet");

  // The cart says a prescription will be asked for; checkout asks for it.
  await patient.goto("/pharmacy/cart");
  await expect(
    patient.getByText("Some medicines need a prescription: checkout asks for it."),
  ).toBeVisible();
  expect(await seriousAxeProblems(patient)).toEqual([]);
  await patient.getByRole("link", { name: "Checkout" }).click();
  await expect(patient).toHaveURL(/\/pharmacy\/checkout$/);
  const rxGroup = patient.getByRole("group", { name: "Prescription" });
  await expect(rxGroup).toBeVisible();
  expect(await seriousAxeProblems(patient)).toEqual([]);

  // Without a prescription the order is refused beside the prescription block.
  // With saved addresses, "A new address" is one of the choices; without, the fields are all.
  const newAddress = patient.getByRole("radio", { name: "A new address" });
  if ((await newAddress.count()) > 0) await newAddress.check();
  await patient.getByLabel("Full name").fill("Ananya Joshi");
  await patient.getByLabel("Mobile number").fill("9876543210");
  await patient.getByLabel("House and street").fill("Flat 4, Shanti Apartments, Karve Road");
  await patient.getByLabel("City").fill("Pune");
  await patient.getByLabel("PIN code", { exact: true }).fill("411004");
  await patient.getByRole("button", { name: "Place order" }).click();
  await expect(
    patient.getByText(
      "Choose one of your prescriptions or upload one: some medicines are prescription-only.",
    ),
  ).toBeVisible();

  // The prescription the doctor issued (its number RX-YYYY-NNNNNN), cash on delivery.
  await rxGroup
    .getByRole("radio", { name: /Prescription RX-\d{4}-\d{6}/ })
    .first()
    .check();
  await patient.getByRole("radio", { name: "Cash on delivery" }).check();
  await patient.getByRole("button", { name: "Place order" }).click();
  await patient.waitForURL(/\/pharmacy\/orders\/[0-9a-f-]{36}\/confirmed$/);
  const orderNumber = (
    await patient
      .getByText(/MO-\d{4}-\d{6}/)
      .first()
      .innerText()
  ).match(/MO-\d{4}-\d{6}/)![0];
  const orderPath = new URL(patient.url()).pathname.replace(/\/confirmed$/, "");

  // History lists it, pending, with both medicines.
  // Cards show the short number (the sequence part): MO-2026-000123 is "Order #000123".
  await patient.goto("/pharmacy/orders");
  await expect(
    patient.getByRole("link", { name: `View order #${orderNumber.split("-").pop()}` }),
  ).toBeVisible();
  await patient.goto(orderPath);
  await expect(patient.getByText("Paracetamol 500 mg Tablet").first()).toBeVisible();
  await expect(patient.getByText("Levothyroxine 50 mcg Tablet").first()).toBeVisible();
  await expect(patient.getByRole("link", { name: "Cancel order" })).toBeVisible();

  // The admin confirms, then dispatches it.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demo.admin.email, demo.admin.password);
  await admin.goto("/admin/orders?status=pending");
  // Each order's action is a small form named after the action and the order.
  await admin
    .getByRole("form", { name: `Confirm: order ${orderNumber}` })
    .getByRole("button", { name: "Confirm" })
    .click();
  await expect(admin.getByText(`Order ${orderNumber} is now Confirmed.`)).toBeVisible();
  await admin.goto("/admin/orders?status=confirmed");
  await admin
    .getByRole("form", { name: `Mark dispatched: order ${orderNumber}` })
    .getByRole("button", { name: "Mark dispatched" })
    .click();
  await expect(admin.getByText(`Order ${orderNumber} is now Dispatched.`)).toBeVisible();
  expect(await seriousAxeProblems(admin)).toEqual([]);

  // The patient sees it dispatched, and cancelling is no longer offered.
  await patient.goto(orderPath);
  await expect(patient.getByText("Dispatched").first()).toBeVisible();
  await expect(patient.getByRole("link", { name: "Cancel order" })).toHaveCount(0);
  await expect(patient.getByRole("button", { name: "Cancel order" })).toHaveCount(0);
});
