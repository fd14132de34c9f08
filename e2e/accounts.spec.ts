import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { demo, linkIn, readMail, registerAccount, signIn, uniqueEmail } from "./fixtures";

const password = "Nayi@Shuruaat1";

async function signOut(page: Page) {
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
}

test.describe("account journey", () => {
  test("sign up, verify, sign out and in, edit profile, Hindi, ABHA, export, delete", async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const email = uniqueEmail("journey");

    await test.step("sign up and land on onboarding", async () => {
      await page.goto("/signup");
      await page.getByLabel("Full name").fill("Ananya Iyer");
      await page.getByLabel("Email address").fill(email);
      await page.getByLabel("Password", { exact: true }).fill(password);
      await page.getByLabel("Confirm password").fill(password);
      await page.getByLabel("Mobile number (optional)").fill("98765 43210");
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page).toHaveURL(/\/onboarding$/);
      await expect(page.getByRole("heading", { name: "Welcome to SwasthAI" })).toBeVisible();
    });

    await test.step("a dead verification link offers a new one to the signed-in user", async () => {
      const first = await readMail(request, email, /verify/i);
      await page.goto(`/verify-email?token=${"x".repeat(43)}`);
      await page.getByRole("button", { name: "Verify my email" }).click();
      await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
      await page.getByRole("button", { name: "Send a new link" }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText(
        "We have sent a new verification link to your email.",
      );
      await readMail(request, email, /verify/i, first);
    });

    await test.step("verify the email from the outbox (opening the link alone changes nothing)", async () => {
      const mail = await readMail(request, email, /verify/i);
      await page.goto(linkIn(mail, "/verify-email"));
      await expect(page.getByRole("heading", { name: "Verify your email" })).toBeVisible();
      await page.getByRole("button", { name: "Verify my email" }).click();
      await expect(page.getByRole("heading", { name: "Email verified" })).toBeVisible();
      // The token was single-use.
      await page.reload();
      await page.getByRole("button", { name: "Verify my email" }).click();
      await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
    });

    await test.step("sign out", async () => {
      await signOut(page);
    });

    await test.step("a wrong password gives one generic error and keeps the email", async () => {
      await page.goto("/login");
      await page.getByLabel("Email address").fill(email);
      await page.getByLabel("Password", { exact: true }).fill("Wrong@Password1");
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText(
        "The email or password is incorrect. Please try again.",
      );
      await expect(page.getByRole("main").getByRole("alert")).toBeFocused();
      await expect(page.getByLabel("Email address")).toHaveValue(email);
      await expect(page.getByLabel("Email address")).not.toHaveAttribute("aria-invalid", "true");
      await expect(page.getByLabel("Password", { exact: true })).not.toHaveAttribute(
        "aria-invalid",
        "true",
      );
    });

    await test.step("sign in and land on the home", async () => {
      await signIn(page, email, password);
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(
        page.getByRole("banner").getByRole("button", { name: "Sign out" }),
      ).toBeVisible();
    });

    await test.step("edit the profile", async () => {
      await page.goto("/profile");
      await page.getByRole("link", { name: "Edit" }).click();
      await expect(page).toHaveURL(/\/profile\?edit=1$/);
      await page.getByLabel("Full name").fill("Ananya R. Iyer");
      await page.getByLabel("City").fill("Chennai");
      await page.getByLabel("Blood group").selectOption("B+");
      await page.getByRole("button", { name: "Save changes" }).click();
      await expect(page.getByRole("main").getByRole("status")).toContainText(
        "Your details were saved.",
      );
      await expect(page.getByText("Ananya R. Iyer").first()).toBeVisible();
      await expect(page.getByText("Chennai")).toBeVisible();
    });

    await test.step("edit the health profile", async () => {
      await page.getByRole("link", { name: /Medical history/ }).click();
      await expect(page.getByRole("heading", { name: "Medical history", level: 1 })).toBeVisible();
      await page.getByRole("button", { name: "Penicillin" }).click();
      await page.getByLabel("Add to Existing conditions").fill("Migraine");
      await page.getByLabel("Add to Existing conditions").press("Enter");
      await page.getByLabel("Height (cm)").fill("162");
      await page.getByLabel("Weight (kg)").fill("58");
      await page.getByRole("button", { name: "Save medical history" }).click();
      await expect(page.getByRole("main").getByRole("status")).toContainText(
        "Your medical history was saved.",
      );
      await page.reload();
      await expect(page.getByRole("list", { name: "Allergies" })).toContainText("Penicillin");
      await expect(page.getByRole("list", { name: "Existing conditions" })).toContainText(
        "Migraine",
      );
    });

    await test.step("switch to Hindi and see the pages in Hindi, then back to English", async () => {
      await page.goto("/settings/language");
      await page.getByRole("radio", { name: /हिन्दी/ }).check();
      await page.getByRole("button", { name: "Save language" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "hi");
      await expect(page.getByRole("heading", { name: "भाषा", level: 1 })).toBeVisible();
      await page.goto("/profile");
      await expect(
        page.getByRole("banner").getByRole("button", { name: "साइन आउट करें" }),
      ).toBeVisible();
      await expect(page.getByRole("contentinfo")).toContainText("निदान नहीं");
      await page.getByRole("banner").getByRole("button", { name: "English" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    });

    await test.step("link an ABHA number", async () => {
      const abha = `91${String(Math.floor(Math.random() * 1e12)).padStart(12, "0")}`;
      await page.goto("/profile/abha");
      await page.getByLabel("ABHA number").fill(abha);
      await page.getByRole("button", { name: "Link ABHA" }).click();
      await expect(page.getByRole("main").getByRole("status")).toContainText(
        "Your ABHA is linked.",
      );
      await expect(
        page
          .getByText(
            `${abha.slice(0, 2)}-${abha.slice(2, 6)}-${abha.slice(6, 10)}-${abha.slice(10)}`,
          )
          .first(),
      ).toBeVisible();
    });

    await test.step("export the data as JSON with the email in it", async () => {
      await page.goto("/profile");
      const downloading = page.waitForEvent("download");
      await page.getByRole("link", { name: /Download my data/ }).click();
      const download = await downloading;
      const file = await download.path();
      const json = JSON.parse(await readFile(file, "utf8")) as unknown;
      expect(JSON.stringify(json)).toContain(email);
    });

    await test.step("delete the account; it cannot sign in again", async () => {
      await page.goto("/profile");
      await page.getByText("Delete account").click();
      await page.getByLabel("Your password").fill(password);
      await page.getByLabel(/I understand that my account will be deleted/).check();
      await page.getByRole("button", { name: "Delete my account" }).click();
      await expect(page).toHaveURL(/\/$/);
      await page.goto("/login");
      await page.getByLabel("Email address").fill(email);
      await page.getByLabel("Password", { exact: true }).fill(password);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText(
        "The email or password is incorrect. Please try again.",
      );
    });
  });
});

test("forgot password: neutral answer, mailed link, new password works, old one does not", async ({
  page,
  request,
}) => {
  // Several sign-ins, each an argon2 hash on the server: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  const email = uniqueEmail("reset");
  await registerAccount(request, { email, password, fullName: "Rohit Verma" });

  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    `If an account exists for ${email}`,
  );

  // An unknown address gets exactly the same answer.
  await page.goto("/forgot-password");
  const nobody = uniqueEmail("nobody");
  await page.getByLabel("Email address").fill(nobody);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    `If an account exists for ${nobody}`,
  );

  const mail = await readMail(request, email, /reset|password/i);
  await page.goto(linkIn(mail, "/reset-password"));
  const newPassword = "Badla@Hua2";
  await page.getByLabel("New password").fill(newPassword);
  await page.getByLabel("Confirm password").fill("Badla@Hua3");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByLabel("Confirm password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Confirm password")).toBeFocused();
  await expect(page.getByText("The two passwords do not match.")).toBeVisible();

  await page.getByLabel("New password").fill(newPassword);
  await page.getByLabel("Confirm password").fill(newPassword);
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByRole("heading", { name: "Password changed" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to SwasthAI" })).toBeVisible();

  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "The email or password is incorrect. Please try again.",
  );

  await signIn(page, email, newPassword);
  await expect(page).toHaveURL(/\/dashboard$/);

  // The link was single-use.
  await page.goto(linkIn(mail, "/reset-password"));
  await page.getByLabel("New password").fill("Teesra@Baar3");
  await page.getByLabel("Confirm password").fill("Teesra@Baar3");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
});

test("a signed-out visit to /profile goes to sign in and comes back", async ({ page }) => {
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fprofile$/);
  await signIn(page, demo.patient.email, demo.patient.password);
  await expect(page).toHaveURL(/\/profile$/);
});

test("a callbackUrl to another site is ignored", async ({ page }) => {
  test.setTimeout(90_000);
  for (const target of ["//evil.example/x", "https://evil.example/x", "/\\evil.example"]) {
    await page.context().clearCookies();
    await page.goto(`/login?callbackUrl=${encodeURIComponent(target)}`);
    await signIn(page, demo.patient.email, demo.patient.password);
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/dashboard$/);
  }
});

test("OAuth buttons are absent when no provider is configured; OAuth errors are explained", async ({
  page,
}) => {
  await page.goto("/login");
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /Continue with (Google|GitHub)/ })).toHaveCount(0);
  await page.goto("/login?error=email_unverified");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("is not verified");
  await page.goto("/login?error=Something");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "We could not sign you in.",
  );
});

test("the sign-in page and its errors are in Hindi", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "hi", url: baseURL! }]);
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "SwasthAI में साइन इन करें" })).toBeVisible();
  await page.getByRole("button", { name: "साइन इन करें", exact: true }).click();
  await expect(page.getByLabel("ईमेल पता")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("ईमेल पता")).toBeFocused();
  await expect(page.getByText("अपना ईमेल पता लिखें।")).toBeVisible();
  await expect(page.getByText("अपना पासवर्ड लिखें।")).toBeVisible();
});

test("sign-up errors sit beside their fields; a taken email is a field error", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Full name").fill("Meera Nair");
  await page.getByLabel("Email address").fill(demo.patient.email);
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Confirm password").fill("short");
  await page.getByLabel("Mobile number (optional)").fill("12345");
  await page.getByRole("button", { name: "Create account" }).click();

  const passwordField = page.getByLabel("Password", { exact: true });
  await expect(passwordField).toHaveAttribute("aria-invalid", "true");
  await expect(passwordField).toBeFocused();
  await expect(page.getByLabel("Mobile number (optional)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Full name")).toHaveValue("Meera Nair");

  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Confirm password").fill(password);
  await page.getByLabel("Mobile number (optional)").fill("");
  await page.getByRole("button", { name: "Create account" }).click();
  const emailField = page.getByLabel("Email address");
  await expect(emailField).toHaveAttribute("aria-invalid", "true");
  await expect(emailField).toBeFocused();
  await expect(page.getByText("An account with this email already exists.")).toBeVisible();
  await expect(page).toHaveURL(/\/signup$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sign in fails generically, then succeeds, and sign out works", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email address").fill(demo.patient.email);
    await page.getByLabel("Password", { exact: true }).fill("Not@ThePassword9");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "The email or password is incorrect. Please try again.",
    );
    await expect(page.getByLabel("Email address")).toHaveValue(demo.patient.email);

    await page.getByLabel("Password", { exact: true }).fill(demo.patient.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await signOut(page);
  });
});

test("the sign-in form works as a plain HTML form post (what a browser without JavaScript sends)", async ({
  request,
}) => {
  const html = await (await request.get("/login?callbackUrl=%2Fprofile%2Fabha")).text();
  const post = (password: string) =>
    request.post("/login", {
      multipart: {
        ...hiddenFieldsOfForm(html, "callbackUrl"),
        email: demo.patient.email,
        password,
      },
      maxRedirects: 0,
    });

  const failed = await post("Not@ThePassword9");
  expect(failed.status()).toBe(200);
  const page = await failed.text();
  expect(page).toContain("The email or password is incorrect. Please try again.");
  expect(page).toMatch(/role="alert"[^>]*autofocus/);
  expect(page).toContain(`value="${demo.patient.email}"`);

  const ok = await post(demo.patient.password);
  expect(ok.status()).toBe(303);
  // Relative or absolute: both are where the browser goes next.
  expect(new URL(ok.headers().location!, "http://127.0.0.1").pathname).toBe("/profile/abha");
  expect(
    ok
      .headersArray()
      .some(
        (h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith("authjs.session-token="),
      ),
  ).toBe(true);
});

/** The hidden inputs (React's action fields included) of the server-rendered form holding `marker`. */
function hiddenFieldsOfForm(html: string, marker: string): Record<string, string> {
  const form = html.split("<form").find((chunk) => chunk.includes(`name="${marker}"`));
  if (!form) throw new Error(`no form with a ${marker} field`);
  const decode = (v: string) =>
    v
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const fields: Record<string, string> = {};
  for (const [, name, value] of form
    .split("</form>")[0]!
    .matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) {
    fields[decode(name!)] = decode(value ?? "");
  }
  return fields;
}
