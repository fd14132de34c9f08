import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** The demo accounts the e2e server seeds. */
export const demo = {
  patient: { email: "patient@swasthai.dev", password: "Swasth@2026" },
  doctor: { email: "doctor@swasthai.dev", password: "Swasth@2026" },
  admin: { email: "admin@swasthai.dev", password: "Swasth@2026" },
} as const;

/** An address nobody else uses in this run (tests run in parallel against one database). */
export function uniqueEmail(label: string): string {
  return `e2e-${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  createdAt: string;
}

/**
 * The newest mail to `email` whose subject or text matches `match`, polling the dev outbox
 * (mail is sent after the response, so it may take a moment to arrive). With `newerThan`, waits
 * for a mail other than that one (a resent link).
 */
export async function readMail(
  request: APIRequestContext,
  email: string,
  match: RegExp = /./,
  newerThan?: Mail,
): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/v1/dev/mailbox?to=${encodeURIComponent(email)}`);
        expect(response.ok()).toBe(true);
        const { data } = (await response.json()) as { data: Mail[] };
        found = data.find(
          (mail) =>
            (match.test(mail.subject) || match.test(mail.text)) && mail.text !== newerThan?.text,
        );
        return Boolean(found);
      },
      { message: `mail to ${email} matching ${match}`, timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

/** The first link in a mail's text part to the given path ("/verify-email", "/reset-password"). */
export function linkIn(mail: Mail, path: string): string {
  const url = mail.text.match(/https?:\/\/[^\s<>"']+/g)?.find((u) => new URL(u).pathname === path);
  if (!url) throw new Error(`no ${path} link in mail "${mail.subject}"`);
  return url;
}

/** Signs in through the login form; waits until the browser has left /login. */
export async function signIn(
  page: Page,
  email: string,
  password: string,
  path = "/login",
): Promise<void> {
  if (!page.url().includes("/login")) await page.goto(path);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/login(?:\?|$)/);
}

/** Creates an account through the API (faster than the form when the form is not under test). */
export async function registerAccount(
  request: APIRequestContext,
  account: { email: string; password: string; fullName: string },
): Promise<void> {
  const response = await request.post("/api/v1/auth/register", { data: account });
  expect(response.status(), await response.text()).toBe(201);
}
