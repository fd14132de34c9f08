import { expect, test } from "@playwright/test";
import { demo, signIn } from "./fixtures";

// Issue #13's lab journey: the demo patient books a fasting lipid profile with home collection,
// the admin collects the sample and uploads the report on the lab desk, and the patient downloads
// it from the booking and finds it in their health records.
test.describe.configure({ timeout: 120_000 });

// A one-page PDF a viewer can draw.
const pdf = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n" +
    "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n" +
    "trailer<</Root 1 0 R>>\n%%EOF\n",
);

test("a fasting lipid profile: booked at home, report uploaded by the admin, downloaded by the patient", async ({
  browser,
}) => {
  const patient = await (await browser.newContext()).newPage();
  await signIn(patient, demo.patient.email, demo.patient.password);

  // The catalogue: tick the lipid profile; the submit counts it with its price.
  await patient.goto("/lab-tests?q=Lipid");
  const lipid = patient.getByRole("checkbox", { name: "Lipid Profile", exact: true });
  await lipid.check();
  await expect(
    patient.getByRole("button", { name: /Book selected tests \(1\) · ₹/ }),
  ).toBeVisible();
  await patient.getByRole("button", { name: /Book selected tests/ }).click();
  await expect(patient).toHaveURL(/\/lab-tests\/book\?tests=/);
  await expect(patient.getByText(/Fast for 12 hours before the sample/)).toBeVisible();

  // Home collection in Pune: the area's places, then the first free slot and a typed address.
  await patient.getByLabel("PIN code for home collection").fill("411004");
  await patient.getByRole("button", { name: "Show times" }).click();
  await expect(patient).toHaveURL(/pincode=411004/);
  await patient
    .getByRole("radio", { name: /^\d{2}:00 · \d+ places? left$/ })
    .first()
    .check();
  await patient.getByRole("radio", { name: "A new address" }).check();
  await patient.getByLabel("Name", { exact: true }).fill("Asha Verma");
  await patient.getByLabel("Mobile number").fill("9876543210");
  await patient.getByLabel("House, street").fill("Flat 4, Shanti Apartments, Karve Road");
  await patient.getByLabel("City").fill("Pune");
  await patient.getByLabel("PIN code", { exact: true }).fill("411004");
  await patient.getByRole("button", { name: "Confirm booking" }).click();

  await patient.waitForURL(/\/lab-tests\/bookings\/[0-9a-f-]{36}\?notice=booked$/);
  const bookingPath = new URL(patient.url()).pathname;
  const id = bookingPath.split("/").pop()!;
  await expect(patient.getByText("Your booking is confirmed.", { exact: false })).toBeVisible();
  await expect(patient.getByText("Booked", { exact: true }).first()).toBeVisible();
  await expect(patient.getByText(/Maharashtra/)).toBeVisible();

  // The lab desk: collect the sample, then upload the report.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demo.admin.email, demo.admin.password);
  await admin.goto("/admin/lab-bookings");
  const card = admin.locator(`#lab-booking-${id}`);
  await card.getByRole("button", { name: "Mark sample collected" }).click();
  await expect(admin.getByText("Booking saved: Sample collected.")).toBeVisible();
  await admin.goto("/admin/lab-bookings");
  await card.getByLabel("Report file").setInputFiles({
    name: "lipid-profile.pdf",
    mimeType: "application/pdf",
    buffer: pdf,
  });
  await card.getByRole("button", { name: "Upload report" }).click();
  await expect(admin.getByText("Booking saved: Report ready.")).toBeVisible();

  // The patient: the booking says ready and downloads the report ...
  await patient.goto(bookingPath);
  await expect(patient.getByText("Report ready", { exact: true }).first()).toBeVisible();
  await expect(patient.getByRole("button", { name: "Cancel booking" })).toHaveCount(0);
  const [download] = await Promise.all([
    patient.waitForEvent("download"),
    patient.getByRole("link", { name: "Download report" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/Lipid Profile.*\.pdf$/);

  // ... and finds it among their health records, where it opens as a record.
  await patient.goto("/records");
  const record = patient.getByRole("link", { name: /Lab report: Lipid Profile/ }).first();
  await expect(record).toBeVisible();
  await record.click();
  await expect(
    patient.getByRole("heading", { level: 1, name: /Lab report: Lipid Profile/ }),
  ).toBeVisible();
});
