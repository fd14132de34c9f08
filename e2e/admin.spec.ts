import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { demo, registerAccount, signIn, uniqueEmail } from "./fixtures";

// The admin in the browser (X1, X2, suspension, audit). Each test makes its own applicants and
// users, so the crawl's walk of the demo admin's pages and other tests never depend on them.
test.describe.configure({ timeout: 120_000 });

const t = JSON.parse(readFileSync("messages/en.json", "utf8")).Admin;
const password = "Admin-e2e-2026";

/** A new user who applied as a doctor through the API: a pending application. */
async function applicant(request: APIRequestContext, label: string) {
  const email = uniqueEmail(`applicant-${label}`);
  const fullName = `Dr. E2E ${label} ${Math.random().toString(36).slice(2, 7)}`;
  await registerAccount(request, { email, password, fullName });
  const login = await request.post("/api/v1/auth/login", { data: { email, password } });
  const token = (await login.json()).data.accessToken as string;
  const suffix = String(Date.now()).slice(-7) + String(Math.floor(Math.random() * 900 + 100));
  const created = await request.post("/api/v1/doctors", {
    headers: { authorization: `Bearer ${token}` },
    data: {
      specialty: "dermatologist",
      licenseNumber: `MH-E2E-${suffix}`,
      registrationCouncil: "MMC",
      qualification: "MBBS, MD (Dermatology)",
      experienceYears: 7,
      feeOnline: 450,
      offersOnline: true,
      offersOffline: false,
      languages: ["English", "Hindi"],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  return { email, fullName, id: (await created.json()).data.id as string };
}

const card = (page: Page, name: string) =>
  page.getByRole("article").filter({ has: page.getByRole("heading", { name, exact: true }) });

test("the admin lands on the overview, rejects one application with a reason and verifies another", async ({
  page,
}) => {
  const rejected = await applicant(page.request, "reject");
  const verified = await applicant(page.request, "verify");
  await page.context().clearCookies();

  await signIn(page, demo.admin.email, demo.admin.password);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1, name: t.overview.title })).toBeVisible();
  await page
    .getByRole("link", { name: new RegExp(`^${t.overview.open} ?: ${t.overview.doctorsPending}$`) })
    .click();
  await expect(page).toHaveURL(/\/admin\/doctors$/);

  // Reject: a blank reason is refused beside the field; a real one decides and says so.
  const toReject = card(page, rejected.fullName);
  await toReject.getByText(t.doctors.reject, { exact: true }).click();
  await toReject.getByLabel(t.doctors.reason).fill("   ");
  await toReject.getByRole("button", { name: t.doctors.rejectConfirm }).click();
  await expect(toReject.getByText(t.doctors.errors.fields.reason)).toBeVisible();
  const reason = "The registration certificate is missing";
  await toReject.getByLabel(t.doctors.reason).fill(reason);
  await toReject.getByRole("button", { name: t.doctors.rejectConfirm }).click();
  await expect(page.getByText(t.doctors.rejected)).toBeVisible();

  // Verify: the listing appears for everyone.
  await card(page, verified.fullName)
    .getByRole("button", { name: t.doctors.verify, exact: true })
    .click();
  await expect(page.getByText(t.doctors.verified)).toBeVisible();
  const listed = await page.request.get(`/api/v1/doctors/${verified.id}`);
  expect(listed.status()).toBe(200);

  // The rejected tab shows the reason; the detail page shows the history.
  await page.goto("/admin/doctors?status=rejected");
  await expect(card(page, rejected.fullName).getByText(reason)).toBeVisible();
  await page.getByRole("link", { name: `Details and history of ${rejected.fullName}` }).click();
  await expect(page.getByRole("cell", { name: "Rejected a doctor application" })).toBeVisible();
  await expect(page.getByRole("cell", { name: reason })).toBeVisible();
});

test("the admin opens a verification document, and the opening is in the audit log", async ({
  page,
}) => {
  await signIn(page, demo.admin.email, demo.admin.password);
  await page.goto("/admin/doctors");
  const link = page
    .getByRole("link", {
      name: `Open ${t.doctors.kinds.registration_certificate} (opens in a new tab)`,
    })
    .first();
  const href = await link.getAttribute("href");
  const file = await page.request.get(href!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect(file.headers()["content-security-policy"]).toContain("sandbox");
  expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await page.goto("/admin/audit");
  await expect(
    page.getByRole("cell", { name: t.audit.actions.doctor_document_opened }).first(),
  ).toBeVisible();
});

test("the admin suspends a user, whose session ends at once, then restores them", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("suspend");
  const fullName = `Suspend Me ${Math.random().toString(36).slice(2, 7)}`;
  await registerAccount(page.request, { email, password, fullName });
  const user = await (await browser.newContext()).newPage();
  await signIn(user, email, password);
  await expect(user).toHaveURL(/\/dashboard$/);

  await signIn(page, demo.admin.email, demo.admin.password);
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  const row = card(page, fullName);
  await row.getByText(t.users.suspend, { exact: true }).click();
  await row.getByLabel(t.users.reason, { exact: true }).fill("Repeated spam in the forum");
  await row.getByRole("button", { name: t.users.suspendConfirm }).click();
  await expect(page.getByText(t.users.suspended)).toBeVisible();

  await user.goto("/profile");
  await expect(user).toHaveURL(/\/login\?callbackUrl=%2Fprofile$/);
  await user.getByLabel("Email address").fill(email);
  await user.getByLabel("Password", { exact: true }).fill(password);
  await user.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(user.getByRole("main").getByRole("alert")).toContainText("suspended");

  await page.reload();
  await card(page, fullName).getByRole("button", { name: t.users.restore }).click();
  await expect(page.getByText(t.users.restored)).toBeVisible();
  // Still on the sign-in page that asked for the profile: signing in goes back there.
  await signIn(user, email, password);
  await expect(user).toHaveURL(/\/profile$/);

  await page.goto("/admin/audit");
  await expect(page.getByRole("row").filter({ hasText: fullName })).toHaveCount(2);
  await user.context().close();
});

test("a patient on an admin page is told it is for admins only", async ({ page }) => {
  await signIn(page, demo.patient.email, demo.patient.password);
  for (const path of ["/admin", "/admin/doctors", "/admin/users", "/admin/audit"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: t.onlyAdmins.title })).toBeVisible();
  }
});
