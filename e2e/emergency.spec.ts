import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demo, signIn } from "./fixtures";
import { w } from "./messages";

/** A mobile number nobody else uses in this run (requests are limited per phone). */
const freshPhone = () => `9${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;

async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
}

async function signedIn(
  browser: Browser,
  baseURL: string,
  account: { email: string; password: string },
) {
  const context = await browser.newContext({ baseURL });
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL }]);
  const page = await context.newPage();
  await signIn(page, account.email, account.password);
  return { context, page };
}

/** Fills and sends the emergency form with a typed address in a seeded city. */
async function requestHelp(page: Page, patientName: string) {
  await page.goto("/emergency");
  await expect(page.getByRole("link", { name: w("Emergency.call108Label") })).toHaveAttribute(
    "href",
    "tel:108",
  );
  await page.getByLabel(w("Emergency.types.accident")).check();
  await page.getByLabel(w("Emergency.patientName")).fill(patientName);
  await page.getByLabel(w("Emergency.age")).fill("34");
  await page
    .getByLabel(w("Emergency.symptoms"))
    .fill("Fell from a scooter; bleeding from a cut on the head.");
  await page.getByLabel(w("Emergency.address")).fill("Near Shaniwar Wada, Shivaji Road");
  await page.getByLabel(w("Emergency.city")).selectOption("Pune");
  await page.getByLabel(w("Emergency.phone")).fill(freshPhone());
  await page.getByRole("button", { name: w("Emergency.submit") }).click();
  await expect(page).toHaveURL(/\/emergency\/[0-9a-f-]{36}\?made=1$/);
  const heading = await page.getByRole("heading", { level: 1 }).textContent();
  const number = heading?.match(/ER-\d{8}-[A-Z0-9]{6}/)?.[0];
  expect(number, heading ?? "").toBeTruthy();
  return number!;
}

test("a patient asks for help, an admin acknowledges it, and the patient's status page shows it", async ({
  browser,
  baseURL,
}) => {
  const patient = await signedIn(browser, baseURL!, demo.patient);
  const admin = await signedIn(browser, baseURL!, demo.admin);
  const p = patient.page;
  const number = await requestHelp(p, "Kiran Joshi");

  await expect(p.getByText(w("Emergency.status.made"))).toBeVisible();
  await expect(p.locator("[data-status]")).toHaveText(w("Emergency.status.statuses.pending"));
  const alerted = p
    .getByRole("region", { name: w("Emergency.status.alerted") })
    .getByRole("listitem");
  await expect(alerted.first()).toContainText(/Pune/);
  await expect(alerted.first().getByRole("link")).toHaveAttribute("href", /^tel:\+91/);
  expect(await axeProblems(p)).toEqual([]);
  const statusUrl = p.url().replace(/\?made=1$/, "");

  const a = admin.page;
  await a.goto("/admin/emergencies");
  const card = a.getByRole("article").filter({ hasText: number });
  await expect(card).toContainText("Kiran Joshi");
  await expect(card).toContainText(w("Emergency.status.statuses.pending"));
  expect(await axeProblems(a)).toEqual([]);
  await card.getByRole("button", { name: w("AdminEmergencies.actions.acknowledged") }).click();
  await expect(
    a.getByRole("alert").or(a.getByRole("status")).filter({ hasText: number }),
  ).toContainText(w("Emergency.status.statuses.acknowledged"));

  await p.goto(statusUrl);
  await expect(p.locator("[data-status]")).toHaveText(w("Emergency.status.statuses.acknowledged"));

  // Someone else's browser, without the token, finds nothing there.
  const stranger = await browser.newContext({ baseURL });
  const s = await stranger.newPage();
  await s.goto(statusUrl);
  await expect(s.getByRole("heading", { level: 1 })).toHaveText(
    w("Emergency.status.notFoundTitle"),
  );

  // The same pages read in Hindi and pass axe there too.
  await patient.context.addCookies([{ name: "NEXT_LOCALE", value: "hi", url: baseURL! }]);
  await p.goto(statusUrl);
  await expect(p.locator("html")).toHaveAttribute("lang", "hi");
  expect(await axeProblems(p)).toEqual([]);
  await p.goto("/emergency");
  expect(await axeProblems(p)).toEqual([]);
  await Promise.all([patient.context.close(), admin.context.close(), stranger.close()]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a guest's request is a plain form post; this browser can come back to its status", async ({
    page,
  }) => {
    await page.goto("/emergency");
    await page.getByRole("button", { name: w("Emergency.submit") }).click();
    await expect(page.getByRole("main").getByRole("alert").first()).toContainText(
      w("Emergency.errors.codes.validation_failed"),
    );
    await expect(page.getByText(w("Emergency.errors.fields.patientName"))).toBeVisible();

    const number = await requestHelp(page, "Guest Patient");
    await expect(page.locator("[data-status]")).toHaveText(w("Emergency.status.statuses.pending"));
    await page.getByRole("link", { name: w("Emergency.status.refresh") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(number);
    await expect(page.locator("[data-status]")).toHaveText(w("Emergency.status.statuses.pending"));
  });
});
