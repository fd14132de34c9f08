import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { registerAccount, signIn, uniqueEmail } from "./fixtures";

// D1: a brand-new user applies as a doctor in the browser, uploads their registration
// certificate, and sees where the application stands (pending) on the page and the dashboard.
test.describe.configure({ timeout: 90_000 });

const t = JSON.parse(readFileSync("messages/en.json", "utf8")).DoctorHome;
const password = "Doctor-e2e-2026";
const pdf = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n" +
    "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n" +
    "trailer<</Root 1 0 R>>\n%%EOF\n",
);

async function newApplicant(page: Page, label: string) {
  const email = uniqueEmail(`doctor-${label}`);
  await registerAccount(page.request, { email, password, fullName: `Anjali ${label}` });
  await signIn(page, email, password);
}

async function apply(page: Page, licence: string) {
  await page.goto("/doctor/onboarding");
  await expect(page.getByRole("heading", { level: 1, name: t.onboarding.title })).toBeVisible();
  await page.getByLabel(t.form.licenseNumber).fill(licence);
  await page.getByLabel(t.form.registrationCouncil).selectOption("MMC");
  await page.getByLabel(t.form.specialty, { exact: true }).selectOption("cardiologist");
  await page.getByLabel(t.form.qualification).fill("MBBS, MD (Medicine)");
  await page.getByLabel(t.form.experienceYears).fill("12");
  await page.getByLabel(t.form.feeOnline).fill("499");
  await page.getByLabel(t.form.feeOffline).fill("700");
  await page.getByLabel(t.form.clinicName).fill("Heartline Clinic");
  await page.getByLabel(t.form.clinicCity, { exact: true }).fill("Nashik");
  await page.getByLabel(t.form.clinicPincode).fill("422005");
  await page.getByLabel(t.form.latitude).fill("19.9975");
  await page.getByLabel(t.form.longitude).fill("73.7898");
  await page.getByRole("button", { name: t.form.apply }).click();
  await expect(page).toHaveURL(/\/doctor\/onboarding\?notice=applied/);
}

test("a new user applies with a document and sees Pending", async ({ page }) => {
  await newApplicant(page, "applies");
  // No profile yet: the dashboard sends them to apply.
  await page.goto("/doctor");
  await expect(page).toHaveURL(/\/doctor\/onboarding$/);

  // A field error is shown beside its field, and what was typed stays.
  await page.getByLabel(t.form.licenseNumber).fill("#1");
  await page.getByRole("button", { name: t.form.apply }).click();
  await expect(page.getByText(t.errors.fields.licenseNumber)).toBeVisible();
  await expect(page.getByLabel(t.form.licenseNumber)).toHaveValue("#1");

  const licence = `MH-E2E-${Date.now().toString(36).toUpperCase()}`;
  await apply(page, licence);
  await expect(page.getByText(t.onboarding.notices.applied)).toBeVisible();
  const status = page.getByRole("region", { name: t.onboarding.statusHeading });
  await expect(status.getByText(t.onboarding.pending, { exact: true })).toBeVisible();
  await expect(status.getByText(t.onboarding.incomplete)).toBeVisible();

  // A text file is refused beside the file field; nothing is listed.
  await page.getByLabel(t.documents.file).setInputFiles({
    name: "licence.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("not a pdf at all"),
  });
  await page.getByRole("button", { name: t.documents.upload }).click();
  await expect(page.getByText(t.documents.errors.unsupported_media_type)).toBeVisible();
  await expect(page.getByText(t.documents.empty)).toBeVisible();

  await page.getByLabel(t.documents.kind).selectOption("registration_certificate");
  await page.getByLabel(t.documents.file).setInputFiles({
    name: "registration.pdf",
    mimeType: "application/pdf",
    buffer: pdf,
  });
  await page.getByRole("button", { name: t.documents.upload }).click();
  await expect(page.getByText(t.onboarding.notices.uploaded)).toBeVisible();
  const list = page.getByRole("list", { name: t.documents.listLabel });
  await expect(list.getByText(t.documents.kinds.registration_certificate)).toBeVisible();
  await expect(list.getByText("registration.pdf")).toBeVisible();
  await expect(status.getByText(t.onboarding.complete)).toBeVisible();

  // The same document through the API (the session cookie), and the application as pending.
  const documents = await page.request.get("/api/v1/doctors/me/documents");
  expect(documents.status()).toBe(200);
  expect((await documents.json()).data).toMatchObject([
    { kind: "registration_certificate", contentType: "application/pdf" },
  ]);
  const me = await page.request.get("/api/v1/doctors/me");
  expect((await me.json()).data).toMatchObject({
    licenseNumber: licence,
    registrationCouncil: "MMC",
    verificationStatus: "pending",
  });

  // The dashboard: their name, the Pending badge, numbers that are honest zeros.
  await page.goto("/doctor");
  await expect(page.getByRole("heading", { level: 1, name: /Anjali applies/ })).toBeVisible();
  await expect(page.getByText(t.dashboard.badges.pending, { exact: true })).toBeVisible();
  await expect(page.getByText(t.dashboard.today.empty)).toBeVisible();
  await page.getByRole("link", { name: t.dashboard.tabs.insights }).click();
  await expect(page.getByText(t.dashboard.insights.noData).first()).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("applying and uploading work as plain form posts", async ({ page }) => {
    await newApplicant(page, "nojs");
    await apply(page, `KA-NOJS-${Date.now().toString(36).toUpperCase()}`);
    await page.getByLabel(t.documents.file).setInputFiles({
      name: "degree.png",
      mimeType: "image/png",
      buffer: Buffer.from(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
        "base64",
      ),
    });
    await page.getByLabel(t.documents.kind).selectOption("degree");
    await page.getByRole("button", { name: t.documents.upload }).click();
    await expect(page.getByText(t.onboarding.notices.uploaded)).toBeVisible();
    await expect(page.getByText(t.onboarding.incomplete)).toBeVisible();
  });
});
