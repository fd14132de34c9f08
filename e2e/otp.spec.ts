import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import postgres from "postgres";
import { registerAccount, signIn, uniqueEmail } from "./fixtures";

// Phone sign-in (issue #14, part 6): the demo patient's verified number (db/seed/demo.ts), a wrong
// code refused beside the field, the right one signing in; and a new account verifying its number
// on the profile. The codes are read from the SMS the server "sent": from the dev mailbox once it
// lists SMS (`?phone=`), else from the sms_outbox table, which needs the server on PostgreSQL
// (E2E_DATABASE_URL): a test process cannot open the server's embedded database beside it.
test.describe.configure({ mode: "serial", timeout: 90_000 });

const demoPhone = "+919876543210";
// The WebOTP line every code SMS ends with: "@host #123456".
const codeIn = (text: string) => /#(\d{6})\s*$/.exec(text)?.[1];

async function smsFromMailbox(request: APIRequestContext, phone: string) {
  const response = await request.get(`/api/v1/dev/mailbox?phone=${encodeURIComponent(phone)}`);
  if (!response.ok()) return undefined;
  const { data } = (await response.json()) as { data: { body?: string; text?: string }[] };
  return data.map((m) => m.body ?? m.text ?? "").find((text) => codeIn(text));
}

async function smsFromDatabase(phone: string, notBefore: Date) {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("the dev mailbox lists no SMS: run with E2E_DATABASE_URL to read them");
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ body: string }[]>`
      select body from sms_outbox where to_phone = ${phone} and created_at >= ${notBefore}
      order by created_at desc limit 1`;
    return rows[0]?.body;
  } finally {
    await sql.end();
  }
}

/** The code of the newest SMS to `phone` sent since `notBefore`. */
async function textedCode(request: APIRequestContext, phone: string, notBefore: Date) {
  let code: string | undefined;
  await expect
    .poll(
      async () => {
        const text =
          (await smsFromMailbox(request, phone)) ?? (await smsFromDatabase(phone, notBefore));
        code = text ? codeIn(text) : undefined;
        return Boolean(code);
      },
      { message: `an SMS with a code to ${phone}` },
    )
    .toBe(true);
  return code!;
}

const wrongOf = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

async function sendCode(page: Page, nationalNumber: string) {
  await page.getByLabel("Mobile number").fill(nationalNumber);
  await page.getByRole("button", { name: "Send code" }).click();
}

test("the demo patient signs in with a code texted to their number", async ({ page, request }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Sign in with mobile number" }).click();
  await expect(page).toHaveURL(/\/login\/phone$/);
  const asked = new Date(Date.now() - 1000);
  await sendCode(page, "98765 43210");
  await expect(page).toHaveURL(/\/login\/phone\/code\?phone=%2B919876543210/);
  await expect(page.getByText(/\+91 98765 43210 is verified on a SwasthAI account/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Resend code" })).toBeDisabled();
  const codeField = page.getByLabel("6-digit code");
  await expect(codeField).toHaveAttribute("autocomplete", "one-time-code");
  await expect(codeField).toHaveAttribute("inputmode", "numeric");

  const code = await textedCode(request, demoPhone, asked);
  await codeField.fill(wrongOf(code));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  // Beside the field, and announced with it.
  await expect(page.locator("#auth-code-error")).toHaveText(/This code is wrong or has expired\./);
  await expect(codeField).toHaveAttribute("aria-invalid", "true");
  await expect(codeField).toHaveAttribute("aria-describedby", /auth-code-error/);

  await codeField.fill(code);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto("/profile");
  await expect(page.getByText("patient@swasthai.dev")).toBeVisible();
  await expect(page.getByText("Verified", { exact: true })).toBeVisible();
});

test("a new account verifies its number on the profile", async ({ page, request }) => {
  const email = uniqueEmail("otp");
  const password = "Swasth@2026";
  await registerAccount(request, { email, password, fullName: "Meera Pillai" });
  await signIn(page, email, password);
  await page.goto("/profile/phone");
  await expect(page.getByText("No number yet")).toBeVisible();
  const national = `7${String(Date.now()).slice(-9)}`;
  const asked = new Date(Date.now() - 1000);
  await sendCode(page, national);
  await expect(page.getByRole("heading", { name: "Enter the code" })).toBeVisible();
  const code = await textedCode(request, `+91${national}`, asked);
  await page.getByLabel("6-digit code").fill(code);
  await page.getByRole("button", { name: "Verify number" }).click();
  await expect(page.getByText(/is verified\. You can now sign in with it\./)).toBeVisible();
  await page.goto("/profile");
  // Shown grouped, as every phone number is.
  await expect(page.getByText(`+91 ${national.slice(0, 5)} ${national.slice(5)}`)).toBeVisible();
  await expect(page.getByText("Verified", { exact: true })).toBeVisible();
});
