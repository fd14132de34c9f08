import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { w } from "./messages";

async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
}

/** Chooses Pune, 20 km and "Open 24x7", searches, and checks what the list says. */
async function searchPune24x7(page: Page) {
  await page.goto("/hospitals");
  await expect(page.getByText(w("Hospitals.pickPlaceTitle"))).toBeVisible();
  await page.getByLabel(w("Hospitals.city")).selectOption("Pune");
  await page.getByLabel(w("Hospitals.radius")).selectOption("20");
  await page.getByLabel(w("Hospitals.open24x7")).check();
  await page.getByRole("button", { name: w("Hospitals.search"), exact: true }).click();
  await expect(page).toHaveURL(/city=Pune/);
  await expect(page).toHaveURL(/open24x7=true/);
  const found = page.getByRole("status").filter({ hasText: /within 20 km of Pune/ });
  await expect(found).toHaveText(/^Found \d+ facilit(y|ies) within 20 km of Pune$/);
  const cards = page.getByRole("article");
  expect(await cards.count()).toBeGreaterThan(0);
  for (const card of await cards.all()) {
    await expect(card.getByText(w("Hospitals.badge24x7"), { exact: true })).toBeVisible();
    await expect(card.getByText(w("Hospitals.badgeLimited"))).toHaveCount(0);
  }
  const first = cards.first();
  await expect(first.getByRole("link", { name: /^Directions to / })).toHaveAttribute(
    "href",
    /^https:\/\/www\.openstreetmap\.org\/directions\?to=/,
  );
  await expect(first.getByRole("link", { name: /^Call / })).toHaveAttribute("href", /^tel:\+91/);
  const name = await first.getByRole("heading").textContent();
  await first.getByRole("link", { name: /^View details of / }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name!);
  await expect(page.getByText(w("Hospitals.detail.open24x7"))).toBeVisible();
  const call = page.getByRole("link", { name: /^\+91/ }).first();
  await expect(call).toHaveAttribute("href", /^tel:\+91\d{10}$/);
}

test("find 24x7 hospitals within 20 km of Pune, open one, and call it; axe in English and Hindi", async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await searchPune24x7(page);
  expect(await axeProblems(page)).toEqual([]);
  await page.goto("/hospitals?city=Pune&radiusKm=20");
  expect(await axeProblems(page)).toEqual([]);

  await context.addCookies([{ name: "NEXT_LOCALE", value: "hi", url: baseURL! }]);
  await page.goto("/hospitals?city=Pune&radiusKm=20&emergency=true");
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  expect(await axeProblems(page)).toEqual([]);
  await page.getByRole("article").first().getByRole("link").last().click();
  await expect(page).toHaveURL(/\/hospitals\/[0-9a-f-]{36}$/);
  expect(await axeProblems(page)).toEqual([]);
});

test("a radius too small for any facility says so", async ({ page }) => {
  await page.goto("/hospitals?city=Pune&radiusKm=2&q=zzzz-no-such-name");
  await expect(page.getByRole("status").filter({ hasText: "within 2 km" })).toHaveText(
    "No facility found within 2 km of Pune",
  );
  await expect(page.getByText(w("Hospitals.emptyTitle"))).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search is a plain GET form and every link works", async ({ page }) => {
    await searchPune24x7(page);
  });
});
