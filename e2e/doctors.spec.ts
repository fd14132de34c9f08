import { expect, test } from "@playwright/test";

test.describe("find a doctor", () => {
  test("filters by specialty and city through the form, with a shareable URL", async ({ page }) => {
    await page.goto("/doctors");
    await expect(page.getByRole("heading", { level: 1, name: "Find a doctor" })).toBeVisible();
    const all = await page.getByRole("article").count();
    expect(all).toBeGreaterThan(5);

    await page.getByText("More filters").click();
    await page.getByLabel("Specialty", { exact: true }).selectOption({ label: "Cardiologist" });
    await page.getByLabel("City", { exact: true }).fill("Pune");
    await page.getByRole("button", { name: "Show doctors" }).click();

    await expect(page).toHaveURL(/specialty=cardiologist/);
    await expect(page).toHaveURL(/city=Pune/);
    const cards = page.getByRole("article");
    await expect(cards.first()).toBeVisible();
    const count = await cards.count();
    expect(count).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < count; i++) {
      await expect(cards.nth(i)).toContainText("Cardiologist");
      await expect(cards.nth(i)).toContainText("Pune");
    }
    await expect(page.getByText(new RegExp(`^${count} doctors? found$`))).toBeVisible();

    // The same URL, opened fresh, gives the same list.
    await page.goto(page.url());
    await expect(page.getByRole("article")).toHaveCount(count);
  });

  test("a specialty pill narrows the list; nonsense filters get a message, not an error", async ({
    page,
  }) => {
    await page.goto("/doctors");
    await page
      .getByRole("navigation", { name: "Specialties" })
      .getByRole("link", { name: "Dermatologist" })
      .click();
    await expect(page).toHaveURL(/specialty=dermatologist/);
    await expect(page.getByRole("article").first()).toContainText("Dermatologist");

    // Not sure whom to see: a common complaint leads to the right specialty.
    await page.goto("/doctors");
    await page.getByRole("link", { name: "Chest pain or palpitations" }).click();
    await expect(page).toHaveURL(/specialty=cardiologist/);
    await expect(page.getByRole("article").first()).toContainText("Cardiologist");

    const response = await page.goto("/doctors?minRating=banana");
    expect(response?.status()).toBe(200);
    await expect(page.getByText(/could not be understood/)).toBeVisible();
  });

  test("narrows by gender and experience, then shows the same doctors on the map", async ({
    page,
  }) => {
    await page.goto("/doctors");
    await page.getByText("More filters").click();
    await page.getByLabel("Doctor's gender").selectOption({ label: "Female" });
    await page.getByLabel("Experience", { exact: true }).selectOption({ label: "10+ years" });
    await page.getByRole("button", { name: "Show doctors" }).click();
    await expect(page).toHaveURL(/gender=female/);
    await expect(page).toHaveURL(/minExperience=10/);

    const cards = page.getByRole("article");
    await expect(cards.first()).toBeVisible();
    const count = await cards.count();
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      const text = (await cards.nth(i).textContent()) ?? "";
      const years = Number(/(\d+) years experience/.exec(text)?.[1]);
      expect(years).toBeGreaterThanOrEqual(10);
      names.push((await cards.nth(i).getByRole("heading").textContent())!.trim());
    }

    await page.getByRole("link", { name: "Show on map" }).click();
    await expect(page).toHaveURL(/\/doctors\/map\?.*gender=female/);
    await expect(page.getByRole("heading", { level: 1, name: "Doctors on the map" })).toBeVisible();
    const listed = page.getByRole("region", { name: "Doctors on this map" }).getByRole("heading", {
      level: 3,
    });
    await expect(listed).toHaveCount(count);
    expect((await listed.allTextContents()).map((n) => n.trim()).sort()).toEqual(names.sort());
  });
});
