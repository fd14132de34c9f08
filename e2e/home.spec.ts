import { expect, test } from "@playwright/test";

test.describe("home page", () => {
  test("shows live doctors, specialties and English articles @mobile", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(
      page.getByRole("heading", { level: 1, name: "Care that speaks your language" }),
    ).toBeVisible();
    const featured = page.getByRole("region", { name: "Top-rated doctors" });
    await expect(featured.getByRole("link", { name: /^Dr\. / }).first()).toBeVisible();
    expect(await featured.getByRole("link", { name: /^Dr\. / }).count()).toBeGreaterThanOrEqual(3);
    await expect(page.getByRole("link", { name: /Cardiologist/ }).first()).toBeVisible();
    const articles = page.getByRole("region", { name: "Health articles" });
    await expect(articles.getByRole("heading", { level: 3 }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: /108/ }).first()).toHaveAttribute(
      "href",
      "tel:108",
    );
  });

  test("switches to Hindi and back, keeping the choice", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "हिन्दी" }).first().click();
    await expect(page.locator("html")).toHaveAttribute("lang", "hi");
    await expect(
      page.getByRole("heading", { level: 1, name: "इलाज, आपकी अपनी भाषा में" }),
    ).toBeVisible();
    // Articles follow the language: the Hindi section lists Hindi titles.
    const articles = page.getByRole("region", { name: "स्वास्थ्य लेख" });
    await expect(articles.getByRole("heading", { level: 3 }).first()).toContainText(
      /[\u0900-\u097F]/,
    );
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "hi");
    await page.getByRole("button", { name: "English" }).first().click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Care that speaks your language" }),
    ).toBeVisible();
  });
});
