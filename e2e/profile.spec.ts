import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

// One journey per test over two accounts registered once: A keeps its account, B ends deleted.
// Serial, because B's deletion must come last and registrations are rate-limited per address.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const password = "Profile-e2e-2026";
const accounts = { a: "", b: "" };
const email = (label: string) =>
  `e2e-profile-${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.com`;

async function register(request: APIRequestContext, label: string): Promise<string> {
  const address = email(label);
  const response = await request.post("/api/v1/auth/register", {
    data: { email: address, password, fullName: `Profile ${label.toUpperCase()}` },
  });
  expect(response.status()).toBe(201);
  return address;
}

async function signIn(page: Page, address: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(address);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

// A 1x1 PNG.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

test.beforeAll(async ({ playwright }) => {
  const request = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  accounts.a = await register(request, "a");
  accounts.b = await register(request, "b");
  await request.dispose();
});

test("profile: a bad phone is explained beside the field, typed values stay, a good one is saved normalised", async ({
  page,
}) => {
  await signIn(page, accounts.a);
  await page.goto("/profile");
  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Mobile number").fill("12345");
  await page.getByLabel("City").fill("Kochi");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(
    page.getByText("Enter a 10-digit Indian mobile number starting with 6, 7, 8 or 9."),
  ).toBeVisible();
  await expect(page.getByLabel("Mobile number")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("City")).toHaveValue("Kochi");

  await page.getByLabel("Mobile number").fill("98765 43210");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your details were saved.")).toBeVisible();
  await expect(page.getByText("+91 98765 43210")).toBeVisible();
  await expect(page.getByText("Kochi")).toBeVisible();
});

test("profile photo: an image is accepted by its bytes; HTML named .png is refused", async ({
  page,
}) => {
  await signIn(page, accounts.a);
  await page.goto("/profile");
  await page
    .getByLabel("Add a profile photo")
    .setInputFiles({ name: "me.png", mimeType: "image/png", buffer: png });
  await page.getByRole("button", { name: "Upload photo" }).click();
  await expect(page.getByText("Your photo was updated.")).toBeVisible();
  await expect(page.locator('img[src*="/photo?v="]')).toBeVisible();

  await page.getByLabel("Change profile photo").setInputFiles({
    name: "evil.png",
    mimeType: "image/png",
    buffer: Buffer.from("<html><script>alert(1)</script></html>"),
  });
  await page.getByRole("button", { name: "Upload photo" }).click();
  await expect(page.getByText("Choose a JPEG, PNG or WebP image.")).toBeVisible();
});

test("medical history: chips, live BMI, blood pressure checked, saved across reloads", async ({
  page,
}) => {
  await signIn(page, accounts.a);
  await page.goto("/profile/medical-history");
  await expect(page.getByText("No conditions recorded.")).toBeVisible();
  await page.getByRole("button", { name: "Diabetes", exact: true }).click();
  const allergy = page.getByPlaceholder("Type an allergy and press Enter");
  await allergy.fill("Sulfa");
  await allergy.press("Enter");
  await page.getByLabel("Height (cm)").fill("170");
  await page.getByLabel("Weight (kg)").fill("65");
  await expect(page.getByText("22.5")).toBeVisible();
  await page.getByLabel("Blood pressure").fill("80/120");
  await page.getByRole("button", { name: "Save medical history" }).click();
  await expect(
    page.getByText("Write it like 120/80: the top number higher than the bottom one."),
  ).toBeVisible();
  await page.getByLabel("Blood pressure").fill("120/80");
  await page.getByRole("button", { name: "Save medical history" }).click();
  await expect(page.getByText("Your medical history was saved.")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("button", { name: "Remove Diabetes" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove Sulfa" })).toBeVisible();
  await expect(page.getByLabel("Blood pressure")).toHaveValue("120/80");
});

test("ABHA: format checked, shown grouped and unverified, a second claim gets no hint, unlink", async ({
  page,
}) => {
  await signIn(page, accounts.a);
  await page.goto("/profile/abha");
  await page.getByLabel("ABHA number").fill("1234");
  await page.getByRole("button", { name: "Link ABHA", exact: true }).click();
  await expect(
    page.getByText("Enter the 14-digit ABHA number, like 91-2345-6789-0123."),
  ).toBeVisible();
  await page.getByLabel("ABHA number").fill("55 1234 5678 9012");
  await page.getByRole("button", { name: "Link ABHA", exact: true }).click();
  await expect(page.getByText("Your ABHA is linked.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("55-1234-5678-9012", { exact: true })).toBeVisible();
  await expect(page.getByText("Unverified", { exact: true })).toBeVisible();
  // No ABDM connection in this build: no OTP step, and the page says why.
  await expect(
    page.getByText(/ABHA verification is not available on this SwasthAI server/),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Send code" })).toHaveCount(0);

  // Another account claiming the same number is told nothing about the first one.
  await page.context().clearCookies();
  await signIn(page, accounts.b);
  await page.goto("/profile/abha");
  await page.getByLabel("ABHA number").fill("55123456789012");
  await page.getByRole("button", { name: "Link ABHA", exact: true }).click();
  await expect(page.getByText("Your ABHA is linked.")).toBeVisible();
  await page.getByRole("button", { name: "Unlink ABHA" }).click();
  await expect(page.getByText("Your ABHA was unlinked.")).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, accounts.a);
  await page.goto("/profile/abha");
  await page.getByRole("button", { name: "Unlink ABHA" }).click();
  await expect(page.getByText("Your ABHA was unlinked.")).toBeVisible();
});

test("language: untranslated ones are disabled; Hindi is saved and the page reloads in Hindi", async ({
  page,
}) => {
  await signIn(page, accounts.a);
  await page.goto("/settings/language");
  await expect(page.getByRole("radio", { name: /বাংলা/ })).toBeDisabled();
  await page.getByRole("radio", { name: /हिन्दी/ }).check();
  await page.getByRole("button", { name: "Save language" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await expect(page.getByText("भाषा सहेज ली गई।")).toBeVisible();
  await page.getByRole("radio", { name: /English/ }).check();
  await page.getByRole("button", { name: "भाषा सहेजें" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("onboarding: four steps, each checked and saved, then the profile @mobile", async ({
  page,
}) => {
  await signIn(page, accounts.a);
  await page.goto("/onboarding");
  await page.getByRole("radio", { name: /English/ }).check();
  await page.getByRole("button", { name: "Get started" }).click();
  await expect(page.getByText("Step 1 of 3")).toBeVisible();
  await page.getByRole("spinbutton", { name: "Age" }).fill("150");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Enter an age between 0 and 120.")).toBeVisible();
  await page.getByRole("spinbutton", { name: "Age" }).fill("34");
  await page.getByText("Female", { exact: true }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Step 2 of 3")).toBeVisible();
  await page.getByText("O+", { exact: true }).click();
  await page.getByText("Asthma", { exact: true }).click();
  await page.getByLabel("Allergies (optional)").fill("Penicillin, Dust");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Step 3 of 3")).toBeVisible();
  await page.getByRole("button", { name: "Skip for now" }).click();
  await page.waitForURL(/\/dashboard$/);
  await page.goto("/profile/medical-history");
  await expect(page.getByRole("button", { name: "Remove Asthma" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove Dust" })).toBeVisible();
});

test("delete account: wrong password refused beside the field; then signed out and gone", async ({
  page,
  request,
}) => {
  await signIn(page, accounts.b);
  await page.goto("/profile");
  await page.getByText("Delete account").click();
  await page.getByLabel("Your password").fill("not-my-password");
  await page.getByLabel(/I understand/).check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("The password is not correct.")).toBeVisible();
  await expect(page.getByLabel(/I understand/)).toBeChecked();

  await page.getByLabel("Your password").fill(password);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/login/);
  const login = await request.post("/api/v1/auth/login", { data: { email: accounts.b, password } });
  expect(login.status()).toBe(401);
});
