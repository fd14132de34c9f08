import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { registerAccount, signIn, uniqueEmail } from "./fixtures";
import { w } from "./messages";

const hi = JSON.parse(readFileSync("messages/hi.json", "utf8")) as {
  Coach: { title: string; chat: { input: string } };
};
const password = "Coach-e2e-2026!";

async function newPatient(page: Page, label: string): Promise<void> {
  const email = uniqueEmail(`coach-${label}`);
  await registerAccount(page.request, { email, password, fullName: `Coach ${label}` });
  await signIn(page, email, password);
}

/** No serious or critical WCAG 2.2 AA violation on the page as it is now. */
async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, page.url()).toEqual([]);
}

test("the coach quotes an article, refuses a dose, shows the 108 card, in English and Hindi", async ({
  page,
  context,
}) => {
  await newPatient(page, "js");
  await page.goto("/coach");
  await expect(page.getByRole("heading", { level: 1, name: w("Coach.title") })).toBeVisible();
  await expect(page.getByText(w("Coach.note"))).toBeVisible();
  await expectAccessible(page);

  // A diet question: the built-in coach quotes the reviewed article and links it.
  await page.getByLabel(w("Coach.start.message")).fill("What should I eat to manage diabetes?");
  await page.getByRole("button", { name: w("Coach.start.submit") }).click();
  await expect(page).toHaveURL(/\/coach\/[0-9a-f-]{36}/);
  const log = page.getByRole("log");
  await expect(log.locator("blockquote").first()).toBeVisible();
  await expect(
    log.getByRole("link", { name: "Managing type 2 diabetes with everyday Indian food" }),
  ).toBeVisible();

  // A dose question, sent with Enter and streamed in: refused, pointing to a doctor.
  const input = page.getByLabel(w("Coach.chat.input"));
  await input.fill("How many paracetamol tablets can I take?");
  await input.press("Enter");
  await expect(log.getByRole("heading", { name: w("Coach.refused.title") })).toBeVisible();
  await expect(log.getByRole("link", { name: "book a doctor on SwasthAI" })).toHaveAttribute(
    "href",
    "/doctors",
  );
  await expect(input).toBeEnabled();
  await expect(input).toHaveValue("");

  // An emergency: the 108 card, before anything else.
  await input.fill("I have chest pain and I am sweating a lot");
  await page.getByRole("button", { name: w("Coach.chat.send") }).click();
  await expect(log.getByRole("heading", { name: w("Coach.emergency.title") })).toBeVisible();
  await expect(log.getByRole("link", { name: w("Coach.emergency.call108") })).toHaveAttribute(
    "href",
    "tel:108",
  );
  await expectAccessible(page);
  const conversation = page.url().replace(/#.*$/, "");

  // The quoted article's link opens the article page.
  await log.getByRole("link", { name: "Read the full article" }).first().click();
  await expect(page).toHaveURL(/\/articles\/managing-diabetes-with-indian-diet$/);
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Managing type 2 diabetes with everyday Indian food",
    }),
  ).toBeVisible();
  await expect(page.getByText(w("Article.disclaimer"))).toBeVisible();
  await expectAccessible(page);

  // The same pages in Hindi.
  await context.addCookies([
    { name: "NEXT_LOCALE", value: "hi", url: test.info().project.use.baseURL! },
  ]);
  // A full load: the root layout's <html lang> follows the cookie on a page load, not on a
  // client-side navigation (the language switcher reloads too).
  const hindi = "/articles/managing-diabetes-with-indian-diet-hi";
  await expect(page.getByRole("link", { name: "यह लेख हिन्दी में पढ़ें" })).toHaveAttribute("href", hindi);
  await page.goto(hindi);
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await expectAccessible(page);
  await page.goto("/coach");
  await expect(page.getByRole("heading", { level: 1, name: hi.Coach.title })).toBeVisible();
  await expectAccessible(page);
  await page.goto(conversation);
  await expect(page.getByLabel(hi.Coach.chat.input)).toBeVisible();
  await expectAccessible(page);
});

test("without JavaScript the coach answers through the form and a conversation can be deleted", async ({
  browser,
}) => {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await newPatient(page, "nojs");
  await page.goto("/coach");
  await page.getByRole("button", { name: w("Coach.starters.heart") }).click();
  await expect(page).toHaveURL(/\/coach\/[0-9a-f-]{36}/);
  const log = page.getByRole("log");
  await expect(log.getByText(w("Coach.starters.heart"))).toBeVisible();
  await expect(log.getByRole("link", { name: "Read the full article" }).first()).toBeVisible();

  await page.getByLabel(w("Coach.chat.input")).fill("How many paracetamol tablets can I take?");
  await page.getByRole("button", { name: w("Coach.chat.send") }).click();
  await expect(log.getByRole("heading", { name: w("Coach.refused.title") })).toBeVisible();

  await page.getByRole("link", { name: w("Coach.chat.delete") }).click();
  await page.getByRole("button", { name: w("Coach.chat.deleteConfirm") }).click();
  await expect(page).toHaveURL(/\/coach\?deleted=1$/);
  await expect(page.getByText(w("Coach.deleted"))).toBeVisible();
  await expect(page.getByText(w("Coach.list.empty"))).toBeVisible();
  await context.close();
});
